/** "Personal growth and stigma": change per instrument, its chart, and the caveats of small n. */
import { t } from '../../i18n';
import { MIN_PAIRS_FOR_INFERENCE } from '../../stats/paired-change';
import { DECIMALS, figureText, formatNumber, suppressedText } from '../format';
import type { InstrumentChange } from '../growth';
import { betterWhen, growthBlock, growthProseColumns } from '../growth-tab';
import { effectSizeNote, pairingNote, reliableChangeNote } from '../notes';
import { markup, type SafeHtml } from '../safe-html';
import { changeChartFigure, type ChartForm } from './chart-form';
import { blockTable, paragraph, section, transposeBlock } from './elements';
import type { ReportFigures } from './report-figures';

export function growthSection(figures: ReportFigures): SafeHtml {
  const changes = figures.growth.instruments;
  if (changes.length === 0) {
    return section('growth', t('report.growth.heading'), [paragraph(t('report.growth.noSurveys'))]);
  }
  return section('growth', t('report.growth.heading'), [
    paragraph(pairingNote()),
    changeFigure(changes, figures.minGroupSize, figures.chartForm),
    ...changes.map((change) => instrumentStory(change, figures.minGroupSize)),
    // One column per instrument: the tab's fourteen columns do not fit a page. The criterion
    // and inference columns are told in each instrument's paragraphs above.
    blockTable(
      transposeBlock(
        growthBlock(figures.growth),
        changes.map((change) => change.instrument.shortTitle),
        growthProseColumns(),
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
      : ` ${t('report.growth.notDrawn', {
          instruments: left
            .map((change) =>
              t('report.growth.notDrawnItem', {
                shortTitle: change.instrument.shortTitle,
                meanChange: figureText(change.meanChange, DECIMALS.mean, minN),
              }),
            )
            .join(', '),
        })}`;
  if (drawable.length === 0) {
    return paragraph(t('report.growth.noChart'), 'caveat');
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
  const signed = (value: number) => formatNumber(value, 2, true);
  const description = t('report.growth.chartDescription', {
    rows: rows
      .map((row) => {
        const values = {
          label: row.label,
          change: signed(row.meanChange),
          betterWhen: betterWhen(row.better),
        };
        return row.interval
          ? t('report.growth.chartRow', {
              ...values,
              lower: signed(row.interval.lower),
              upper: signed(row.interval.upper),
            })
          : t('report.growth.chartRowNoInterval', values);
      })
      .join('; '),
  });
  return changeChartFigure(
    chartForm,
    {
      id: 'chart-change',
      title: t('report.growth.chartTitle'),
      description,
      rows,
      unitLabel: t('report.growth.chartUnit'),
    },
    t('report.growth.chartCaption') + leftOut,
  );
}

function instrumentStory(change: InstrumentChange, minN: number): SafeHtml {
  const { instrument } = change;
  const heading = markup`<h3>${t('report.growth.instrumentHeading', {
    title: instrument.title,
    shortTitle: instrument.shortTitle,
    betterWhen: betterWhen(instrument.better),
  })}</h3>`;
  if (change.pairs.kind !== 'shown') {
    return markup`${heading}${paragraph(t('report.growth.hidden', { minN, suppressed: suppressedText(minN) }))}`;
  }
  const n = change.pairs.value;
  const mean = (value: InstrumentChange['meanBaseline']) => figureText(value, DECIMALS.mean, minN);
  const interval =
    change.confidenceLower.kind === 'shown' && change.confidenceUpper.kind === 'shown'
      ? t('report.growth.interval', {
          lower: figureText(change.confidenceLower, DECIMALS.mean, minN, true),
          upper: figureText(change.confidenceUpper, DECIMALS.mean, minN, true),
        })
      : t('report.growth.noInterval');
  const effectSize = t('report.growth.effectSize', {
    dz: figureText(change.effectSizeDz, DECIMALS.effectSize, minN, true),
  });
  const direction = t(
    instrument.better === 'lower' ? 'report.growth.lowerIsBetter' : 'report.growth.higherIsBetter',
  );
  const tally = {
    improved: figureText(change.improved, 0, minN),
    unchanged: figureText(change.unchanged, 0, minN),
    worse: figureText(change.worse, 0, minN),
  };
  const counts =
    change.improved.kind === 'not-computable'
      ? t('report.growth.notAssessed', { reason: change.improved.reason })
      : change.criterion.kind === 'shown'
        ? t('report.growth.countsWithCriterion', { ...tally, criterion: change.criterion.text })
        : t('report.growth.counts', tally);
  const source =
    change.criterion.kind === 'shown' && change.criterion.source !== ''
      ? paragraph(t('report.growth.criterionSource', { source: change.criterion.source }), 'source')
      : markup``;
  const story = `${t('report.growth.story', {
    pairs: n,
    baseline: mean(change.meanBaseline),
    followUp: mean(change.meanFollowUp),
    change: figureText(change.meanChange, DECIMALS.mean, minN, true),
    interval,
    effectSize,
  })} ${direction}`;
  const caveat = change.descriptiveOnly
    ? paragraph(
        t('report.growth.descriptiveOnly', { minPairs: MIN_PAIRS_FOR_INFERENCE, pairs: n }),
        'caveat',
      )
    : markup``;
  return markup`${heading}${paragraph(story)}${paragraph(counts)}${source}${caveat}`;
}

function shownValue(figureValue: InstrumentChange['meanChange']): number {
  if (figureValue.kind !== 'shown') throw new Error('unreachable: only shown figures are charted');
  return figureValue.value;
}
