/** Lays out the monthly openness figures as a block of the Wellbeing trend tab and the report. */
import { CellWriter } from './cell-writer';
import { DECIMALS } from './format';
import { OPENNESS_NOTE, suppressionNote } from './notes';
import type { OpennessFigures } from './openness';
import { block, type OutcomeBlock } from './tab';

export const OPENNESS_HEADING = 'Talking about mental health outside the group, per month';

export function opennessBlock(figures: OpennessFigures): OutcomeBlock {
  const write = new CellWriter(figures.minGroupSize);
  return block({
    heading: OPENNESS_HEADING,
    header: [
      'Month',
      'Members answering (n)',
      'Check-ins answering',
      'Check-ins saying yes (%)',
      'Members saying yes at least once (%)',
    ],
    rows: figures.months.map((month) => [
      month.month,
      write.cell(month.membersAnswering),
      write.cell(month.checkInsAnswering),
      write.cell(month.checkInsYesPercent, DECIMALS.percent),
      write.cell(month.membersYesPercent, DECIMALS.percent),
    ]),
    chart: {
      type: 'line',
      title: 'Talked about mental health outside the group (monthly shares, %)',
      categoryColumn: 0,
      seriesColumns: [3, 4],
    },
    notes: write.notes(OPENNESS_NOTE, suppressionNote(figures.minGroupSize)),
  });
}
