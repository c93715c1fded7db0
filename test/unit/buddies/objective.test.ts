/**
 * The buddy matcher's scoring of single groups (issue 13 item 11): the hard rules each tally
 * enforces, what each tier counts, and how strongly recent repeats and recent trios cost.
 */
import { BuddyHistory, readHistory } from '../../../src/domain/buddies/history';
import { BuddyObjective, Tally } from '../../../src/domain/buddies/objective';
import { BuddyParticipant } from '../../../src/domain/buddies';
import { person, newcomer } from '../fixtures/people';

const CYCLE = '2025-06-02';
/** Start of the cycle `rounds` cycles before CYCLE (four weeks apart). */
const roundsAgo = (rounds: number): string =>
  new Date(Date.UTC(2025, 5, 2 - 28 * rounds)).toISOString().slice(0, 10);

/** One unrelated pair in each of the last `count` cycles, so rounds ago are calendar cycles ago. */
const everyCycle = (count: number) =>
  Array.from({ length: count }, (_, index) => ({
    memberIds: ['f1', 'f2'],
    cycleStart: roundsAgo(index + 1),
  }));

const NO_HISTORY: BuddyHistory = readHistory([], CYCLE);

/** Indices follow the order given (callers give ids in sorted order). */
const objectiveOf = (participants: BuddyParticipant[], history = NO_HISTORY) =>
  new BuddyObjective(participants, history);

const zero: Tally = {
  mentored: 0,
  excessLoad: 0,
  covered: 0,
  repeats: 0,
  recency: 0,
  trioRotation: 0,
};

describe('BuddyObjective hard rules', () => {
  it('honours do-not-pair in either direction, and ignores unknown ids and a member naming themself', () => {
    const objective = objectiveOf([
      person('a', { doNotPairWith: ['c', 'ghost', 'a'] }),
      person('b'),
      person('c'),
    ]);
    expect(objective.canMeet(0, 2)).toBe(false);
    expect(objective.canMeet(2, 0)).toBe(false);
    expect(objective.canMeet(0, 1)).toBe(true);
    expect(objective.canMeet(1, 2)).toBe(true);
    expect(objective.canMeet(1, 1)).toBe(false);
    expect(objective.pairTally(0, 2)).toBeNull();
    expect(objective.trioTally(0, 1, 2)).toBeNull();
    expect(objective.trioTally(1, 0, 2)).toBeNull();
    expect(objective.trioTally(1, 2, 0)).toBeNull();
  });

  it('reads capacity as a whole number of at least 0, and nothing unreadable as capacity', () => {
    const objective = objectiveOf([
      person('a', { mentorCapacity: 2.7 }),
      person('b', { mentorCapacity: -1 }),
      person('c', { mentorCapacity: Number.NaN }),
      person('d', { mentorCapacity: Infinity }),
      person('e', { mentorCapacity: 0.5 }),
    ]);
    expect([0, 1, 2, 3, 4].map((member) => objective.capacity(member))).toEqual([2, 0, 0, 0, 0]);
  });

  it('lets only an experienced member with capacity mentor a newcomer they may meet', () => {
    const objective = objectiveOf([
      person('m1'),
      person('m2', { mentorCapacity: 0 }),
      person('m3', { doNotPairWith: ['n1'] }),
      newcomer('n1'),
      newcomer('n2'),
    ]);
    expect(objective.canMentor(0, 3)).toBe(true);
    expect(objective.canMentor(1, 3)).toBe(false);
    expect(objective.canMentor(2, 3)).toBe(false);
    expect(objective.canMentor(3, 4)).toBe(false);
    expect(objective.canMentor(0, 1)).toBe(false);
    expect(objective.pairTally(0, 3)).toMatchObject({ mentored: 1, covered: 2 });
    expect(objective.pairTally(3, 0)).toMatchObject({ mentored: 1, covered: 2 });
    expect(objective.pairTally(1, 3)).toBeNull();
    expect(objective.pairTally(3, 1)).toBeNull();
    // Two newcomers, or two experienced members, are peers: nobody is mentored.
    expect(objective.pairTally(3, 4)).toEqual({ ...zero, covered: 2 });
    expect(objective.pairTally(0, 1)).toEqual({ ...zero, covered: 2 });
  });

  it('gives a mentor an extra mentee only with capacity for two', () => {
    const objective = objectiveOf([
      person('m1', { mentorCapacity: 2 }),
      person('m2'),
      newcomer('n1'),
    ]);
    expect(objective.extraMenteeTally(0, 2)).toEqual({
      ...zero,
      mentored: 1,
      excessLoad: 1,
      covered: 1,
    });
    expect(objective.extraMenteeTally(1, 2)).toBeNull();
    expect(objective.extraMenteeTally(0, 1)).toBeNull();
  });
});

