/**
 * Installs the project's triggers exactly once. Only this project's triggers for this user
 * are visible here, so removing stale ones cannot break other spreadsheets.
 */
import { ENTRY_POINTS } from '../entry-points';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export const FORM_SUBMIT_HANDLER = 'onFormSubmitTrigger';
export const DAILY_HANDLER = 'dailyRun';
/** The daily run happens early, before anyone reads the Sheet (hour in the script time zone). */
export const DAILY_HOUR = 6;

export interface TriggerRepair {
  created: string[];
  removed: string[];
}

export function ensureTriggers(spreadsheet: Spreadsheet): TriggerRepair {
  const repair: TriggerRepair = { created: [], removed: [] };
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
    seen.add(key);
  }
  if (![...seen].some((key) => key.startsWith(`${FORM_SUBMIT_HANDLER}:`))) {
    ScriptApp.newTrigger(FORM_SUBMIT_HANDLER).forSpreadsheet(spreadsheet).onFormSubmit().create();
    repair.created.push('form submissions');
  }
  if (![...seen].some((key) => key.startsWith(`${DAILY_HANDLER}:`))) {
    ScriptApp.newTrigger(DAILY_HANDLER).timeBased().everyDays(1).atHour(DAILY_HOUR).create();
    repair.created.push('daily run');
  }
  return repair;
}
