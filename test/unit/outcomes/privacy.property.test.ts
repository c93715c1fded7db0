/**
 * Privacy properties over random groups (SPEC section 5):
 * - no member id, email, name or comment ever reaches a tab or the report (they carry markers);
 * - no individual's unique, extreme score appears, rounded or not;
 * - every number shown in a member-derived cell is computed from at least the minimum group size
 *   of members, checked against counts worked out here independently of the code under test;
 * - complementary suppression leaves no hidden figure recoverable by subtraction.
 */
import fc from 'fast-check';
import {
  buildGrowthAndStigma,
  buildParticipation,
  buildReportHtml,
  buildWellbeingTrend,
  toGrid,
  type Cell,
  type OutcomeBlock,
  type OutcomeCheckIn,
  type OutcomeInput,
  type OutcomeMember,
  type OutcomeSurvey,
  type Participation,
} from '../../../src/domain/outcomes';
import type { InstrumentId } from '../../../src/domain/instruments';
import { addDays } from '../../../src/domain/stats';
import { opennessHeading } from '../../../src/domain/outcomes/openness-tab';
import { cellNumber } from '../../../src/domain/outcomes/tab';
import { FEEDBACK_TEXT } from '../../../src/domain/outcomes/feedback-tab';
import { columnIndex, findBlock } from './helpers';

const MARKER = /marker/i;
const TODAY = '2024-06-15';
const FIRST_SESSION = '2024-01-01';
const SESSION_COUNT = 20;
const EXTREME_BASELINE = 987654.321;
const EXTREME_FOLLOW_UP = 991234.567;
const INSTRUMENT_IDS: InstrumentId[] = ['swemwbs', 'rses', 'brcs', 'ismi10', 'ribs'];
const PARTICIPATIONS: Participation[] = ['In person', 'Online', 'Could not come'];

const sessionDates = Array.from({ length: SESSION_COUNT }, (_, i) => addDays(FIRST_SESSION, 7 * i));

/** Fields the domain must ignore, carrying markers that must never be printed. */
interface Leaky {
  readonly name: string;
  readonly email: string;
  readonly comment: string;
}

const memberArbitrary = fc.record({
  joinedOffset: fc.integer({ min: -120, max: 150 }),
  status: fc.constantFrom('active', 'paused', 'left' as const),
  attendance: fc.array(fc.option(fc.constantFrom(...PARTICIPATIONS), { nil: null }), {
    minLength: SESSION_COUNT,
    maxLength: SESSION_COUNT,
  }),
  answers: fc.array(
    fc.tuple(
      fc.integer({ min: 1, max: 5 }),
      fc.integer({ min: 1, max: 5 }),
      fc.integer({ min: 1, max: 5 }),
      fc.boolean(),
      fc.option(fc.boolean(), { nil: null }),
    ),
    {
      minLength: SESSION_COUNT,
      maxLength: SESSION_COUNT,
    },
  ),
  baselineScores: fc.array(fc.option(fc.integer({ min: 1, max: 30 }), { nil: null }), {
    minLength: 5,
    maxLength: 5,
  }),
  followUps: fc.array(
    fc.record({
      weeksAfter: fc.integer({ min: 1, max: 20 }),
      scores: fc.array(fc.option(fc.integer({ min: 1, max: 30 }), { nil: null }), {
        minLength: 5,
        maxLength: 5,
      }),
    }),
    { maxLength: 2 },
  ),
});

const groupArbitrary = fc.record({
  minGroupSize: fc.integer({ min: 3, max: 6 }),
  members: fc.array(memberArbitrary, { maxLength: 12 }),
  sessionStatus: fc.array(
    fc.constantFrom('held', 'held', 'held', 'planned', 'cancelled' as const),
    {
      minLength: SESSION_COUNT,
      maxLength: SESSION_COUNT,
    },
  ),
  instruments: fc.subarray(INSTRUMENT_IDS, { minLength: 1 }),
  extremeMember: fc.boolean(),
  feedback: fc.array(
    fc.record({
      offset: fc.integer({ min: 0, max: 160 }),
      rating: fc.integer({ min: 1, max: 5 }),
      moreOf: fc.boolean(),
      lessOf: fc.boolean(),
      ideas: fc.boolean(),
    }),
    { maxLength: 40 },
  ),
  activities: fc.array(
    fc.record({
      offset: fc.integer({ min: 0, max: 160 }),
      partner: fc.constantFrom('', 'Mind', 'Library'),
      reached: fc.option(fc.integer({ min: 0, max: 200 }), { nil: null }),
    }),
    { maxLength: 5 },
  ),
});

