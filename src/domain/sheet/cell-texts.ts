/** Person-facing wording about cells' limits (the message catalogue takes these over). */
export const CELL_TEXT = {
  /** Added to a Review row's Reason when an answer was longer than a cell holds. */
  cut: (title: string, length: number, kept: number) =>
    `The answer to "${title}" was ${length.toLocaleString('en-GB')} characters long; a cell holds at most 50,000, so only the first ${kept.toLocaleString('en-GB')} are kept here.`,
} as const;
