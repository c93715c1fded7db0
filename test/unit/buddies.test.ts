import fc from 'fast-check';
import {
  assignBuddies,
  BuddyHistoryEntry,
  BuddyInput,
  BuddyParticipant,
} from '../../src/domain/buddies';
import { BuddyGraph } from '../../src/domain/buddies/graph';
import { readHistory } from '../../src/domain/buddies/history';
import { BuddyObjective } from '../../src/domain/buddies/objective';
import { BuddyGroup, MemberId } from '../../src/domain/types';

const CYCLE_START = '2025-06-02';
const CYCLE_END = '2025-06-29';

/** Past cycle starts, most recent first: round r is `pastCycle(r)`. */
function pastCycle(roundsAgo: number): string {
  return new Date(Date.UTC(2025, 5, 2 - 28 * roundsAgo)).toISOString().slice(0, 10);
}

// ---------------------------------------------------------------------------------------------
// Independent statement of the priorities (written from the SPEC, not from the implementation):
// mentored newcomers ≫ fewest newcomers beyond one per mentor ≫ members in a group ≫ fewest
// repeated pairs ≫ least recency cost (8 for last cycle's pair, one less per round, at least 1)
// ≫ least trio cost (3 if in a trio last cycle, then 2, 1, 0), summed over a trio's members.
// ---------------------------------------------------------------------------------------------

type Score = [number, number, number, number, number, number];

interface World {
  byId: Map<MemberId, BuddyParticipant>;
  blocked(a: MemberId, b: MemberId): boolean;
  metRoundsAgo(a: MemberId, b: MemberId): number | null;
  trioRoundsAgo(member: MemberId): number | null;
}

function worldOf(input: BuddyInput): World {
  const byId = new Map(input.participants.map((participant) => [participant.id, participant]));
  const cycles = [
    ...new Set(
      input.history.map((entry) => entry.cycleStart).filter((start) => start < input.cycleStart),
    ),
  ]
    .sort()
    .reverse();
  const rounds = (entry: BuddyHistoryEntry): number => cycles.indexOf(entry.cycleStart) + 1;
  const past = input.history.filter((entry) => entry.cycleStart < input.cycleStart);
  const minimum = (values: number[]): number | null =>
    values.length === 0 ? null : Math.min(...values);
  return {
    byId,
    blocked: (a, b) =>
      Boolean(byId.get(a)?.doNotPairWith.includes(b) || byId.get(b)?.doNotPairWith.includes(a)),
    metRoundsAgo: (a, b) =>
      minimum(
        past
          .filter((entry) => entry.memberIds.includes(a) && entry.memberIds.includes(b))
          .map(rounds),
      ),
    trioRoundsAgo: (member) =>
      minimum(
        past
          .filter((entry) => entry.memberIds.length >= 3 && entry.memberIds.includes(member))
          .map(rounds),
      ),
  };
}

const capacityOf = (participant: BuddyParticipant): number =>
  Math.max(0, Math.floor(participant.mentorCapacity));

/** Scores a set of groups, or returns null when it breaks a hard rule. */
function scoreGroups(groups: readonly MemberId[][], world: World): Score | null {
  const groupsOf = new Map<MemberId, MemberId[][]>();
  for (const group of groups) {
    if (group.length < 2 || group.length > 3 || new Set(group).size !== group.length) return null;
    for (const member of group) groupsOf.set(member, [...(groupsOf.get(member) ?? []), group]);
  }
  if (groups.filter((group) => group.length === 3).length > 1) return null;
  let mentored = 0;
  let excess = 0;
  let repeats = 0;
  let recency = 0;
  let trioCost = 0;
  for (const group of groups) {
    for (let i = 0; i < group.length; i += 1) {
      for (let j = i + 1; j < group.length; j += 1) {
        if (world.blocked(group[i], group[j])) return null;
        const rounds = world.metRoundsAgo(group[i], group[j]);
        if (rounds !== null) {
          repeats += 1;
          recency += Math.max(1, 9 - rounds);
        }
      }
    }
    const members = group.map((id) => world.byId.get(id) as BuddyParticipant);
    const newcomers = members.filter((member) => member.isNewcomer).length;
    const experienced = members.filter((member) => !member.isNewcomer);
    if (newcomers > 0 && experienced.length > 0) {
      if (experienced.reduce((sum, member) => sum + capacityOf(member), 0) < newcomers) return null;
      mentored += newcomers;
      excess += Math.max(
        0,
        newcomers - experienced.filter((member) => capacityOf(member) >= 1).length,
      );
    }
    if (group.length === 3) {
      for (const member of group) {
        const rounds = world.trioRoundsAgo(member);
        if (rounds !== null) trioCost += Math.max(0, 4 - rounds);
      }
    }
  }
  // Someone in several groups must be a mentor whose every group is a pair with one newcomer.
  for (const [member, own] of groupsOf) {
    if (own.length === 1) continue;
    const participant = world.byId.get(member) as BuddyParticipant;
    if (participant.isNewcomer || own.length > capacityOf(participant)) return null;
    if (
      own.some(
        (group) =>
          group.length !== 2 ||
          !world.byId.get(group.find((id) => id !== member) as MemberId)?.isNewcomer,
      )
    )
      return null;
    excess += own.length - 1;
  }
  // `0 - x` rather than `-x`, so that no score holds a negative zero.
  return [mentored, 0 - excess, groupsOf.size, 0 - repeats, 0 - recency, 0 - trioCost];
}