type Group = typeof groupArbitrary extends fc.Arbitrary<infer T> ? T : never;

function toInput(group: Group): OutcomeInput {
  const members: Array<OutcomeMember & Leaky> = group.members.map((member, i) => ({
    id: `MARKER-id-${i}`,
    joined: addDays(FIRST_SESSION, member.joinedOffset),
    status: member.status,
    name: `MARKER-name-${i}`,
    email: `marker-${i}@example.org`,
    comment: `MARKER-comment-${i}`,
  }));
  const checkIns: Array<OutcomeCheckIn & Leaky> = group.members.flatMap((member, i) =>
    member.attendance.flatMap((participation, s) => {
      if (participation === null) return [];
      const [mood, coping, supported, outreach, talkedOutside] = member.answers[s];
      return [
        {
          memberId: members[i].id,
          sessionDate: sessionDates[s],
          participation,
          mood,
          coping,
          supported,
          outreach,
          talkedOutside,
          name: members[i].name,
          email: members[i].email,
          comment: `MARKER-private-comment-${i}-${s}`,
        },
      ];
    }),
  );
  const scoresOf = (values: ReadonlyArray<number | null>, extreme: number | null) =>
    Object.fromEntries(INSTRUMENT_IDS.map((id, k) => [id, extreme ?? values[k]]));
  const surveys: OutcomeSurvey[] = group.members.flatMap((member, i) => {
    const isExtreme = group.extremeMember && i === 0;
    const joined = members[i].joined;
    return [
      {
        memberId: members[i].id,
        date: joined,
        wave: 'baseline' as const,
        scores: scoresOf(member.baselineScores, isExtreme ? EXTREME_BASELINE : null),
      },
      ...member.followUps.map((followUp, f) => ({
        memberId: members[i].id,
        date: addDays(joined, 7 * followUp.weeksAfter + f),
        wave: `follow-up ${f + 1}` as const,
        scores: scoresOf(followUp.scores, isExtreme ? EXTREME_FOLLOW_UP : null),
      })),
    ];
  });
  return {
    members,
    sessions: sessionDates.map((date, s) => ({ date, status: group.sessionStatus[s] })),
    checkIns,
    surveys,
    activities: group.activities.map((activity) => ({
      date: addDays(FIRST_SESSION, activity.offset),
      kind: 'outreach' as const,
      partnerOrganisation: activity.partner,
      membersInvolved: null,
      peopleReached: activity.reached,
    })),
    // What people wrote never reaches the domain's input type; a marker checks it is not printed.
    feedback: group.feedback.map((response, i) => ({
      date: addDays(FIRST_SESSION, response.offset),
      rating: response.rating,
      moreOf: response.moreOf,
      lessOf: response.lessOf,
      ideas: response.ideas,
      text: `MARKER-feedback-${i}`,
    })),
    settings: {
      groupName: 'Circle',
      minGroupSize: group.minGroupSize,
      instruments: group.instruments,
    },
    today: TODAY,
  };
}

