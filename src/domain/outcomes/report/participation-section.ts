/** "Who took part": attendance (with its chart), joining, retention and check-in response. */
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
import { plural } from './wording';
import { attendanceSourceNote } from '../notes';

export function participationSection(figures: ReportFigures): SafeHtml {
  const { participation } = figures;
  return section('participation', 'Who took part', [
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
  if (held === 0) return 'No sessions were held in this period.';
  const sentences = [`The group held ${plural(held, 'session')} in this period.`];
  if (attendance.total.kind === 'shown' && attendance.meanPerSession.kind === 'shown') {
    sentences.push(
      `Members attended ${plural(attendance.total.value, 'time')} in all, ` +
        `${formatNumber(attendance.meanPerSession.value, 1)} per session on average.`,
    );
  } else {
    sentences.push(`Total attendance: ${suppressedText(minN)}.`);
  }
  if (attendance.uniqueAttendees.kind === 'shown') {
    sentences.push(
      `${plural(attendance.uniqueAttendees.value, 'different member')} came at least once.`,
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
  if (sessions.length === 0) return paragraph('There is no attendance to chart.', 'caveat');
  if (shownCounts.length === 0) {
    return paragraph(
      `No attendance chart is drawn: attendance at every session was ${suppressedText(minN)} members.`,
      'caveat',
    );
  }
  const hidden = sessions.length - shownCounts.length;
  const gaps =
    hidden === 0
      ? ''
      : ` ${plural(hidden, 'session')} ${hidden === 1 ? 'is' : 'are'} suppressed (fewer than ${minN} members, or hidden so a total cannot reveal another) and left as gaps.`;
  const description =
    `Members attending each of ${plural(sessions.length, 'held session')} from ` +
    `${sessions[0].date} to ${sessions[sessions.length - 1].date}, between ` +
    `${Math.min(...shownCounts)} and ${Math.max(...shownCounts)} where shown, with the ` +
    `${MOVING_AVERAGE_SESSIONS}-session moving average.${gaps}`;
  return lineChartFigure(
    chartForm,
    {
      id: 'chart-attendance',
      title: 'Attendance per held session',
      description,
      categories: sessions.map((session) => session.date),
      series: [
        { name: 'Attended (in person or online)', values: attended },
        { name: `${MOVING_AVERAGE_SESSIONS}-session moving average`, values: average },
      ],
      xLabel: 'Session date',
      yLabel: 'Members attending',
    },
    `Attendance per held session.${gaps}`,
  );
}

function joiningSentence(participation: ParticipationFigures): string {
  const total = participation.newMembersTotal;
  return total.kind === 'shown'
    ? `${plural(total.value, 'new member')} joined in this period.`
    : `New members in this period: ${figureText(total, 0, participation.minGroupSize)}.`;
}

function retentionSentence(cohort: RetentionFigure, minN: number): string {
  const who = `members who joined at least ${cohort.weeksSinceJoining} weeks before ${cohort.attendedTo}`;
  if (
    cohort.sharePercent.kind === 'shown' &&
    cohort.cohortSize.kind === 'shown' &&
    cohort.stillAttending.kind === 'shown'
  ) {
    return (
      `Of the ${plural(cohort.cohortSize.value, 'member')} who joined at least ` +
      `${cohort.weeksSinceJoining} weeks before ${cohort.attendedTo}, ${cohort.stillAttending.value} ` +
      `(${formatNumber(cohort.sharePercent.value, DECIMALS.percent)}%) attended in the last ` +
      `${RETENTION_RECENT_WEEKS} weeks.`
    );
  }
  return `Retention of ${who} is suppressed: it would show a group of fewer than ${minN} members.`;
}

function responseRateSentence(participation: ParticipationFigures): string {
  const rate = participation.responseRate;
  if (
    rate.percent.kind === 'shown' &&
    rate.received.kind === 'shown' &&
    rate.expected.kind === 'shown'
  ) {
    return (
      `Members sent ${formatNumber(rate.percent.value, DECIMALS.percent)}% of the check-ins ` +
      `expected (${rate.received.value} of ${rate.expected.value}).`
    );
  }
  return `The check-in response rate is ${figureText(rate.percent, 0, participation.minGroupSize)}.`;
}
