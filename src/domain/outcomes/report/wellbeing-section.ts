/** "Wellbeing from weekly check-ins": the monthly means as a chart and a table. */
import { currentLocale, t } from '../../i18n';
import { formatNumber, suppressedText } from '../format';
import type { SafeHtml } from '../safe-html';
import { WELLBEING_LABELS, WELLBEING_MEASURES, type WellbeingFigures } from '../wellbeing';
import { wellbeingBlock } from '../wellbeing-tab';
import { lineChartFigure, type ChartForm } from './chart-form';
import { blockTable, paragraph, section } from './elements';
import type { ReportFigures } from './report-figures';

export function wellbeingSection(figures: ReportFigures): SafeHtml {
  return section('wellbeing', t('report.wellbeing.heading'), [
    paragraph(t('report.wellbeing.intro')),
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
      t('report.wellbeing.noChart', { minN, suppressed: suppressedText(minN) }),
      'caveat',
    );
  }
  const hidden = months.length - shownMonths.length;
  const gaps = hidden === 0 ? '' : ` ${t('report.wellbeing.gaps', { hidden, minN })}`;
  const first = shownMonths[0];
  const last = shownMonths[shownMonths.length - 1];
  const describe = (month: (typeof months)[number]) =>
    t('report.wellbeing.inMonth', {
      month: month.month,
      values: WELLBEING_MEASURES.map((measure) => {
        const value = month.means[measure];
        return t('report.wellbeing.measureValue', {
          measure: WELLBEING_LABELS[measure].toLocaleLowerCase(currentLocale()),
          value: value.kind === 'shown' ? formatNumber(value.value, 2) : suppressedText(minN),
        });
      }).join(', '),
    });
  const description =
    t('report.wellbeing.description', {
      from: months[0].month,
      to: months[months.length - 1].month,
    }) +
    ` ${describe(first)}` +
    (last === first ? '' : ` ${describe(last)}`) +
    gaps;
  return lineChartFigure(
    chartForm,
    {
      id: 'chart-wellbeing',
      title: t('report.wellbeing.chartTitle'),
      description,
      categories: months.map((month) => month.month),
      series,
      xLabel: t('report.wellbeing.xLabel'),
      yLabel: t('report.wellbeing.yLabel'),
      yDomain: [1, 5],
    },
    t('report.wellbeing.chartCaption') + gaps,
  );
}
