/**
 * Shared leadership (SPEC section 10, issue 15 item 7; the article's "shared leadership" and
 * "rotating facilitation roles"): how many members take a turn, who leads for the first time,
 * how soon newcomers take a first supporting and a first leading role, and how evenly duties are
 * spread. From the Rotation tab's rows for sessions that took place, so a planned duty counts
 * only once its session has met. Every figure is about members, so it is suppressed below the
 * minimum group size like the rest, and a median of identical values is hidden as a mean would be.
 */
import {
  allIdentical,
  type Figure,
  memberCountFigure,
  shownFigure,
  suppressedFigure,
} from './figure';
import { heldSessionDates } from './held-sessions';
import type { OutcomeDuty, OutcomeInput, Period } from './inputs';
import { isInPeriod } from './period';
import { dayNumber } from '../stats/calendar';
import type { IsoDate, MemberId } from '../types';

export interface LeadershipFigures {
  readonly period: Period;
  /** Different members who held any role at a session of the period. */
  readonly membersWithRole: Figure;
  /** Members whose first leading duty ever was in the period. */
  readonly firstTimeLeaders: Figure;
  /** Of members active at the period's end, the share (%) who have ever led by then. */
  readonly everLedPercent: Figure;
  /** Median weeks from joining to a first supporting role, for first ones in the period. */
  readonly weeksToFirstSupporting: Figure;
  /** Median weeks from joining to a first leading role, for first ones in the period. */
  readonly weeksToFirstLeading: Figure;
  /** Duties per member who served in the period: median and the middle half's range. */
  readonly dutiesMedian: Figure;
  readonly dutiesLowerQuartile: Figure;
  readonly dutiesUpperQuartile: Figure;
}

/** Linear interpolation between order statistics (the usual "type 7" quantile). */
export function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  const high = Math.ceil(at);
  return sorted[low] + (sorted[high] - sorted[low]) * (at - low);
}

function perMemberFigure(values: readonly number[], q: number, minN: number): Figure {
  if (values.length < minN) return suppressedFigure();
  if (allIdentical(values)) return suppressedFigure('identical-values');
  return shownFigure(quantile(values, q));
}

const WEEK_DAYS = 7;

export function computeLeadership(input: OutcomeInput, period: Period): LeadershipFigures {
  const minN = input.settings.minGroupSize;
  const leading = new Set((input.settings.leadingRoles ?? []).map((role) => role.toLowerCase()));
  const isLeading = (duty: OutcomeDuty) => leading.has(duty.role.trim().toLowerCase());
  // Every session that met up to the period's end: firsts are firsts over the whole history.
  const metUpToEnd = new Set(
    heldSessionDates(input.sessions, input.today, { from: '0000-01-01', to: period.to }),
  );
  const served = (input.rotation ?? []).filter(
    (duty) => duty.memberId !== null && metUpToEnd.has(duty.date),
  ) as ReadonlyArray<OutcomeDuty & { memberId: MemberId }>;

  const firstOf = (which: (duty: OutcomeDuty) => boolean) => {
    const first = new Map<MemberId, IsoDate>();
    for (const duty of served) {
      if (!which(duty)) continue;
      const known = first.get(duty.memberId);
      if (known === undefined || duty.date < known) first.set(duty.memberId, duty.date);
    }
    return first;
  };
  const firstLead = firstOf(isLeading);
  const firstSupport = firstOf((duty) => !isLeading(duty));
  const joined = new Map(input.members.map((member) => [member.id, member.joined]));

  const inPeriod = served.filter((duty) => isInPeriod(duty.date, period));
  const dutiesByMember = new Map<MemberId, number>();
  for (const duty of inPeriod)
    dutiesByMember.set(duty.memberId, (dutiesByMember.get(duty.memberId) ?? 0) + 1);

  const weeksFromJoining = (firsts: ReadonlyMap<MemberId, IsoDate>) =>
    [...firsts.entries()]
      .filter(([id, date]) => isInPeriod(date, period) && (joined.get(id) ?? '') !== '')
      .map(([id, date]) => Math.max(0, dayNumber(date) - dayNumber(joined.get(id)!)) / WEEK_DAYS);

  const active = input.members.filter(
    (member) => member.status === 'active' && member.joined !== '' && member.joined <= period.to,
  );
  const activeLed = active.filter((member) => {
    const first = firstLead.get(member.id);
    return first !== undefined && first <= period.to;
  }).length;
  // The share is about the members who led and those who did not: both must be large enough,
  // or the share would say of a small group that each of them has, or has not, led.
  const everLedPercent =
    activeLed < minN || active.length - activeLed < minN
      ? suppressedFigure()
      : shownFigure((100 * activeLed) / active.length);

  const duties = [...dutiesByMember.values()];
  return {
    period,
    membersWithRole: memberCountFigure(dutiesByMember.size, minN),
    firstTimeLeaders: memberCountFigure(
      [...firstLead.values()].filter((date) => isInPeriod(date, period)).length,
      minN,
    ),
    everLedPercent,
    weeksToFirstSupporting: perMemberFigure(weeksFromJoining(firstSupport), 0.5, minN),
    weeksToFirstLeading: perMemberFigure(weeksFromJoining(firstLead), 0.5, minN),
    dutiesMedian: perMemberFigure(duties, 0.5, minN),
    dutiesLowerQuartile: perMemberFigure(duties, 0.25, minN),
    dutiesUpperQuartile: perMemberFigure(duties, 0.75, minN),
  };
}
