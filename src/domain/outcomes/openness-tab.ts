/** Lays out the monthly openness figures as a block of the Wellbeing trend tab and the report. */
import { t } from '../i18n';
import { CellWriter } from './cell-writer';
import { DECIMALS } from './format';
import { opennessNote, suppressionNote } from './notes';
import type { OpennessFigures } from './openness';
import { block, type OutcomeBlock } from './tab';

/** The block's heading, which tests find the block by. */
export function opennessHeading(): string {
  return t('outcomes.openness.heading');
}

export function opennessBlock(figures: OpennessFigures): OutcomeBlock {
  const write = new CellWriter(figures.minGroupSize);
  return block({
    heading: opennessHeading(),
    header: [
      t('outcomes.openness.column.month'),
      t('outcomes.openness.column.members'),
      t('outcomes.openness.column.checkIns'),
      t('outcomes.openness.column.checkInsYes'),
      t('outcomes.openness.column.membersYes'),
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
      title: t('outcomes.openness.chart'),
      categoryColumn: 0,
      seriesColumns: [3, 4],
    },
    notes: write.notes(opennessNote(), suppressionNote(figures.minGroupSize)),
  });
}
