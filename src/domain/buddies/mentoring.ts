/**
 * Mentoring capacity as a bipartite problem: newcomers on one side, mentor "units" on the
 * other (one per newcomer a mentor may carry), an edge where do-not-pair allows it. Its maximum
 * matching (Kuhn's augmenting paths) is the most newcomers that can have a mentor at all.
 */
import { BuddyObjective } from './objective';

export class MentoringCapacity {
  private readonly newcomers: number[];
  /** For each newcomer (by position in `newcomers`), the mentor units that may take them. */
  private readonly unitsFor: number[][];

  /** @param unitOwners the mentor each unit belongs to (a unit per mentee a mentor may take). */
  constructor(
    objective: BuddyObjective,
    private readonly unitOwners: readonly number[],
  ) {
    this.newcomers = [...objective.participants.keys()].filter((member) =>
      objective.isNewcomer(member),
    );
    this.unitsFor = this.newcomers.map((newcomer) =>
      unitOwners.flatMap((owner, unit) => (objective.canMentor(owner, newcomer) ? [unit] : [])),
    );
  }

  /** Most newcomers that can have a mentor when the `absent` members take no part. */
  maxMentored(absent: ReadonlySet<number> = new Set()): number {
    const holderOfUnit = new Array<number>(this.unitOwners.length).fill(-1);
    const place = (position: number, seen: boolean[]): boolean => {
      for (const unit of this.unitsFor[position]) {
        if (seen[unit] || absent.has(this.unitOwners[unit])) continue;
        seen[unit] = true;
        if (holderOfUnit[unit] === -1 || place(holderOfUnit[unit], seen)) {
          holderOfUnit[unit] = position;
          return true;
        }
      }
      return false;
    };
    let mentored = 0;
    this.newcomers.forEach((newcomer, position) => {
      if (
        !absent.has(newcomer) &&
        place(position, new Array<boolean>(this.unitOwners.length).fill(false))
      )
        mentored += 1;
    });
    return mentored;
  }
}

/**
 * Extra mentee slots (the mentor owning each, one entry per slot), needed only when one-to-one
 * mentoring cannot give every newcomer a mentor: otherwise the optimum never uses them.
 */
export function extraMenteeSlots(objective: BuddyObjective): number[] {
  const members = [...objective.participants.keys()];
  const newcomers = members.filter((member) => objective.isNewcomer(member)).length;
  const oneUnitEach = members.filter(
    (member) => !objective.isNewcomer(member) && objective.capacity(member) >= 1,
  );
  if (new MentoringCapacity(objective, oneUnitEach).maxMentored() >= newcomers) return [];
  return oneUnitEach.flatMap((mentor) =>
    Array<number>(Math.max(0, Math.min(objective.capacity(mentor), newcomers) - 1)).fill(mentor),
  );
}
