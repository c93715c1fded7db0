/** Lays out the monthly wellbeing figures as the Wellbeing trend tab. */
import { CellWriter } from './cell-writer';
import { DECIMALS } from './format';
import type { OutcomeInput } from './inputs';
import { coverageNote, IDENTICAL_VALUES_NOTE, suppressionNote, WELLBEING_NOTE } from './notes';
import { otherPublishedPeriods } from './overlap';
import { computeOpenness } from './openness';
import { opennessBlock } from './openness-tab';
import { wholeHistory } from './period';
import { block, type OutcomeBlock, type OutcomeTab } from './tab';
import {
  computeWellbeing,
  WELLBEING_LABELS,
  WELLBEING_MEASURES,
  type WellbeingFigures,
} from './wellbeing';

export const WELLBEING_TITLE = 'Outcomes: Wellbeing trend';

export function buildWellbeingTrend(input: OutcomeInput): OutcomeTab {
  const period = wholeHistory(input);
  const minN = input.settings.minGroupSize;
  const others = otherPublishedPeriods(input, period);
  const figures = computeWellbeing(input.checkIns, period, minN, others);
  return {
    title: WELLBEING_TITLE,
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
    heading: 'Group means per month (1-5, higher is better)',
    header: [
      'Month',
      'Members checking in (n)',
      'Check-ins',
      ...WELLBEING_MEASURES.map((measure) => `Mean ${WELLBEING_LABELS[measure].toLowerCase()}`),
    ],
    rows: figures.months.map((month) => [
      month.month,
      write.cell(month.members),
      write.cell(month.checkIns),
      ...WELLBEING_MEASURES.map((measure) => write.cell(month.means[measure], DECIMALS.mean)),
    ]),
    chart: {
      type: 'line',
      title: 'Mood, coping and feeling supported (monthly group means, 1-5)',
      categoryColumn: 0,
      seriesColumns: [3, 4, 5],
    },
    notes: write.notes(
      WELLBEING_NOTE,
      suppressionNote(figures.minGroupSize),
      IDENTICAL_VALUES_NOTE,
    ),
  });
}
