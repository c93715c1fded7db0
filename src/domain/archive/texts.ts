/**
 * Person-facing wording of "Archive old check-ins" (the message catalogue takes these over).
 */
export const ARCHIVE_TAB = 'Check-in archive';

export const ARCHIVE_COLUMNS = {
  from: 'First session',
  to: 'Last session',
  count: 'Check-ins',
  lastRow: 'Last row moved',
  records: 'Records',
} as const;

/** Years kept in Check-ins when the facilitator presses OK without typing a number. */
export const DEFAULT_YEARS_KEPT = 3;

export const ARCHIVE_TEXT = {
  title: 'Archive old check-ins',
  askYears: `Keep how many years of check-ins in the Check-ins tab? Older ones move to the "${ARCHIVE_TAB}" tab (whole months). Type a number of years (1 or more); leave it blank for ${DEFAULT_YEARS_KEPT}.`,
  badYears: (typed: string) =>
    `"${typed}" is not a whole number of years (1 or more). Nothing was moved.`,
  confirm: (boundary: string) =>
    `Check-ins for sessions before ${boundary} will move from Check-ins to the "${ARCHIVE_TAB}" tab. ` +
    'Every outcome figure and report stays exactly the same. What moves keeps only what the figures, reminders and rotation need (member ID, session date, how they took part, the three answers, outreach and talking outside the group): the email address, the time of submission and any written comments of those check-ins are deleted. ' +
    "This cannot be undone from the menu, only from the spreadsheet's version history (File > Version history). Continue?",
  moved: (count: number, boundary: string) =>
    count === 0
      ? `Nothing to move: no accepted check-in is for a session before ${boundary}.`
      : `Moved ${count} check-in(s) for sessions before ${boundary} to the "${ARCHIVE_TAB}" tab. The outcome tabs were refreshed; their figures are unchanged.`,
  notFinished: (count: number) =>
    `Moved ${count} check-in(s) so far; time ran out before the rest. Nothing is lost or counted twice: run Archive old check-ins again to move the others.`,
  keptBack: (count: number) =>
    `${count} older check-in(s) not yet processed or waiting in Review stay in Check-ins.`,
  onlyBefore: (boundary: string) =>
    `An accepted check-in for a session on or after ${boundary} comes before some older ones in Check-ins; those older ones stay, so that the order of the rows (and so every figure) stays the same.`,
} as const;
