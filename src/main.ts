/**
 * The entry points Apps Script calls by name. Each is a few lines: take the lock where it
 * writes, then hand over to a use case in src/app. scripts/build.mjs turns every name in
 * entry-points.json into a real top-level function of dist/Code.js.
 */
import { runBuddyCycle } from './app/buddies';
import { runDaily } from './app/daily';
import { kindOfTab, processPendingResponses } from './app/intake';
import { MENU_GROUPS, menuTitle } from './app/menu';
import { reprocessReview } from './app/reprocess';
import { archiveOldCheckins } from './app/archive';
import { ARCHIVE_TEXT, DEFAULT_YEARS_KEPT } from './domain/archive/texts';
import { archiveBoundary } from './domain/archive/codec';
import { describeRemoval, findMember, removeMemberData } from './app/remove-member';
import { sendDueReminders } from './app/reminders';
import { planAndWriteRotation } from './app/rotation';
import { refreshOutcomes, reportHtml } from './app/outcomes';
import { actOnWithdrawals } from './app/consent';
import { parsePeriod, periodExample } from './domain/report-period';
import { refreshStartHere, setUpOrRepair, setupDialog } from './app/setup';
import { Settings, SettingsError } from './domain/settings';
import { withScriptLock } from './services/lock';
import { claimTriggerRun } from './services/triggers';
import { checkDialog, checkInstallation } from './app/check-installation';
import { CHECK_TEXT } from './domain/installation/texts';
import { readSettings, writeSystemSettings } from './services/settings-tab';
import { scriptOwnerEmail } from './services/session';
import { activeSpreadsheet, tabId } from './services/sheets';
import { alert, buildMenu, confirm, promptText, showDialog, showHtml, toast } from './services/ui';
import { saveReportPdf } from './services/drive';
import { rememberSavedReport } from './services/saved-reports';
import { nowStamp, today } from './services/clock';
import { MENU_ERROR_TEXT, plainErrorMessage } from './domain/menu-errors';
import { useGroupLanguage } from './app/language';
import { t, useLanguage, type FormattedKey } from './domain/i18n';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Apps Script's own stop at the 6-minute limit (no dialog can follow it). */
const TIME_LIMIT_REACHED = /Exceeded maximum execution time/;

/** Set by scripts/build.mjs: true in the Editor add-on build, false in the bound script. */
declare const BUILT_AS_ADDON: boolean;

/** Another task holds the lock: nothing was done, and trying again soon will work. */
function alertBusy(): void {
  alert(t('ui.busy.title'), t('ui.busy.message'));
}

/**
 * Simple trigger: runs unauthorised, so it only builds the menu. Only an add-on's onOpen ever
 * runs in AuthMode.NONE; an add-on build (`npm run build -- --addon`) always uses the add-on menu.
 */
export function onOpen(e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  const unauthorisedAddon = e !== undefined && e.authMode === ScriptApp.AuthMode.NONE;
  // In AuthMode.NONE the spreadsheet cannot be read: the menu is English until the add-on is used.
  if (!unauthorisedAddon) useActiveSpreadsheetLanguage();
  buildMenu(menuTitle(), MENU_GROUPS, BUILT_AS_ADDON || unauthorisedAddon);
}

/** Installing as an add-on (only add-ons get onInstall): show the menu straight away. */
export function onInstall(_e?: GoogleAppsScript.Events.AddonOnInstall): void {
  useActiveSpreadsheetLanguage();
  buildMenu(menuTitle(), MENU_GROUPS, true);
}

/**
 * Runs what a menu item does; if it fails, the person gets a plain message with what to do
 * (domain/menu-errors.ts) and the full error goes to the execution log for whoever maintains it.
 */
function asMenuItem(captionKey: FormattedKey, work: () => void): void {
  try {
    useGroupLanguage(activeSpreadsheet());
    work();
  } catch (error) {
    // The caption is read here, after the language is chosen (or English if that failed).
    const caption = t(captionKey);
    console.error(`${caption} failed`, error);
    // Past the time limit Apps Script stops the run; no dialog could be shown anyway.
    if (TIME_LIMIT_REACHED.test(String(error))) throw error;
    alert(MENU_ERROR_TEXT.title(caption), plainErrorMessage(error));
  }
}

export function menuSetUp(): void {
  asMenuItem('menu.setUp', () => {
    const spreadsheet = activeSpreadsheet();
    const outcome = withScriptLock(() => setUpOrRepair(spreadsheet));
    if (!outcome.ran) return alertBusy();
    showDialog(t('ui.setup.title'), setupDialog(outcome.value));
  });
}

/** Reports each condition Peer Circle needs, in plain words with what to do; changes nothing. */
export function menuCheckInstallation(): void {
  asMenuItem('menu.checkInstallation', () => {
    const spreadsheet = activeSpreadsheet();
    const lines = checkInstallation(spreadsheet);
    // The Start here step shows this run's result; skipped if another task holds the lock, and
    // never in the way of the report (before Set up there is no Start here tab to update).
    try {
      withScriptLock(() => refreshStartHere(spreadsheet));
    } catch (error) {
      console.warn('Check installation: the Start here tab was not updated', error);
    }
    showDialog(CHECK_TEXT.title, checkDialog(lines));
  });
}

