/** "Talking about mental health outside the group": the monthly openness shares. */
import { t } from '../../i18n';
import { formatNumber, suppressedText } from '../format';
import type { OpennessFigures } from '../openness';
import { opennessBlock } from '../openness-tab';
import type { SafeHtml } from '../safe-html';
import { lineChartFigure, type ChartForm } from './chart-form';
import { blockTable, paragraph, section } from './elements';
import type { ReportFigures } from './report-figures';
import { percentText } from './wording';

/** The section's words in the language of the run (each read when used). */
export const OPENNESS_REPORT_TEXT = {
  get title() {
    return t('report.openness.heading');
  },
  get intro() {
    return t('report.openness.intro');
  },
  get noAnswers() {
    return t('report.openness.noAnswers');
  },
  noChart: (minN: number) =>
    t('report.openness.noChart', { minN, suppressed: suppressedText(minN) }),
  get chartTitle() {
    return t('report.openness.chartTitle');
  },
  get checkIns() {
    return t('report.openness.seriesCheckIns');
  },
  get members() {
    return t('report.openness.seriesMembers');
  },
};

export function opennessSection(figures: ReportFigures): SafeHtml {
  const openness = figures.openness;
  if (!openness.anyAnswers) {
    return section('openness', OPENNESS_REPORT_TEXT.title, [
      paragraph(OPENNESS_REPORT_TEXT.noAnswers),
    ]);
  }
  return section('openness', OPENNESS_REPORT_TEXT.title, [
    paragraph(OPENNESS_REPORT_TEXT.intro),
    opennessChart(openness, figures.chartForm),
    blockTable(opennessBlock(openness)),
  ]);
}

function opennessChart(openness: OpennessFigures, chartForm: ChartForm): SafeHtml {
  const minN = openness.minGroupSize;
  const months = openness.months;
  const shown = months.filter(
    (month) =>
      month.checkInsYesPercent.kind === 'shown' || month.membersYesPercent.kind === 'shown',
  );
  if (shown.length === 0) return paragraph(OPENNESS_REPORT_TEXT.noChart(minN), 'caveat');
  const value = (figure: MonthlyFigure) => (figure.kind === 'shown' ? figure.value : null);
  const hidden = months.length - shown.length;
  const gaps = hidden === 0 ? '' : ` ${t('report.openness.gaps', { hidden })}`;
  const last = shown[shown.length - 1];
  const describe = (figure: MonthlyFigure) =>
    figure.kind === 'shown' ? percentText(formatNumber(figure.value, 1)) : suppressedText(minN);
  return lineChartFigure(
    chartForm,
    {
      id: 'chart-openness',
      title: OPENNESS_REPORT_TEXT.chartTitle,
      description:
        t('report.openness.description', {
          from: months[0].month,
          to: months[months.length - 1].month,
        }) +
        ` ${t('report.openness.inMonth', {
          month: last.month,
          checkIns: describe(last.checkInsYesPercent),
          members: describe(last.membersYesPercent),
        })}` +
        gaps,
      categories: months.map((month) => month.month),
      series: [
        {
          name: OPENNESS_REPORT_TEXT.checkIns,
          values: months.map((m) => value(m.checkInsYesPercent)),
        },
        {
          name: OPENNESS_REPORT_TEXT.members,
          values: months.map((m) => value(m.membersYesPercent)),
        },
      ],
      xLabel: t('report.openness.xLabel'),
      yLabel: t('report.openness.yLabel'),
      yDomain: [0, 100],
    },
    t('report.openness.chartCaption') + gaps,
  );
}

type MonthlyFigure = OpennessFigures['months'][number]['checkInsYesPercent'];
