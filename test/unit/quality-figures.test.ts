/**
 * Quality figures of the rotation planner and the buddy matcher over simulated groups of 8 to
 * 200 members and a year of 52 weekly sessions (13 four-week buddy cycles). The generator is a
 * seeded PRNG, so every run measures the same groups. Hard rules are asserted to be zero; the
 * rest is printed as a table.
 */
import { performance } from 'node:perf_hooks';
import { assignBuddies, BuddyHistoryEntry, BuddyParticipant } from '../../src/domain/buddies';
import { planRotation, RotationMember } from '../../src/domain/rotation';
import { BuddyGroup, IsoDate, MemberId } from '../../src/domain/types';

const ROLES = ['Facilitator', 'Co-facilitator', 'Timekeeper', 'Greeter', 'Note-taker'];
const LEADING = ['Facilitator'];
const SIZES = [8, 12, 20, 50, 80, 200];
const WEEKS = 52;
const CYCLE_WEEKS = 4;

/** mulberry32: small, seeded, good enough to shape simulated groups. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function week(index: number): IsoDate {
  return new Date(Date.UTC(2025, 0, 6 + 7 * index)).toISOString().slice(0, 10);
}

interface SimulatedMember extends RotationMember {
  joinedWeek: number;
  inBuddyProgramme: boolean;
  mentorCapacity: number;
  doNotPairWith: MemberId[];
}

function simulateGroup(size: number): SimulatedMember[] {
  const random = prng(size * 7919);
  const members: SimulatedMember[] = Array.from({ length: size }, (_, index) => {
    const roles = ROLES.filter(() => random() < 0.6);
    const awayFrom = Math.floor(random() * WEEKS);
    return {
      id: `m${String(index).padStart(3, '0')}`,
      roles: roles.length > 0 ? roles : [ROLES[index % ROLES.length]],
      unavailable:
        random() < 0.3
          ? [{ from: week(awayFrom), to: week(awayFrom + Math.floor(random() * 4)) }]
          : [],
      isNewcomer: random() < 0.15,
      active: random() < 0.95,
      joinedWeek: random() < 0.8 ? -52 : Math.floor(random() * WEEKS),
      inBuddyProgramme: random() < 0.8,
      mentorCapacity: random() < 0.1 ? 2 : random() < 0.05 ? 0 : 1,
      doNotPairWith: [],
    };
  });
  for (const member of members) {
    if (random() < 0.03) member.doNotPairWith.push(members[Math.floor(random() * size)].id);
  }
  return members;
}

// --- rotation ----------------------------------------------------------------------------------

interface RotationFigures {
  milliseconds: number;
  peerSpread: number;
  overallSpread: number;
  unfilled: number;
  overfillableSessions: number;
  backToBack: number;
  avoidableBackToBack: number;
}

function available(member: RotationMember, date: IsoDate): boolean {
  return !member.unavailable.some(
    (range) => (range.from ?? '') <= date && date <= (range.to ?? '9999'),
  );
}

function canTake(member: RotationMember, role: string): boolean {
  return (
    member.active && member.roles.includes(role) && !(member.isNewcomer && LEADING.includes(role))
  );
}

function maxFillable(
  roles: readonly string[],
  members: readonly RotationMember[],
  date: IsoDate,
): number {
  const holder = new Map<string, string>();
  const place = (role: string, seen: Set<string>): boolean => {
    for (const member of members) {
      if (!canTake(member, role) || !available(member, date) || seen.has(member.id)) continue;
      seen.add(member.id);
      const previous = holder.get(member.id);
      if (previous === undefined || place(previous, seen)) {
        holder.set(member.id, role);
        return true;
      }
    }
    return false;
  };
  return roles.filter((role) => place(role, new Set())).length;
}

function rotationFigures(members: SimulatedMember[]): RotationFigures {
  const random = prng(members.length);
  const cancelled = new Set([Math.floor(random() * WEEKS), Math.floor(random() * WEEKS)]);
  const sessions = (from: number, count: number) =>
    Array.from({ length: count }, (_, index) => ({
      date: week(from + index),
      status: cancelled.has(from + index) ? ('cancelled' as const) : ('planned' as const),
    }));
  // Last term (26 sessions before the year) becomes the history of the year planned now.
  const history = planRotation({
    roles: ROLES,
    leadingRoles: LEADING,
    members,
    sessionsToPlan: sessions(-26, 26),
    history: [],
    locked: [],
  }).assignments;
  const started = performance.now();
  const plan = planRotation({
    roles: ROLES,
    leadingRoles: LEADING,
    members,
    sessionsToPlan: sessions(0, WEEKS),
    history,
    locked: [],
  });
  const milliseconds = performance.now() - started;

  const all = [...history, ...plan.assignments];
  const count = (id: string, role: string) =>
    all.filter((cell) => cell.memberId === id && cell.role === role).length;
  let peerSpread = 0;
  let overallSpread = 0;
  for (const role of ROLES) {
    const eligible = members.filter((member) => canTake(member, role));
    const classes = new Map<string, SimulatedMember[]>();
    for (const member of eligible) {
      const profile =
        ROLES.map((r) => canTake(member, r)).join() + JSON.stringify(member.unavailable);
      classes.set(profile, [...(classes.get(profile) ?? []), member]);
    }
    for (const peers of classes.values()) {
      const counts = peers.map((member) => count(member.id, role));
      peerSpread = Math.max(peerSpread, Math.max(...counts) - Math.min(...counts));
    }
    const alwaysThere = eligible
      .filter((member) => member.unavailable.length === 0)
      .map((member) => count(member.id, role));
    if (alwaysThere.length > 0)
      overallSpread = Math.max(overallSpread, Math.max(...alwaysThere) - Math.min(...alwaysThere));
  }

  const dates = [...new Set(plan.assignments.map((cell) => cell.date))];
  let overfillableSessions = 0;
  let backToBack = 0;
  let avoidableBackToBack = 0;
  const served = new Map<string, number>();
  for (const cell of history)
    if (cell.memberId !== null)
      served.set(
        `${cell.memberId}|${cell.role}`,
        (served.get(`${cell.memberId}|${cell.role}`) ?? 0) + 1,
      );
  let previous = new Set(
    history
      .filter((cell) => cell.date === history[history.length - 1]?.date)
      .map((cell) => cell.memberId),
  );
  for (const date of dates) {
    const cells = plan.assignments.filter((cell) => cell.date === date);
    if (cells.filter((cell) => cell.memberId !== null).length < maxFillable(ROLES, members, date))
      overfillableSessions += 1;
    const now = new Set(cells.map((cell) => cell.memberId));
    for (const cell of cells) {
      if (cell.memberId === null || !previous.has(cell.memberId)) continue;
      backToBack += 1;
      const turns = served.get(`${cell.memberId}|${cell.role}`) ?? 0;
      const replacement = members.some(
        (member) =>
          !now.has(member.id) &&
          !previous.has(member.id) &&
          canTake(member, cell.role) &&
          available(member, date) &&
          (served.get(`${member.id}|${cell.role}`) ?? 0) <= turns,
      );
      if (replacement) avoidableBackToBack += 1;
    }
    for (const cell of cells)
      if (cell.memberId !== null)
        served.set(
          `${cell.memberId}|${cell.role}`,
          (served.get(`${cell.memberId}|${cell.role}`) ?? 0) + 1,
        );
    previous = now;
  }
  return {
    milliseconds,
    peerSpread,
    overallSpread,
    unfilled: plan.unfilled.length,
    overfillableSessions,
    backToBack,
    avoidableBackToBack,
  };
}

// --- buddies -----------------------------------------------------------------------------------

interface BuddyFigures {
  slowestMilliseconds: number;
  repeats: number;
  repeatsAvoidableBySwap: number;
  repeatsAboveExactMinimum: number | null;
  doNotPairViolations: number;
  capacityExceeded: number;
  newcomersWithoutMentorWhileMentorFree: number;
  unpaired: number;
}

type Rules = {
  byId: Map<MemberId, BuddyParticipant>;
  blocked: (a: MemberId, b: MemberId) => boolean;
  met: (a: MemberId, b: MemberId) => boolean;
};

function rulesOf(participants: BuddyParticipant[], history: BuddyHistoryEntry[]): Rules {
  const byId = new Map(participants.map((p) => [p.id, p]));
  const metPairs = new Set<string>();
  for (const entry of history)
    for (const a of entry.memberIds)
      for (const b of entry.memberIds) if (a !== b) metPairs.add(`${a}|${b}`);
  return {
    byId,
    blocked: (a, b) =>
      Boolean(byId.get(a)?.doNotPairWith.includes(b) || byId.get(b)?.doNotPairWith.includes(a)),
    met: (a, b) => metPairs.has(`${a}|${b}`),
  };
}

/** Newcomers mentored in a single-group pair or trio, or null when it breaks a hard rule. */
function mentoredIn(group: readonly MemberId[], rules: Rules): number | null {
  for (const a of group) for (const b of group) if (a !== b && rules.blocked(a, b)) return null;
  const members = group.map((id) => rules.byId.get(id) as BuddyParticipant);
  const newcomers = members.filter((m) => m.isNewcomer).length;
  const experienced = members.filter((m) => !m.isNewcomer);
  if (newcomers === 0 || experienced.length === 0) return 0;
  return experienced.reduce((sum, m) => sum + m.mentorCapacity, 0) >= newcomers ? newcomers : null;
}