function better(a: Score, b: Score): boolean {
  for (let k = 0; k < a.length; k += 1) if (a[k] !== b[k]) return a[k] > b[k];
  return false;
}

/**
 * Every structure of pairs, at most one trio, and extra mentee pairs (a mentor already in a
 * pair with a newcomer taking further newcomers up to capacity), by exhaustive recursion.
 */
function exhaustiveBest(input: BuddyInput): { score: Score; groups: MemberId[][] } {
  const world = worldOf(input);
  const ids = input.participants.map((participant) => participant.id);
  let best: { score: Score; groups: MemberId[][] } | null = null;
  const visit = (remaining: MemberId[], groups: MemberId[][], trioUsed: boolean): void => {
    if (remaining.length === 0) {
      const score = scoreGroups(groups, world);
      if (score !== null && (best === null || better(score, best.score)))
        best = { score, groups: [...groups] };
      return;
    }
    const [first, ...rest] = remaining;
    visit(rest, groups, trioUsed);
    // Groups with a do-not-pair inside, and extra mentees of a mentor with capacity below 2, are
    // skipped early only to keep the search fast: scoreGroups rejects them anyway.
    for (let i = 0; i < rest.length; i += 1) {
      if (world.blocked(first, rest[i])) continue;
      const withoutI = rest.filter((_, index) => index !== i);
      visit(withoutI, [...groups, [first, rest[i]]], trioUsed);
      if (!trioUsed) {
        for (let j = i + 1; j < rest.length; j += 1) {
          if (world.blocked(first, rest[j]) || world.blocked(rest[i], rest[j])) continue;
          visit(
            withoutI.filter((id) => id !== rest[j]),
            [...groups, [first, rest[i], rest[j]]],
            true,
          );
        }
      }
    }
    if (world.byId.get(first)?.isNewcomer) {
      for (const mentor of ids) {
        const candidate = world.byId.get(mentor) as BuddyParticipant;
        if (
          mentor === first ||
          candidate.isNewcomer ||
          capacityOf(candidate) < 2 ||
          world.blocked(mentor, first)
        )
          continue;
        visit(rest, [...groups, [mentor, first]], trioUsed);
      }
    }
  };
  visit(ids, [], false);
  if (best === null) throw new Error('no structure');
  return best;
}

// ---------------------------------------------------------------------------------------------

