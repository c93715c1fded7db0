/**
 * Adds the one trio when the best pairing leaves someone out, optimally.
 *
 * Attaching the left-out member to whichever pair suits them best is not enough: another member
 * might be a better odd one out, or the best trio might need a different pairing of everyone
 * else (for instance to avoid a repeat inside the trio). So the trio {x, a, b} is searched
 * exactly, by branch and bound over x and the pair (a, b) it joins:
 *
 *   value(x, a, b) = score(trio) + best pairing of everyone else
 *                  ≤ (best pairing without x) + (what joining (a, b) adds).
 *
 * Bounds prune almost every candidate:
 *  - keeping a pair p of the trio and dropping its third member leaves a pairing, which the
 *    best pairing beats, so value ≤ best pairing + score(trio) − weight(p) for the strongest p.
 *    Keeping the pair that holds the trio's mentoring, this is at most best pairing + one
 *    "covered" unit (the ceiling), and the search stops once a trio reaches it;
 *  - value ≤ (best pairing without x) + score(trio) − weight(a, b);
 *  - value ≤ score(trio) + (every other newcomer that can be mentored is, everyone else is
 *    covered, nothing repeats), the mentoring from a bipartite matching, far cheaper than a
 *    blossom.
 * A trio in which one mentor carries two newcomers is never better than the second newcomer as
 * an extra mentee pair, so it is skipped. And when the best pairing covers everyone no trio is
 * searched: a trio structure with the same mentoring and excess load would need an odd count
 * of members covered where the pairing covers an even one (or one more excess slot).
 */
import { BuddyHistory, recencyPenalty, trioPenalty } from './history';
import { BuddyGraph, MatchedEdge, Matching } from './graph';
import { MentoringCapacity } from './mentoring';
import { BuddyObjective, Tally } from './objective';

export interface Trio {
  members: [number, number, number];
  tally: Tally;
}

export interface BuddySolution {
  /** Pairs (including extra mentee pairs through slot vertices). */
  pairs: MatchedEdge[];
  trio: Trio | null;
  value: number;
}

/** The most that x joining any pair could add to a pairing (its own relations and trio history). */
function joiningBound(x: number, objective: BuddyObjective, history: BuddyHistory): number {
  const { units, participants } = objective;
  const relationCosts: number[] = [];
  for (let other = 0; other < participants.length; other += 1) {
    if (!objective.canMeet(x, other)) continue;
    const rounds = history.roundsSinceMet(participants[x].id, participants[other].id);
    relationCosts.push(
      rounds === null ? 0 : units.repeats + units.recency * recencyPenalty(rounds),
    );
  }
  if (relationCosts.length < 2) return -Infinity;
  relationCosts.sort((p, q) => p - q);
  const mostNewlyMentored = objective.isNewcomer(x) ? 1 : objective.capacity(x) >= 2 ? 2 : 0;
  return (
    mostNewlyMentored * units.mentored +
    units.covered -
    relationCosts[0] -
    relationCosts[1] -
    trioPenalty(history.roundsSinceTrio(participants[x].id)) * units.trioRotation
  );
}

