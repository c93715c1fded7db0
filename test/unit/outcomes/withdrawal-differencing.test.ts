/**
 * Why a withdrawal deletes the saved reports from before it (app/consent.ts), shown with the
 * test-side attacker of auditor.ts: a report that still counts the member, set beside the
 * figures after the withdrawal (which leave them out, domain/outcomes/withdrawn.ts), gives the
 * member's own score back by n × mean differencing; the figures after it alone give nothing.
 */
import type { Figure } from '../../../src/domain/outcomes/figure';
import type { OutcomeInput, Period as OutcomePeriod } from '../../../src/domain/outcomes';
import { computeReportFigures } from '../../../src/domain/outcomes/report/report-figures';
import { leaveOutWithdrawn } from '../../../src/domain/outcomes/withdrawn';
import { audit, type Publication, type Truth, type Value } from './auditor';

const MIN_N = 5;
const PERIOD: OutcomePeriod = { from: '2026-01-01', to: '2026-06-30' };
const MEMBERS = ['M1', 'M2', 'M3', 'M4', 'M5', 'M6'];
const WITHDRAWN = 'M6';
const baselineOf = (index: number) => 18 + index;
const followUpOf = (index: number) => (MEMBERS[index] === WITHDRAWN ? 33 : 20 + 2 * index);
const moodOf = (index: number) => (MEMBERS[index] === WITHDRAWN ? 1 : 3 + (index % 3));

const input: OutcomeInput = {
  members: MEMBERS.map((id) => ({ id, joined: '2025-11-01', status: 'active' })),
  sessions: [{ date: '2026-02-04', status: 'held' }],
  checkIns: MEMBERS.map((memberId, index) => ({
    memberId,
    sessionDate: '2026-02-04',
    participation: 'In person' as const,
    mood: moodOf(index),
    coping: 3,
    supported: 4,
    outreach: false,
  })),
  surveys: MEMBERS.flatMap((memberId, index) => [
    {
      memberId,
      date: '2026-01-07',
      wave: 'baseline' as const,
      scores: { swemwbs: baselineOf(index) },
    },
    {
      memberId,
      date: '2026-04-08',
      wave: 'follow-up 1' as const,
      scores: { swemwbs: followUpOf(index) },
    },
  ]),
  activities: [],
  settings: { groupName: 'G', minGroupSize: MIN_N, instruments: ['swemwbs'] },
  today: '2026-06-30',
};

function value(figure: Figure): Value {
  if (figure.kind === 'shown') return { kind: 'shown', value: figure.value };
  if (figure.kind === 'suppressed') return { kind: 'hidden', reason: 'small' };
  return { kind: 'none' };
}

function publication(name: string, from: OutcomeInput): Publication {
  const figures = computeReportFigures({ ...from, period: PERIOD });
  return {
    name,
    period: PERIOD,
    growth: new Map(
      figures.growth.instruments.map((change) => [
        change.instrument.id,
        {
          n: value(change.pairs),
          baseline: value(change.meanBaseline),
          followUp: value(change.meanFollowUp),
          change: value(change.meanChange),
          lower: value(change.confidenceLower),
          upper: value(change.confidenceUpper),
          improved: value(change.improved),
          unchanged: value(change.unchanged),
          worse: value(change.worse),
        },
      ]),
    ),
    wellbeing: new Map(
      figures.wellbeing.months.map((month) => [
        month.month,
        {
          members: value(month.members),
          means: {
            mood: value(month.means.mood),
            coping: value(month.means.coping),
            supported: value(month.means.supported),
          },
        },
      ]),
    ),
    newMembers: new Map(),
    newMembersTotal: { kind: 'none' },
  };
}

/** Who gave what in each publication: everyone before, everyone but the member after. */
const truth: Truth = (published, key) => {
  const counted = MEMBERS.map((id, index) => ({ id, index })).filter(
    ({ id }) => published.name === 'before' || id !== WITHDRAWN,
  );
  const of = (index: number) =>
    key === 'growth:swemwbs:baseline'
      ? baselineOf(index)
      : key === 'growth:swemwbs:followUp'
        ? followUpOf(index)
        : key === 'growth:swemwbs:change'
          ? followUpOf(index) - baselineOf(index)
          : key.endsWith(':mood')
            ? moodOf(index)
            : key.endsWith(':coping')
              ? 3
              : 4;
  return new Map(counted.map(({ id, index }) => [id, of(index)]));
};

describe('a withdrawal beside a report saved before it', () => {
  const before = publication('before', input);
  const after = publication('after', leaveOutWithdrawn(input, new Set([WITHDRAWN])));

  it('shows every figure both times (six members, then five: none is suppressed)', () => {
    expect(before.growth.get('swemwbs')?.n).toEqual({ kind: 'shown', value: 6 });
    expect(after.growth.get('swemwbs')?.n).toEqual({ kind: 'shown', value: 5 });
  });

  it("gives the member's own scores back when both are published", () => {
    const findings = audit([before, after], MIN_N, truth).findings;
    const details = findings.map((finding) => finding.detail);
    // Their follow-up (33) and their February mood (1), by n × mean.
    expect(details).toEqual(
      expect.arrayContaining([
        expect.stringContaining("one member's value is 33"),
        expect.stringContaining("one member's value is 1"),
      ]),
    );
  });

  it('gives nothing once the saved report is gone, as the withdrawal makes it', () => {
    expect(audit([after], MIN_N, truth).findings).toEqual([]);
  });
});