/**
 * Installable form-submit trigger. If the lock is busy or the settings are broken the response
 * stays pending in its tab (nothing is lost) and the next run processes it.
 */
export function onFormSubmitTrigger(e: GoogleAppsScript.Events.SheetsOnFormSubmit): void {
  const kind = kindOfTab(tabId(e.range.getSheet()));
  withScriptLock(() => {
    // A trigger of an account that no longer runs the group leaves the work to the owner's.
    if (!claimTriggerRun('form', Date.now())) return;
    const spreadsheet = activeSpreadsheet();
    const settings = readSettings(spreadsheet);
    useLanguage(settings.language);
    for (const each of kind ? [kind] : (['checkin', 'survey', 'feedback', 'community'] as const)) {
      processPendingResponses(spreadsheet, settings, each);
    }
  });
}

/** Installable daily trigger: intake sweep, calendar, rotation, buddies, reminders. */
export function dailyRun(): void {
  const startedAtMs = Date.now();
  const outcome = withScriptLock(() => {
    if (!claimTriggerRun('daily', startedAtMs)) {
      console.warn('Daily run skipped: another account runs this group (see Check installation).');
      return;
    }
    runDaily(activeSpreadsheet(), startedAtMs);
  });
  if (!outcome.ran)
    console.warn('Daily run skipped: another task held the lock; it runs again tomorrow.');
}

/**
 * Runs a menu action under the lock and shows its message; a settings problem is shown as a
 * plain explanation, not a stack trace.
 */
function menuAction(
  captionKey: FormattedKey,
  work: (spreadsheet: Spreadsheet, settings: Settings) => string,
): void {
  asMenuItem(captionKey, () => {
    const spreadsheet = activeSpreadsheet();
    try {
      const outcome = withScriptLock(() => work(spreadsheet, readSettings(spreadsheet)));
      if (!outcome.ran) return alertBusy();
      toast(outcome.value);
    } catch (error) {
      if (error instanceof SettingsError) return alert(t('ui.settings.title'), error.message);
      throw error;
    }
  });
}

export function menuReprocessReview(): void {
  menuAction('menu.reprocessReview', (spreadsheet, settings) => {
    const { accepted, stillInReview } = reprocessReview(spreadsheet, settings);
    return t('ui.reprocess.done', { accepted, stillInReview });
  });
}

export function menuPlanRotation(): void {
  menuAction('menu.planRotation', (spreadsheet, settings) => {
    const outcome = planAndWriteRotation(spreadsheet, settings, today(settings.timeZone), 'replan');
    const unfilled = outcome.unfilled
      .map((role) => t('ui.rotation.unfilledRole', { role: role.role, date: role.date }))
      .join(', ');
    const count = outcome.sessionsPlanned.length;
    return unfilled
      ? t('ui.rotation.plannedWithUnfilled', { count, unfilled })
      : t('ui.rotation.planned', { count });
  });
}

export function menuAssignBuddies(): void {
  menuAction('menu.assignBuddies', (spreadsheet, settings) => {
    const outcome = runBuddyCycle(spreadsheet, settings, today(settings.timeZone), 'menu');
    if (!outcome.started) return outcome.note;
    const unpaired = outcome.unpaired
      .map((entry) => t('ui.buddies.unpairedEntry', { label: entry.label, reason: entry.reason }))
      .join(', ');
    const count = outcome.groups.length;
    return unpaired
      ? t('ui.buddies.groupsWithUnpaired', { count, unpaired })
      : t('ui.buddies.groups', { count });
  });
}

export function menuSendReminders(): void {
  const startedAtMs = Date.now();
  menuAction('menu.sendReminders', (spreadsheet, settings) => {
    const outcome = sendDueReminders(
      spreadsheet,
      settings,
      today(settings.timeZone),
      startedAtMs,
      scriptOwnerEmail(),
    );
    const { sent, failed, pending } = outcome;
    return outcome.stoppedBecause
      ? t('ui.reminders.doneStoppedEarly', {
          sent,
          failed,
          pending,
          reason: outcome.stoppedBecause,
        })
      : t('ui.reminders.done', { sent, failed, pending });
  });
}

export function menuRemoveMember(): void {
  asMenuItem('menu.removeMember', () => {
    const title = t('menu.removeMember');
    const answer = promptText(title, t('ui.removeMember.ask'));
    if (!answer) return;
    const spreadsheet = activeSpreadsheet();
    const member = findMember(spreadsheet, answer);
    if (!member) return alert(title, t('ui.removeMember.notFound', { answer }));
    const sure = confirm(
      title,
      t('ui.removeMember.confirm', { name: member.name || member.id, id: member.id }),
    );
    if (!sure) return;
    const settings = readSettingsOrExplain(spreadsheet);
    if (!settings) return;
    const outcome = withScriptLock(() => {
      const summary = removeMemberData(spreadsheet, member, [
        settings.checkinFormId,
        settings.surveyFormId,
      ]);
      // Aggregates are recomputed at once from what remains.
      refreshOutcomes(spreadsheet, settings, today(settings.timeZone), nowStamp(settings.timeZone));
      return summary;
    });
    if (!outcome.ran) return alertBusy();
    toast(describeRemoval(outcome.value));
    // Saved reports left to delete by hand must not vanish with a toast.
    if (outcome.value.reportsToDelete.length > 0) alert(title, describeRemoval(outcome.value));
  });
}