/** `scarceMentors` skews rosters towards many newcomers and few mentors with spare capacity. */
const rosterArb = (
  maxSize: number,
  maxRounds = 6,
  scarceMentors = false,
): fc.Arbitrary<BuddyInput> =>
  fc
    .record({
      people: fc.array(
        scarceMentors
          ? fc.record({
              isNewcomer: fc.constantFrom(true, true, false),
              capacity: fc.constantFrom(0, 0, 2, 3),
            })
          : fc.record({ isNewcomer: fc.boolean(), capacity: fc.constantFrom(0, 1, 1, 1, 2, 3) }),
        { minLength: 1, maxLength: maxSize },
      ),
      doNotPair: fc.array(fc.tuple(fc.nat(maxSize - 1), fc.nat(maxSize - 1)), { maxLength: 4 }),
      history: fc.array(
        fc.record({
          members: fc.uniqueArray(fc.nat(maxSize - 1), { minLength: 2, maxLength: 3 }),
          roundsAgo: fc.integer({ min: 1, max: maxRounds }),
        }),
        { maxLength: 10 },
      ),
    })
    .map(({ people, doNotPair, history }) => {
      const id = (index: number): MemberId => `p${index}`;
      const participants: BuddyParticipant[] = people.map((person, index) => ({
        id: id(index),
        isNewcomer: person.isNewcomer,
        mentorCapacity: person.capacity,
        doNotPairWith: doNotPair
          .filter(([from, to]) => from === index && to < people.length)
          .map(([, to]) => id(to)),
      }));
      return {
        cycleStart: CYCLE_START,
        cycleEnd: CYCLE_END,
        participants,
        history: history
          .map((entry) => ({
            memberIds: entry.members.filter((index) => index < people.length).map(id),
            cycleStart: pastCycle(entry.roundsAgo),
          }))
          .filter((entry) => entry.memberIds.length >= 2),
      };
    });

const groupsAsIds = (groups: readonly BuddyGroup[]): MemberId[][] =>
  groups.map((group) => group.memberIds);

describe('assignBuddies: optimal against exhaustive search (≤ 8 members)', () => {
  it('scores exactly as well as the best of every pairing/trio structure, by the same priority order', () => {
    fc.assert(
      fc.property(rosterArb(8), (input) => {
        const result = assignBuddies(input);
        const world = worldOf(input);
        const ours = scoreGroups(groupsAsIds(result.groups), world);
        expect(ours).not.toBeNull();
        expect(ours).toEqual(exhaustiveBest(input).score);
      }),
      { numRuns: 250 },
    );
  });

  it('stays optimal when mentors are scarce and take several newcomers', () => {
    fc.assert(
      fc.property(rosterArb(8, 4, true), (input) => {
        const ours = scoreGroups(groupsAsIds(assignBuddies(input).groups), worldOf(input));
        expect(ours).toEqual(exhaustiveBest(input).score);
      }),
      { numRuns: 150 },
    );
  });

  it('repeats no past pair while a structure without repeats (and as much mentoring and coverage) exists', () => {
    fc.assert(
      fc.property(rosterArb(7, 2), (input) => {
        const world = worldOf(input);
        const best = exhaustiveBest(input);
        const ours = scoreGroups(groupsAsIds(assignBuddies(input).groups), world) as Score;
        if (best.score[3] === 0) expect(ours[3]).toBe(0);
        expect(ours.slice(0, 4)).toEqual(best.score.slice(0, 4));
      }),
      { numRuns: 150 },
    );
  });
});

