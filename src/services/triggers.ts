/**
 * Installs the project's triggers exactly once per group. Only this project's triggers for this
 * user are visible here, so removing stale ones cannot break other spreadsheets; another
 * account's triggers are invisible, so the account that installed them is recorded in a
 * document property (domain/installation/owner.ts) and Set up from any other account installs
 * nothing while that one's daily run keeps running.
 */
import { ENTRY_POINTS } from '../entry-points';
import {
  parseTriggerOwner,
  planTriggers,
  runsTheGroup,
  serialiseTriggerOwner,
  TriggerOwner,
} from '../domain/installation/owner';
import { scriptOwnerEmail } from './session';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export const FORM_SUBMIT_HANDLER = 'onFormSubmitTrigger';
export const DAILY_HANDLER = 'dailyRun';
/**
 * The daily run happens early, before anyone reads the Sheet: this hour in the spreadsheet's time
 * zone (inTimezone), since atHour alone means the script's zone (the manifest's), which is not
 * the group's for a group outside it.
 */
export const DAILY_HOUR = 6;
/** Document property holding the TriggerOwner record. */
export const TRIGGER_OWNER_KEY = 'peerCircle.triggerOwner';

export interface TriggerRepair {
  created: string[];
  removed: string[];
  /** The daily run was moved to DAILY_HOUR in this zone (the sheet's zone changed, or old install). */
  rescheduledTo: string | null;
  /** The account whose triggers run the group ('' when Google withheld this account's address). */
  runsAs: string;
  /** Set when another account runs the group and nothing was installed here. */
  otherOwner: TriggerOwner | null;
  /** The account this one took over from (its daily run had stopped). */
  tookOverFrom: string | null;
  timeZone: string;
}

export function readTriggerOwner(): TriggerOwner | null {
  return parseTriggerOwner(
    PropertiesService.getDocumentProperties().getProperty(TRIGGER_OWNER_KEY),
  );
}

function writeTriggerOwner(owner: TriggerOwner): void {
  PropertiesService.getDocumentProperties().setProperty(
    TRIGGER_OWNER_KEY,
    serialiseTriggerOwner(owner),
  );
}

const isOurs = (handler: string) => handler === FORM_SUBMIT_HANDLER || handler === DAILY_HANDLER;

export function ensureTriggers(spreadsheet: Spreadsheet, nowMs: number): TriggerRepair {
  const me = scriptOwnerEmail();
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  const recorded = readTriggerOwner();
  const plan = planTriggers(recorded, me, nowMs);
  const repair: TriggerRepair = {
    created: [],
    removed: [],
    rescheduledTo: null,
    runsAs: me,
    otherOwner: null,
    tookOverFrom: null,
    timeZone,
  };
  if (plan.kind === 'other') {
    // This account's own Peer Circle triggers (from before the record) would run everything twice.
    for (const trigger of ScriptApp.getProjectTriggers()) {
      if (!isOurs(trigger.getHandlerFunction())) continue;
      ScriptApp.deleteTrigger(trigger);
      repair.removed.push(trigger.getHandlerFunction());
    }
    return { ...repair, runsAs: plan.owner.owner, otherOwner: plan.owner };
  }
  repair.tookOverFrom = plan.tookOverFrom;
  const previous = plan.previous;
  // A daily trigger made for another zone or hour, or before the record existed (atHour then
  // ran in the script's zone), is replaced.
  const dailyCurrent =
    previous !== null && previous.timeZone === timeZone && previous.hour === DAILY_HOUR;
  const seen = new Set<string>();
  for (const trigger of ScriptApp.getProjectTriggers()) {
    const handler = trigger.getHandlerFunction();
    const key = `${handler}:${String(trigger.getEventType())}`;
    const wanted =
      (handler === FORM_SUBMIT_HANDLER &&
        trigger.getEventType() === ScriptApp.EventType.ON_FORM_SUBMIT) ||
      (handler === DAILY_HANDLER && trigger.getEventType() === ScriptApp.EventType.CLOCK);
    const stale = !(ENTRY_POINTS as readonly string[]).includes(handler) || !wanted;
    if (stale || seen.has(key)) {
      ScriptApp.deleteTrigger(trigger);
      repair.removed.push(handler);
      continue;
    }
    if (handler === DAILY_HANDLER && !dailyCurrent) {
      ScriptApp.deleteTrigger(trigger);
      repair.rescheduledTo = timeZone;
      continue;
    }
    seen.add(key);
  }
  if (![...seen].some((key) => key.startsWith(`${FORM_SUBMIT_HANDLER}:`))) {
    ScriptApp.newTrigger(FORM_SUBMIT_HANDLER).forSpreadsheet(spreadsheet).onFormSubmit().create();
    repair.created.push('form submissions');
  }
  if (![...seen].some((key) => key.startsWith(`${DAILY_HANDLER}:`))) {
    ScriptApp.newTrigger(DAILY_HANDLER)
      .timeBased()
      .everyDays(1)
      .atHour(DAILY_HOUR)
      .inTimezone(timeZone)
      .create();
    if (repair.rescheduledTo === null) repair.created.push('daily run');
  }
  const unchanged =
    previous !== null &&
    previous.owner === me &&
    dailyCurrent &&
    repair.created.length === 0 &&
    repair.rescheduledTo === null;
  if (!unchanged) {
    writeTriggerOwner({
      owner: me,
      timeZone,
      hour: DAILY_HOUR,
      installedAtMs: previous?.owner === me ? previous.installedAtMs : nowMs,
      lastDailyRunMs: previous?.owner === me ? previous.lastDailyRunMs : null,
    });
  }
  return repair;
}

/**
 * At the start of a trigger run: should this account's trigger do the work? Records the daily
 * run's sign of life when it should (the caller holds the lock).
 */
export function claimTriggerRun(kind: 'daily' | 'form', nowMs: number): boolean {
  const recorded = readTriggerOwner();
  const me = recorded ? scriptOwnerEmail() : '';
  if (!runsTheGroup(recorded, me)) return false;
  if (kind === 'daily' && recorded) writeTriggerOwner({ ...recorded, lastDailyRunMs: nowMs });
  return true;
}
