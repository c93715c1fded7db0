/**
 * Plain data shared across the domain. Dates that mean "a day in the group's life" are
 * ISO strings (YYYY-MM-DD) in the group's time zone, so the domain never depends on the
 * runtime's local time zone (Apps Script's V8 and Node may differ).
 */
export type IsoDate = string;
export type MemberId = string;

export type MemberStatus = 'active' | 'paused' | 'left';

export interface Member {
  id: MemberId;
  name: string;
  email: string;
  joined: IsoDate;
  status: MemberStatus;
  /** Role names the member is willing to take. */
  roles: string[];
  unavailableFrom: IsoDate | null;
  unavailableTo: IsoDate | null;
  emailReminders: boolean;
  buddyProgramme: boolean;
  /** Newcomers a mentor carries at once (SPEC default 1). */
  mentorCapacity: number;
  doNotPairWith: MemberId[];
  /**
   * Members "Consent" is withdrawn (SPEC section 9, domain/consent.ts): their answers count in
   * no figure and they get no survey reminder. Missing means given.
   */
  consentWithdrawn?: boolean;
  /**
   * Members "Left on" (retention, SPEC section 9): when the Status became "left"; null when
   * empty, missing when the tab has no such column yet.
   */
  leftOn?: IsoDate | null;
}

export type SessionStatus = 'planned' | 'held' | 'cancelled';

export interface Session {
  date: IsoDate;
  startTime: string;
  topic: string;
  status: SessionStatus;
}

/** One cell of the Rotation tab: who holds `role` at the session on `date`. */
export interface RotationAssignment {
  date: IsoDate;
  role: string;
  /** null when no one could take the role ("unfilled"). */
  memberId: MemberId | null;
  locked: boolean;
}

export type BuddyKind = 'newcomer-mentor' | 'peers';

export interface BuddyGroup {
  cycleStart: IsoDate;
  cycleEnd: IsoDate;
  /** Two members, or three for the one trio of an odd count. */
  memberIds: MemberId[];
  kind: BuddyKind;
}
