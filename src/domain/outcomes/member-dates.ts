/**
 * Which (member, date) pairs were seen, for a fixed list of dates: one byte per date for each
 * member seen, instead of a string key per pair. Attendance and the response rate go through
 * every check-in of the history (290,000 at 1,000 members and 10 years); a key per check-in
 * was tens of megabytes for each figure, this is under one.
 */
import type { IsoDate, MemberId } from '../types';

export class MemberDates {
  private readonly indexOf = new Map<IsoDate, number>();
  private readonly seen = new Map<MemberId, Uint8Array>();

  constructor(dates: readonly IsoDate[]) {
    for (const date of dates)
      if (!this.indexOf.has(date)) this.indexOf.set(date, this.indexOf.size);
  }

  /** Whether `date` is one of the dates. */
  has(date: IsoDate): boolean {
    return this.indexOf.has(date);
  }

  /** Records the pair; true if it is new, false if seen before or `date` is not one of the dates. */
  add(memberId: MemberId, date: IsoDate): boolean {
    const index = this.indexOf.get(date);
    if (index === undefined) return false;
    let dates = this.seen.get(memberId);
    if (!dates) {
      dates = new Uint8Array(this.indexOf.size);
      this.seen.set(memberId, dates);
    }
    if (dates[index] === 1) return false;
    dates[index] = 1;
    return true;
  }
}