describe('assignBuddies: hard rules on random rosters', () => {
  it('never breaks do-not-pair or a mentor capacity, and lists everyone once: grouped or unpaired with a reason', () => {
    fc.assert(
      fc.property(rosterArb(24), (input) => {
        const result = assignBuddies(input);
        const world = worldOf(input);
        expect(scoreGroups(groupsAsIds(result.groups), world)).not.toBeNull();
        for (const group of result.groups) {
          for (const a of group.memberIds)
            for (const b of group.memberIds) if (a !== b) expect(world.blocked(a, b)).toBe(false);
          const hasNewcomer = group.memberIds.some((id) => world.byId.get(id)?.isNewcomer);
          const hasExperienced = group.memberIds.some((id) => !world.byId.get(id)?.isNewcomer);
          expect(group.kind).toBe(hasNewcomer && hasExperienced ? 'newcomer-mentor' : 'peers');
          expect([group.cycleStart, group.cycleEnd]).toEqual([CYCLE_START, CYCLE_END]);
        }
        const load = new Map<MemberId, number>();
        for (const group of result.groups.filter(
          (g) => g.kind === 'newcomer-mentor' && g.memberIds.length === 2,
        )) {
          load.set(group.memberIds[0], (load.get(group.memberIds[0]) ?? 0) + 1);
        }
        for (const [mentor, carried] of load)
          expect(carried).toBeLessThanOrEqual(
            capacityOf(world.byId.get(mentor) as BuddyParticipant),
          );
        const grouped = new Set(result.groups.flatMap((group) => group.memberIds));
        const unpaired = result.unpaired.map((entry) => entry.memberId);
        expect([...grouped, ...unpaired].sort()).toEqual(
          input.participants.map((p) => p.id).sort(),
        );
        expect(unpaired.filter((id) => grouped.has(id))).toEqual([]);
        for (const entry of result.unpaired) expect(entry.reason.length).toBeGreaterThan(10);
      }),
      { numRuns: 150 },
    );
  });

  it('leaves no newcomer without a mentor while a compatible mentor mentors nobody', () => {
    fc.assert(
      fc.property(rosterArb(24), (input) => {
        const result = assignBuddies(input);
        const world = worldOf(input);
        const mentoring = new Set<MemberId>();
        const mentoredNewcomers = new Set<MemberId>();
        for (const group of result.groups) {
          if (group.kind !== 'newcomer-mentor') continue;
          for (const id of group.memberIds)
            (world.byId.get(id)?.isNewcomer ? mentoredNewcomers : mentoring).add(id);
        }
        for (const newcomer of input.participants.filter(
          (p) => p.isNewcomer && !mentoredNewcomers.has(p.id),
        )) {
          const freeMentor = input.participants.find(
            (p) =>
              !p.isNewcomer &&
              capacityOf(p) >= 1 &&
              !mentoring.has(p.id) &&
              !world.blocked(p.id, newcomer.id),
          );
          expect(freeMentor).toBeUndefined();
        }
      }),
      { numRuns: 150 },
    );
  });

  it('is deterministic and independent of the order of participants, requests and history', () => {
    fc.assert(
      fc.property(rosterArb(12), (input) => {
        const first = assignBuddies(input);
        expect(assignBuddies(input)).toEqual(first);
        const reversed: BuddyInput = {
          ...input,
          participants: [...input.participants]
            .reverse()
            .map((p) => ({ ...p, doNotPairWith: [...p.doNotPairWith].reverse() })),
          history: [...input.history].reverse(),
        };
        expect(assignBuddies(reversed)).toEqual(first);
      }),
      { numRuns: 100 },
    );
  });
});

describe('assignBuddies: the blossom matching itself', () => {
  /** Best matching weight by dynamic programming over subsets (exact, for ≤ 14 vertices). */
  function bestWeightBySubsets(
    count: number,
    weight: (a: number, b: number) => number | null,
  ): number {
    const memo = new Map<number, number>();
    const solve = (free: number): number => {
      if (free === 0) return 0;
      const cached = memo.get(free);
      if (cached !== undefined) return cached;
      const first = 31 - Math.clz32(free);
      const rest = free & ~(1 << first);
      let best = solve(rest);
      for (let other = 0; other < count; other += 1) {
        const w = (rest >> other) & 1 ? weight(first, other) : null;
        if (w !== null) best = Math.max(best, w + solve(rest & ~(1 << other)));
      }
      memo.set(free, best);
      return best;
    };
    return solve((1 << count) - 1);
  }

  it('finds a maximum weight pairing on rosters of up to 14 members', () => {
    fc.assert(
      fc.property(rosterArb(14, 10), (input) => {
        const participants = [...input.participants].sort((a, b) => (a.id < b.id ? -1 : 1));
        const objective = new BuddyObjective(
          participants,
          readHistory(input.history, input.cycleStart),
        );
        const graph = new BuddyGraph(objective, []);
        const weight = (a: number, b: number): number | null => {
          const tally = objective.pairTally(a, b);
          return tally === null ? null : objective.score(tally);
        };
        expect(graph.bestMatching().weight).toBe(bestWeightBySubsets(participants.length, weight));
      }),
      { numRuns: 120 },
    );
  });
});

