/** Lays out the growth and stigma figures as the blocks of their tab. */
import { MIN_PAIRS_FOR_INFERENCE } from '../stats/paired-change';
import type { BetterDirection } from '../stats/reliable-change';
import { CellWriter } from './cell-writer';
import { DECIMALS, suppressedText, NOT_COMPUTABLE_TEXT } from './format';
import {
  computeGrowth,
  DESCRIPTIVE_ONLY_NOTE,
  type GrowthFigures,
  type InstrumentChange,
} from './growth';
import type { OutcomeInput } from './inputs';
import {
  coverageNote,
  descriptiveOnlyNote,
  IDENTICAL_VALUES_NOTE,
  CONFIDENCE_INTERVAL_NOTE,
  EFFECT_SIZE_NOTE,
  EXACT_FIGURES_NOTE,
  PAIRING_NOTE,
  RELIABLE_CHANGE_NOTE,
  suppressionNote,
} from './notes';
import { otherPublishedPeriods } from './overlap';
import { wholeHistory } from './period';
import { block, type Cell, type OutcomeBlock, type OutcomeTab } from './tab';

export const GROWTH_TITLE = 'Outcomes: Growth and stigma';

export const GROWTH_HEADER = [
  'Instrument',
  'Better when',
  'Members with baseline and follow-up (n)',
  'Mean at baseline',
  'Mean at latest follow-up',
  'Mean change (follow-up − baseline)',
  '95% CI lower',
  '95% CI upper',
  'd_z (paired)',
  'Improved (reliable change)',
  'No reliable change',
  'Worse (reliable change)',
  'Reliable-change criterion',
  'Inference',
] as const;

export function buildGrowthAndStigma(input: OutcomeInput): OutcomeTab {
  const period = wholeHistory(input);
  const figures = computeGrowth(
    input.surveys,
    input.settings.instruments,
    period,
    input.settings.minGroupSize,
    otherPublishedPeriods(input, period),
  );
  return {
    title: GROWTH_TITLE,
    refreshedNote: coverageNote(figures.period, figures.minGroupSize),
    blocks: [growthBlock(figures), instrumentSourcesBlock(figures)],
  };
}

export function betterWhen(direction: BetterDirection): string {
  return direction === 'higher' ? 'higher is better' : 'lower is better';
}

/**
 * "descriptive only" below 30 pairs. When n itself is hidden and the minimum group size is
 * above 30, saying so would reveal that n is under 30, so the cell is hidden too.
 */
export function inferenceText(change: InstrumentChange, minN: number): string {
  if (change.pairs.kind === 'suppressed' && minN > MIN_PAIRS_FOR_INFERENCE) {
    return suppressedText(minN);
  }
  return change.descriptiveOnly
    ? DESCRIPTIVE_ONLY_NOTE
    : `inferential: ${MIN_PAIRS_FOR_INFERENCE} or more pairs`;
}

export function criterionText(change: InstrumentChange, minN: number): string {
  switch (change.criterion.kind) {
    case 'shown':
      return change.criterion.text;
    case 'suppressed':
      return suppressedText(minN);
    case 'not-computable':
      return NOT_COMPUTABLE_TEXT;
  }
}

export function growthBlock(figures: GrowthFigures): OutcomeBlock {
  const minN = figures.minGroupSize;
  const write = new CellWriter(minN);
  const rows: Cell[][] = figures.instruments.map((change) => [
    `${change.instrument.title} (${change.instrument.shortTitle})`,
    betterWhen(change.instrument.better),
    write.cell(change.pairs),
    write.cell(change.meanBaseline, DECIMALS.mean),
    write.cell(change.meanFollowUp, DECIMALS.mean),
    write.cell(change.meanChange, DECIMALS.mean),
    write.cell(change.confidenceLower, DECIMALS.mean),
    write.cell(change.confidenceUpper, DECIMALS.mean),
    write.cell(change.effectSizeDz, DECIMALS.effectSize),
    write.cell(change.improved),
    write.cell(change.unchanged),
    write.cell(change.worse),
    criterionText(change, minN),
    inferenceText(change, minN),
  ]);
  const criterionProblems = figures.instruments.flatMap((change) =>
    change.criterion.kind === 'not-computable'
      ? [
          `${change.instrument.shortTitle} reliable change: ${NOT_COMPUTABLE_TEXT}: ${change.criterion.reason}`,
        ]
      : [],
  );
  const lowerIsBetter = figures.instruments
    .filter((change) => change.instrument.better === 'lower')
    .map((change) => change.instrument.shortTitle);
  return block({
    heading: 'Change from baseline to latest follow-up',
    header: [...GROWTH_HEADER],
    rows,
    notes: write.notes(
      ...(rows.length === 0 ? ['No instrument is switched on in Settings.'] : []),
      PAIRING_NOTE,
      ...(lowerIsBetter.length > 0
        ? [
            `For ${lowerIsBetter.join(', ')} lower is better: a negative mean change is an improvement.`,
          ]
        : []),
      CONFIDENCE_INTERVAL_NOTE,
      EFFECT_SIZE_NOTE,
      RELIABLE_CHANGE_NOTE,
      descriptiveOnlyNote(),
      suppressionNote(minN),
      IDENTICAL_VALUES_NOTE,
      EXACT_FIGURES_NOTE,
      ...criterionProblems,
    ),
  });
}

/** Citations, reliability sources and the copyright lines that must accompany results. */
export function instrumentSourcesBlock(figures: GrowthFigures): OutcomeBlock {
  return block({
    heading: 'Instruments and sources',
    header: [
      'Instrument',
      'Measures',
      'Score range',
      'Citation',
      'Reliable-change source',
      'Copyright',
    ],
    rows: figures.instruments.map((change) => {
      const { instrument } = change;
      const criterionSource = change.criterion.kind === 'shown' ? change.criterion.source : '';
      return [
        instrument.shortTitle,
        instrument.purpose.replace(/-/g, ' '),
        `${instrument.scoreRange.min}-${instrument.scoreRange.max}`,
        instrument.licence.citation,
        criterionSource,
        instrument.licence.copyrightLine ?? '',
      ];
    }),
  });
}
