/**
 * Definitions the tabs and the report both state, worded once so they never disagree.
 */
import { MIN_PAIRS_FOR_INFERENCE } from '../stats/paired-change';
import { MOVING_AVERAGE_SESSIONS } from './attendance';
import { COMPLEMENTARY_TEXT, suppressedText } from './format';
import type { Period } from './inputs';
import { describePeriod } from './period';
import { RETENTION_RECENT_WEEKS } from './retention-figures';

export function suppressionNote(minN: number): string {
  return (
    `Any figure about fewer than ${minN} members (the minimum group size in Settings) shows as ` +
    `"${suppressedText(minN)}". Where a total is shown, one more figure is hidden alongside a ` +
    `single hidden one and shows as "${COMPLEMENTARY_TEXT}", so the small figure cannot be ` +
    `worked out by subtraction.`
  );
}

export function coverageNote(period: Period, minN: number): string {
  return `Covers ${describePeriod(period)}. ${suppressionNote(minN)}`;
}

export const HELD_SESSION_NOTE =
  'A session counts as held when it is marked held, or still marked planned with a date in the ' +
  'past; cancelled sessions never count.';

export const ATTENDANCE_NOTE =
  'Attendance counts each member once per session: from the facilitators’ attendance register ' +
  'where the session has one, otherwise from check-ins that say the member took part in person ' +
  `or online. The moving average is over the last ${MOVING_AVERAGE_SESSIONS} held sessions; it is ` +
  'hidden when any of those sessions is, since it would give the hidden count back.';

export const RESPONSE_RATE_NOTE =
  'Check-in response rate = check-ins received ÷ check-ins expected. One check-in is expected ' +
  'from each member now marked active who had joined by the session, for each held session; ' +
  '"could not come" counts as a check-in, and a second check-in for the same session counts once.';

export function retentionNote(): string {
  return (
    'Retention: of the members who joined at least 12 (or 26) weeks before the end of the ' +
    `period, the share who attended a held session in its last ${RETENTION_RECENT_WEEKS} weeks. ` +
    'Whether someone stayed is read from attendance, not from their status. Both the members ' +
    'still attending and those not are counts of people, so each must reach the minimum group ' +
    'size for either, or the share, to show.'
  );
}

export const COMMUNITY_NOTE =
  'From the Activities tab. Partner organisations are counted once each, matching names ' +
  'regardless of case and spacing. People reached adds up the numbers recorded; activities ' +
  'without a number add nothing.';

export const OUTREACH_REPORTERS_NOTE =
  'Members reporting outreach: members who answered yes to taking part in an outreach or ' +
  'community activity on at least one check-in.';

export const EFFECT_SIZE_NOTE =
  'd_z (paired) = mean change ÷ standard deviation of the changes, the effect size for paired ' +
  "scores; it is not comparable with an independent-groups Cohen's d.";

export const CONFIDENCE_INTERVAL_NOTE =
  '95% CI: mean change ± t × SD of the changes ÷ √n, where t is the 97.5th percentile of ' +
  "Student's t distribution with n − 1 degrees of freedom (n = members with both surveys).";

export const EXACT_FIGURES_NOTE =
  'Cells hold the exact figures; only their number format rounds what is shown.';

export const PAIRING_NOTE =
  "Each member's baseline is their first survey; the follow-up is their latest later survey " +
  'in the period with a score on the instrument. Change is follow-up minus baseline.';

export const RELIABLE_CHANGE_NOTE =
  'Improved / worse: members whose change is larger than the reliable-change criterion, in ' +
  'the better / worse direction (Jacobson and Truax 1991: change ÷ S_diff beyond 1.96, with ' +
  'S_diff = √2 × SD at baseline × √(1 − reliability)); everyone else shows no reliable change.';

export const WELLBEING_NOTE =
  'From the weekly check-ins, on a 1-5 scale where higher is better. Each member counts once ' +
  'per month (the mean of their own check-ins that month), so frequent check-ins do not weigh ' +
  'more. "Could not come" check-ins are included: the questions ask about the week.';

export function descriptiveOnlyNote(): string {
  return (
    `Below ${MIN_PAIRS_FOR_INFERENCE} pairs a row is marked "descriptive only": the SWEMWBS ` +
    `authors advise at least ${MIN_PAIRS_FOR_INFERENCE} people measured twice before drawing ` +
    'conclusions about a group (applied here to every instrument), so below that the figures ' +
    'describe these members only.'
  );
}

export const IDENTICAL_VALUES_NOTE =
  'A mean of values that are all the same would be every member’s own answer, so it is hidden ' +
  'too ("suppressed (all values identical)").';

export const LEADERSHIP_NOTE =
  'Shared leadership is read from the Rotation tab, counting only sessions that took place. ' +
  'Leading roles are those named in Settings ("Leading roles"); every other role is a supporting ' +
  'role. Weeks to a first role are counted from the joining date, for members whose first such ' +
  'role fell in the row’s period; duties per member count the members who held at least one.';

/** Which record each attendance figure rests on: said beside the figures, never assumed. */
export function attendanceSourceNote(sources: { register: number; checkIns: number }): string {
  const part = (count: number, what: string) =>
    `${count} session${count === 1 ? '' : 's'} from ${what}`;
  if (sources.register === 0) return 'Attendance source: members’ check-ins for every session.';
  if (sources.checkIns === 0)
    return 'Attendance source: the facilitators’ register for every session.';
  return `Attendance source: ${part(sources.register, 'the facilitators’ register')}, ${part(sources.checkIns, 'members’ check-ins')}.`;
}

export const OPENNESS_NOTE =
  'From the check-in question "This week I talked about mental health with someone outside ' +
  'the group" (yes/no, optional). Only check-ins that answer it count; the members’ share is ' +
  'of members who answered yes at least once that month. A share shows only when at least the ' +
  'minimum group size of members said yes and of members said no, so it never tells what a ' +
  'few members answered.';
