import { buildParticipation, suppressedText } from '../../../src/domain/outcomes';
import { complementaryText } from '../../../src/domain/outcomes/format';
import { computeParticipation } from '../../../src/domain/outcomes/participation';
import { wholeHistory, monthsOf } from '../../../src/domain/outcomes/period';
import { trailingMovingAverage } from '../../../src/domain/stats';
import { INPUT, MIN_N } from './fixtures';
import { cell, columnByKey, findBlock, shownRow } from './helpers';

const COMPLEMENT = complementaryText();

const HIDDEN = suppressedText(MIN_N);
const tab = buildParticipation(INPUT);

describe('period covered by the tabs', () => {
  it('runs from the earliest recorded date (a baseline survey) to today, month by month', () => {
    expect(wholeHistory(INPUT)).toEqual({ from: '2023-12-01', to: '2024-04-15' });
    expect(monthsOf(wholeHistory(INPUT))).toEqual([
      '2023-12',
      '2024-01',
      '2024-02',
      '2024-03',
      '2024-04',
    ]);
  });

  it('crosses a year end and keeps empty months', () => {
    expect(monthsOf({ from: '2023-11-30', to: '2024-02-01' })).toEqual([
      '2023-11',
      '2023-12',
      '2024-01',
      '2024-02',
    ]);
    expect(() => monthsOf({ from: '2024-02-01', to: '2024-01-01' })).toThrow(RangeError);
  });
});

describe('Participation: summary', () => {
  const summary = findBlock(tab, 'Summary');
  const value = (label: string) => cell(summary, label, 'Value');

  it('counts held sessions: marked held, or planned with a past date; not cancelled, not today', () => {
    // 6 marked held + 03-18 still planned = 7; 04-15 is today and 04-29 ahead.
    expect(value('Sessions held')).toBe(7);
    expect(value('Sessions cancelled')).toBe(1);
  });

  it('sums attendance, and averages it per held session', () => {
    // 4 + 2 + 3 + 5 + 4 + 4 + 5 = 27 attendances; 27 / 7 = 3.857 -> 3.86.
    expect(value('Attendances (in person or online)')).toBe(27);
    expect(value('Average attendance per held session')).toBe(3.86);
    expect(value('Different members who attended')).toBe(7);
  });

  it('hides the new-member total while a month is hidden (it would give the month back)', () => {
    // 7 joined in the period (m8 and m9 before it), but Jan-Apr are each below 3.
    expect(value('New members who joined')).toMatch(/^suppressed/);
  });

  it('counts new members who joined in the period when every month is shown', () => {
    // m8 and m9 joined before the period and do not count; Dec 3, Jan 3.
    const members = [
      ...['a', 'b', 'c'].map((id) => ({ id, joined: '2023-12-05', status: 'active' as const })),
      ...['d', 'e', 'f'].map((id) => ({ id, joined: '2024-01-10', status: 'active' as const })),
      { id: 'm8', joined: '2023-11-01', status: 'left' as const },
    ];
    const figures = computeParticipation(
      { ...INPUT, members },
      { from: '2023-12-01', to: '2024-01-31' },
    );
    expect(figures.months.map((month) => month.newMembers)).toEqual([
      { kind: 'shown', value: 3 },
      { kind: 'shown', value: 3 },
    ]);
    expect(figures.newMembersTotal).toEqual({ kind: 'shown', value: 6 });
  });

  it('gives the check-in response rate over active members who had joined', () => {
    // Expected: 4 active members at each of the first 4 sessions, 5 once m7 joined (03-15):
    // 4 x 4 + 5 x 3 = 31. Received: 4 + 2 + 4 + 4 + 3 + 4 + 5 = 26 (paused m5, departed m6 and
    // m1's second check-in on 03-18 left out). 26 / 31 = 83.87% -> 83.9.
    expect(value('Check-ins expected')).toBe(31);
    expect(value('Check-ins received')).toBe(26);
    expect(value('Check-in response rate (%)')).toBe(83.9);
  });

  it('counts members who reported outreach on any check-in', () => {
    expect(value('Members reporting outreach or community activity')).toBe(4);
  });
});

