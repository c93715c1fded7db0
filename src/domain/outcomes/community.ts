/**
 * Outreach and community work from the Activities tab. These figures count activities,
 * organisations and members of the public, not members' answers, so they are not suppressed.
 * "Members involved" is left out: summing it counts involvements, not people, so it could not
 * be checked against the minimum group size.
 */
import { ACTIVITY_KINDS } from '../sheet/tabs';
import { monthOf } from '../stats/calendar';
import type { ActivityKind, OutcomeActivity, Period } from './inputs';
import { isInPeriod, monthsOf } from './period';

export interface ActivityTally {
  readonly activities: number;
  readonly outreachActivities: number;
  /** Different partner organisations named (blank partner = none). */
  readonly partnerOrganisations: number;
  /**
   * Sum over activities that recorded a number; blanks add nothing. null when there were
   * activities and none recorded it: "not recorded", never a 0 nobody entered.
   */
  readonly peopleReached: number | null;
}

export interface PartnerTally {
  /** As first typed in the period, trimmed. */
  readonly name: string;
  readonly activities: number;
  readonly peopleReached: number | null;
}

export interface CommunityFigures {
  readonly total: ActivityTally;
  readonly byMonth: ReadonlyArray<{ readonly month: string } & ActivityTally>;
  readonly byKind: ReadonlyArray<{
    readonly kind: ActivityKind;
    readonly activities: number;
    readonly peopleReached: number | null;
  }>;
  readonly partners: readonly PartnerTally[];
}

export function computeCommunity(
  activities: readonly OutcomeActivity[],
  period: Period,
): CommunityFigures {
  activities.forEach(assertActivityNumbers);
  const inPeriod = activities.filter((activity) => isInPeriod(activity.date, period));
  return {
    total: tally(inPeriod),
    byMonth: monthsOf(period).map((month) => ({
      month,
      ...tally(inPeriod.filter((activity) => monthOf(activity.date) === month)),
    })),
    byKind: ACTIVITY_KINDS.map((kind) => {
      const ofKind = inPeriod.filter((activity) => activity.kind === kind);
      return { kind, activities: ofKind.length, peopleReached: sumReached(ofKind) };
    }),
    partners: partnerTallies(inPeriod),
  };
}

/** Partner names match ignoring case and spacing, so "Mind " and "mind" are one partner. */
export function partnerKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

function tally(activities: readonly OutcomeActivity[]): ActivityTally {
  const partners = new Set(
    activities.map((activity) => partnerKey(activity.partnerOrganisation)).filter(Boolean),
  );
  return {
    activities: activities.length,
    outreachActivities: activities.filter((activity) => activity.kind === 'outreach').length,
    partnerOrganisations: partners.size,
    peopleReached: sumReached(activities),
  };
}

function sumReached(activities: readonly OutcomeActivity[]): number | null {
  const recorded = activities.filter((activity) => activity.peopleReached !== null);
  if (activities.length > 0 && recorded.length === 0) return null;
  return recorded.reduce((sum, activity) => sum + (activity.peopleReached ?? 0), 0);
}

function partnerTallies(activities: readonly OutcomeActivity[]): PartnerTally[] {
  const byKey = new Map<string, { name: string; activities: OutcomeActivity[] }>();
  for (const activity of activities) {
    const key = partnerKey(activity.partnerOrganisation);
    if (key === '') continue;
    const entry = byKey.get(key) ?? {
      name: activity.partnerOrganisation.trim().replace(/\s+/g, ' '),
      activities: [],
    };
    entry.activities.push(activity);
    byKey.set(key, entry);
  }
  return [...byKey.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, entry]) => ({
      name: entry.name,
      activities: entry.activities.length,
      peopleReached: sumReached(entry.activities),
    }));
}

function assertActivityNumbers(activity: OutcomeActivity): void {
  for (const [name, value] of [
    ['people reached', activity.peopleReached],
    ['members involved', activity.membersInvolved],
  ] as const) {
    if (value !== null && !(Number.isFinite(value) && value >= 0)) {
      throw new RangeError(
        `activity on ${activity.date}: ${name} must be a number >= 0 or blank, got ${value}`,
      );
    }
  }
}
