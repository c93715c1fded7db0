/** The Group feedback figures as a block of the Participation tab and the report. */
import { CellWriter } from './cell-writer';
import { DECIMALS } from './format';
import { computeFeedback, type FeedbackFigures } from './feedback';
import type { OutcomeInput, Period } from './inputs';
import { otherPublishedPeriods } from './overlap';
import { suppressionNote } from './notes';
import { block, type OutcomeBlock } from './tab';

export const FEEDBACK_TEXT = {
  heading: 'Group feedback per month (anonymous form)',
  header: [
    'Month',
    'Responses',
    'Mean rating of recent sessions (1-5)',
    'Said what they want more of',
    'Said what they want less of',
    'Gave ideas',
  ],
  total: 'Whole period',
  note:
    'From the Group feedback form, which collects no name or email: each response counts ' +
    'once, and responses stand in for people when deciding what to hide. What people wrote ' +
    'is in the Feedback tab for facilitators and is never reported. The whole period’s ' +
    'responses are hidden when exactly one month is, so it cannot be worked out.',
} as const;

/** The block, or null when the group has had no feedback at all (the form may be new). */
export function feedbackBlock(input: OutcomeInput, period: Period): OutcomeBlock | null {
  // Beside the saved reports published with the tab (overlap.ts).
  const figures = computeFeedback(input, period, otherPublishedPeriods(input, period));
  return figures.anyFeedback ? feedbackFiguresBlock(figures) : null;
}

export function feedbackFiguresBlock(figures: FeedbackFigures): OutcomeBlock {
  const write = new CellWriter(figures.minGroupSize);
  return block({
    heading: FEEDBACK_TEXT.heading,
    header: [...FEEDBACK_TEXT.header],
    rows: [
      ...figures.months.map((month) => [
        month.month,
        write.cell(month.responses),
        write.cell(month.meanRating, DECIMALS.mean),
        write.cell(month.moreOf),
        write.cell(month.lessOf),
        write.cell(month.ideas),
      ]),
      [FEEDBACK_TEXT.total, write.cell(figures.totalResponses), '', '', '', ''],
    ],
    notes: write.notes(FEEDBACK_TEXT.note, suppressionNote(figures.minGroupSize)),
  });
}
