/** Lays out the Participation figures as the blocks of the Participation tab. */
import { CellWriter } from './cell-writer';
import { DECIMALS, NOT_RECORDED } from './format';
import type { OutcomeInput } from './inputs';
import {
  ATTENDANCE_NOTE,
  attendanceSourceNote,
  COMMUNITY_NOTE,
  coverageNote,
  HELD_SESSION_NOTE,
  OUTREACH_REPORTERS_NOTE,
  RESPONSE_RATE_NOTE,
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

export const PARTICIPATION_TITLE = 'Outcomes: Participation';

export function buildParticipation(input: OutcomeInput): OutcomeTab {
  const figures = computeParticipation(input, wholeHistory(input));
  const extra = [
    leadershipBlock(input, figures.period),
    workingGroupsBlock(input, figures.period),
    feedbackBlock(input, figures.period),
  ].filter((b): b is OutcomeBlock => b !== null);
  return {
    title: PARTICIPATION_TITLE,
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
    heading: 'Summary',
    header: ['Figure', 'Value', 'How it is counted'],
    rows: [
      ['Period', describePeriod(figures.period), ''],
      ['Sessions held', figures.heldDates.length, HELD_SESSION_NOTE],
      ['Sessions cancelled', figures.sessionsCancelled, ''],
      [
        'Sessions with an attendance register',
        figures.attendanceSources.register,
        attendanceSourceNote(figures.attendanceSources),
      ],
      [
        'Attendances (in person or online)',
        write.cell(attendance.total),
        'One per member per held session attended.',
      ],
      [
        'Average attendance per held session',
        write.cell(attendance.meanPerSession, DECIMALS.mean),
        '',
      ],
      ['Different members who attended', write.cell(attendance.uniqueAttendees), ''],
      ['New members who joined', write.cell(figures.newMembersTotal), 'By joining date.'],
      ['Check-ins received', write.cell(responseRate.received), ''],
      ['Check-ins expected', write.cell(responseRate.expected), ''],
      [
        'Check-in response rate (%)',
        write.cell(responseRate.percent, DECIMALS.percent),
        RESPONSE_RATE_NOTE,
      ],
      [
        'Members reporting outreach or community activity',
        write.cell(figures.membersReportingOutreach),
        OUTREACH_REPORTERS_NOTE,
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
    heading: 'Attendance per held session',
    header: ['Session date', 'Attended (in person or online)', '4-session moving average'],
    rows,
    chart: {
      type: 'line',
      title: 'Attendance per held session',
      categoryColumn: 0,
      seriesColumns: [1, 2],
    },
    notes: write.notes(
      ...(rows.length === 0 ? ['No sessions were held in the period.'] : []),
      ATTENDANCE_NOTE,
      attendanceSourceNote(figures.attendanceSources),
      HELD_SESSION_NOTE,
    ),
  });
}

export function monthlyParticipationBlock(figures: ParticipationFigures): OutcomeBlock {
  const write = new CellWriter(figures.minGroupSize);
  return block({
    heading: 'Members per month',
    header: [
      'Month',
      'Sessions held',
      'Different members attending',
      'New members',
      'Members reporting outreach',
      'Check-in response rate (%)',
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
      title: 'Members attending and joining per month',
      categoryColumn: 0,
      seriesColumns: [2, 3],
    },
    notes: write.notes(
      'The total of new members is shown only when every month’s count is, so a hidden month cannot be worked out from it.',
      OUTREACH_REPORTERS_NOTE,
      RESPONSE_RATE_NOTE,
    ),
  });
}

export function retentionBlock(figures: ParticipationFigures): OutcomeBlock {
  const write = new CellWriter(figures.minGroupSize);
  const window = figures.retention[0];
  return block({
    heading: 'Retention',
    header: [
      'Joined at least (weeks before)',
      'Joined on or before',
      'Members in cohort',
      `Attended in the last ${RETENTION_RECENT_WEEKS} weeks`,
      `Did not attend in the last ${RETENTION_RECENT_WEEKS} weeks`,
      'Still attending (%)',
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
      ...(window ? [`Attendance window: ${window.attendedFrom} to ${window.attendedTo}.`] : []),
    ),
  });
}

export function monthlyCommunityBlock(figures: ParticipationFigures): OutcomeBlock {
  return block({
    heading: 'Outreach and community work per month',
    header: [
      'Month',
      'Activities',
      'Outreach activities',
      'Partner organisations',
      'People reached',
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
      title: 'Activities and partner organisations per month',
      categoryColumn: 0,
      seriesColumns: [1, 2, 3],
    },
    notes: [COMMUNITY_NOTE],
  });
}

export function activityKindsBlock(figures: ParticipationFigures): OutcomeBlock {
  return block({
    heading: 'Activities by kind',
    header: ['Kind', 'Activities', 'People reached'],
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
    heading: 'Partner organisations',
    header: ['Partner organisation', 'Activities', 'People reached'],
    rows: partners.map((partner) => [
      partner.name,
      partner.activities,
      reachedCell(partner.peopleReached),
    ]),
    notes: partners.length === 0 ? ['No partner organisation was named in the period.'] : [],
  });
}

/** People reached as a cell: "not recorded" where activities took place and none gave a number. */
export function reachedCell(value: number | null): number | string {
  return value ?? NOT_RECORDED;
}
