/**
 * The entry points Apps Script calls by name. Each is a few lines: take the lock where it
 * writes, then hand over to a use case in src/app. scripts/build.mjs turns every name in
 * entry-points.json into a real top-level function of dist/Code.js.
 */
import { reprocessReview } from './app/reprocess';
import { kindOfTab, processPendingResponses, RESPONSE_TABS } from './app/intake';
import { refreshSessionsAndMembers } from './app/housekeeping';
import { setUpOrRepair, setupDialog } from './app/setup';
import { MENU_GROUPS, MENU_TITLE } from './app/menu';
import { SettingsError } from './domain/settings';
import { withScriptLock } from './services/lock';
import { readSettings } from './services/settings-tab';
import { activeSpreadsheet } from './services/sheets';
import { alert, buildMenu, showDialog, toast } from './services/ui';

/** Simple trigger: runs unauthorised, so it only builds the menu. */
export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  buildMenu(MENU_TITLE, MENU_GROUPS);
}

/** Installing as an add-on: show the menu straight away. */
export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as GoogleAppsScript.Events.SheetsOnOpen | undefined);
}

export function menuSetUp(): void {
  const spreadsheet = activeSpreadsheet();
  const outcome = withScriptLock(() => setUpOrRepair(spreadsheet));
  if (!outcome.ran)
    return alert('Peer Circle is busy', 'Another task is running. Please try again in a minute.');
  showDialog('Peer Circle is set up', setupDialog(outcome.value));
}

/**
 * Installable form-submit trigger. If the lock is busy or the settings are broken the response
 * stays pending in its tab (nothing is lost) and the next run processes it.
 */
export function onFormSubmitTrigger(e: GoogleAppsScript.Events.SheetsOnFormSubmit): void {
  const kind = kindOfTab(e.range.getSheet().getName());
  withScriptLock(() => {
    const spreadsheet = activeSpreadsheet();
    const settings = readSettings(spreadsheet);
    for (const each of kind ? [kind] : (['checkin', 'survey'] as const)) {
      processPendingResponses(spreadsheet, settings, each);
    }
  });
}

/** Installable daily trigger: sweeps anything pending and keeps the calendar ahead. */
export function dailyRun(): void {
  withScriptLock(() => {
    const spreadsheet = activeSpreadsheet();
    refreshSessionsAndMembers(spreadsheet);
    const settings = readSettings(spreadsheet);
    for (const kind of Object.keys(RESPONSE_TABS) as Array<keyof typeof RESPONSE_TABS>) {
      processPendingResponses(spreadsheet, settings, kind);
    }
  });
}

export function menuReprocessReview(): void {
  const spreadsheet = activeSpreadsheet();
  try {
    const outcome = withScriptLock(() => reprocessReview(spreadsheet, readSettings(spreadsheet)));
    if (!outcome.ran)
      return alert('Peer Circle is busy', 'Another task is running. Please try again in a minute.');
    const { accepted, stillInReview } = outcome.value;
    toast(
      `${accepted} row(s) re-processed; ${stillInReview} still need attention (see the Reason column).`,
    );
  } catch (error) {
    if (error instanceof SettingsError) return alert('Settings need attention', error.message);
    throw error;
  }
}