export function menuArchiveCheckins(): void {
  const startedAtMs = Date.now();
  asMenuItem('menu.archiveCheckins', () => {
    const answer = promptText(ARCHIVE_TEXT.title, ARCHIVE_TEXT.askYears);
    if (answer === null) return;
    const typed = answer.trim();
    const years = typed === '' ? DEFAULT_YEARS_KEPT : Number(typed);
    if (!Number.isInteger(years) || years < 1)
      return alert(ARCHIVE_TEXT.title, ARCHIVE_TEXT.badYears(typed));
    const spreadsheet = activeSpreadsheet();
    const settings = readSettingsOrExplain(spreadsheet);
    if (!settings) return;
    const day = today(settings.timeZone);
    if (!confirm(ARCHIVE_TEXT.title, ARCHIVE_TEXT.confirm(archiveBoundary(day, years)))) return;
    const outcome = withScriptLock(() => {
      const result = archiveOldCheckins(spreadsheet, {
        years,
        today: day,
        timeZone: settings.timeZone,
        startedAtMs,
      });
      if (!result.unfinished && result.moved > 0)
        refreshOutcomes(spreadsheet, settings, day, nowStamp(settings.timeZone));
      return result;
    });
    if (!outcome.ran) return alertBusy();
    const result = outcome.value;
    alert(
      ARCHIVE_TEXT.title,
      [
        result.unfinished
          ? ARCHIVE_TEXT.notFinished(result.moved)
          : ARCHIVE_TEXT.moved(result.moved, result.boundary),
        ...(result.keptBack > 0 ? [ARCHIVE_TEXT.keptBack(result.keptBack)] : []),
        ...(result.keptForOrder > 0 ? [ARCHIVE_TEXT.onlyBefore(result.boundary)] : []),
      ].join(' '),
    );
  });
}

export function menuRefreshOutcomes(): void {
  menuAction('menu.refreshOutcomes', (spreadsheet, settings) => {
    // A withdrawal acted on now is said here too (its Review row stays for the others).
    const withdrawals = actOnWithdrawals(spreadsheet, settings);
    const tabs = refreshOutcomes(
      spreadsheet,
      settings,
      today(settings.timeZone),
      nowStamp(settings.timeZone),
    );
    return [
      t('ui.outcomes.refreshed', { tabs: tabs.join(', ') }),
      ...withdrawals.map((notice) => notice.text),
    ].join(' ');
  });
}

export function menuGenerateReport(): void {
  asMenuItem('menu.generateReport', () => {
    const title = t('menu.generateReport');
    const answer = promptText(title, t('ui.report.askPeriod', { example: periodExample() }));
    if (answer === null) return;
    const spreadsheet = activeSpreadsheet();
    const settings = readSettingsOrExplain(spreadsheet);
    if (!settings) return;
    const parsed = parsePeriod(answer, today(settings.timeZone));
    if ('error' in parsed) return alert(title, parsed.error);
    const outcome = withScriptLock(() => {
      const report = reportHtml(spreadsheet, settings, today(settings.timeZone), parsed.period);
      const name = t('ui.report.fileName', {
        groupName: settings.groupName,
        from: parsed.period.from,
        to: parsed.period.to,
      });
      const saved = saveReportPdf(report.saved, name);
      // Remembered so that removing a member can delete the reports whose period included them.
      rememberSavedReport({ id: saved.id, name, url: saved.url, ...parsed.period });
      writeSystemSettings(spreadsheet, { lastReportUrl: saved.url });
      return { html: report.shown, url: saved.url };
    });
    if (!outcome.ran) return alertBusy();
    showHtml(
      t('ui.report.title', { from: parsed.period.from, to: parsed.period.to }),
      outcome.value.html,
      {
        label: t('ui.report.openPdf'),
        url: outcome.value.url,
      },
    );
  });
}

/** The menu of a simple trigger must appear even when the spreadsheet cannot be read. */
function useActiveSpreadsheetLanguage(): void {
  try {
    useGroupLanguage(activeSpreadsheet());
  } catch (error) {
    console.warn('Language: the spreadsheet could not be opened, English is used', error);
  }
}

/** Settings, or null after telling the person what to fix. */
function readSettingsOrExplain(spreadsheet: Spreadsheet): Settings | null {
  try {
    return readSettings(spreadsheet);
  } catch (error) {
    if (error instanceof SettingsError) {
      alert(t('ui.settings.title'), error.message);
      return null;
    }
    throw error;
  }
}
