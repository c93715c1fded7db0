/** "Personal growth and stigma": change per instrument, its chart, and the caveats of small n. */
import { MIN_PAIRS_FOR_INFERENCE } from '../../stats/paired-change';
import { DECIMALS, figureText, formatNumber, suppressedText } from '../format';
import type { InstrumentChange } from '../growth';
import { betterWhen, growthBlock } from '../growth-tab';
import { effectSizeNote, pairingNote, reliableChangeNote } from '../notes';
import { markup, type SafeHtml } from '../safe-html';
import { changeChartFigure, type ChartForm } from './chart-form';
import { blockTable, paragraph, section, transposeBlock } from './elements';
import type { ReportFigures } from './report-figures';
import { plural } from './wording';

export function growthSection(figures: ReportFigures): SafeHtml {
  const changes = figures.growth.instruments;
  if (changes.length === 0) {
    return section('growth', 'Personal growth and stigma', [
      paragraph('No survey questionnaires are switched on, so there is no change to report.'),
    ]);
  }
  return section('growth', 'Personal growth and stigma', [
    paragraph(pairingNote()),
    changeFigure(changes, figures.minGroupSize, figures.chartForm),
    ...changes.map((change) => instrumentStory(change, figures.minGroupSize)),
    // One column per instrument: the tab's fourteen columns do not fit a page. The criterion
    // and inference columns are told in each instrument's paragraphs above.
    blockTable(
      transposeBlock(
        growthBlock(figures.growth),
        changes.map((change) => change.instrument.shortTitle),
        ['Reliable-change criterion', 'Inference'],
      ),
      { notes: false },
    ),
    paragraph(effectSizeNote(), 'source'),
    paragraph(reliableChangeNote(), 'source'),
  ]);
}

function changeFigure(
  changes: readonly InstrumentChange[],
  minN: number,
  chartForm: ChartForm,
): SafeHtml {
  const drawable = changes.filter((change) => change.meanChange.kind === 'shown');
  const left = changes.filter((change) => change.meanChange.kind !== 'shown');
  const leftOut =
    left.length === 0
      ? ''
      : ` Not drawn: ${left.map((change) => `${change.instrument.shortTitle} (mean change ${figureText(change.meanChange, DECIMALS.mean, minN)})`).join(', ')}.`;
  if (drawable.length === 0) {
    return paragraph(
      'No change chart is drawn: no instrument’s mean change can be shown (see the table below).',
      'caveat',
    );
  }
  const rows = drawable.map((change) => ({
    label: change.instrument.shortTitle,
    better: change.instrument.better,
    meanChange: shownValue(change.meanChange),
    interval:
      change.confidenceLower.kind === 'shown' && change.confidenceUpper.kind === 'shown'
        ? { lower: change.confidenceLower.value, upper: change.confidenceUpper.value }
        : null,
  }));
  const description =
    'Mean change from baseline to latest follow-up, in points on each instrument’s own scale, ' +
    'with 95% confidence intervals: ' +
    rows
      .map(
        (row) =>
          `${row.label} ${formatNumber(row.meanChange, 2, true)}` +
          (row.interval
            ? ` (${formatNumber(row.interval.lower, 2, true)} to ${formatNumber(row.interval.upper, 2, true)})`
            : ' (no interval)') +
          `, ${betterWhen(row.better)}`,
      )
      .join('; ') +
    '.';
  return changeChartFigure(
    chartForm,
    {
      id: 'chart-change',
      title: 'Mean change per instrument with 95% confidence interval',
      description,
      rows,
      unitLabel: 'Mean change in points (each row on its own scale; lines: 95% CI)',
    },
    `Bars show the mean change; green where it is in the better direction. Each instrument has its own axis.${leftOut}`,
  );
}

function instrumentStory(change: InstrumentChange, minN: number): SafeHtml {
  const { instrument } = change;
  const heading = markup`<h3>${instrument.title} (${instrument.shortTitle}), ${betterWhen(instrument.better)}</h3>`;
  if (change.pairs.kind !== 'shown') {
    return markup`${heading}${paragraph(`Fewer than ${minN} members had a baseline and a follow-up, so every figure for it reads “${suppressedText(minN)}”.`)}`;
  }
  const n = change.pairs.value;
  const mean = (value: InstrumentChange['meanBaseline']) => figureText(value, DECIMALS.mean, minN);
  const interval =
    change.confidenceLower.kind === 'shown' && change.confidenceUpper.kind === 'shown'
      ? `95% CI ${figureText(change.confidenceLower, DECIMALS.mean, minN, true)} to ${figureText(change.confidenceUpper, DECIMALS.mean, minN, true)}`
      : '95% CI not computable';
  const dz = `d_z (paired) ${figureText(change.effectSizeDz, DECIMALS.effectSize, minN, true)}`;
  const direction =
    instrument.better === 'lower'
      ? ' Lower is better on this scale, so a fall is an improvement.'
      : ' Higher is better on this scale, so a rise is an improvement.';
  const criterion =
    change.criterion.kind === 'shown' ? `Reliable change, by ${change.criterion.text}. ` : '';
  const counts =
    change.improved.kind === 'not-computable'
      ? `Reliable change could not be assessed: ${change.improved.reason}.`
      : `${criterion}Improved: ${figureText(change.improved, 0, minN)}; no reliable change: ${figureText(change.unchanged, 0, minN)}; worse: ${figureText(change.worse, 0, minN)}.`;
  const source =
    change.criterion.kind === 'shown' && change.criterion.source !== ''
      ? paragraph(`Reliable-change source: ${change.criterion.source}`, 'source')
      : markup``;
  const story =
    `${plural(n, 'member')} completed a baseline and a follow-up. The mean score was ` +
    `${mean(change.meanBaseline)} at baseline and ${mean(change.meanFollowUp)} at the latest ` +
    `follow-up, a mean change of ${figureText(change.meanChange, DECIMALS.mean, minN, true)} ` +
    `points (${interval}; ${dz}).${direction}`;
  const caveat = change.descriptiveOnly
    ? paragraph(
        `Descriptive only: fewer than ${MIN_PAIRS_FOR_INFERENCE} pairs. These figures describe these ${n} members; with fewer than ${MIN_PAIRS_FOR_INFERENCE} people measured twice they are not evidence about the group as a whole, and the interval is wide.`,
        'caveat',
      )
    : markup``;
  return markup`${heading}${paragraph(story)}${paragraph(counts)}${source}${caveat}`;
}

function shownValue(figureValue: InstrumentChange['meanChange']): number {
  if (figureValue.kind !== 'shown') throw new Error('unreachable: only shown figures are charted');
  return figureValue.value;
}
