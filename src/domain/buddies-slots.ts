/**
 * Decides whether mentors need extra mentee slots: only when one-to-one mentoring (each
 * mentor with one newcomer, do-not-pair honoured) cannot give every newcomer a mentor.
 */
import { BuddyObjective } from './buddies-objective';

/** Size of a maximum one-to-one mentoring (Kuhn's augmenting paths; rosters are small). */
function oneToOneMentoring(objective: BuddyObjective): number {
  const count = objective.participants.length;
  const newcomers = [...Array(count).keys()].filter((member) => objective.isNewcomer(member));
  const mentorOf = new Map<number, number>();
  const tryAssign = (newcomer: number, visited: Set<number>): boolean => {
    for (let mentor = 0; mentor < count; mentor += 1) {
      if (visited.has(mentor) || !objective.canMentor(mentor, newcomer)) continue;
      visited.add(mentor);
      const current = [...mentorOf.entries()].find(([, assigned]) => assigned === mentor)?.[0];
      if (current === undefined || tryAssign(current, visited)) {
        if (current !== undefined) mentorOf.delete(current);
        mentorOf.set(newcomer, mentor);
        return true;
      }
    }
    return false;
  };
  for (const newcomer of newcomers) tryAssign(newcomer, new Set());
  return mentorOf.size;
}

/** The mentor owning each extra slot, one entry per slot, in mentor order. */
export function extraMenteeSlots(objective: BuddyObjective): number[] {
  const count = objective.participants.length;
  const newcomers = [...Array(count).keys()].filter((member) =>
    objective.isNewcomer(member),
  ).length;
  if (oneToOneMentoring(objective) >= newcomers) return [];
  const slots: number[] = [];
  for (let mentor = 0; mentor < count; mentor += 1) {
    if (objective.isNewcomer(mentor)) continue;
    const extra = Math.min(objective.capacity(mentor), newcomers) - 1;
    for (let slot = 0; slot < extra; slot += 1) slots.push(mentor);
  }
  return slots;
}
