/**
 * Check installation (SPEC section 12): from facts the use case gathered on the group's real
 * account, one line per condition in plain words, each problem with what to do. Pure: the
 * tests break each fact in turn and see the right line.
 */
import { CHECK_TEXT } from './texts';
import { lastSignOfLife, TriggerOwner } from './owner';

export interface FormFacts {
  label: string;
  /** null: no form id in Settings, or the form could not be opened (the message says why). */
  openError: string | null;
  titled: boolean;
  /** null where the form has no publishing setting (older forms, or the API not there yet). */
  published: boolean | null;
  accepting: boolean;
  linked: boolean;
}

export interface InstallationFacts {
  nowMs: number;
  /** Declared scopes the user did not grant (granular consent); null if it could not be asked. */
  missingScopes: string[] | null;
  forms: FormFacts[];
  /** This account's Peer Circle triggers. */
  myTriggers: { formSubmit: number; daily: number };
  /** The account the script runs as now ('' when Google withholds it). */
  me: string;
  /** Who Set up recorded as running the group, with the daily run's zone and last run. */
  owner: TriggerOwner | null;
  spreadsheetTimeZone: string;
  /** MailApp.getRemainingDailyQuota; null if it could not be asked. */
  mailQuotaLeft: number | null;
  /** Reminder recipients a full day could need (members with reminders on, organisers). */
  recipientsADay: number;
  /** Why the settings cannot be used; null when they are valid. */
  settingsProblem: string | null;
  /** Why the report could not be saved; null when it can. */
  reportProblem: string | null;
}

export type CheckStatus = 'ok' | 'problem' | 'note';

export interface CheckLine {
  topic: string;
  status: CheckStatus;
  text: string;
  /** What to do, for a problem or a note. */
  todo?: string;
}

const ok = (topic: string, text: string): CheckLine => ({ topic, status: 'ok', text });
const problem = (topic: string, text: string, todo: string): CheckLine => ({
  topic,
  status: 'problem',
  text,
  todo,
});

/** A daily run that has not happened for this long is reported as stopped. */
export const DAILY_RUN_SILENT_MS = 2 * 86_400_000;

const sameAccount = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

export function evaluateInstallation(facts: InstallationFacts): CheckLine[] {
  const t = CHECK_TEXT;
  const lines: CheckLine[] = [];

  if (facts.missingScopes === null)
    lines.push(problem(t.topics.scopes, t.scopes.unknown, t.scopes.todo));
  else if (facts.missingScopes.length > 0)
    lines.push(problem(t.topics.scopes, t.scopes.missing(facts.missingScopes), t.scopes.todo));
  else lines.push(ok(t.topics.scopes, t.scopes.ok));

  for (const form of facts.forms) {
    const topic = t.topics.form(form.label);
    if (form.openError !== null) {
      lines.push(problem(topic, t.forms.unreachable(form.label, form.openError), t.forms.repair));
      continue;
    }
    const wrong: string[] = [];
    if (!form.titled) wrong.push(t.forms.untitled);
    if (form.published === false) wrong.push(t.forms.unpublished);
    if (!form.accepting) wrong.push(t.forms.closed);
    if (!form.linked) wrong.push(t.forms.unlinked);
    if (wrong.length > 0)
      lines.push(problem(topic, t.forms.wrong(form.label, wrong), t.forms.fix(form.accepting)));
    else lines.push(ok(topic, t.forms.ok(form.label, form.published === true)));
  }

  lines.push(...triggerLines(facts));

  if (facts.mailQuotaLeft === null)
    lines.push(problem(t.topics.mail, t.mail.unknown, t.scopes.todo));
  else if (facts.mailQuotaLeft <= 0)
    lines.push(problem(t.topics.mail, t.mail.none, t.mail.noneTodo));
  else if (facts.mailQuotaLeft < facts.recipientsADay)
    lines.push({
      topic: t.topics.mail,
      status: 'note',
      text: t.mail.low(facts.mailQuotaLeft, facts.recipientsADay),
      todo: t.mail.lowTodo,
    });
  else lines.push(ok(t.topics.mail, t.mail.ok(facts.mailQuotaLeft)));

  if (facts.settingsProblem !== null)
    lines.push(
      problem(t.topics.settings, t.settings.invalid(facts.settingsProblem), t.settings.todo),
    );
  else lines.push(ok(t.topics.settings, t.settings.ok));

  if (facts.reportProblem !== null)
    lines.push(problem(t.topics.report, t.report.cannot(facts.reportProblem), t.report.todo));
  else lines.push(ok(t.topics.report, t.report.ok));

  return lines;
}

function triggerLines(facts: InstallationFacts): CheckLine[] {
  const t = CHECK_TEXT;
  const topic = t.topics.triggers;
  const owner = facts.owner;
  const someoneElse =
    owner !== null && owner.owner !== '' && facts.me !== '' && !sameAccount(owner.owner, facts.me);
  const lines: CheckLine[] = [];
  const mine = facts.myTriggers;
  if (someoneElse) {
    const silent = facts.nowMs - lastSignOfLife(owner) > DAILY_RUN_SILENT_MS;
    lines.push(
      silent
        ? problem(
            topic,
            t.triggers.otherStopped(owner.owner, owner.lastDailyRunMs, owner.timeZone),
            t.triggers.takeOverTodo,
          )
        : {
            topic,
            status: 'note',
            text: t.triggers.other(owner.owner, owner.lastDailyRunMs, owner.timeZone),
          },
    );
    if (mine.formSubmit + mine.daily > 0)
      lines.push(
        problem(topic, t.triggers.mineToo(mine.formSubmit + mine.daily), t.triggers.repair),
      );
    return lines;
  }
  if (mine.formSubmit === 0 || mine.daily === 0) {
    const missing: string[] = [];
    if (mine.formSubmit === 0) missing.push(t.triggers.formSubmit);
    if (mine.daily === 0) missing.push(t.triggers.daily);
    lines.push(problem(topic, t.triggers.missing(missing), t.triggers.repair));
    return lines;
  }
  if (mine.formSubmit > 1 || mine.daily > 1) {
    lines.push(problem(topic, t.triggers.duplicates, t.triggers.repair));
    return lines;
  }
  if (!owner || owner.timeZone !== facts.spreadsheetTimeZone) {
    lines.push(problem(topic, t.triggers.wrongZone(facts.spreadsheetTimeZone), t.triggers.repair));
    return lines;
  }
  if (owner.lastDailyRunMs !== null && facts.nowMs - owner.lastDailyRunMs > DAILY_RUN_SILENT_MS) {
    lines.push(
      problem(
        topic,
        t.triggers.stopped(owner.lastDailyRunMs, owner.timeZone),
        t.triggers.stoppedTodo,
      ),
    );
    return lines;
  }
  lines.push(ok(topic, t.triggers.ok(facts.me, owner.hour, owner.timeZone)));
  return lines;
}

/** The one-line result kept for the Start here checklist. */
export function checkSummary(lines: readonly CheckLine[]): { allGood: boolean; problems: number } {
  const problems = lines.filter((line) => line.status === 'problem').length;
  return { allGood: problems === 0, problems };
}
