/**
 * The trio search on its own (issue 13 item 11): its branch and bound must find the same value
 * as trying every trio, with the best pairing of everyone else, one by one. Rosters come from a
 * fixed seeded sweep (not fast-check) so that the same few hundred rosters, chosen to leave
 * someone out, are tried every run.
 */
import { BuddyGraph, Matching } from '../../../src/domain/buddies/graph';
import { BuddyHistory, readHistory } from '../../../src/domain/buddies/history';
import { extraMenteeSlots } from '../../../src/domain/buddies/mentoring';
import { BuddyObjective } from '../../../src/domain/buddies/objective';
import { addBestTrio, BuddySolution } from '../../../src/domain/buddies/trio';
import { BuddyParticipant } from '../../../src/domain/buddies';

const CYCLE = '2025-06-02';
const roundsAgo = (rounds: number): string =>
  new Date(Date.UTC(2025, 5, 2 - 28 * rounds)).toISOString().slice(0, 10);

/** Mulberry32: a small seeded generator, so the sweep is the same on every run. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Setup {
  objective: BuddyObjective;
  graph: BuddyGraph;
  history: BuddyHistory;
  allPaired: Matching;
}

function setUp(participants: BuddyParticipant[], history: BuddyHistory): Setup {
  const objective = new BuddyObjective(participants, history);
  const graph = new BuddyGraph(objective, extraMenteeSlots(objective));
  return { objective, graph, history, allPaired: graph.bestMatching() };
}

function randomSetup(seed: number): Setup {
  const random = generator(seed);
  const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)];
  const size = 3 + 2 * Math.floor(random() * 3) + (random() < 0.8 ? 0 : 1); // mostly odd: 3, 5, 7
  const ids = Array.from({ length: size }, (_, index) => `p${index}`);
  const scarce = random() < 0.3;
  const participants: BuddyParticipant[] = ids.map((id) => ({
    id,
    isNewcomer: scarce ? random() < 0.6 : random() < 0.35,
    mentorCapacity: scarce ? pick([0, 0, 2, 3]) : pick([0, 1, 1, 1, 2, 3]),
    doNotPairWith: random() < 0.3 ? [pick(ids)] : [],
  }));
  const entries = Array.from({ length: Math.floor(random() * 9) }, () => {
    const members = [...new Set([pick(ids), pick(ids), ...(random() < 0.4 ? [pick(ids)] : [])])];
    return { memberIds: members, cycleStart: roundsAgo(1 + Math.floor(random() * 6)) };
  }).filter((entry) => entry.memberIds.length >= 2);
  return setUp(participants, readHistory(entries, CYCLE));
}

/** The best value over no trio and every allowed trio, each with the best pairing of the rest. */
function exhaustiveValue({ objective, graph, allPaired }: Setup): number {
  let best = allPaired.weight;
  const count = objective.participants.length;
  for (let x = 0; x < count; x += 1) {
    for (let a = x + 1; a < count; a += 1) {
      for (let b = a + 1; b < count; b += 1) {
        const tally = objective.trioTally(x, a, b);
        if (tally === null) continue;
        const rest = graph.bestMatching(graph.verticesOf([x, a, b]));
        best = Math.max(best, objective.score(tally) + rest.weight);
      }
    }
  }
  return best;
}

/** The solution is what it claims: its value is its trio's score plus its pairs, none sharing a member. */
function expectConsistent(solution: BuddySolution, { objective, graph }: Setup): void {
  const owners = solution.pairs.flatMap((pair) => [
    graph.ownerOfVertex[pair.a],
    graph.ownerOfVertex[pair.b],
  ]);
  let value = solution.pairs.reduce((sum, pair) => sum + pair.weight, 0);
  if (solution.trio !== null) {
    const [x, a, b] = solution.trio.members;
    expect(new Set(solution.trio.members).size).toBe(3);
    expect(solution.trio.tally).toEqual(objective.trioTally(x, a, b));
    for (const member of solution.trio.members) expect(owners).not.toContain(member);
    value += objective.score(solution.trio.tally);
  }
  const vertices = solution.pairs.flatMap((pair) => [pair.a, pair.b]);
  expect(new Set(vertices).size).toBe(vertices.length);
  expect(solution.value).toBe(value);
}

describe('addBestTrio', () => {
  it('finds as good a trio as trying every trio with the best pairing of the rest', () => {
    let withTrio = 0;
    for (let seed = 1; seed <= 300; seed += 1) {
      const setup = randomSetup(seed);
      const solution = addBestTrio(setup.graph, setup.objective, setup.history, setup.allPaired);
      expectConsistent(solution, setup);
      expect([seed, solution.value]).toEqual([seed, exhaustiveValue(setup)]);
      if (solution.trio !== null) withTrio += 1;
    }
    // The sweep exercises the search: most rosters leave someone out and end with a trio.
    expect(withTrio).toBeGreaterThan(100);
  });

  it('among equally good trios, keeps the best pairing and adds the one left out to a pair of it', () => {
    for (const size of [5, 7, 9]) {
      const people = Array.from({ length: size }, (_, index) => ({
        id: `m${index}`,
        isNewcomer: false,
        mentorCapacity: 1,
        doNotPairWith: [],
      }));
      const setup = setUp(people, readHistory([], CYCLE));
      const paired = new Set(setup.allPaired.edges.flatMap((edge) => [edge.a, edge.b]));
      const leftOut = [...people.keys()].filter((member) => !paired.has(member));
      expect(leftOut).toHaveLength(1);
      const solution = addBestTrio(setup.graph, setup.objective, setup.history, setup.allPaired);
      expect(solution.trio?.members).toContain(leftOut[0]);
      for (const pair of solution.pairs) expect(setup.allPaired.edges).toContainEqual(pair);
      expect(solution.pairs).toHaveLength((size - 3) / 2);
    }
  });

  it('adds no trio when the best pairing covers everyone', () => {
    const people = ['a', 'b', 'c', 'd'].map((id) => ({
      id,
      isNewcomer: false,
      mentorCapacity: 1,
      doNotPairWith: [],
    }));
    const setup = setUp(people, readHistory([], CYCLE));
    const solution = addBestTrio(setup.graph, setup.objective, setup.history, setup.allPaired);
    expect(solution.trio).toBeNull();
    expect(solution.value).toBe(setup.allPaired.weight);
    expect(solution.pairs).toEqual(setup.allPaired.edges);
  });
});