describe('Participation: attendance per held session', () => {
  const attendance = findBlock(tab, 'Attendance per held session');
  const attended = columnByKey(attendance, 'Attended (in person or online)');
  const average = columnByKey(attendance, '4-session moving average');

  it('lists every held session with its attendance, suppressing the small one and its complement', () => {
    expect(attended).toEqual({
      '2024-01-08': 4,
      '2024-02-05': HIDDEN, // 2 attended: below 3
      '2024-03-04': COMPLEMENT, // 3 attended: the smallest other count, hidden alongside
      '2024-03-11': 5,
      '2024-03-18': 4, // m1's two check-ins count once
      '2024-03-25': 4,
      '2024-04-01': 5,
    });
  });

  it('shows the 4-session moving average only where its whole window is shown', () => {
    // The stats function gives the raw averages; only the last window (5, 4, 4, 5) is clear
    // of hidden sessions.
    const raw = trailingMovingAverage([4, 2, 3, 5, 4, 4, 5], 4);
    expect(raw[6]).toBe(4.5);
    expect(average['2024-04-01']).toBe(4.5);
    expect(average['2024-03-11']).toBe(COMPLEMENT);
    expect(average['2024-03-18']).toBe(COMPLEMENT);
    expect(average['2024-03-25']).toBe(COMPLEMENT);
    expect(average['2024-01-08']).toBe('n/a');
    expect(attendance.chart).toMatchObject({
      type: 'line',
      categoryColumn: 0,
      seriesColumns: [1, 2],
    });
  });
});

describe('Participation: members per month', () => {
  const monthly = findBlock(tab, 'Members per month');

  it('counts held sessions per month (not about members, never suppressed)', () => {
    expect(columnByKey(monthly, 'Sessions held')).toEqual({
      '2023-12': 0,
      '2024-01': 1,
      '2024-02': 1,
      '2024-03': 4,
      '2024-04': 1,
    });
  });

  it('counts different members attending per month', () => {
    // March: m1 m2 m4 | m1 m2 m3 m4 m6 | m1 m2 m3 m5 | m1 m2 m4 m7 -> m1..m7 = 7.
    expect(columnByKey(monthly, 'Different members attending')).toEqual({
      '2023-12': HIDDEN,
      '2024-01': 4,
      '2024-02': HIDDEN,
      '2024-03': 7,
      '2024-04': 5,
    });
  });

  it('counts new members per month, hiding each small month (and so the total)', () => {
    // Dec 3 (m1 m2 m3), Jan 2, Feb 1, Mar 1, Apr 0: four months hidden, and the total with
    // them, so no hidden month is the total minus the shown ones.
    expect(columnByKey(monthly, 'New members')).toEqual({
      '2023-12': 3,
      '2024-01': HIDDEN,
      '2024-02': HIDDEN,
      '2024-03': HIDDEN,
      '2024-04': HIDDEN,
    });
  });

  it('gives each month its own response rate', () => {
    // Jan 4/4; Feb: 2 of 4 expected answered, but 2 respondents is below 3; Mar (4+4+3+4) /
    // (4+4+5+5) = 15/18 = 83.3%; Apr 5/5; Dec had no sessions.
    expect(columnByKey(monthly, 'Check-in response rate (%)')).toEqual({
      '2023-12': 'n/a',
      '2024-01': 100,
      '2024-02': HIDDEN,
      '2024-03': 83.3,
      '2024-04': 100,
    });
    expect(monthly.notes).toContain('n/a: no sessions were held, so no check-ins were expected');
  });

  it('counts members reporting outreach per month', () => {
    expect(columnByKey(monthly, 'Members reporting outreach')['2024-03']).toBe(3);
    expect(columnByKey(monthly, 'Members reporting outreach')['2024-01']).toBe(HIDDEN);
  });
});