function repeatsIn(group: readonly MemberId[], rules: Rules): number {
  let repeats = 0;
  for (let i = 0; i < group.length; i += 1)
    for (let j = i + 1; j < group.length; j += 1) if (rules.met(group[i], group[j])) repeats += 1;
  return repeats;
}

/** Exact best (mentored, covered, −repeats) over pairs and at most one trio, one group each. */
function exactBest(ids: MemberId[], rules: Rules): [number, number, number] {
  const memo = new Map<string, [number, number, number]>();
  const better = (a: number[], b: number[]) =>
    a[0] !== b[0] ? a[0] > b[0] : a[1] !== b[1] ? a[1] > b[1] : a[2] > b[2];
  const solve = (mask: number, trioUsed: boolean): [number, number, number] => {
    if (mask === 0) return [0, 0, 0];
    const key = `${mask}|${trioUsed}`;
    const cached = memo.get(key);
    if (cached) return cached;
    const first = 31 - Math.clz32(mask);
    const rest = mask & ~(1 << first);
    let best = solve(rest, trioUsed);
    const tryGroup = (indices: number[], remaining: number, usesTrio: boolean) => {
      const group = indices.map((i) => ids[i]);
      const mentored = mentoredIn(group, rules);
      if (mentored === null) return;
      const sub = solve(remaining, usesTrio);
      const candidate: [number, number, number] = [
        sub[0] + mentored,
        sub[1] + group.length,
        sub[2] - repeatsIn(group, rules),
      ];
      if (better(candidate, best)) best = candidate;
    };
    for (let j = 0; j < ids.length; j += 1) {
      if (!((rest >> j) & 1)) continue;
      tryGroup([first, j], rest & ~(1 << j), trioUsed);
      if (trioUsed) continue;
      for (let k = j + 1; k < ids.length; k += 1)
        if ((rest >> k) & 1) tryGroup([first, j, k], rest & ~(1 << j) & ~(1 << k), true);
    }
    memo.set(key, best);
    return best;
  };
  return solve((1 << ids.length) - 1, false);
}

