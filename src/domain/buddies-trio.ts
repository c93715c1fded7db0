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
 * A ceiling prunes almost everything. Any trio splits into a pair structure with the same
 * mentoring and excess load and a subset of its relations (drop x, or for a mentor with two
 * newcomers turn the second into an extra mentee pair), which covers at most one member fewer;
 * the best pairing is at least as good as that, so no trio structure beats
 * best pairing + one "covered" unit. For the same reason a trio is only searched when the best
 * pairing leaves someone out: if it covers everyone, no trio can beat it.
 */
import { BuddyHistory, recencyPenalty, trioPenalty } from './buddies-history';
import { BuddyGraph, MatchedEdge, Matching } from './buddies-graph';
import { MentoringCapacity } from './buddies-mentoring';
import { BuddyObjective, Tally } from './buddies-objective';

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

  // Left-out members first: the best pairing is already the best pairing without them.
  const candidates = [...Array(participantCount).keys()]
    .map((x) => ({
      x,
      bound: Math.min(joiningBound(x, objective, history), objective.units.covered),
    }))
    .filter((candidate) => candidate.bound > -Infinity)
    .sort(
      (p, q) =>
        q.bound - p.bound || Number(leftOut.has(q.x)) - Number(leftOut.has(p.x)) || p.x - q.x,
    );
  const pairEdges = graph.participantEdges();
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

  for (const { x, bound } of candidates) {
    if (best.value >= ceiling || allPaired.weight + bound <= best.value) break;
    const verticesOfX = graph.verticesOf([x]);
    const untouched = !allPaired.edges.some(
      (edge) => verticesOfX.has(edge.a) || verticesOfX.has(edge.b),
    );
    const withoutX = untouched ? allPaired : graph.bestMatching(verticesOfX);
    if (withoutX.weight + bound <= best.value) continue;
    const inWithoutX = matchedIn(withoutX);
    const slotMatched = (member: number): boolean =>
      [...graph.verticesOf([member])].some((vertex) => vertex !== member && inWithoutX.has(vertex));

    const pairsOfWithoutX = new Set(withoutX.edges.map((edge) => `${edge.a} ${edge.b}`));
    // Joining a pair the best pairing without x already has is valued exactly with no new
    // matching, so those come first among equal gains; they often settle x at once.
    const joinable = pairEdges
      .filter((pair) => pair.a !== x && pair.b !== x)
      .flatMap((pair) => {
        const tally = objective.trioTally(x, pair.a, pair.b);
        // A mentor carrying two newcomers in a trio never beats the same two as separate pairs
        // (an extra mentee slot exists whenever mentors are that scarce): skip.
        if (tally === null || tally.excessLoad > 0) return [];
        const inIt =
          pairsOfWithoutX.has(`${pair.a} ${pair.b}`) &&
          !slotMatched(pair.a) &&
          !slotMatched(pair.b);
        return [{ pair, tally, inIt, gain: objective.score(tally) - pair.weight }];
      })
      .sort((p, q) => q.gain - p.gain || Number(q.inIt) - Number(p.inIt));
    for (const { pair, tally, inIt, gain } of joinable) {
      if (best.value >= ceiling || Math.min(withoutX.weight + gain, ceiling) <= best.value) break;
      const members: [number, number, number] = [x, pair.a, pair.b];
      if (inIt) {
        // The best pairing without x contains (a, b), so the rest of it is the best without all three.
        consider(members, tally, withoutGroup(withoutX, members));
      } else if (objective.score(tally) + restCeiling(members) > best.value) {
        consider(members, tally, graph.bestMatching(graph.verticesOf(members)).edges);
      }
    }
  }
  return best;
}
