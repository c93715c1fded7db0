/** Lays out the Participation figures as the blocks of the Participation tab. */
import { t } from '../i18n';
import { MOVING_AVERAGE_SESSIONS } from './attendance';
import { CellWriter } from './cell-writer';
import { DECIMALS, notRecordedText } from './format';
import type { OutcomeInput } from './inputs';
import {
  attendanceNote,
  attendanceSourceNote,
  communityNote,
  coverageNote,
  heldSessionNote,
  outreachReportersNote,
  responseRateNote,
  retentionNote,
  suppressionNote,
} from './notes';
import { leadershipBlock } from './leadership-tab';
import { workingGroupsBlock } from './working-groups';
import { feedbackBlock } from './feedback-tab';
import { computeParticipation, type ParticipationFigures } from './participation';
import { describePeriod, wholeHistory } from './period';
import { RETENTION_RECENT_WEEKS } from './retention-figures';
import { block, type OutcomeBlock, type OutcomeTab } from './tab';

/** The tab's English name, which code finds it by; the sheet shows t('tab.outcomesParticipation'). */
export const PARTICIPATION_TITLE = 'Outcomes: Participation';

export function buildParticipation(input: OutcomeInput): OutcomeTab {
  const figures = computeParticipation(input, wholeHistory(input));
  const extra = [
    leadershipBlock(input, figures.period),
    workingGroupsBlock(input, figures.period),
    feedbackBlock(input, figures.period),
  ].filter((b): b is OutcomeBlock => b !== null);
  return {
    title: t('tab.outcomesParticipation'),
    refreshedNote: coverageNote(figures.period, figures.minGroupSize),
    blocks: [...participationBlocks(figures), ...extra],
  };
}

export function participationBlocks(figures: ParticipationFigures): OutcomeBlock[] {
  return [
    participationSummaryBlock(figures),
    attendanceBlock(figures),
    monthlyParticipationBlock(figures),
    retentionBlock(figures),
    monthlyCommunityBlock(figures),
    activityKindsBlock(figures),
    partnersBlock(figures),
  ];
}

export function participationSummaryBlock(figures: ParticipationFigures): OutcomeBlock {
  const write = new CellWriter(figures.minGroupSize);
  const { attendance, responseRate } = figures;
  return block({
    heading: t('outcomes.summary.heading'),
    header: [
      t('outcomes.summary.column.figure'),
      t('outcomes.summary.column.value'),
      t('outcomes.summary.column.how'),
    ],
    rows: [
      [t('outcomes.summary.period'), describePeriod(figures.period), ''],
      [t('outcomes.summary.sessionsHeld'), figures.heldDates.length, heldSessionNote()],
      [t('outcomes.summary.sessionsCancelled'), figures.sessionsCancelled, ''],
      [
        t('outcomes.summary.sessionsWithRegister'),
        figures.attendanceSources.register,
        attendanceSourceNote(figures.attendanceSources),
      ],
      [
        t('outcomes.summary.attendances'),
        write.cell(attendance.total),
        t('outcomes.summary.attendancesHow'),
      ],
      [
        t('outcomes.summary.averageAttendance'),
        write.cell(attendance.meanPerSession, DECIMALS.mean),
        '',
      ],
      [t('outcomes.summary.uniqueAttendees'), write.cell(attendance.uniqueAttendees), ''],
      [
        t('outcomes.summary.newMembers'),
        write.cell(figures.newMembersTotal),
        t('outcomes.summary.newMembersHow'),
      ],
      [t('outcomes.summary.checkInsReceived'), write.cell(responseRate.received), ''],
      [t('outcomes.summary.checkInsExpected'), write.cell(responseRate.expected), ''],
      [
        t('outcomes.summary.responseRate'),
        write.cell(responseRate.percent, DECIMALS.percent),
        responseRateNote(),
      ],
      [
        t('outcomes.summary.outreachReporters'),
        write.cell(figures.membersReportingOutreach),
        outreachReportersNote(),
      ],
    ],
    notes: write.notes(suppressionNote(figures.minGroupSize)),
  });
}

export function attendanceBlock(figures: ParticipationFigures): OutcomeBlock {
  const write = new CellWriter(figures.minGroupSize);
  const rows = figures.attendance.perSession.map((session) => [
    session.date,
    write.cell(session.attended),
    write.cell(session.movingAverage, DECIMALS.mean),
  ]);
  return block({
    heading: t('outcomes.attendance.heading'),
    header: [
      t('outcomes.attendance.column.date'),
      t('outcomes.attendance.column.attended'),
      t('outcomes.attendance.column.movingAverage', { sessions: MOVING_AVERAGE_SESSIONS }),
    ],
    rows,
    chart: {
      type: 'line',
      title: t('outcomes.attendance.chart'),
      categoryColumn: 0,
      seriesColumns: [1, 2],
    },
    notes: write.notes(
      ...(rows.length === 0 ? [t('outcomes.attendance.none')] : []),
      attendanceNote(),
      attendanceSourceNote(figures.attendanceSources),
      heldSessionNote(),
    ),
  });
}

