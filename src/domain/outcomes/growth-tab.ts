/** Lays out the growth and stigma figures as the blocks of their tab. */
import { t, type FormattedKey } from '../i18n';
import type { InstrumentPurpose } from '../instruments/types';
import { MIN_PAIRS_FOR_INFERENCE } from '../stats/paired-change';
import type { BetterDirection } from '../stats/reliable-change';
import { CellWriter } from './cell-writer';
import { DECIMALS, suppressedText, notComputableText } from './format';
import {
  computeGrowth,
  descriptiveOnlyText,
  type GrowthFigures,
  type InstrumentChange,
} from './growth';
import type { OutcomeInput } from './inputs';
import {
  coverageNote,
  descriptiveOnlyNote,
  identicalValuesNote,
  confidenceIntervalNote,
  effectSizeNote,
  exactFiguresNote,
  pairingNote,
  reliableChangeNote,
  suppressionNote,
} from './notes';
import { otherPublishedPeriods } from './overlap';
import { wholeHistory } from './period';
import { block, type Cell, type OutcomeBlock, type OutcomeTab } from './tab';

/** The tab's English name, which code finds it by; the sheet shows t('tab.outcomesGrowth'). */
export const GROWTH_TITLE = 'Outcomes: Growth and stigma';

const GROWTH_COLUMNS = [
  'outcomes.growth.column.instrument',
  'outcomes.growth.column.betterWhen',
  'outcomes.growth.column.pairs',
  'outcomes.growth.column.meanBaseline',
  'outcomes.growth.column.meanFollowUp',
  'outcomes.growth.column.meanChange',
  'outcomes.growth.column.ciLower',
  'outcomes.growth.column.ciUpper',
  'outcomes.growth.column.effectSize',
  'outcomes.growth.column.improved',
  'outcomes.growth.column.unchanged',
  'outcomes.growth.column.worse',
  'outcomes.growth.column.criterion',
  'outcomes.growth.column.inference',
] as const satisfies readonly FormattedKey[];

export function growthHeader(): string[] {
  return GROWTH_COLUMNS.map((key) => t(key));
}

/** The criterion and inference columns, which the report tells in prose instead. */
export function growthProseColumns(): string[] {
  return [t('outcomes.growth.column.criterion'), t('outcomes.growth.column.inference')];
}

const PURPOSE_KEYS: Readonly<Record<InstrumentPurpose, FormattedKey>> = {
  wellbeing: 'outcomes.sources.purpose.wellbeing',
  'self-esteem': 'outcomes.sources.purpose.selfEsteem',
  coping: 'outcomes.sources.purpose.coping',
  'internalised-stigma': 'outcomes.sources.purpose.internalisedStigma',
  'public-stigma': 'outcomes.sources.purpose.publicStigma',
};

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
    title: t('tab.outcomesGrowth'),
    refreshedNote: coverageNote(figures.period, figures.minGroupSize),
    blocks: [growthBlock(figures), instrumentSourcesBlock(figures)],
  };
}

export function betterWhen(direction: BetterDirection): string {
  return t(
    direction === 'higher' ? 'outcomes.growth.higherIsBetter' : 'outcomes.growth.lowerIsBetter',
  );
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
    ? descriptiveOnlyText()
    : t('outcomes.growth.inferential', { pairs: MIN_PAIRS_FOR_INFERENCE });
}

export function criterionText(change: InstrumentChange, minN: number): string {
  switch (change.criterion.kind) {
    case 'shown':
      return change.criterion.text;
    case 'suppressed':
      return suppressedText(minN);
    case 'not-computable':
      return notComputableText();
  }
}

export function growthBlock(figures: GrowthFigures): OutcomeBlock {
  const minN = figures.minGroupSize;
  const write = new CellWriter(minN);
  const rows: Cell[][] = figures.instruments.map((change) => [
    t('outcomes.growth.instrumentName', {
      title: change.instrument.title,
      shortTitle: change.instrument.shortTitle,
    }),
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
          t('outcomes.growth.criterionProblem', {
            shortTitle: change.instrument.shortTitle,
            reason: change.criterion.reason,
          }),
        ]
      : [],
  );
  const lowerIsBetter = figures.instruments
    .filter((change) => change.instrument.better === 'lower')
    .map((change) => change.instrument.shortTitle);
  return block({
    heading: t('outcomes.growth.heading'),
    header: growthHeader(),
    rows,
    notes: write.notes(
      ...(rows.length === 0 ? [t('outcomes.growth.noInstrument')] : []),
      pairingNote(),
      ...(lowerIsBetter.length > 0
        ? [t('outcomes.growth.lowerIsBetterNote', { instruments: lowerIsBetter.join(', ') })]
        : []),
      confidenceIntervalNote(),
      effectSizeNote(),
      reliableChangeNote(),
      descriptiveOnlyNote(),
      suppressionNote(minN),
      identicalValuesNote(),
      exactFiguresNote(),
      ...criterionProblems,
    ),
  });
}

/** Citations, reliability sources and the copyright lines that must accompany results. */
export function instrumentSourcesBlock(figures: GrowthFigures): OutcomeBlock {
  return block({
    heading: t('outcomes.sources.heading'),
    header: [
      t('outcomes.sources.column.instrument'),
      t('outcomes.sources.column.measures'),
      t('outcomes.sources.column.scoreRange'),
      t('outcomes.sources.column.citation'),
      t('outcomes.sources.column.criterionSource'),
      t('outcomes.sources.column.copyright'),
    ],
    rows: figures.instruments.map((change) => {
      const { instrument } = change;
      const criterionSource = change.criterion.kind === 'shown' ? change.criterion.source : '';
      return [
        instrument.shortTitle,
        t(PURPOSE_KEYS[instrument.purpose]),
        t('outcomes.sources.scoreRange', {
          min: instrument.scoreRange.min,
          max: instrument.scoreRange.max,
        }),
        instrument.licence.citation,
        criterionSource,
        instrument.licence.copyrightLine ?? '',
      ];
    }),
  });
}
