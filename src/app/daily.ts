/**
 * The daily run: each step runs even if an earlier one failed (a broken rotation must not stop
 * intake or reminders); failures are collected and raised at the end so Apps Script records the
 * execution as failed and notifies the owner.
 */
import { errorMessage } from '../domain/errors';
import { readSettings } from '../services/settings-tab';
import { useLanguage } from '../domain/i18n';
import { nowStamp, today } from '../services/clock';
import { refreshOutcomes } from './outcomes';
import { extendRegister } from './register';
import { refreshSessionsAndMembers } from './housekeeping';
import { processPendingResponses } from './intake';
import { syncStories } from '../services/records/stories';
import { planAndWriteRotation } from './rotation';
import { runBuddyCycle } from './buddies';
import { sendDueReminders } from './reminders';
import { sendContactRequestEmails } from './contact-requests';
import { scriptOwnerEmail } from '../services/session';
import { readingEachTabOnce } from '../services/sheets';
import { refreshStartHere } from './setup';
import { applyRetention } from './retention';
import { RETENTION_TEXT } from '../domain/retention/texts';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface DailySummary {
  steps: Array<{ step: string; ok: boolean; detail: string }>;
}

export class DailyRunError extends Error {
  constructor(readonly summary: DailySummary) {
    super(
      `Peer Circle daily run: ${summary.steps
        .filter((step) => !step.ok)
        .map((step) => `${step.step} failed: ${step.detail}`)
        .join('; ')}`,
    );
    this.name = 'DailyRunError';
  }
}

export function runDaily(spreadsheet: Spreadsheet, runStartedAtMs: number): DailySummary {
  // The steps share Members, Sessions, Check-ins and the rest: each tab is read once between
  // them (and again only after a step wrote it).
  return readingEachTabOnce(() => runSteps(spreadsheet, runStartedAtMs));
}

function runSteps(spreadsheet: Spreadsheet, runStartedAtMs: number): DailySummary {
  const summary: DailySummary = { steps: [] };
  const step = (name: string, work: () => string) => {
    try {
      summary.steps.push({ step: name, ok: true, detail: work() });
    } catch (error) {
      summary.steps.push({ step: name, ok: false, detail: errorMessage(error) });
    }
  };
  // Settings are read once; if they are broken nothing below can run on a guess.
  const settings = readSettings(spreadsheet);
  useLanguage(settings.language);
  const day = today(settings.timeZone);
  let idsGivenToday: ReadonlySet<string> = new Set();
  step('sessions and members', () => {
    const done = refreshSessionsAndMembers(spreadsheet);
    idsGivenToday = done.newIds;
    return (
      `${done.sessionsAdded} session(s) added, ${done.idsAssigned} member id(s) assigned` +
      (done.problems.length > 0 ? `, ${done.problems.length} Members cell(s) to fix` : '')
    );
  });
  step(
    'check-ins',
    () => `${processPendingResponses(spreadsheet, settings, 'checkin').accepted} accepted`,
  );
  step(
    'surveys',
    () => `${processPendingResponses(spreadsheet, settings, 'survey').accepted} accepted`,
  );
  step('stories', () => `${syncStories(spreadsheet, settings.timeZone)} new`);
  step(
    'feedback',
    () => `${processPendingResponses(spreadsheet, settings, 'feedback').accepted} accepted`,
  );
  step(
    'community survey',
    () => `${processPendingResponses(spreadsheet, settings, 'community').accepted} accepted`,
  );
  step('rotation', () => {
    const outcome = planAndWriteRotation(spreadsheet, settings, day, 'extend');
    return `${outcome.sessionsPlanned.length} session(s) planned, ${outcome.unfilled.length} role(s) unfilled`;
  });
  step('register', () => {
    const added = extendRegister(spreadsheet, settings, day);
    return added === null ? 'off' : `${added} row(s) to mark`;
  });
  step('buddies', () => {
    const outcome = runBuddyCycle(spreadsheet, settings, day, 'daily', idsGivenToday);
    return outcome.started ? `new cycle: ${outcome.groups.length} group(s)` : outcome.note;
  });
  // Before any reminder, so the day's quota serves a member who asked for contact first.
  step('contact requests', () => {
    const done = sendContactRequestEmails(
      spreadsheet,
      settings,
      day,
      scriptOwnerEmail(),
      runStartedAtMs,
    );
    return `${done.sent} sent, ${done.failed} failed, ${done.pending} pending`;
  });
  step('reminders', () => {
    const sent = sendDueReminders(spreadsheet, settings, day, runStartedAtMs, scriptOwnerEmail());
    return `${sent.sent} sent, ${sent.failed} failed, ${sent.pending} pending${sent.stoppedBecause ? ` (stopped: ${sent.stoppedBecause})` : ''}`;
  });
  // After the reminders (today's digest reports the week before today's run, so no day is
  // counted twice) and before the figures are written; anonymising changes no figure.
  step('retention', () => {
    const done = applyRetention(spreadsheet, settings, day, runStartedAtMs);
    // A bad retention setting skips its part and fails the step, so the owner hears of it.
    const broken = [settings.keepCommentsMonths, settings.keepLeaversMonths].some(
      (setting) => setting.months === null,
    );
    const detail = [RETENTION_TEXT.daily(done.counts), ...done.notes].join('; ');
    if (broken) throw new Error(detail);
    // The executions log says when something went (counts only, like the digest).
    if (done.counts.comments + done.counts.formResponses + done.counts.leavers > 0)
      console.log(RETENTION_TEXT.logLine(detail));
    return detail;
  });
  step(
    'outcomes',
    () =>
      `refreshed ${refreshOutcomes(spreadsheet, settings, day, nowStamp(settings.timeZone)).length} tab(s)`,
  );
  // Start here shows what is done: members added and answers arriving happen between Set ups.
  step('start here', () => {
    refreshStartHere(spreadsheet);
    return 'checklist refreshed';
  });
  if (summary.steps.some((entry) => !entry.ok)) throw new DailyRunError(summary);
  return summary;
}
