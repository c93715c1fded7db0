/** Lays out the monthly wellbeing figures as the Wellbeing trend tab. */
import { t, type FormattedKey } from '../i18n';
import { CellWriter } from './cell-writer';
import { DECIMALS } from './format';
import type { OutcomeInput } from './inputs';
import { coverageNote, identicalValuesNote, suppressionNote, wellbeingNote } from './notes';
import { otherPublishedPeriods } from './overlap';
import { computeOpenness } from './openness';
import { opennessBlock } from './openness-tab';
import { wholeHistory } from './period';
import { block, type OutcomeBlock, type OutcomeTab } from './tab';
import {
  computeWellbeing,
  WELLBEING_MEASURES,
  type WellbeingFigures,
  type WellbeingMeasure,
} from './wellbeing';

/** The tab's English name, which code finds it by; the sheet shows t('tab.outcomesWellbeing'). */
export const WELLBEING_TITLE = 'Outcomes: Wellbeing trend';

const MEAN_COLUMNS: Readonly<Record<WellbeingMeasure, FormattedKey>> = {
  mood: 'outcomes.wellbeing.column.meanMood',
  coping: 'outcomes.wellbeing.column.meanCoping',
  supported: 'outcomes.wellbeing.column.meanSupported',
};

export function buildWellbeingTrend(input: OutcomeInput): OutcomeTab {
  const period = wholeHistory(input);
  const minN = input.settings.minGroupSize;
  const others = otherPublishedPeriods(input, period);
  const figures = computeWellbeing(input.checkIns, period, minN, others);
  return {
    title: t('tab.outcomesWellbeing'),
    refreshedNote: coverageNote(figures.period, figures.minGroupSize),
    blocks: [
      wellbeingBlock(figures),
      opennessBlock(computeOpenness(input.checkIns, period, minN, others)),
    ],
  };
}

export function wellbeingBlock(figures: WellbeingFigures): OutcomeBlock {
  const write = new CellWriter(figures.minGroupSize);
  return block({
    heading: t('outcomes.wellbeing.heading'),
    header: [
      t('outcomes.wellbeing.column.month'),
      t('outcomes.wellbeing.column.members'),
      t('outcomes.wellbeing.column.checkIns'),
      ...WELLBEING_MEASURES.map((measure) => t(MEAN_COLUMNS[measure])),
    ],
    rows: figures.months.map((month) => [
      month.month,
      write.cell(month.members),
      write.cell(month.checkIns),
      ...WELLBEING_MEASURES.map((measure) => write.cell(month.means[measure], DECIMALS.mean)),
    ]),
    chart: {
      type: 'line',
      title: t('outcomes.wellbeing.chart'),
      categoryColumn: 0,
      seriesColumns: [3, 4, 5],
    },
    notes: write.notes(
      wellbeingNote(),
      suppressionNote(figures.minGroupSize),
      identicalValuesNote(),
    ),
  });
}
