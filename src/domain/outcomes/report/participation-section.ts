/** "Who took part": attendance (with its chart), joining, retention and check-in response. */
import { t } from '../../i18n';
import { MOVING_AVERAGE_SESSIONS } from '../attendance';
import { DECIMALS, figureText, formatNumber, suppressedText } from '../format';
import { monthlyParticipationBlock, retentionBlock } from '../participation-tab';
import type { ParticipationFigures } from '../participation';
import type { RetentionFigure } from '../retention-figures';
import { RETENTION_RECENT_WEEKS } from '../retention-figures';
import type { SafeHtml } from '../safe-html';
import { lineChartFigure, type ChartForm } from './chart-form';
import { blockTable, paragraph, section } from './elements';
import type { ReportFigures } from './report-figures';
import { attendanceSourceNote } from '../notes';

export function participationSection(figures: ReportFigures): SafeHtml {
  const { participation } = figures;
  return section('participation', t('report.participation.heading'), [
    paragraph(attendanceSentence(participation)),
    attendanceChart(participation, figures.chartForm),
    paragraph(joiningSentence(participation)),
    ...participation.retention.map((cohort) =>
      paragraph(retentionSentence(cohort, participation.minGroupSize)),
    ),
    paragraph(responseRateSentence(participation)),
    blockTable(monthlyParticipationBlock(participation)),
    blockTable(retentionBlock(participation)),
  ]);
}

function attendanceSentence(participation: ParticipationFigures): string {
  const minN = participation.minGroupSize;
  const { attendance } = participation;
  const held = participation.heldDates.length;
  if (held === 0) return t('report.participation.noSessions');
  const sentences = [t('report.participation.held', { held })];
  if (attendance.total.kind === 'shown' && attendance.meanPerSession.kind === 'shown') {
    sentences.push(
      t('report.participation.attended', {
        total: attendance.total.value,
        mean: formatNumber(attendance.meanPerSession.value, 1),
      }),
    );
  } else {
    sentences.push(
      t('report.participation.attendanceHidden', { suppressed: suppressedText(minN) }),
    );
  }
  if (attendance.uniqueAttendees.kind === 'shown') {
    sentences.push(
      t('report.participation.attendees', { count: attendance.uniqueAttendees.value }),
    );
  }
  sentences.push(attendanceSourceNote(participation.attendanceSources));
  return sentences.join(' ');
}

function attendanceChart(participation: ParticipationFigures, chartForm: ChartForm): SafeHtml {
  const minN = participation.minGroupSize;
  const sessions = participation.attendance.perSession;
  const attended = sessions.map((s) => (s.attended.kind === 'shown' ? s.attended.value : null));
  const average = sessions.map((s) =>
    s.movingAverage.kind === 'shown' ? s.movingAverage.value : null,
  );
  const shownCounts = attended.filter((value): value is number => value !== null);
  if (sessions.length === 0) return paragraph(t('report.participation.noChart'), 'caveat');
  if (shownCounts.length === 0) {
    return paragraph(
      t('report.participation.chartHidden', { suppressed: suppressedText(minN) }),
      'caveat',
    );
  }
  const hidden = sessions.length - shownCounts.length;
  const gaps = hidden === 0 ? '' : ` ${t('report.participation.chartGaps', { hidden, minN })}`;
  const description =
    t('report.participation.chartDescription', {
      sessions: sessions.length,
      from: sessions[0].date,
      to: sessions[sessions.length - 1].date,
      lowest: Math.min(...shownCounts),
      highest: Math.max(...shownCounts),
      window: MOVING_AVERAGE_SESSIONS,
    }) + gaps;
  return lineChartFigure(
    chartForm,
    {
      id: 'chart-attendance',
      title: t('report.participation.chartTitle'),
      description,
      categories: sessions.map((session) => session.date),
      series: [
        { name: t('report.participation.seriesAttended'), values: attended },
        {
          name: t('report.participation.seriesAverage', { window: MOVING_AVERAGE_SESSIONS }),
          values: average,
        },
      ],
      xLabel: t('report.participation.xLabel'),
      yLabel: t('report.participation.yLabel'),
    },
    t('report.participation.chartCaption') + gaps,
  );
}

function joiningSentence(participation: ParticipationFigures): string {
  const total = participation.newMembersTotal;
  return total.kind === 'shown'
    ? t('report.participation.joined', { count: total.value })
    : t('report.participation.joinedHidden', {
        figure: figureText(total, 0, participation.minGroupSize),
      });
}

function retentionSentence(cohort: RetentionFigure, minN: number): string {
  const weeks = cohort.weeksSinceJoining;
  const date = cohort.attendedTo;
  if (
    cohort.sharePercent.kind === 'shown' &&
    cohort.cohortSize.kind === 'shown' &&
    cohort.stillAttending.kind === 'shown'
  ) {
    return t('report.participation.retention', {
      cohort: cohort.cohortSize.value,
      weeks,
      date,
      still: cohort.stillAttending.value,
      share: formatNumber(cohort.sharePercent.value, DECIMALS.percent),
      recentWeeks: RETENTION_RECENT_WEEKS,
    });
  }
  return t('report.participation.retentionHidden', { weeks, date, minN });
}

function responseRateSentence(participation: ParticipationFigures): string {
  const rate = participation.responseRate;
  if (
    rate.percent.kind === 'shown' &&
    rate.received.kind === 'shown' &&
    rate.expected.kind === 'shown'
  ) {
    return t('report.participation.responseRate', {
      percent: formatNumber(rate.percent.value, DECIMALS.percent),
      received: rate.received.value,
      expected: rate.expected.value,
    });
  }
  return t('report.participation.responseRateHidden', {
    figure: figureText(rate.percent, 0, participation.minGroupSize),
  });
}