/** Independent counts of the members behind each figure. */
class Oracle {
  readonly held: Set<string>;
  constructor(private readonly input: OutcomeInput) {
    this.held = new Set(
      input.sessions
        .filter(
          (s) =>
            (s.status === 'held' && s.date <= input.today) ||
            (s.status === 'planned' && s.date < input.today),
        )
        .map((s) => s.date),
    );
  }
  private distinct(filter: (c: OutcomeCheckIn) => boolean): number {
    return new Set(this.input.checkIns.filter(filter).map((c) => c.memberId)).size;
  }
  attendees(match: (date: string) => boolean): number {
    return this.distinct(
      (c) =>
        c.participation !== 'Could not come' &&
        this.held.has(c.sessionDate) &&
        match(c.sessionDate),
    );
  }
  checkInMembers(month: string): number {
    return this.distinct((c) => c.sessionDate.startsWith(month));
  }
  /** Members behind the openness figures of a month: answering, saying yes, saying no, never yes. */
  openness(month: string): { answering: number; yes: number; no: number; neverYes: number } {
    const inMonth = (c: OutcomeCheckIn) =>
      c.sessionDate.startsWith(month) && typeof c.talkedOutside === 'boolean';
    const answering = this.distinct(inMonth);
    const yes = this.distinct((c) => inMonth(c) && c.talkedOutside === true);
    const no = this.distinct((c) => inMonth(c) && c.talkedOutside === false);
    return { answering, yes, no, neverYes: answering - yes };
  }
  outreachMembers(match: (date: string) => boolean): number {
    return this.distinct((c) => c.outreach && match(c.sessionDate));
  }
  respondents(match: (date: string) => boolean): number {
    const active = new Map(
      this.input.members.filter((m) => m.status === 'active').map((m) => [m.id, m.joined]),
    );
    return this.distinct(
      (c) =>
        this.held.has(c.sessionDate) &&
        match(c.sessionDate) &&
        (active.get(c.memberId) ?? '9999') <= c.sessionDate,
    );
  }
  joined(match: (date: string) => boolean): number {
    return this.input.members.filter((m) => match(m.joined)).length;
  }
  pairs(instrument: InstrumentId): number {
    return this.input.members.filter((m) => {
      const own = this.input.surveys.filter((s) => s.memberId === m.id);
      const baseline = own.find(
        (s) => s.wave === 'baseline' && typeof s.scores[instrument] === 'number',
      );
      return (
        baseline !== undefined &&
        own.some(
          (s) =>
            s.wave !== 'baseline' &&
            s.date > baseline.date &&
            s.date <= this.input.today &&
            typeof s.scores[instrument] === 'number',
        )
      );
    }).length;
  }
}

const isNumber = (value: Cell): value is number => typeof value === 'number';
const column = (block: OutcomeBlock, header: string) =>
  block.rows.map((row) => row[columnIndex(block, header)]);

function expectAtLeast(shown: Cell, members: number, minN: number, what: string): void {
  if (isNumber(shown) && members < minN) {
    throw new Error(`${what}: shows ${shown} computed from ${members} members (minimum ${minN})`);
  }
}

function checkParticipation(input: OutcomeInput, oracle: Oracle): void {
  const minN = input.settings.minGroupSize;
  const tab = buildParticipation(input);
  const sessions = findBlock(tab, 'Attendance per held session');
  const attended = column(sessions, 'Attended (in person or online)');
  const average = column(sessions, '4-session moving average');
  sessions.rows.forEach((row, i) => {
    const date = String(row[0]);
    expectAtLeast(
      attended[i],
      oracle.attendees((d) => d === date),
      minN,
      `attendance ${date}`,
    );
    // A shown moving average must not include a hidden session (4 x average - shown = hidden).
    if (isNumber(average[i])) expect(attended.slice(i - 3, i + 1).every(isNumber)).toBe(true);
  });

  const summary = findBlock(tab, 'Summary');
  const value = (label: string) =>
    summary.rows.find((row) => String(row[0]).startsWith(label))?.[1] ?? '';
  const everyone = oracle.attendees(() => true);
  expectAtLeast(value('Attendances'), everyone, minN, 'total attendance');
  expectAtLeast(value('Average attendance'), everyone, minN, 'average attendance');
  expectAtLeast(value('Different members'), everyone, minN, 'different attendees');
  expectAtLeast(
    value('New members'),
    oracle.joined((d) => d >= String(value('Period')).slice(0, 10) && d <= TODAY),
    minN,
    'new members',
  );
  expectAtLeast(
    value('Check-in response rate'),
    oracle.respondents(() => true),
    minN,
    'response rate',
  );
  expectAtLeast(
    value('Members reporting outreach'),
    oracle.outreachMembers((d) => d <= TODAY),
    minN,
    'outreach',
  );
  // With the total shown, exactly one hidden session would be the total minus the rest.
  const hiddenSessions = attended.filter((cell) => !isNumber(cell)).length;
  if (isNumber(value('Attendances'))) expect(hiddenSessions).not.toBe(1);

  const monthly = findBlock(tab, 'Members per month');
  const newMembers = column(monthly, 'New members');
  monthly.rows.forEach((row) => {
    const month = String(row[0]);
    const inMonth = (date: string) => date.startsWith(month);
    expectAtLeast(
      row[columnIndex(monthly, 'Different members attending')],
      oracle.attendees(inMonth),
      minN,
      `attendees ${month}`,
    );
    expectAtLeast(
      row[columnIndex(monthly, 'New members')],
      oracle.joined(inMonth),
      minN,
      `new members ${month}`,
    );
    expectAtLeast(
      row[columnIndex(monthly, 'Members reporting outreach')],
      oracle.outreachMembers(inMonth),
      minN,
      `outreach ${month}`,
    );
    expectAtLeast(
      row[columnIndex(monthly, 'Check-in response rate (%)')],
      oracle.respondents(inMonth),
      minN,
      `response ${month}`,
    );
    // A month with one held session: its attendees are that session's attendance, so the two
    // are shown or hidden together.
    const monthSessions = sessions.rows.filter((session) => String(session[0]).startsWith(month));
    if (monthSessions.length === 1) {
      expect(row[columnIndex(monthly, 'Different members attending')]).toEqual(monthSessions[0][1]);
    }
  });
  if (isNumber(value('New members')))
    expect(newMembers.filter((cell) => !isNumber(cell)).length).not.toBe(1);

  for (const row of findBlock(tab, 'Retention').rows) {
    const [, , cohort, still, notStill, share] = row;
    for (const count of [cohort, still, notStill])
      if (isNumber(count)) expect(count).toBeGreaterThanOrEqual(minN);
    // Cohort shown: the two parts are both shown or both hidden, and the share goes with them.
    if (isNumber(cohort)) expect(isNumber(still)).toBe(isNumber(notStill));
    expect(isNumber(share)).toBe(isNumber(still) && isNumber(notStill));
  }
}