export function monthlyParticipationBlock(figures: ParticipationFigures): OutcomeBlock {
  const write = new CellWriter(figures.minGroupSize);
  return block({
    heading: t('outcomes.months.heading'),
    header: [
      t('outcomes.months.column.month'),
      t('outcomes.months.column.sessionsHeld'),
      t('outcomes.months.column.uniqueAttendees'),
      t('outcomes.months.column.newMembers'),
      t('outcomes.months.column.outreachReporters'),
      t('outcomes.months.column.responseRate'),
    ],
    rows: figures.months.map((month) => [
      month.month,
      month.sessionsHeld,
      write.cell(month.uniqueAttendees),
      write.cell(month.newMembers),
      write.cell(month.membersReportingOutreach),
      write.cell(month.responseRate.percent, DECIMALS.percent),
    ]),
    chart: {
      type: 'column',
      title: t('outcomes.months.chart'),
      categoryColumn: 0,
      seriesColumns: [2, 3],
    },
    notes: write.notes(
      t('outcomes.months.newMembersNote'),
      outreachReportersNote(),
      responseRateNote(),
    ),
  });
}

export function retentionBlock(figures: ParticipationFigures): OutcomeBlock {
  const write = new CellWriter(figures.minGroupSize);
  const window = figures.retention[0];
  return block({
    heading: t('outcomes.retention.heading'),
    header: [
      t('outcomes.retention.column.weeks'),
      t('outcomes.retention.column.joinedBy'),
      t('outcomes.retention.column.cohort'),
      t('outcomes.retention.column.attended', { weeks: RETENTION_RECENT_WEEKS }),
      t('outcomes.retention.column.notAttended', { weeks: RETENTION_RECENT_WEEKS }),
      t('outcomes.retention.column.share'),
    ],
    rows: figures.retention.map((cohort) => [
      cohort.weeksSinceJoining,
      cohort.joinedOnOrBefore,
      write.cell(cohort.cohortSize),
      write.cell(cohort.stillAttending),
      write.cell(cohort.notAttending),
      write.cell(cohort.sharePercent, DECIMALS.percent),
    ]),
    notes: write.notes(
      retentionNote(),
      ...(window
        ? [t('outcomes.retention.window', { from: window.attendedFrom, to: window.attendedTo })]
        : []),
    ),
  });
}

export function monthlyCommunityBlock(figures: ParticipationFigures): OutcomeBlock {
  return block({
    heading: t('outcomes.community.heading'),
    header: [
      t('outcomes.community.column.month'),
      t('outcomes.community.column.activities'),
      t('outcomes.community.column.outreach'),
      t('outcomes.community.column.partners'),
      t('outcomes.community.column.reached'),
    ],
    rows: figures.community.byMonth.map((month) => [
      month.month,
      month.activities,
      month.outreachActivities,
      month.partnerOrganisations,
      reachedCell(month.peopleReached),
    ]),
    chart: {
      type: 'column',
      title: t('outcomes.community.chart'),
      categoryColumn: 0,
      seriesColumns: [1, 2, 3],
    },
    notes: [communityNote()],
  });
}

export function activityKindsBlock(figures: ParticipationFigures): OutcomeBlock {
  return block({
    heading: t('outcomes.kinds.heading'),
    header: [
      t('outcomes.kinds.column.kind'),
      t('outcomes.kinds.column.activities'),
      t('outcomes.kinds.column.reached'),
    ],
    rows: figures.community.byKind.map((kind) => [
      kind.kind,
      kind.activities,
      reachedCell(kind.peopleReached),
    ]),
  });
}

export function partnersBlock(figures: ParticipationFigures): OutcomeBlock {
  const partners = figures.community.partners;
  return block({
    heading: t('outcomes.partners.heading'),
    header: [
      t('outcomes.partners.column.partner'),
      t('outcomes.partners.column.activities'),
      t('outcomes.partners.column.reached'),
    ],
    rows: partners.map((partner) => [
      partner.name,
      partner.activities,
      reachedCell(partner.peopleReached),
    ]),
    notes: partners.length === 0 ? [t('outcomes.partners.none')] : [],
  });
}

/** People reached as a cell: "not recorded" where activities took place and none gave a number. */
export function reachedCell(value: number | null): number | string {
  return value ?? notRecordedText();
}
