/**
 * Openness outside the group (SPEC section 10): monthly shares of check-ins and of members
 * saying they talked about mental health with someone outside the group, suppressed unless
 * enough members stand on each side of a share.
 */
import { suppressedText } from '../../../src/domain/outcomes';
import type { OutcomeCheckIn } from '../../../src/domain/outcomes/inputs';
import { computeOpenness } from '../../../src/domain/outcomes/openness';
import { opennessBlock } from '../../../src/domain/outcomes/openness-tab';
import { shownRow } from './helpers';

const MIN_N = 3;
const HIDDEN = suppressedText(MIN_N);

function checkIn(memberId: string, sessionDate: string, talked: boolean | null): OutcomeCheckIn {
  return {
    memberId,
    sessionDate,
    participation: 'In person',
    mood: 3,
    coping: 3,
    supported: 3,
    outreach: false,
    talkedOutside: talked,
  };
}

/**
 * January: m1..m6 answer. Yes: m1 twice, m2, m3 (and m3 also no); no: m3, m4, m5, m6.
 *   Check-ins answering 8 (m7's empty answer does not count), yes 4 -> 50%.
 *   Members answering 6, members saying yes at least once 3 (m1 m2 m3) -> 50%; never yes 3.
 * February: m1..m5 answer, only m1 and m2 say yes: members' share hidden (2 < 3), and the
 *   check-in share too (the yes side is 2 members).
 * March: only m1 and m2 answer: every figure hidden.
 * April: every check-in predates the question (no answer): nothing shown, nobody answering.
 */
const CHECK_INS: OutcomeCheckIn[] = [
  checkIn('m1', '2024-01-08', true),
  checkIn('m1', '2024-01-15', true),
  checkIn('m2', '2024-01-08', true),
  checkIn('m3', '2024-01-08', true),
  checkIn('m3', '2024-01-15', false),
  checkIn('m4', '2024-01-08', false),
  checkIn('m5', '2024-01-08', false),
  checkIn('m6', '2024-01-15', false),
  checkIn('m7', '2024-01-15', null),
  checkIn('m1', '2024-02-05', true),
  checkIn('m2', '2024-02-05', true),
  checkIn('m3', '2024-02-05', false),
  checkIn('m4', '2024-02-05', false),
  checkIn('m5', '2024-02-05', false),
  checkIn('m1', '2024-03-04', true),
  checkIn('m2', '2024-03-04', false),
  { ...checkIn('m3', '2024-04-01', null), talkedOutside: undefined },
  checkIn('m4', '2024-04-01', null),
  checkIn('m5', '2024-04-01', null),
];

const PERIOD = { from: '2024-01-01', to: '2024-04-30' };

describe('openness outside the group', () => {
  const figures = computeOpenness(CHECK_INS, PERIOD, MIN_N);
  const rows = opennessBlock(figures).rows.map(shownRow);

  it('counts only check-ins that answer, per month, with both shares', () => {
    expect(rows[0]).toEqual(['2024-01', 6, 8, 50, 50]);
  });

  it('hides a share when fewer than the minimum members said yes', () => {
    expect(rows[1]).toEqual(['2024-02', 5, 5, HIDDEN, HIDDEN]);
  });

  it('hides every figure of a month with fewer members answering than the minimum', () => {
    expect(rows[2]).toEqual(['2024-03', HIDDEN, HIDDEN, HIDDEN, HIDDEN]);
    expect(rows[3]).toEqual(['2024-04', HIDDEN, HIDDEN, HIDDEN, HIDDEN]);
  });

  it('hides the members’ share when too few members never said yes', () => {
    // Five members, four of them saying yes: "80%" would tell that one member never did.
    const many = ['a', 'b', 'c', 'd', 'e'].map((id, i) => checkIn(id, '2024-01-08', i < 4));
    const [month] = computeOpenness(many, { from: '2024-01-01', to: '2024-01-31' }, MIN_N).months;
    expect(month.membersYesPercent.kind).toBe('suppressed');
    expect(month.checkInsYesPercent.kind).toBe('suppressed');
    expect(month.membersAnswering).toEqual({ kind: 'shown', value: 5 });
  });

  it('says when no check-in in the period answered at all', () => {
    expect(figures.anyAnswers).toBe(true);
    const none = computeOpenness(CHECK_INS.slice(-3), PERIOD, MIN_N);
    expect(none.anyAnswers).toBe(false);
  });

  it('hides a month’s shares that, set beside another publication’s, give one member away', () => {
    // a1..a6 answer late in January (three yes, three no); a7 said yes early in the month only.
    // The tabs' whole January and a report from 15 January differ by a7 alone.
    const january = [
      ...['a1', 'a2', 'a3', 'a4', 'a5', 'a6'].map((id, i) => checkIn(id, '2024-01-22', i < 3)),
      checkIn('a7', '2024-01-08', true),
    ];
    const whole = { from: '2024-01-01', to: '2024-01-31' };
    const report = { from: '2024-01-15', to: '2024-01-31' };
    const alone = computeOpenness(january, report, MIN_N).months[0];
    expect(alone.membersYesPercent).toEqual({ kind: 'shown', value: 50 });
    const [inReport] = computeOpenness(january, report, MIN_N, [whole]).months;
    const [inTab] = computeOpenness(january, whole, MIN_N, [report]).months;
    for (const month of [inReport, inTab]) {
      expect(month.membersYesPercent).toEqual({ kind: 'suppressed', reason: 'complementary' });
      expect(month.checkInsYesPercent).toEqual({ kind: 'suppressed', reason: 'complementary' });
    }
    // A report of whole months publishes the same figures as the tabs: nothing to hide.
    const [same] = computeOpenness(january, whole, MIN_N, [
      { from: '2023-12-01', to: '2024-01-31' },
    ]).months;
    expect(same.membersYesPercent.kind).toBe('shown');
  });
});