function checkGrowth(input: OutcomeInput, oracle: Oracle): void {
  const minN = input.settings.minGroupSize;
  const table = findBlock(buildGrowthAndStigma(input), 'Change from baseline to latest follow-up');
  const ids = INSTRUMENT_IDS.filter((id) => input.settings.instruments.includes(id));
  table.rows.forEach((row, i) => {
    const n = oracle.pairs(ids[i]);
    row
      .slice(2, 12)
      .forEach((value, c) =>
        expectAtLeast(value, n, minN, `${ids[i]} column ${table.header[c + 2]}`),
      );
    if (isNumber(row[2])) expect(row[2]).toBe(n);
    const counts = row.slice(9, 12);
    counts.forEach((count) => {
      if (isNumber(count)) expect(count).toBeGreaterThanOrEqual(minN);
    });
    if (isNumber(row[2]) && counts.some((count) => !isNumber(count))) {
      const hidden = counts.filter((count) => !isNumber(count)).length;
      const shownSum = counts.filter(isNumber).reduce((a, b) => a + b, 0);
      // Never one hidden cell beside n; never hidden cells that n minus the shown ones proves empty.
      expect(hidden).not.toBe(1);
      if (hidden < 3) expect(shownSum).toBeLessThan(Number(row[2]));
    }
  });
}

function checkWellbeing(input: OutcomeInput, oracle: Oracle): void {
  const minN = input.settings.minGroupSize;
  const block = findBlock(
    buildWellbeingTrend(input),
    'Group means per month (1-5, higher is better)',
  );
  for (const row of block.rows) {
    const members = oracle.checkInMembers(String(row[0]));
    row
      .slice(1)
      .forEach((value, c) =>
        expectAtLeast(value, members, minN, `wellbeing ${row[0]} ${block.header[c + 1]}`),
      );
  }
}

function checkOpenness(input: OutcomeInput, oracle: Oracle): void {
  const minN = input.settings.minGroupSize;
  const block = findBlock(buildWellbeingTrend(input), opennessHeading());
  for (const row of block.rows) {
    const month = String(row[0]);
    const sides = oracle.openness(month);
    const [, members, checkIns, checkInShare, memberShare] = row.map(cellNumber);
    if (members !== null) expect(members).toBe(sides.answering);
    for (const value of [members, checkIns, checkInShare, memberShare]) {
      if (value !== null) expect(sides.answering).toBeGreaterThanOrEqual(minN);
    }
    // A share is about both sides of it: each must reach the minimum, or it tells what few said.
    if (checkInShare !== null) expect(Math.min(sides.yes, sides.no)).toBeGreaterThanOrEqual(minN);
    if (memberShare !== null)
      expect(Math.min(sides.yes, sides.neverYes)).toBeGreaterThanOrEqual(minN);
  }
}

