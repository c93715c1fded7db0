/**
 * Shared leadership figures (issue 15 item 7): who held a role, first-time leaders, the share of
 * active members who have ever led, weeks from joining to a first supporting and leading role,
 * and duties per member; suppressed below the minimum group size.
 */
import { buildParticipation, type OutcomeInput } from '../../../src/domain/outcomes';
import { computeLeadership, quantile } from '../../../src/domain/outcomes/leadership';
import { quartersOf } from '../../../src/domain/outcomes/leadership-tab';

const weekly = (index: number) =>
  new Date(Date.UTC(2026, 0, 5 + 7 * index)).toISOString().slice(0, 10);

function group(memberCount: number, weeks: number, minGroupSize = 3): OutcomeInput {
  const members = Array.from({ length: memberCount }, (_, i) => ({
    id: `M${i}`,
    joined: weekly(0),
    status: 'active' as const,
  }));
  const sessions = Array.from({ length: weeks }, (_, i) => ({
    date: weekly(i),
    status: 'held' as const,
  }));
  // Week i: member i % n facilitates, member (i + 1) % n keeps time.
  const rotation = sessions.flatMap((session, i) => [
    { date: session.date, role: 'Facilitator', memberId: `M${i % memberCount}` },
    { date: session.date, role: 'Timekeeper', memberId: `M${(i + 1) % memberCount}` },
    { date: session.date, role: 'Greeter', memberId: null },
  ]);
  return {
    members,
    sessions,
    checkIns: [],
    surveys: [],
    activities: [],
    rotation,
    settings: { groupName: 'G', minGroupSize, instruments: [], leadingRoles: ['Facilitator'] },
    today: weekly(weeks),
  };
}

describe('shared leadership', () => {
  it('counts members with a role, first-time leaders and weeks to a first role', () => {
    const input = group(6, 8);
    const figures = computeLeadership(input, { from: weekly(0), to: weekly(7) });
    expect(figures.membersWithRole).toEqual({ kind: 'shown', value: 6 });
    // Weeks 0-5 give M0..M5 their first lead; weeks 6-7 repeat M0 and M1.
    expect(figures.firstTimeLeaders).toEqual({ kind: 'shown', value: 6 });
    // Every active member has led: the share would say it of each of them, so it is hidden.
    expect(figures.everLedPercent).toEqual({ kind: 'suppressed', reason: 'fewer-than-minimum' });
    // First supporting role: M1 in week 0, ..., M5 in week 4, M0 in week 5: 0..5 weeks.
    expect(figures.weeksToFirstSupporting).toEqual({ kind: 'shown', value: 2.5 });
    expect(figures.weeksToFirstLeading).toEqual({ kind: 'shown', value: 2.5 });
    // 16 duties over 6 members (unfilled rows count for nobody): M1 holds 4, M0 and M2 hold 3,
    // M3-M5 hold 2, so duties per member are 2, 2, 2, 3, 3, 4.
    expect(figures.dutiesMedian).toEqual({ kind: 'shown', value: 2.5 });
    expect(figures.dutiesLowerQuartile).toEqual({ kind: 'shown', value: 2 });
    expect(figures.dutiesUpperQuartile).toEqual({ kind: 'shown', value: 3 });
  });

  it('a later period counts as first only what was first over the whole history', () => {
    const input = group(6, 12);
    const later = computeLeadership(input, { from: weekly(6), to: weekly(11) });
    expect(later.firstTimeLeaders).toEqual({ kind: 'suppressed', reason: 'fewer-than-minimum' });
    expect(later.membersWithRole).toEqual({ kind: 'shown', value: 6 });
  });

  it('suppresses everything about fewer members than the minimum', () => {
    const input = group(4, 8, 5);
    const figures = computeLeadership(input, { from: weekly(0), to: weekly(7) });
    for (const figure of Object.values(figures).filter((value) => 'kind' in value))
      expect(figure.kind).toBe('suppressed');
  });

  it('counts a planned duty only once its session took place, never a cancelled one', () => {
    const input = group(6, 8);
    const cancelled = {
      ...input,
      sessions: input.sessions.map((session, i) =>
        i >= 4 ? { ...session, status: 'cancelled' as const } : session,
      ),
    };
    const figures = computeLeadership(cancelled, { from: weekly(0), to: weekly(7) });
    // Weeks 0-3 only: M0..M3 led; M1..M4 kept time.
    expect(figures.membersWithRole).toEqual({ kind: 'shown', value: 5 });
    expect(figures.firstTimeLeaders).toEqual({ kind: 'shown', value: 4 });
  });

  it('adds a quarterly block with a chart to the Participation tab, only with rotation rows', () => {
    const input = group(6, 20);
    const tab = buildParticipation(input);
    const leadership = tab.blocks.find((b) => b.heading === 'Shared leadership by quarter')!;
    expect(leadership.rows.map((row) => row[0])).toEqual(['2026 Q1', '2026 Q2']);
    expect(leadership.chart?.seriesColumns).toEqual([1, 2]);
    const without = buildParticipation({ ...input, rotation: [] });
    expect(without.blocks.some((b) => b.heading === 'Shared leadership by quarter')).toBe(false);
  });

  it('quarters are clipped to the period, and quantiles interpolate', () => {
    expect(quartersOf({ from: '2025-11-15', to: '2026-04-02' })).toEqual([
      { label: '2025 Q4', period: { from: '2025-11-15', to: '2025-12-31' } },
      { label: '2026 Q1', period: { from: '2026-01-01', to: '2026-03-31' } },
      { label: '2026 Q2', period: { from: '2026-04-01', to: '2026-04-02' } },
    ]);
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantile([5, 1, 3], 0.25)).toBe(2);
  });
});
