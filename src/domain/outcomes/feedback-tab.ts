/** The Group feedback figures as a block of the Participation tab and the report. */
import { t } from '../i18n';
import { CellWriter } from './cell-writer';
import { DECIMALS } from './format';
import { computeFeedback, type FeedbackFigures } from './feedback';
import type { OutcomeInput, Period } from './inputs';
import { otherPublishedPeriods } from './overlap';
import { suppressionNote } from './notes';
import { block, type OutcomeBlock } from './tab';

/** The block's words in the language of the run (each read when used). */
export const FEEDBACK_TEXT = {
  get heading() {
    return t('outcomes.feedback.heading');
  },
  get header() {
    return [
      t('outcomes.feedback.column.month'),
      t('outcomes.feedback.column.responses'),
      t('outcomes.feedback.column.meanRating'),
      t('outcomes.feedback.column.moreOf'),
      t('outcomes.feedback.column.lessOf'),
      t('outcomes.feedback.column.ideas'),
    ];
  },
  get total() {
    return t('outcomes.feedback.total');
  },
  get note() {
    return t('outcomes.feedback.note');
  },
};

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
    header: FEEDBACK_TEXT.header,
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