export function addBestTrio(
  graph: BuddyGraph,
  objective: BuddyObjective,
  history: BuddyHistory,
  allPaired: Matching,
): BuddySolution {
  const participantCount = objective.participants.length;
  const matchedIn = (matching: Matching): Set<number> =>
    new Set(matching.edges.flatMap((edge) => [edge.a, edge.b]));
  const covered = matchedIn(allPaired);
  const leftOut = new Set(
    [...Array(participantCount).keys()].filter((member) => !covered.has(member)),
  );
  let best: BuddySolution = { pairs: allPaired.edges, trio: null, value: allPaired.weight };
  if (leftOut.size === 0) return best;
  const ceiling = allPaired.weight + objective.units.covered;

  const consider = (members: [number, number, number], tally: Tally, rest: MatchedEdge[]): void => {
    const value = objective.score(tally) + rest.reduce((sum, edge) => sum + edge.weight, 0);
    if (value > best.value) best = { pairs: rest, trio: { members, tally }, value };
  };
  const withoutGroup = (matching: Matching, members: number[]): MatchedEdge[] => {
    const removed = graph.verticesOf(members);
    return matching.edges.filter((edge) => !removed.has(edge.a) && !removed.has(edge.b));
  };

  // Quick candidates: a left-out member joining a pair of the best pairing.
  for (const x of leftOut) {
    for (const pair of allPaired.edges) {
      if (graph.isSlot(pair.a) || graph.isSlot(pair.b)) continue;
      const tally = objective.trioTally(x, pair.a, pair.b);
      if (tally !== null)
        consider([x, pair.a, pair.b], tally, withoutGroup(allPaired, [x, pair.a, pair.b]));
    }
  }

  // Most promising first (the pairing without x is at most the best pairing, and no trio
  // passes the ceiling); left-out members first among equals, as the best pairing is already
  // the best pairing without them.
  const candidates = [...Array(participantCount).keys()]
    .map((x) => {
      const joining = joiningBound(x, objective, history);
      return { x, joining, optimistic: Math.min(joining, objective.units.covered) };
    })
    .filter((candidate) => candidate.joining > -Infinity)
    .sort(
      (p, q) =>
        q.optimistic - p.optimistic ||
        Number(leftOut.has(q.x)) - Number(leftOut.has(p.x)) ||
        p.x - q.x,
    );
  const pairEdges = graph.participantEdges();
  const pairWeight = (a: number, b: number): number => {
    const tally = objective.pairTally(a, b);
    return tally === null ? -Infinity : objective.score(tally);
  };
  // What the rest can reach at best when a trio is taken out: all its newcomers mentored and
  // all its members covered, nothing repeated. Much cheaper than a matching, and it settles
  // most trios once mentors are scarce.
  const mentorUnits = graph.ownerOfVertex.filter(
    (owner) => !objective.isNewcomer(owner) && objective.capacity(owner) >= 1,
  );
  const mentoring = new MentoringCapacity(objective, mentorUnits);
  const restCeiling = (members: readonly number[]): number =>
    mentoring.maxMentored(new Set(members)) * objective.units.mentored +
    (participantCount - members.length) * objective.units.covered;

  for (const { x, joining, optimistic } of candidates) {
    if (allPaired.weight + optimistic <= best.value) break;
    const verticesOfX = graph.verticesOf([x]);
    const untouched = !allPaired.edges.some(
      (edge) => verticesOfX.has(edge.a) || verticesOfX.has(edge.b),
    );
    const withoutX = untouched ? allPaired : graph.bestMatching(verticesOfX);
    if (Math.min(withoutX.weight + joining, ceiling) <= best.value) continue;
    const inWithoutX = matchedIn(withoutX);
    const slotMatched = (member: number): boolean =>
      [...graph.verticesOf([member])].some((vertex) => vertex !== member && inWithoutX.has(vertex));

    const pairsOfWithoutX = new Set(withoutX.edges.map((edge) => `${edge.a} ${edge.b}`));
    const joinable = pairEdges
      .filter((pair) => pair.a !== x && pair.b !== x)
      .flatMap((pair) => {
        const tally = objective.trioTally(x, pair.a, pair.b);
        // A mentor carrying two newcomers in a trio never beats the same two as separate pairs
        // (an extra mentee slot exists whenever mentors are that scarce): skip.
        if (tally === null || tally.excessLoad > 0) return [];
        const trioScore = objective.score(tally);
        const inIt =
          pairsOfWithoutX.has(`${pair.a} ${pair.b}`) &&
          !slotMatched(pair.a) &&
          !slotMatched(pair.b);
        // Keeping any pair of the trio and dropping its third member gives a pairing, which
        // the best pairing beats: so the trio's value is at most the best pairing plus what the
        // third member adds to the strongest pair inside the trio.
        const strongestPair = Math.max(pair.weight, pairWeight(x, pair.a), pairWeight(x, pair.b));
        const bound = Math.min(
          withoutX.weight + trioScore - pair.weight,
          allPaired.weight + trioScore - strongestPair,
          ceiling,
        );
        return [{ pair, tally, inIt, bound }];
      })
      // Among equal bounds, pairs the best pairing without x already has are valued exactly
      // with no new matching, so they come first; they often settle x at once.
      .sort((p, q) => q.bound - p.bound || Number(q.inIt) - Number(p.inIt));
    for (const { pair, tally, inIt, bound: trioBound } of joinable) {
      if (trioBound <= best.value) break;
      const members: [number, number, number] = [x, pair.a, pair.b];
      if (inIt) {
        // The best pairing without x contains (a, b), so the rest of it is the best without all three.
        consider(members, tally, withoutGroup(withoutX, members));
      } else if (objective.score(tally) + restCeiling(members) > best.value) {
        consider(members, tally, graph.bestMatching(graph.verticesOf(members)).edges);
      }
    }
    if (best.value >= ceiling) break;
  }
  return best;
}
