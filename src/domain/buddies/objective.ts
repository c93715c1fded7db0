/**
 * The buddy matcher's priorities, in order (each outranks everything below it):
 *
 *   A.  newcomers with a mentor (an experienced member with capacity) in their group;
 *   A2. fewest newcomers beyond the first carried by one mentor ("at most one newcomer
 *       unless there are too few mentors");
 *   B.  members in a group at all;
 *   C.  fewest repeated pairs (two members who shared a group in a past cycle);
 *   D.  least recency cost of those repeats (recent repeats cost more than old ones);
 *   E.  least trio-rotation cost (members who were in a trio lately are kept out of it).
 *
 * Groups are pairs plus at most one trio. Everyone is in at most one group, except that a
 * mentor may take further newcomers up to their capacity, each as a pair of its own ("extra
 * mentee pairs").
 *
 * Hard rules (never traded): do-not-pair in either direction, and mentor capacity (an
 * experienced member with capacity 0 is never grouped with a newcomer).
 *
 * Each structure is scored by one integer: the tiers weighted by units chosen from the roster's
 * size so that one unit of a tier exceeds the largest possible swing of all lower tiers. That
 * makes "maximum total weight" the same as "best by the tiers in order", which is what lets an
 * ordinary maximum weight matching optimise them.
 */
import { BuddyHistory, RECENCY_HORIZON, TRIO_MEMORY, recencyPenalty, trioPenalty } from './history';
import { BuddyParticipant } from './types';

export interface Tally {
  mentored: number;
  excessLoad: number;
  covered: number;
  repeats: number;
  recency: number;
  trioRotation: number;
}

/** The score of one unit of each tier. */
type TierUnits = Tally;

/** Keeps every score an exact integer in a double, with headroom for the matcher's duals. */
const LARGEST_SAFE_SCORE = 2 ** 50;

export class BuddyObjective {
  readonly units: TierUnits;
  private readonly doNotPair: ReadonlyArray<ReadonlySet<number>>;

  /** @param participants sorted by id; indices into this array identify members. */
  constructor(
    readonly participants: readonly BuddyParticipant[],
    private readonly history: BuddyHistory,
  ) {
    const indexOf = new Map(participants.map((participant, index) => [participant.id, index]));
    const doNotPair = participants.map(() => new Set<number>());
    participants.forEach((participant, index) => {
      for (const otherId of participant.doNotPairWith) {
        const other = indexOf.get(otherId);
        if (other === undefined || other === index) continue;
        doNotPair[index].add(other);
        doNotPair[other].add(index);
      }
    });
    this.doNotPair = doNotPair;

    const newcomers = participants.filter((participant) => participant.isNewcomer).length;
    // Pairs of two participants, plus one extra mentee per newcomer at most, plus the two
    // relations a trio adds: a bound on the pairs of members sharing a group.
    const relations = Math.floor(participants.length / 2) + newcomers + 2;
    const trioRotation = 1;
    const recency = trioRotation * (3 * TRIO_MEMORY + 1);
    const repeats = recency * (RECENCY_HORIZON * relations + 1);
    const covered = repeats * (relations + 1);
    const excessLoad = covered * (participants.length + 1);
    const mentored = excessLoad * (newcomers + 1);
    if (mentored * (newcomers + 1) > LARGEST_SAFE_SCORE) {
      throw new Error('Too many buddy programme participants to score exactly.');
    }
    this.units = { mentored, excessLoad, covered, repeats, recency, trioRotation };
  }

  score(tally: Tally): number {
    const { units } = this;
    return (
      tally.mentored * units.mentored -
      tally.excessLoad * units.excessLoad +
      tally.covered * units.covered -
      tally.repeats * units.repeats -
      tally.recency * units.recency -
      tally.trioRotation * units.trioRotation
    );
  }

  capacity(member: number): number {
    const { mentorCapacity } = this.participants[member];
    return Number.isFinite(mentorCapacity) ? Math.max(0, Math.floor(mentorCapacity)) : 0;
  }

  isNewcomer(member: number): boolean {
    return this.participants[member].isNewcomer;
  }

  canMeet(a: number, b: number): boolean {
    return a !== b && !this.doNotPair[a].has(b);
  }

  /** Whether `mentor` can take `newcomer` as one of its mentees. */
  canMentor(mentor: number, newcomer: number): boolean {
    return (
      this.canMeet(mentor, newcomer) &&
      !this.isNewcomer(mentor) &&
      this.isNewcomer(newcomer) &&
      this.capacity(mentor) >= 1
    );
  }

  private relationTally(members: readonly number[]): Pick<Tally, 'repeats' | 'recency'> {
    let repeats = 0;
    let recency = 0;
    for (let i = 0; i < members.length; i += 1) {
      for (let j = i + 1; j < members.length; j += 1) {
        const rounds = this.history.roundsSinceMet(
          this.participants[members[i]].id,
          this.participants[members[j]].id,
        );
        if (rounds === null) continue;
        repeats += 1;
        recency += recencyPenalty(rounds);
      }
    }
    return { repeats, recency };
  }

  /** A pair that is its members' only group; null when a hard rule forbids it. */
  pairTally(a: number, b: number): Tally | null {
    if (!this.canMeet(a, b)) return null;
    const mixed = this.isNewcomer(a) !== this.isNewcomer(b);
    if (mixed) {
      const [mentor, newcomer] = this.isNewcomer(a) ? [b, a] : [a, b];
      if (!this.canMentor(mentor, newcomer)) return null;
    }
    return {
      mentored: mixed ? 1 : 0,
      excessLoad: 0,
      covered: 2,
      ...this.relationTally([a, b]),
      trioRotation: 0,
    };
  }

  /** A further newcomer for a mentor who already mentors one (the mentor is counted already). */
  extraMenteeTally(mentor: number, newcomer: number): Tally | null {
    if (!this.canMentor(mentor, newcomer) || this.capacity(mentor) < 2) return null;
    return {
      mentored: 1,
      excessLoad: 1,
      covered: 1,
      ...this.relationTally([mentor, newcomer]),
      trioRotation: 0,
    };
  }

  /**
   * A trio that is its members' only group. Its newcomers must all be mentored within it unless
   * it has no experienced member at all; each mentor beyond one newcomer is excess load.
   */
  trioTally(x: number, a: number, b: number): Tally | null {
    const members = [x, a, b];
    if (!this.canMeet(x, a) || !this.canMeet(x, b) || !this.canMeet(a, b)) return null;
    const newcomers = members.filter((member) => this.isNewcomer(member)).length;
    const experienced = members.filter((member) => !this.isNewcomer(member));
    let mentored = 0;
    let excessLoad = 0;
    if (newcomers > 0 && experienced.length > 0) {
      const totalCapacity = experienced.reduce((sum, member) => sum + this.capacity(member), 0);
      if (totalCapacity < newcomers) return null;
      const mentors = experienced.filter((member) => this.capacity(member) >= 1).length;
      mentored = newcomers;
      excessLoad = Math.max(0, newcomers - mentors);
    }
    const trioRotation = members.reduce(
      (sum, member) =>
        sum + trioPenalty(this.history.roundsSinceTrio(this.participants[member].id)),
      0,
    );
    return { mentored, excessLoad, covered: 3, ...this.relationTally(members), trioRotation };
  }
}
