/**
 * Peer Circle > Check installation: gathers, on the group's real account, each fact the check
 * needs (domain/installation/check.ts judges them). Every probe is guarded: a missing
 * permission or a form that cannot be opened becomes a line of the report, never a failure.
 */
import { errorMessage } from '../domain/errors';
import { t } from '../domain/i18n';
import {
  checkSummary,
  CheckLine,
  evaluateInstallation,
  FormFacts,
} from '../domain/installation/check';
import { DECLARED_SCOPES } from '../domain/installation/scopes';
import { CHECK_TEXT } from '../domain/installation/texts';
import { HeaderMap } from '../domain/sheet/header-map';
import { MEMBER_COLUMNS, TAB } from '../domain/sheet/tabs';
import { readRawSettings, readSettings } from '../services/settings-tab';
import { scriptOwnerEmail } from '../services/session';
import { readTab } from '../services/sheets';
import { DAILY_HANDLER, FORM_SUBMIT_HANDLER, readTriggerOwner } from '../services/triggers';
import { REPORT_SAVE_TEXTS } from '../services/drive-texts';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Document property with the last check's time and number of problems, for Start here. */
export const LAST_CHECK_KEY = 'peerCircle.lastInstallationCheck';

/** Publishing calls newer than the type definitions (guarded: older forms lack them). */
interface PublishingForm {
  supportsAdvancedResponderPermissions?: () => boolean;
  isPublished?: () => boolean;
}

const attempt = <T>(probe: () => T): T | null => {
  try {
    return probe();
  } catch {
    return null;
  }
};

function formFacts(label: string, id: string, spreadsheetId: string): FormFacts {
  const base = { label, titled: false, published: null, accepting: false, linked: false };
  if (id === '') return { ...base, openError: 'its ID is missing from Settings.' };
  let form: GoogleAppsScript.Forms.Form;
  try {
    form = FormApp.openById(id);
  } catch (error) {
    return { ...base, openError: errorMessage(error) };
  }
  const publishing = form as unknown as PublishingForm;
  // isPublished exists only where the form supports advanced responder permissions.
  const canPublish =
    typeof publishing.supportsAdvancedResponderPermissions === 'function' &&
    publishing.supportsAdvancedResponderPermissions() === true &&
    typeof publishing.isPublished === 'function';
  return {
    label,
    openError: null,
    titled: form.getTitle().trim() !== '',
    published: canPublish ? (publishing.isPublished as () => boolean)() : null,
    accepting: form.isAcceptingResponses(),
    linked: attempt(() => form.getDestinationId()) === spreadsheetId,
  };
}

function missingScopes(): string[] | null {
  const info = attempt(() =>
    ScriptApp.getAuthorizationInfo(ScriptApp.AuthMode.FULL, [...DECLARED_SCOPES]),
  );
  const granted = info ? attempt(() => info.getAuthorizedScopes()) : null;
  if (!granted) return null;
  return DECLARED_SCOPES.filter((scope) => !granted.includes(scope)).map(
    (scope) => CHECK_TEXT.scopeUse[scope] ?? scope,
  );
}

function recipientsADay(spreadsheet: Spreadsheet, organisers: number): number {
  const members = attempt(() => readTab(spreadsheet, TAB.members));
  if (!members) return organisers;
  const map = new HeaderMap(members.headers);
  const withReminders = members.rows.filter(
    (row) => String(map.get(row, MEMBER_COLUMNS.emailReminders) ?? '').toLowerCase() !== 'no',
  ).length;
  return withReminders + organisers;
}

export function checkInstallation(spreadsheet: Spreadsheet): CheckLine[] {
  // Before Set up there may be no Settings tab: the check still reports the rest.
  const raw = attempt(() => readRawSettings(spreadsheet)) ?? {};
  let settingsProblem: string | null = null;
  let organisers = 0;
  try {
    const settings = readSettings(spreadsheet);
    organisers = settings.organisers.length;
    // A bad retention setting stops only retention (app/retention.ts), but it is still wrong.
    const retention = [settings.keepCommentsMonths, settings.keepLeaversMonths].flatMap(
      (setting) => (setting.problem === null ? [] : [setting.problem]),
    );
    if (retention.length > 0) settingsProblem = retention.join(' ');
  } catch (error) {
    settingsProblem = errorMessage(error);
  }
  const triggers = attempt(() => ScriptApp.getProjectTriggers()) ?? [];
  const count = (handler: string) =>
    triggers.filter((trigger) => trigger.getHandlerFunction() === handler).length;
  const scopesMissing = missingScopes();
  const driveOn = typeof Drive !== 'undefined' && Drive !== undefined;
  const driveGranted =
    scopesMissing === null ||
    !scopesMissing.includes(CHECK_TEXT.scopeUse['https://www.googleapis.com/auth/drive.file']);
  const lines = evaluateInstallation({
    nowMs: Date.now(),
    missingScopes: scopesMissing,
    forms: [
      formFacts(t('setup.form.checkin'), raw.checkinFormId ?? '', spreadsheet.getId()),
      formFacts(t('setup.form.survey'), raw.surveyFormId ?? '', spreadsheet.getId()),
      // The anonymous forms (SPEC section 10): Group feedback, and the Community survey.
      formFacts(t('setup.form.feedback'), raw.feedbackFormId ?? '', spreadsheet.getId()),
      formFacts(t('setup.form.community'), raw.communityFormId ?? '', spreadsheet.getId()),
    ],
    myTriggers: { formSubmit: count(FORM_SUBMIT_HANDLER), daily: count(DAILY_HANDLER) },
    me: attempt(() => scriptOwnerEmail()) ?? '',
    owner: readTriggerOwner(),
    spreadsheetTimeZone: spreadsheet.getSpreadsheetTimeZone(),
    mailQuotaLeft: attempt(() => MailApp.getRemainingDailyQuota()),
    recipientsADay: recipientsADay(spreadsheet, organisers),
    settingsProblem,
    reportProblem: !driveOn
      ? REPORT_SAVE_TEXTS.serviceOff
      : !driveGranted
        ? CHECK_TEXT.scopes.missing([
            CHECK_TEXT.scopeUse['https://www.googleapis.com/auth/drive.file'],
          ])
        : null,
  });
  const summary = checkSummary(lines);
  PropertiesService.getDocumentProperties().setProperty(
    LAST_CHECK_KEY,
    JSON.stringify({ atMs: Date.now(), problems: summary.problems }),
  );
  return lines;
}

/** The last check's result, for the Start here tab; null if it never ran. */
export function lastInstallationCheck(): { atMs: number; problems: number } | null {
  const raw = PropertiesService.getDocumentProperties().getProperty(LAST_CHECK_KEY);
  if (!raw) return null;
  try {
    const value = JSON.parse(raw) as { atMs?: unknown; problems?: unknown };
    return typeof value.atMs === 'number' && typeof value.problems === 'number'
      ? { atMs: value.atMs, problems: value.problems }
      : null;
  } catch {
    return null;
  }
}

/** The dialog: the overall result, then one line per condition with what to do. */
export function checkDialog(
  lines: readonly CheckLine[],
): Array<{ heading: string; lines: string[] }> {
  const summary = checkSummary(lines);
  const words = CHECK_TEXT;
  const order = ['problem', 'note', 'ok'] as const;
  return [
    { heading: summary.allGood ? words.allGood : words.problems(summary.problems), lines: [] },
    ...order
      .map((status) => ({
        heading: words.status[status],
        lines: lines
          .filter((line) => line.status === status)
          .map((line) => words.line(line.topic, line.text, line.todo)),
      }))
      .filter((section) => section.lines.length > 0),
  ];
}
