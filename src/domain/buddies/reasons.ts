/** Says, in a facilitator's words, why a member of the programme has no buddy this cycle. */
import { BuddyObjective } from './objective';

export function unpairedReason(
  member: number,
  objective: BuddyObjective,
  trioFormed: boolean,
): string {
  const others = [...objective.participants.keys()].filter((other) => other !== member);
  if (others.length === 0) return 'The only member in the buddy programme this cycle.';
  const compatible = others.filter((other) => objective.pairTally(member, other) !== null);
  if (compatible.length === 0) {
    const allDoNotPair = others.every((other) => !objective.canMeet(member, other));
    return allDoNotPair
      ? 'Do-not-pair requests rule out every other member of the programme.'
      : 'Do-not-pair requests and mentors without capacity rule out every other member.';
  }
  return trioFormed
    ? 'Everyone they can be paired with already has a buddy, and the one trio is taken.'
    : 'Everyone they can be paired with already has a buddy, and joining a pair as a third would break a do-not-pair request or a mentor capacity.';
}