describe('Participation: retention', () => {
  const retention = findBlock(tab, 'Retention');

  it('follows the 12-week cohort into the last 4 weeks', () => {
    // Joined on or before 2024-04-15 - 84 days = 2024-01-22: m1 m2 m3 m4 m5 m8 m9 = 7.
    // Held sessions 2024-03-19..04-15: 03-25 and 04-01, attended by m1 m2 m3 m4 (and m7, who
    // joined too recently). Still attending 4, not 3: both reach 3, share 4/7 = 57.1%.
    expect(shownRow(retention.rows[0])).toEqual([12, '2024-01-22', 7, 4, 3, 57.1]);
  });

  it('suppresses the 26-week cohort, which nobody is in', () => {
    expect(shownRow(retention.rows[1])).toEqual([26, '2023-10-16', HIDDEN, HIDDEN, HIDDEN, HIDDEN]);
  });
});

describe('Participation: outreach and community work', () => {
  it('counts activities, outreach, partner organisations and people reached per month', () => {
    const community = findBlock(tab, 'Outreach and community work per month');
    expect(community.rows).toEqual([
      ['2023-12', 0, 0, 0, 0],
      ['2024-01', 0, 0, 0, 0],
      ['2024-02', 1, 1, 1, 40],
      // "Mind Southwark" and " mind  southwark " are one partner; a blank number adds nothing.
      ['2024-03', 2, 0, 2, 60],
      ['2024-04', 2, 1, 1, 37],
    ]);
  });

  it('tallies kinds and partners over the period', () => {
    expect(findBlock(tab, 'Activities by kind').rows).toEqual([
      ['outreach', 2, 65],
      // Its one activity left people reached blank: not recorded, never a 0 nobody entered.
      ['partnership', 1, 'not recorded'],
      ['peer-led panel', 1, 60],
      ['guest speaker', 0, 0],
      ['training', 1, 12],
      ['other', 0, 0],
    ]);
    expect(findBlock(tab, 'Partner organisations').rows).toEqual([
      ['Local Library', 1, 12],
      ['Mind Southwark', 2, 40],
      ['Southwark College', 1, 60],
    ]);
  });
});

describe('computeParticipation over a report period', () => {
  it('counts only what falls in the period, and measures retention at its end', () => {
    const figures = computeParticipation(INPUT, { from: '2024-03-01', to: '2024-03-31' });
    expect(figures.heldDates).toEqual(['2024-03-04', '2024-03-11', '2024-03-18', '2024-03-25']);
    expect(figures.sessionsCancelled).toBe(0);
    // 3 + 5 + 4 + 4 = 16 from 7 members; every count reaches 3, so nothing is hidden.
    expect(figures.attendance.total).toEqual({ kind: 'shown', value: 16 });
    expect(figures.attendance.perSession.map((s) => s.attended)).toEqual([
      { kind: 'shown', value: 3 },
      { kind: 'shown', value: 5 },
      { kind: 'shown', value: 4 },
      { kind: 'shown', value: 4 },
    ]);
    // As of 03-31, 4 weeks back is 03-04..03-31: all four March sessions. 12-week cohort joined
    // by 2024-01-07: m1 m2 m3 m4 m8 m9 = 6; m1..m4 attended, m8 and m9 did not (2 < 3), so the
    // two parts hide each other and the share.
    expect(figures.retention[0].attendedFrom).toBe('2024-03-04');
    expect(figures.retention[0].cohortSize).toEqual({ kind: 'shown', value: 6 });
    expect(figures.retention[0].stillAttending.kind).toBe('suppressed');
    expect(figures.retention[0].notAttending.kind).toBe('suppressed');
    expect(figures.retention[0].sharePercent.kind).toBe('suppressed');
  });

  it('rejects a period that ends before it starts', () => {
    expect(() => computeParticipation(INPUT, { from: '2024-04-01', to: '2024-03-01' })).toThrow(
      RangeError,
    );
  });
});