/** Anonymous feedback: responses stand in for people, so every count reaches the minimum. */
function checkFeedback(input: OutcomeInput): void {
  const minN = input.settings.minGroupSize;
  const tab = buildParticipation(input);
  if (!(input.feedback ?? []).some((response) => response.date <= TODAY)) return;
  const table = findBlock(tab, FEEDBACK_TEXT.heading);
  const months = table.rows.filter((row) => row[0] !== FEEDBACK_TEXT.total);
  for (const row of months) {
    const month = String(row[0]);
    const inMonth = (input.feedback ?? []).filter((r) => r.date.startsWith(month));
    const [, responses, rating, moreOf, lessOf, ideas] = row.map(cellNumber);
    if (responses !== null) expect(responses).toBe(inMonth.length);
    if ([responses, rating, moreOf, lessOf, ideas].some((v) => v !== null))
      expect(inMonth.length).toBeGreaterThanOrEqual(minN);
    for (const count of [moreOf, lessOf, ideas])
      if (count !== null) expect(count).toBeGreaterThanOrEqual(minN);
    if (rating !== null) expect(new Set(inMonth.map((r) => r.rating)).size).toBeGreaterThan(1);
  }
  const total = cellNumber(table.rows.find((row) => row[0] === FEEDBACK_TEXT.total)![1]);
  // A shown total with exactly one hidden month would give that month back by subtraction.
  if (total !== null)
    expect(months.filter((row) => cellNumber(row[1]) === null).length).not.toBe(1);
}

function everyCell(input: OutcomeInput): Cell[] {
  return [
    buildParticipation(input),
    buildGrowthAndStigma(input),
    buildWellbeingTrend(input),
  ].flatMap((tab) => toGrid(tab, '2024-06-15 06:00').values.flat());
}

describe('privacy over random groups', () => {
  it('never prints a member id, email, name or comment, nor an individual score', () => {
    fc.assert(
      fc.property(groupArbitrary, (group) => {
        const input = toInput(group);
        const cells = everyCell(input);
        const report = buildReportHtml({ ...input, period: { from: '2023-12-01', to: TODAY } });
        for (const value of cells) {
          if (typeof value === 'string') expect(value).not.toMatch(MARKER);
        }
        expect(report).not.toMatch(MARKER);
        for (const extreme of [
          EXTREME_BASELINE,
          EXTREME_FOLLOW_UP,
          EXTREME_FOLLOW_UP - EXTREME_BASELINE,
        ]) {
          const rounded = [
            extreme,
            Math.round(extreme * 100) / 100,
            Math.round(extreme * 10) / 10,
            Math.round(extreme),
          ];
          for (const value of rounded) expect(cells).not.toContain(value);
          expect(report).not.toContain(String(Math.trunc(extreme)));
        }
      }),
      { numRuns: 60 },
    );
  });

  it('shows no figure computed from fewer members than the minimum, and no recoverable one', () => {
    fc.assert(
      fc.property(groupArbitrary, (group) => {
        const input = toInput(group);
        const oracle = new Oracle(input);
        checkParticipation(input, oracle);
        checkGrowth(input, oracle);
        checkWellbeing(input, oracle);
        checkOpenness(input, oracle);
        checkFeedback(input);
      }),
      { numRuns: 120 },
    );
  });

  it('hides every member figure of a group smaller than the minimum', () => {
    fc.assert(
      fc.property(groupArbitrary, (group) => {
        const small = { ...group, members: group.members.slice(0, group.minGroupSize - 1) };
        const input = toInput(small);
        const wellbeing = findBlock(
          buildWellbeingTrend(input),
          'Group means per month (1-5, higher is better)',
        );
        expect(wellbeing.rows.flatMap((row) => row.slice(1)).filter(isNumber)).toEqual([]);
        const openness = findBlock(buildWellbeingTrend(input), opennessHeading());
        expect(
          openness.rows.flatMap((row) => row.slice(1).map(cellNumber)).filter((v) => v !== null),
        ).toEqual([]);
        const growth = findBlock(
          buildGrowthAndStigma(input),
          'Change from baseline to latest follow-up',
        );
        expect(growth.rows.flatMap((row) => row.slice(2, 12)).filter(isNumber)).toEqual([]);
        const sessions = findBlock(buildParticipation(input), 'Attendance per held session');
        expect(sessions.rows.flatMap((row) => row.slice(1)).filter(isNumber)).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });
});
