/** Plain-data contract of the buddy matcher (SPEC §3, "Buddies"). */
import { BuddyGroup, IsoDate, MemberId } from '../types';

export interface BuddyParticipant {
  id: MemberId;
  isNewcomer: boolean;
  /** Newcomers this member mentors at once (SPEC default 1; 0 = does not mentor). */
  mentorCapacity: number;
  /** Either side's request is honoured. */
  doNotPairWith: MemberId[];
}

export interface BuddyHistoryEntry {
  memberIds: MemberId[];
  cycleStart: IsoDate;
}

export interface BuddyInput {
  cycleStart: IsoDate;
  cycleEnd: IsoDate;
  participants: BuddyParticipant[];
  /** Past groups; entries of this cycle or later are ignored, so re-running a cycle is stable. */
  history: BuddyHistoryEntry[];
}

export interface UnpairedMember {
  memberId: MemberId;
  reason: string;
}

export interface BuddyAssignment {
  groups: BuddyGroup[];
  unpaired: UnpairedMember[];
}
