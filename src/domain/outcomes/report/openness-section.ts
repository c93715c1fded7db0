/** "Talking about mental health outside the group": the monthly openness shares. */
import { formatNumber, suppressedText } from '../format';
import type { OpennessFigures } from '../openness';
import { opennessBlock } from '../openness-tab';
import type { SafeHtml } from '../safe-html';
import { lineChartFigure, type ChartForm } from './chart-form';
import { blockTable, paragraph, section } from './elements';
import type { ReportFigures } from './report-figures';
import { plural } from './wording';

export const OPENNESS_REPORT_TEXT = {
  title: 'Talking about mental health outside the group',
  intro:
    'Each check-in may also say whether the member talked about mental health with someone outside the group that week, one sign of the openness the group hopes to build beyond its meetings. The question is optional; only check-ins that answer it count.',
  noAnswers:
    'No check-in in this period answered the question about talking with someone outside the group, so there are no figures for it yet.',
  noChart: (minN: number) =>
    `No chart is drawn: in every month either fewer than ${minN} members said yes or fewer than ${minN} said no, so each month's shares are ${suppressedText(minN)}.`,
  chartTitle: 'Talked about mental health outside the group: monthly shares',
  checkIns: 'Check-ins saying yes',
  members: 'Members saying yes at least once',
} as const;

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
  const gaps =
    hidden === 0
      ? ''
      : ` ${plural(hidden, 'month')} with too few members on one side ${hidden === 1 ? 'is' : 'are'} suppressed and left as gaps.`;
  const last = shown[shown.length - 1];
  const describe = (figure: MonthlyFigure) =>
    figure.kind === 'shown' ? `${formatNumber(figure.value, 1)}%` : suppressedText(minN);
  return lineChartFigure(
    chartForm,
    {
      id: 'chart-openness',
      title: OPENNESS_REPORT_TEXT.chartTitle,
      description:
        `Monthly shares from ${months[0].month} to ${months[months.length - 1].month}. ` +
        `In ${last.month}: check-ins saying yes ${describe(last.checkInsYesPercent)}, members saying yes at least once ${describe(last.membersYesPercent)}.` +
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
      xLabel: 'Month of session',
      yLabel: 'Share (%)',
      yDomain: [0, 100],
    },
    `Shares of the check-ins and of the members that answered the question.${gaps}`,
  );
}

type MonthlyFigure = OpennessFigures['months'][number]['checkInsYesPercent'];