function buddyFigures(members: SimulatedMember[]): BuddyFigures {
  const history: BuddyHistoryEntry[] = [];
  const figures: BuddyFigures = {
    slowestMilliseconds: 0,
    repeats: 0,
    repeatsAvoidableBySwap: 0,
    repeatsAboveExactMinimum: members.length <= 12 ? 0 : null,
    doNotPairViolations: 0,
    capacityExceeded: 0,
    newcomersWithoutMentorWhileMentorFree: 0,
    unpaired: 0,
  };
  for (let cycle = 0; cycle < WEEKS / CYCLE_WEEKS; cycle += 1) {
    const startWeek = cycle * CYCLE_WEEKS;
    const participants: BuddyParticipant[] = members
      .filter((m) => m.active && m.inBuddyProgramme && m.joinedWeek <= startWeek)
      .map((m) => ({
        id: m.id,
        isNewcomer: startWeek - m.joinedWeek < 8,
        mentorCapacity: m.mentorCapacity,
        doNotPairWith: m.doNotPairWith,
      }));
    const rules = rulesOf(participants, history);
    const started = performance.now();
    const result = assignBuddies({
      cycleStart: week(startWeek),
      cycleEnd: week(startWeek + CYCLE_WEEKS),
      participants,
      history,
    });
    figures.slowestMilliseconds = Math.max(
      figures.slowestMilliseconds,
      performance.now() - started,
    );
    figures.unpaired += result.unpaired.length;

    const groupsOf = new Map<MemberId, BuddyGroup[]>();
    for (const group of result.groups)
      for (const id of group.memberIds) groupsOf.set(id, [...(groupsOf.get(id) ?? []), group]);
    const mentoring = new Set<MemberId>();
    const mentored = new Set<MemberId>();
    for (const group of result.groups) {
      for (const a of group.memberIds)
        for (const b of group.memberIds)
          if (a !== b && rules.blocked(a, b)) figures.doNotPairViolations += 1;
      figures.repeats += repeatsIn(group.memberIds, rules);
      if (group.kind !== 'newcomer-mentor') continue;
      for (const id of group.memberIds)
        (rules.byId.get(id)?.isNewcomer ? mentored : mentoring).add(id);
    }
    for (const group of result.groups) {
      const inGroup = group.memberIds.map((id) => rules.byId.get(id) as BuddyParticipant);
      const newcomers = inGroup.filter((m) => m.isNewcomer).length;
      const experienced = inGroup.filter((m) => !m.isNewcomer);
      if (
        newcomers > 0 &&
        experienced.length > 0 &&
        experienced.reduce((sum, m) => sum + m.mentorCapacity, 0) < newcomers
      ) {
        figures.capacityExceeded += 1;
      }
    }
    for (const [id, own] of groupsOf) {
      const participant = rules.byId.get(id) as BuddyParticipant;
      if (own.length === 1) continue;
      // Several groups: only a mentor, with one newcomer in each, within capacity.
      const newcomerPairs = own.filter(
        (g) =>
          g.memberIds.length === 2 &&
          g.memberIds.some((m) => m !== id && rules.byId.get(m)?.isNewcomer),
      );
      if (
        participant.isNewcomer ||
        newcomerPairs.length !== own.length ||
        own.length > participant.mentorCapacity
      )
        figures.capacityExceeded += 1;
    }
    for (const newcomer of participants.filter((p) => p.isNewcomer && !mentored.has(p.id))) {
      if (
        participants.some(
          (p) =>
            !p.isNewcomer &&
            p.mentorCapacity >= 1 &&
            !mentoring.has(p.id) &&
            !rules.blocked(p.id, newcomer.id),
        )
      ) {
        figures.newcomersWithoutMentorWhileMentorFree += 1;
      }
    }
    // Local check at any size: swapping partners between two single-group pairs must not remove a repeat.
    const pairs = result.groups
      .filter(
        (g) =>
          g.memberIds.length === 2 && g.memberIds.every((id) => groupsOf.get(id)?.length === 1),
      )
      .map((g) => g.memberIds);
    for (let i = 0; i < pairs.length; i += 1) {
      for (let j = i + 1; j < pairs.length; j += 1) {
        const [u, v] = pairs[i];
        const [w, z] = pairs[j];
        const before = repeatsIn(pairs[i], rules) + repeatsIn(pairs[j], rules);
        const mentoredBefore =
          (mentoredIn(pairs[i], rules) ?? 0) + (mentoredIn(pairs[j], rules) ?? 0);
        for (const [p, q] of [
          [
            [u, w],
            [v, z],
          ],
          [
            [u, z],
            [v, w],
          ],
        ]) {
          const mp = mentoredIn(p, rules);
          const mq = mentoredIn(q, rules);
          if (mp === null || mq === null || mp + mq < mentoredBefore) continue;
          if (repeatsIn(p, rules) + repeatsIn(q, rules) < before)
            figures.repeatsAvoidableBySwap += 1;
        }
      }
    }
    // Exact check on small groups whenever no mentor took two newcomers (one group per member).
    if (
      figures.repeatsAboveExactMinimum !== null &&
      [...groupsOf.values()].every((own) => own.length === 1)
    ) {
      const best = exactBest(
        participants.map((p) => p.id),
        rules,
      );
      const ours = result.groups.reduce((sum, g) => sum + repeatsIn(g.memberIds, rules), 0);
      const oursMentored = result.groups.reduce(
        (sum, g) => sum + (mentoredIn(g.memberIds, rules) ?? 0),
        0,
      );
      const oursCovered = result.groups.reduce((sum, g) => sum + g.memberIds.length, 0);
      expect([oursMentored, oursCovered]).toEqual([best[0], best[1]]);
      figures.repeatsAboveExactMinimum += ours - -best[2];
    }
    for (const group of result.groups)
      history.push({ memberIds: group.memberIds, cycleStart: week(startWeek) });
  }
  return figures;
}

