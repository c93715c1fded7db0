/** "Community survey": stigma among outreach audiences before and after the group's events. */
import { t } from '../../i18n';
import { communityReportBlocks, COMMUNITY_STIGMA_TEXT } from '../community-stigma-tab';
import type { CommunityStigmaFigures } from '../community-stigma';
import type { SafeHtml } from '../safe-html';
import { blockTable, paragraph, section } from './elements';
import { changeChartFigure, type ChartForm } from './chart-form';
import { DECIMALS, formatNumber } from '../format';
import type { Figure } from '../figure';
import type { ReportFigures } from './report-figures';

/** The section's words in the language of the run (each read when used). */
export const COMMUNITY_STIGMA_REPORT_TEXT = {
  get title() {
    return t('report.communityStigma.heading');
  },
  get intro() {
    return t('report.communityStigma.intro');
  },
  get none() {
    return t('report.communityStigma.none');
  },
  get chartTitle() {
    return t('report.communityStigma.chartTitle');
  },
  chartCaption: (leftOut: number) =>
    t('report.communityStigma.chartCaption') +
    (leftOut === 0 ? '' : ` ${t('report.communityStigma.leftOut', { count: leftOut })}`),
};

export function communityStigmaSection(figures: ReportFigures): SafeHtml {
  const community: CommunityStigmaFigures = figures.communityStigma;
  if (community.events.length === 0)
    return section('community-survey', COMMUNITY_STIGMA_REPORT_TEXT.title, [
      paragraph(COMMUNITY_STIGMA_REPORT_TEXT.none),
    ]);
  return section('community-survey', COMMUNITY_STIGMA_REPORT_TEXT.title, [
    paragraph(COMMUNITY_STIGMA_REPORT_TEXT.intro),
    ...changeFigure(community, figures.chartForm),
    ...communityReportBlocks(community).map((block) => blockTable(block)),
  ]);
}

/** The events whose difference is shown, as a change chart; none when no event has one. */
function changeFigure(community: CommunityStigmaFigures, chartForm: ChartForm): SafeHtml[] {
  const drawable = community.events.filter((row) => row.difference.kind === 'shown');
  if (drawable.length === 0) return [];
  const value = (figure: Figure) => (figure.kind === 'shown' ? figure.value : null);
  const rows = drawable.map((row) => {
    const lower = value(row.lower);
    const upper = value(row.upper);
    return {
      label: t('outcomes.communityStigma.eventLabel', {
        date: row.event.date,
        code: row.event.code,
      }),
      better: 'higher' as const,
      meanChange: value(row.difference) ?? 0,
      interval: lower !== null && upper !== null ? { lower, upper } : null,
    };
  });
  const signed = (n: number) => formatNumber(n, DECIMALS.mean, true);
  return [
    changeChartFigure(
      chartForm,
      {
        id: 'chart-community',
        title: COMMUNITY_STIGMA_REPORT_TEXT.chartTitle,
        description:
          rows
            .map((row) =>
              row.interval
                ? t('report.communityStigma.chartRow', {
                    label: row.label,
                    change: signed(row.meanChange),
                    lower: signed(row.interval.lower),
                    upper: signed(row.interval.upper),
                  })
                : t('report.communityStigma.chartRowNoInterval', {
                    label: row.label,
                    change: signed(row.meanChange),
                  }),
            )
            .join('; ') + '.',
        rows,
        unitLabel: t('report.communityStigma.chartUnit'),
      },
      COMMUNITY_STIGMA_REPORT_TEXT.chartCaption(community.events.length - drawable.length),
    ),
  ];
}

export { COMMUNITY_STIGMA_TEXT };
