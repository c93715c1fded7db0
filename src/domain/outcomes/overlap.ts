/**
 * Suppression across everything published at the same time (issue 13 item 8). The outcome tabs
 * cover the whole history and every saved report covers its own period; the same mean for two
 * periods gives, by n × mean of one minus n × mean of the other, the sum over the members whose
 * value differs between them (they joined, had a later follow-up, or checked in on a day one
 * period leaves out). When fewer than the minimum group size of members differ, that sum is a
 * figure about too few members, and with one member it is their score, so the figure is hidden
 * in the publication being made. Already-published figures cannot be taken back, so each new
 * publication (a refresh of the tabs, a new report) checks itself against all the others.
 */
import type { IsoDate, MemberId } from '../types';
import type { OutcomeInput, Period } from './inputs';
import { isInPeriod, wholeHistory } from './period';

/** Each member's own value behind one figure. */
export type Contributions = ReadonlyMap<MemberId, number>;

/** Members in one but not the other, or with a different value in each. */
export function membersDiffering(first: Contributions, second: Contributions): number {
  let differing = 0;
  for (const [member, value] of first) {
    const other = second.get(member);
    if (other === undefined || !sameValue(value, other)) differing += 1;
  }
  for (const member of second.keys()) if (!first.has(member)) differing += 1;
  return differing;
}

/**
 * True when the figure over `mine` would give away the values of fewer than minN members when
 * set beside the same figure over any of `others`.
 */
export function revealedByDifference(
  mine: Contributions,
  others: readonly Contributions[],
  minN: number,
): boolean {
  return others.some((other) => {
    const differing = membersDiffering(mine, other);
    return differing > 0 && differing < minN;
  });
}

/**
 * Counts work the same way: a count over `mine` minus the same count over another period is
 * the number of dated items (members joining) in one range and not the other. Fewer than minN
 * there, zero included, would pin the hidden cells of those days, so the count is hidden — unless
 * the two ranges are the same days. A null range is a period that does not reach the cell.
 */
export function countRevealedByDifference(
  dates: readonly IsoDate[],
  mine: Period,
  others: ReadonlyArray<Period | null>,
  minN: number,
): boolean {
  return others.some((other) => {
    if (other !== null && other.from === mine.from && other.to === mine.to) return false;
    const apart = dates.filter(
      (date) => isInPeriod(date, mine) !== (other !== null && isInPeriod(date, other)),
    ).length;
    return apart < minN;
  });
}

/** The days two periods share, or null. */
export function intersection(first: Period, second: Period): Period | null {
  const from = first.from > second.from ? first.from : second.from;
  const to = first.to < second.to ? first.to : second.to;
  return from <= to ? { from, to } : null;
}

/**
 * The other periods published alongside one: the tabs' whole history and every saved report,
 * without the period itself (the same period publishes the same figures).
 */
export function otherPublishedPeriods(input: OutcomeInput, period: Period): Period[] {
  const all = [wholeHistory(input), ...(input.publishedPeriods ?? [])];
  const seen = new Set([key(period)]);
  return all.filter((other) => {
    if (seen.has(key(other))) return false;
    seen.add(key(other));
    return true;
  });
}

function key(period: Period): string {
  return `${period.from}|${period.to}`;
}

/** Means of member means are floating-point; agreement to 9 digits is the same value. */
function sameValue(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}