describe('BuddyObjective trios', () => {
  it('mentors every newcomer of a mixed trio within it, or forbids the trio', () => {
    const objective = objectiveOf([
      person('m1'),
      person('m2', { mentorCapacity: 2 }),
      person('m3', { mentorCapacity: 0 }),
      newcomer('n1'),
      newcomer('n2'),
    ]);
    // One mentor of capacity 1 for two newcomers: not enough.
    expect(objective.trioTally(0, 3, 4)).toBeNull();
    // A mentor of capacity 2 carries both: the second is excess load.
    expect(objective.trioTally(1, 3, 4)).toEqual({
      ...zero,
      mentored: 2,
      excessLoad: 1,
      covered: 3,
    });
    // Two mentors, one newcomer: mentored once, no excess.
    expect(objective.trioTally(0, 1, 3)).toEqual({ ...zero, mentored: 1, covered: 3 });
    // A mentor with capacity and one without share one newcomer.
    expect(objective.trioTally(0, 2, 4)).toEqual({ ...zero, mentored: 1, covered: 3 });
    // No capacity at all beside a newcomer.
    expect(objective.trioTally(2, 3, 4)).toBeNull();
  });

  it('lets a trio of newcomers alone, with nobody mentored', () => {
    const objective = objectiveOf([newcomer('n1'), newcomer('n2'), newcomer('n3')]);
    expect(objective.trioTally(0, 1, 2)).toEqual({ ...zero, covered: 3 });
  });

  it('charges each trio member by how recently they were in a trio', () => {
    const history = readHistory(
      [
        { memberIds: ['a', 'x1', 'x2'], cycleStart: roundsAgo(1) },
        { memberIds: ['b', 'x3', 'x4'], cycleStart: roundsAgo(3) },
        { memberIds: ['c', 'x5', 'x6'], cycleStart: roundsAgo(4) },
        ...everyCycle(4),
      ],
      CYCLE,
    );
    const objective = objectiveOf([person('a'), person('b'), person('c')], history);
    expect(objective.trioTally(0, 1, 2)).toEqual({ ...zero, covered: 3, trioRotation: 3 + 1 + 0 });
  });
});

describe('BuddyObjective repeats', () => {
  it('counts each repeated relation once and charges 8 for last cycle, one less per round, at least 1', () => {
    const history = readHistory(
      [
        { memberIds: ['a', 'b'], cycleStart: roundsAgo(1) },
        { memberIds: ['a', 'c'], cycleStart: roundsAgo(6) },
        { memberIds: ['b', 'c'], cycleStart: roundsAgo(12) },
        ...everyCycle(12),
      ],
      CYCLE,
    );
    const objective = objectiveOf([person('a'), person('b'), person('c'), person('d')], history);
    expect(objective.pairTally(0, 1)).toMatchObject({ repeats: 1, recency: 8 });
    expect(objective.pairTally(0, 2)).toMatchObject({ repeats: 1, recency: 3 });
    expect(objective.pairTally(1, 2)).toMatchObject({ repeats: 1, recency: 1 });
    expect(objective.pairTally(0, 3)).toMatchObject({ repeats: 0, recency: 0 });
    expect(objective.trioTally(0, 1, 2)).toMatchObject({ repeats: 3, recency: 12 });
    expect(objective.trioTally(3, 0, 1)).toMatchObject({ repeats: 1, recency: 8 });
  });
});

describe('BuddyObjective score', () => {
  const objective = objectiveOf([person('a'), person('b'), newcomer('n1'), person('c')]);
  const score = (tally: Partial<Tally>) => objective.score({ ...zero, ...tally });

  it('rewards mentoring and coverage, and charges excess load, repeats, recency and trios', () => {
    expect(score({})).toBe(0);
    expect(score({ mentored: 1 })).toBeGreaterThan(0);
    expect(score({ covered: 1 })).toBeGreaterThan(0);
    expect(score({ excessLoad: 1 })).toBeLessThan(0);
    expect(score({ repeats: 1 })).toBeLessThan(0);
    expect(score({ recency: 1 })).toBeLessThan(0);
    expect(score({ trioRotation: 1 })).toBeLessThan(0);
  });

  it('ranks each tier above everything the tiers below it can swing', () => {
    // The largest swings on this roster: every relation repeated from last cycle, three trio
    // members from last cycle's trio, everyone covered.
    const relations = 2 + 1 + 2;
    const trio = score({ trioRotation: -3 * 3 });
    expect(score({ recency: -1 })).toBeGreaterThan(trio);
    expect(score({ repeats: -1 })).toBeGreaterThan(score({ recency: -8 * relations }) + trio);
    expect(score({ covered: 1 })).toBeGreaterThan(
      score({ repeats: -relations, recency: -8 * relations }) + trio,
    );
    expect(score({ excessLoad: -1 })).toBeGreaterThan(
      score({ covered: 4, repeats: -relations, recency: -8 * relations }) + trio,
    );
    expect(score({ mentored: 1 })).toBeGreaterThan(
      score({ excessLoad: -1, covered: 4, repeats: -relations, recency: -8 * relations }) + trio,
    );
  });

  it('refuses a roster too large to score exactly', () => {
    const roster = (size: number, newcomers: number) =>
      Array.from({ length: size }, (_, index) =>
        person(`p${String(index).padStart(4, '0')}`, { isNewcomer: index < newcomers }),
      );
    expect(() => objectiveOf(roster(1000, 500))).toThrow(/Too many/);
    expect(() => objectiveOf(roster(300, 30))).not.toThrow();
  });
});
