/**
 * Buddy matcher (SPEC §3): pairs every newcomer with a mentor where possible and everyone else
 * with each other, one trio when someone is left over, optimally for the priorities in
 * buddies-objective.ts. The pairs come from a maximum weight matching on the general graph
 * (Edmonds' blossom algorithm), whose weights encode those priorities; the trio from an exact
 * search on top (buddies-trio.ts). Pure and deterministic: members are handled in id order.
 */
import { BuddyGraph } from './graph';
import { readHistory } from './history';
import { BuddyObjective } from './objective';
import { unpairedReason } from './reasons';
import { extraMenteeSlots } from './mentoring';
import { addBestTrio } from './trio';
import { BuddyAssignment, BuddyInput, BuddyParticipant, UnpairedMember } from './types';
import { BuddyGroup } from '../types';

export * from './types';

/** Code-point order: unlike localeCompare, the same in every runtime. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function sortedParticipants(participants: readonly BuddyParticipant[]): BuddyParticipant[] {
  const sorted = [...participants].sort((a, b) => compareText(a.id, b.id));
  for (let index = 1; index < sorted.length; index += 1) {
    if (sorted[index].id === sorted[index - 1].id) {
      throw new Error(`Member id "${sorted[index].id}" appears twice in the buddy programme.`);
    }
  }
  return sorted;
}

export function assignBuddies(input: BuddyInput): BuddyAssignment {
  const participants = sortedParticipants(input.participants);
  const history = readHistory(
    input.history,
    input.cycleStart,
    new Set(participants.map((participant) => participant.id)),
  );
  const objective = new BuddyObjective(participants, history);
  const graph = new BuddyGraph(objective, extraMenteeSlots(objective));
  const solution = addBestTrio(graph, objective, history, graph.bestMatching());

  const toGroup = (members: number[]): BuddyGroup => {
    // Mentors first, then by id, so the sheet reads "mentor, newcomer".
    const ordered = [...new Set(members)].sort(
      (p, q) => Number(objective.isNewcomer(p)) - Number(objective.isNewcomer(q)) || p - q,
    );
    const mixed =
      ordered.some((m) => objective.isNewcomer(m)) && ordered.some((m) => !objective.isNewcomer(m));
    return {
      cycleStart: input.cycleStart,
      cycleEnd: input.cycleEnd,
      memberIds: ordered.map((member) => participants[member].id),
      kind: mixed ? 'newcomer-mentor' : 'peers',
    };
  };
  const groups = solution.pairs.map((pair) =>
    toGroup([graph.ownerOfVertex[pair.a], graph.ownerOfVertex[pair.b]]),
  );
  if (solution.trio !== null) groups.push(toGroup(solution.trio.members));
  groups.sort((p, q) => compareText(p.memberIds.join('\u0000'), q.memberIds.join('\u0000')));

  const inGroup = new Set(groups.flatMap((group) => group.memberIds));
  const unpaired: UnpairedMember[] = participants
    .map((participant, index) => ({ participant, index }))
    .filter(({ participant }) => !inGroup.has(participant.id))
    .map(({ participant, index }) => ({
      memberId: participant.id,
      reason: unpairedReason(index, objective, solution.trio !== null),
    }));
  return { groups, unpaired };
}
