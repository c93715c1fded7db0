/** "Community survey": stigma among outreach audiences before and after the group's events. */
import { communityReportBlocks, COMMUNITY_STIGMA_TEXT } from '../community-stigma-tab';
import type { CommunityStigmaFigures } from '../community-stigma';
import type { SafeHtml } from '../safe-html';
import { blockTable, paragraph, section } from './elements';
import { changeChartFigure, type ChartForm } from './chart-form';
import { DECIMALS, formatNumber } from '../format';
import type { Figure } from '../figure';
import type { ReportFigures } from './report-figures';

export const COMMUNITY_STIGMA_REPORT_TEXT = {
  title: 'Community survey: stigma among event audiences',
  intro:
    'At outreach events and panels, the audience may answer an anonymous survey before or after the event: the Reported and Intended Behaviour Scale (RIBS), in the wording the group is licensed to use. A higher intended-behaviour score means people say they are more willing to live, work and be friends with someone with a mental health problem. Different people answer before and after, so the difference compares two groups, not the same people twice.',
  none: 'No event in this period has an event code, so the Community survey has no figures here.',
  chartTitle: 'Change in intended behaviour from before to after each event, with 95% interval',
  chartCaption: (leftOut: number) =>
    'Bars show the after mean minus the before mean (RIBS intended behaviour, 4-20); green where it rose, meaning less stigmatising intentions.' +
    (leftOut === 0
      ? ''
      : ` ${leftOut === 1 ? 'One event is' : `${leftOut} events are`} left out: too few responses on one side, so its figures are suppressed.`),
} as const;

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
      label: `${row.event.date} ${row.event.code}`,
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
            .map(
              (row) =>
                `${row.label}: ${signed(row.meanChange)}` +
                (row.interval
                  ? ` (95% interval ${signed(row.interval.lower)} to ${signed(row.interval.upper)})`
                  : ' (no interval)'),
            )
            .join('; ') + '.',
        rows,
        unitLabel: 'After minus before, in points of 4-20 (lines: 95% Welch interval)',
      },
      COMMUNITY_STIGMA_REPORT_TEXT.chartCaption(community.events.length - drawable.length),
    ),
  ];
}

export { COMMUNITY_STIGMA_TEXT };