describe('quality figures over simulated groups', () => {
  it('keeps the hard rules at zero and prints fairness, repeats and timings', () => {
    const rows = SIZES.map((size) => {
      const members = simulateGroup(size);
      return { size, rotation: rotationFigures(members), buddies: buddyFigures(members) };
    });
    const table = [
      'members | plan 52 ms | peer spread | spread all | unfilled | sessions fillable further | back-to-back | avoidable b2b | buddy cycle ms (max) | repeats | repeats avoidable (swap) | above exact min | do-not-pair broken | capacity exceeded | newcomer w/o mentor while mentor free | unpaired',
      ...rows.map(({ size, rotation: r, buddies: b }) =>
        [
          size,
          r.milliseconds.toFixed(0),
          r.peerSpread,
          r.overallSpread,
          r.unfilled,
          r.overfillableSessions,
          r.backToBack,
          r.avoidableBackToBack,
          b.slowestMilliseconds.toFixed(0),
          b.repeats,
          b.repeatsAvoidableBySwap,
          b.repeatsAboveExactMinimum ?? 'n/a',
          b.doNotPairViolations,
          b.capacityExceeded,
          b.newcomersWithoutMentorWhileMentorFree,
          b.unpaired,
        ].join(' | '),
      ),
    ];
    console.log(table.join('\n'));
    for (const { rotation, buddies } of rows) {
      expect(rotation.peerSpread).toBeLessThanOrEqual(1);
      expect(rotation.overfillableSessions).toBe(0);
      expect(rotation.avoidableBackToBack).toBe(0);
      expect(buddies.doNotPairViolations).toBe(0);
      expect(buddies.capacityExceeded).toBe(0);
      expect(buddies.newcomersWithoutMentorWhileMentorFree).toBe(0);
      expect(buddies.repeatsAvoidableBySwap).toBe(0);
      if (buddies.repeatsAboveExactMinimum !== null)
        expect(buddies.repeatsAboveExactMinimum).toBe(0);
    }
  });
});
