/** "Wellbeing from weekly check-ins": the monthly means as a chart and a table. */
import { formatNumber, suppressedText } from '../format';
import type { SafeHtml } from '../safe-html';
import { WELLBEING_LABELS, WELLBEING_MEASURES, type WellbeingFigures } from '../wellbeing';
import { wellbeingBlock } from '../wellbeing-tab';
import { lineChartFigure, type ChartForm } from './chart-form';
import { blockTable, paragraph, section } from './elements';
import type { ReportFigures } from './report-figures';
import { plural } from './wording';

export function wellbeingSection(figures: ReportFigures): SafeHtml {
  return section('wellbeing', 'Wellbeing from weekly check-ins', [
    paragraph(
      'In each check-in members rate their week from 1 to 5: their mood, how well they coped, and how supported they felt by the group. The chart shows the group’s mean for each month.',
    ),
    wellbeingChart(figures.wellbeing, figures.chartForm),
    blockTable(wellbeingBlock(figures.wellbeing)),
  ]);
}

function wellbeingChart(wellbeing: WellbeingFigures, chartForm: ChartForm): SafeHtml {
  const minN = wellbeing.minGroupSize;
  const months = wellbeing.months;
  const series = WELLBEING_MEASURES.map((measure) => ({
    name: WELLBEING_LABELS[measure],
    values: months.map((month) => {
      const value = month.means[measure];
      return value.kind === 'shown' ? value.value : null;
    }),
  }));
  const shownMonths = months.filter((month) => month.means.mood.kind === 'shown');
  if (shownMonths.length === 0) {
    return paragraph(
      `No wellbeing chart is drawn: every month had fewer than ${minN} members checking in, so each month's figures are ${suppressedText(minN)}.`,
      'caveat',
    );
  }
  const hidden = months.length - shownMonths.length;
  const gaps =
    hidden === 0
      ? ''
      : ` ${plural(hidden, 'month')} with fewer than ${minN} members checking in ${hidden === 1 ? 'is' : 'are'} suppressed and left as gaps.`;
  const first = shownMonths[0];
  const last = shownMonths[shownMonths.length - 1];
  const describe = (month: (typeof months)[number]) =>
    WELLBEING_MEASURES.map((measure) => {
      const value = month.means[measure];
      return `${WELLBEING_LABELS[measure].toLowerCase()} ${value.kind === 'shown' ? formatNumber(value.value, 2) : suppressedText(minN)}`;
    }).join(', ');
  const description =
    `Monthly group means on a 1 to 5 scale from ${months[0].month} to ${months[months.length - 1].month}. ` +
    `In ${first.month}: ${describe(first)}.` +
    (last === first ? '' : ` In ${last.month}: ${describe(last)}.`) +
    gaps;
  return lineChartFigure(
    chartForm,
    {
      id: 'chart-wellbeing',
      title: 'Mood, coping and feeling supported: monthly group means',
      description,
      categories: months.map((month) => month.month),
      series,
      xLabel: 'Month of session',
      yLabel: 'Group mean (1-5)',
      yDomain: [1, 5],
    },
    `Monthly group means, each member counted once per month.${gaps}`,
  );
}
