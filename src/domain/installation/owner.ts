/**
 * Whose account runs the group's triggers. Installable triggers belong to the account that made
 * them, and each account sees only its own (ScriptApp.getProjectTriggers), so a second organiser
 * running Set up cannot see the first one's daily run. A document property records the account
 * that installed them, the zone and hour of the daily run, and when that run last happened:
 * Set up from another account then installs nothing (nothing runs twice) and says who runs it,
 * and a trigger whose account is not the recorded one does nothing.
 */

export interface TriggerOwner {
  /** Email of the account whose triggers run the group; '' when Google withheld it. */
  owner: string;
  /** The spreadsheet's time zone the daily run was scheduled in. */
  timeZone: string;
  /** Local hour of the daily run. */
  hour: number;
  installedAtMs: number;
  /** The last daily run of the owner's trigger; null before the first. */
  lastDailyRunMs: number | null;
}

/**
 * How long the owner's daily run may stay silent before another organiser's Set up takes over:
 * a daily trigger that exists runs every day, so three silent days mean it is gone (the account
 * was removed, or its triggers deleted).
 */
export const TAKEOVER_AFTER_MS = 3 * 86_400_000;

export type TriggerPlan =
  /** Install or keep this account's triggers (`since` is kept when the owner stays the same). */
  | { kind: 'mine'; tookOverFrom: string | null; previous: TriggerOwner | null }
  /** Another account runs the group; install nothing here. */
  | { kind: 'other'; owner: TriggerOwner };

export function parseTriggerOwner(raw: string | null): TriggerOwner | null {
  if (!raw) return null;
  try {
    const value = JSON.parse(raw) as Partial<TriggerOwner>;
    if (typeof value.owner !== 'string' || typeof value.timeZone !== 'string') return null;
    return {
      owner: value.owner,
      timeZone: value.timeZone,
      hour: typeof value.hour === 'number' ? value.hour : -1,
      installedAtMs: typeof value.installedAtMs === 'number' ? value.installedAtMs : 0,
      lastDailyRunMs: typeof value.lastDailyRunMs === 'number' ? value.lastDailyRunMs : null,
    };
  } catch {
    return null;
  }
}

export function serialiseTriggerOwner(owner: TriggerOwner): string {
  return JSON.stringify(owner);
}

const sameAccount = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** When the owner's triggers were last seen working (the last daily run, else installation). */
export function lastSignOfLife(owner: TriggerOwner): number {
  return owner.lastDailyRunMs ?? owner.installedAtMs;
}

/** What Set up, run from account `me`, should do about the triggers. */
export function planTriggers(
  recorded: TriggerOwner | null,
  me: string,
  nowMs: number,
): TriggerPlan {
  if (!recorded || recorded.owner === '' || me === '' || sameAccount(recorded.owner, me))
    return { kind: 'mine', tookOverFrom: null, previous: recorded };
  if (nowMs - lastSignOfLife(recorded) > TAKEOVER_AFTER_MS)
    return { kind: 'mine', tookOverFrom: recorded.owner, previous: null };
  return { kind: 'other', owner: recorded };
}

/**
 * Should a trigger running as `me` do its work? Not when another account is recorded as the
 * group's: its own triggers do it, and this one would double it (a trigger left from before
 * the owner changed). Unknown on either side: yes, as before the record existed.
 */
export function runsTheGroup(recorded: TriggerOwner | null, me: string): boolean {
  return !recorded || recorded.owner === '' || me === '' || sameAccount(recorded.owner, me);
}