describe('assignBuddies: examples', () => {
  const person = (id: string, options: Partial<BuddyParticipant> = {}): BuddyParticipant => ({
    id,
    isNewcomer: false,
    mentorCapacity: 1,
    doNotPairWith: [],
    ...options,
  });
  const run = (participants: BuddyParticipant[], history: BuddyHistoryEntry[] = []) =>
    assignBuddies({ cycleStart: CYCLE_START, cycleEnd: CYCLE_END, participants, history });

  it('pairs each newcomer with a mentor and lists the mentor first', () => {
    const history = [{ memberIds: ['m1', 'n2'], cycleStart: pastCycle(1) }];
    const result = run(
      [
        person('n1', { isNewcomer: true }),
        person('m1'),
        person('m2'),
        person('n2', { isNewcomer: true }),
      ],
      history,
    );
    expect(result.groups.map((g) => [g.memberIds, g.kind])).toEqual([
      [['m1', 'n1'], 'newcomer-mentor'],
      [['m2', 'n2'], 'newcomer-mentor'],
    ]);
  });

  it('lets a mentor with capacity 2 take a second newcomer only when mentors are too few', () => {
    const enough = run([
      person('m1', { mentorCapacity: 2 }),
      person('m2'),
      person('n1', { isNewcomer: true }),
      person('n2', { isNewcomer: true }),
    ]);
    expect(enough.groups.map((g) => g.memberIds[0])).toEqual(['m1', 'm2']);
    const tooFew = run([
      person('m1', { mentorCapacity: 2 }),
      person('m2', { mentorCapacity: 0 }),
      person('n1', { isNewcomer: true }),
      person('n2', { isNewcomer: true }),
    ]);
    expect(tooFew.groups.map((g) => g.memberIds)).toEqual([
      ['m1', 'n1'],
      ['m1', 'n2'],
    ]);
    expect(tooFew.unpaired.map((u) => u.memberId)).toEqual(['m2']);
  });

  it('prefers a pair that met long ago to one that met last cycle when every option repeats', () => {
    const history = [
      { memberIds: ['a', 'b'], cycleStart: pastCycle(1) },
      { memberIds: ['c', 'd'], cycleStart: pastCycle(1) },
      { memberIds: ['a', 'c'], cycleStart: pastCycle(5) },
      { memberIds: ['b', 'd'], cycleStart: pastCycle(5) },
      { memberIds: ['a', 'd'], cycleStart: pastCycle(2) },
      { memberIds: ['b', 'c'], cycleStart: pastCycle(2) },
    ];
    expect(
      run(
        ['a', 'b', 'c', 'd'].map((id) => person(id)),
        history,
      ).groups.map((g) => g.memberIds),
    ).toEqual([
      ['a', 'c'],
      ['b', 'd'],
    ]);
  });

  it('rotates the trio: last cycle’s trio members are not in the trio again when avoidable', () => {
    const lastTrio = ['a', 'b', 'c'];
    const history = [{ memberIds: lastTrio, cycleStart: pastCycle(1) }];
    const result = run(
      ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'].map((id) => person(id)),
      history,
    );
    const trio = result.groups.find((g) => g.memberIds.length === 3) as BuddyGroup;
    expect(trio.memberIds.filter((id) => lastTrio.includes(id))).toEqual([]);
  });

  it('keeps searching past a first trio that is not the best one', () => {
    // Found by the exhaustive comparison: the first trios tried fall short of the best.
    const history = [
      { memberIds: ['p0', 'p1', 'p3'], cycleStart: pastCycle(1) },
      { memberIds: ['p0', 'p4', 'p1'], cycleStart: pastCycle(1) },
    ];
    const participants = ['p0', 'p1', 'p2', 'p3', 'p4', 'p5', 'p6'].map((id) =>
      person(id, { mentorCapacity: 0 }),
    );
    const result = run(participants, history);
    const input = { cycleStart: CYCLE_START, cycleEnd: CYCLE_END, participants, history };
    const world = worldOf(input);
    expect(scoreGroups(groupsAsIds(result.groups), world)).toEqual(exhaustiveBest(input).score);
  });

  it('honours do-not-pair in either direction even if someone stays unpaired, and says why', () => {
    const result = run([
      person('a', { doNotPairWith: ['b'] }),
      person('b'),
      person('c', { doNotPairWith: ['a'] }),
    ]);
    expect(result.groups.map((g) => g.memberIds)).toEqual([['b', 'c']]);
    expect(result.unpaired).toEqual([
      {
        memberId: 'a',
        reason: expect.stringMatching(/Do-not-pair requests rule out every other member/),
      },
    ]);
  });

  it('explains a lone member, and rejects a duplicated id', () => {
    expect(run([person('a')]).unpaired[0].reason).toMatch(/only member/);
    expect(() => run([person('a'), person('a')])).toThrow(/appears twice/);
  });

  it('ignores history from this cycle on, so re-running a cycle gives the same result', () => {
    const participants = ['a', 'b', 'c', 'd'].map((id) => person(id));
    const first = run(participants);
    const rerun = run(
      participants,
      first.groups.map((g) => ({ memberIds: g.memberIds, cycleStart: CYCLE_START })),
    );
    expect(rerun).toEqual(first);
  });
});
