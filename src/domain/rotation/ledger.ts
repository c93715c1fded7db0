/**
 * Fairness bookkeeping. Each session's duty in a role is shared out as an entitlement of
 * 1/k to each of the k members who could have served it that day; a member's deficit for the
 * role is that entitlement minus the times they actually served. Picking the largest deficit
 * first keeps counts within one among members who were available equally often (their
 * entitlements are then equal, so deficits differ exactly by their counts), while an excused
 * absence earns no entitlement: it counts neither for nor against the member.
 */
import { MemberId } from '../types';

export class FairnessLedger {
  private readonly served = new Map<string, number>();
  private readonly owed = new Map<string, number>();

  private static key(memberId: MemberId, role: string): string {
    return `${memberId}\u0000${role}`;
  }

  recordService(memberId: MemberId, role: string): void {
    const key = FairnessLedger.key(memberId, role);
    this.served.set(key, (this.served.get(key) ?? 0) + 1);
  }

  /** Shares one session's duty in `role` among the members who could have taken it. */
  shareDuty(role: string, couldServe: readonly MemberId[]): void {
    if (couldServe.length === 0) return;
    const share = 1 / couldServe.length;
    for (const memberId of couldServe) {
      const key = FairnessLedger.key(memberId, role);
      this.owed.set(key, (this.owed.get(key) ?? 0) + share);
    }
  }

  count(memberId: MemberId, role: string): number {
    return this.served.get(FairnessLedger.key(memberId, role)) ?? 0;
  }

  deficit(memberId: MemberId, role: string): number {
    const key = FairnessLedger.key(memberId, role);
    return (this.owed.get(key) ?? 0) - (this.served.get(key) ?? 0);
  }
}
