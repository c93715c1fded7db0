/**
 * Peer Circle > Set up or repair: creates what is missing (tabs, columns, forms, response
 * tabs, triggers, settings) and changes nothing else, so it is safe to run any number of times.
 */
import { errorMessage } from '../domain/errors';
import { answerItems, collectsEmail, FormSpec, googleColumns } from '../domain/forms/form-spec';
import { ColumnSpec, DERIVED_COLUMNS, TAB, TAB_SPECS, TabSpec } from '../domain/sheet/tabs';
import {
  addMissingItems,
  applyLanguage,
  moveItemToTop,
  updateDescription,
  createForm,
  EmailCollection,
  emailCollectionOf,
  findLinkedForm,
  findResponseSheet,
  linkToSpreadsheet,
  openFormIfExists,
  repairFormSettings,
} from '../services/forms';
import { FORM_TEXTS } from '../services/form-texts';
import { shownDescription } from '../domain/forms/shown-form';
import { englishName, localName, t } from '../domain/i18n';
import {
  readRawSettings,
  readSettings,
  seedSettings,
  settingsInLanguage,
  writeSystemSettings,
} from '../services/settings-tab';
import { refreshRota } from './rotation';
import { readMessages, seedMessages } from '../services/records/messages';
import { readCommunityPlan, readSurveyPlan, seedWording } from '../services/records/wording';
import { COMMUNITY_TEXT } from '../domain/forms/community-form';
import { INSTRUMENTS } from '../domain/instruments';
import { InstrumentId } from '../domain/instruments/types';
import {
  addMissingColumns,
  ensureTab,
  headersInLanguage,
  nameInLanguage,
  readHeaderRow,
  trimColumns,
} from '../services/tabs';
import { DAILY_HOUR, ensureTriggers } from '../services/triggers';
import { TRIGGER_TEXT } from '../domain/installation/texts';
import { DialogSection, toast } from '../services/ui';
import { CHECKIN_FORM } from '../domain/forms/checkin-form';
import { SUPPORT_LINE_TEXT, withSupportLine } from '../domain/support-line';
import { CONSENT_ITEM, CONSENT_TEXT } from '../domain/forms/consent-item';
import { FEEDBACK_FORM } from '../domain/forms/feedback-form';
import { Settings } from '../domain/settings';
import { refreshSessionsAndMembers } from './housekeeping';
import { ChecklistRow, nextStep, startHereChecklist, StartHereState } from '../domain/start-here';
import { HeaderMap } from '../domain/sheet/header-map';
import { MEMBER_COLUMNS } from '../domain/sheet/tabs';
import { GROWTH_TITLE } from '../domain/outcomes/growth-tab';
import { PARTICIPATION_TITLE } from '../domain/outcomes/participation-tab';
import { WELLBEING_TITLE } from '../domain/outcomes/wellbeing-tab';
import { COMMUNITY_STIGMA_TITLE } from '../domain/outcomes/community-stigma-tab';
import { SETTING_DEFINITIONS } from '../domain/settings';
import { START_HERE_SPEC, writeStartHere } from '../services/records/start-here';
import { arrangeTabs, removeEmptyDefaultTabs } from '../services/tab-layout';
import { findTab, readTab, tabId } from '../services/sheets';
import { lastInstallationCheck } from './check-installation';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface SetupReport {
  created: string[];
  repaired: string[];
  problems: string[];
  links: Array<{ label: string; url: string }>;
  /** How each form collects the member's address, for the dialog's word on Google accounts. */
  emailCollection: Array<{ label: string; collection: EmailCollection }>;
  /** The first step of the Start here checklist not done yet; null when all are. */
  next: ChecklistRow | null;
  /** Whose account sends the reminders, in plain words. */
  sender: string;
}

/**
 * The order of the tabs on a new sheet: Start here, the facilitators' tabs in the order they
 * use them, the tabs Peer Circle keeps for itself; the forms' response tabs go last.
 */
const TAB_ORDER: readonly string[] = [
  START_HERE_SPEC.name,
  TAB.settings,
  TAB.members,
  TAB.sessions,
  TAB.register,
  TAB.rota,
  TAB.rotation,
  TAB.buddies,
  TAB.activities,
  TAB.workingGroups,
  TAB.stories,
  TAB.review,
  TAB.contactRequests,
  PARTICIPATION_TITLE,
  GROWTH_TITLE,
  WELLBEING_TITLE,
  TAB.wording,
  TAB.messages,
  TAB.sent,
  TAB.checkins,
  TAB.surveys,
  TAB.feedback,
  TAB.community,
];

const OUTCOME_TITLES = [PARTICIPATION_TITLE, GROWTH_TITLE, WELLBEING_TITLE, COMMUNITY_STIGMA_TITLE];

const DERIVED_COLUMN_SPECS: ColumnSpec[] = [
  { name: DERIVED_COLUMNS.memberId, format: { kind: 'text' }, width: 90 },
  { name: DERIVED_COLUMNS.sessionDate, format: { kind: 'date' }, width: 100 },
  { name: DERIVED_COLUMNS.wave, format: { kind: 'text' }, width: 100 },
  { name: DERIVED_COLUMNS.status, format: { kind: 'text' }, width: 110 },
];

interface FormSlot {
  spec: FormSpec;
  tab: string;
  idKey: keyof Settings;
  urlKey: keyof Settings;
  label: string;
}

export function setUpOrRepair(spreadsheet: Spreadsheet): SetupReport {
  const report: SetupReport = {
    created: [],
    repaired: [],
    problems: [],
    links: [],
    emailCollection: [],
    next: null,
    sender: '',
  };
  const timeZone = spreadsheet.getSpreadsheetTimeZone();

  toast(t('setup.toast.tabs'));
  const plainTabs = TAB_SPECS.filter((spec) => !spec.formResponses);
  const repairs = plainTabs.map((spec) => ensureTab(spreadsheet, spec));
  repairs.forEach((repair) => noteTab(report, repair));
  // The outcome tabs are made by the daily run, not from a spec: only their names change here.
  for (const title of OUTCOME_TITLES) {
    const sheet = findTab(spreadsheet, title);
    if (sheet) nameInLanguage(spreadsheet, sheet, title);
  }
  // A brand-new sheet: Settings was created just now, so its defaults are new, not repairs.
  const firstRun = repairs.some((repair) => repair.tab === TAB.settings && repair.created);
  const seeded = seedSettings(spreadsheet, timeZone);
  settingsInLanguage(spreadsheet);
  if (seeded.length > 0 && firstRun)
    report.created.push(t('setup.created.settings', { count: seeded.length }));
  else if (seeded.length > 0)
    report.repaired.push(t('setup.repaired.settings', { names: seeded.join(', ') }));

  const wordingAdded = seedWording(spreadsheet);
  if (wordingAdded > 0) report.created.push(t('setup.created.wording', { count: wordingAdded }));
  const messagesAdded = seedMessages(
    spreadsheet,
    (readRawSettings(spreadsheet).roles ?? '')
      .split(',')
      .map((role) => role.trim())
      .filter((role) => role !== ''),
  );
  if (messagesAdded > 0) report.created.push(t('setup.created.messages', { count: messagesAdded }));
  report.problems.push(...readMessages(spreadsheet).problems);

  toast(t('setup.toast.forms'));
  const stored = readRawSettings(spreadsheet);
  const plan = readSurveyPlan(spreadsheet, enabledInstruments(stored.instruments));
  for (const missing of plan.missingWording) {
    report.problems.push(
      t('setup.problem.wordingMissing', {
        instrument: missing.instrument.shortTitle,
        tab: TAB.wording,
      }),
    );
  }
  const community = readCommunityPlan(spreadsheet);
  if (!community.asksRibs) report.problems.push(COMMUNITY_TEXT.setupNoWording(TAB.wording));
  // Every form opens with the group's support line (SPEC section 9, "Signposting").
  const supportLine = (stored.supportLine ?? '').trim() || SUPPORT_LINE_TEXT.defaultLine;
  const slots: FormSlot[] = [
    {
      spec: withSupportLine(CHECKIN_FORM, supportLine),
      tab: TAB.checkins,
      idKey: 'checkinFormId',
      urlKey: 'checkinFormUrl',
      label: t('setup.form.checkin'),
    },
    {
      spec: withSupportLine(plan.spec, supportLine),
      tab: TAB.surveys,
      idKey: 'surveyFormId',
      urlKey: 'surveyFormUrl',
      label: t('setup.form.survey'),
    },
    // Group feedback (SPEC section 10): anonymous, so its spec collects no email.
    {
      spec: withSupportLine(FEEDBACK_FORM, supportLine),
      tab: TAB.feedback,
      idKey: 'feedbackFormId',
      urlKey: 'feedbackFormUrl',
      label: t('setup.form.feedback'),
    },
    // Community survey (SPEC section 10): anonymous, for outreach audiences; RIBS as pasted.
    {
      spec: withSupportLine(community.spec, supportLine),
      tab: TAB.community,
      idKey: 'communityFormId',
      urlKey: 'communityFormUrl',
      label: t('setup.form.community'),
    },
  ];
  const systemValues: Partial<Record<keyof Settings, string>> = {};
  for (const slot of slots) {
    const form = ensureForm(spreadsheet, slot, stored[slot.idKey] ?? '', report);
    systemValues[slot.idKey] = form.getId();
    systemValues[slot.urlKey] = form.getPublishedUrl();
    report.links.push({ label: slot.label, url: form.getPublishedUrl() });
    // The anonymous form asks for no address: it has no say in whether members need an account.
    if (collectsEmail(slot.spec))
      report.emailCollection.push({ label: slot.label, collection: emailCollectionOf(form) });
    if (!form.isAcceptingResponses()) report.problems.push(FORM_TEXTS.notAccepting(slot.label));
  }
  writeSystemSettings(spreadsheet, systemValues);

  toast(t('setup.toast.triggers'));
  const triggers = ensureTriggers(spreadsheet, Date.now());
  if (triggers.created.length > 0)
    report.created.push(t('setup.created.triggers', { names: triggers.created.join(', ') }));
  if (triggers.otherOwner) {
    if (triggers.removed.length > 0)
      report.repaired.push(TRIGGER_TEXT.removedOwn(triggers.removed.length));
    report.sender = TRIGGER_TEXT.otherOwner(triggers.otherOwner.owner);
  } else {
    if (triggers.removed.length > 0)
      report.repaired.push(t('setup.repaired.triggers', { count: triggers.removed.length }));
    if (triggers.rescheduledTo)
      report.repaired.push(TRIGGER_TEXT.rescheduled(DAILY_HOUR, triggers.rescheduledTo));
    report.sender = [
      ...(triggers.tookOverFrom ? [TRIGGER_TEXT.tookOver(triggers.tookOverFrom)] : []),
      TRIGGER_TEXT.sentFrom(triggers.runsAs, DAILY_HOUR, triggers.timeZone),
    ].join(' ');
  }

  try {
    const housekeeping = refreshSessionsAndMembers(spreadsheet);
    if (housekeeping.sessionsAdded > 0)
      report.created.push(t('setup.created.sessions', { count: housekeeping.sessionsAdded }));
    if (housekeeping.idsAssigned > 0)
      report.repaired.push(t('setup.repaired.memberIds', { count: housekeeping.idsAssigned }));
    report.problems.push(...housekeeping.problems);
    // A sheet from before the Rota tab existed gets its rota from the Rotation rows at once.
    refreshRota(spreadsheet, readSettings(spreadsheet));
  } catch (error) {
    report.problems.push(errorMessage(error));
  }

  const checklist = startHereChecklist(
    startHereState(
      spreadsheet,
      plan.missingWording.map((missing) => missing.instrument.shortTitle),
    ),
  );
  if (writeStartHere(spreadsheet, checklist))
    report.created.push(t('setup.created.tab', { tab: START_HERE_SPEC.name }));
  if (firstRun) removeEmptyDefaultTabs(spreadsheet, new Set(TAB_ORDER));
  // First run: every tab in its place. Later: only Start here back to the front and the forms'
  // response tabs (Google inserts new ones first) to the end; the group's own order is kept.
  arrangeTabs(
    spreadsheet,
    firstRun
      ? TAB_ORDER
      : [START_HERE_SPEC.name, TAB.checkins, TAB.surveys, TAB.feedback, TAB.community],
  );
  report.next = nextStep(checklist);
  return report;
}

/** Rewrites the Start here tab from what the sheet shows now (after Check installation). */
export function refreshStartHere(spreadsheet: Spreadsheet): void {
  if (!findTab(spreadsheet, START_HERE_SPEC.name)) return;
  const stored = readRawSettings(spreadsheet);
  const plan = readSurveyPlan(spreadsheet, enabledInstruments(stored.instruments));
  writeStartHere(
    spreadsheet,
    startHereChecklist(
      startHereState(
        spreadsheet,
        plan.missingWording.map((missing) => missing.instrument.shortTitle),
      ),
    ),
  );
}

/** What the sheet shows about each Start here step, read after Set up has done its work. */
function startHereState(
  spreadsheet: Spreadsheet,
  instrumentsWithoutWording: readonly string[],
): StartHereState {
  const raw = readRawSettings(spreadsheet);
  const defaultName = SETTING_DEFINITIONS.find(
    (definition) => definition.key === 'groupName',
  )?.defaultValue({ timeZone: '' });
  const members = readTab(spreadsheet, TAB.members);
  const map = new HeaderMap(members.headers);
  const named = members.rows.filter(
    (row) =>
      String(map.get(row, MEMBER_COLUMNS.name) ?? '').trim() !== '' &&
      String(map.get(row, MEMBER_COLUMNS.email) ?? '').trim() !== '',
  ).length;
  // A response moved to Review still shows the forms reached someone.
  const responses = [TAB.checkins, TAB.surveys, TAB.review].reduce((total, name) => {
    const sheet = findTab(spreadsheet, name);
    return total + (sheet ? Math.max(0, sheet.getLastRow() - 1) : 0);
  }, 0);
  const last = lastInstallationCheck();
  return {
    lastCheck: last
      ? {
          when: Utilities.formatDate(
            new Date(last.atMs),
            spreadsheet.getSpreadsheetTimeZone(),
            'd MMM yyyy HH:mm',
          ),
          problems: last.problems,
        }
      : null,
    settingsFilledIn:
      (raw.groupName ?? '') !== '' &&
      raw.groupName !== defaultName &&
      (raw.organisers ?? '') !== '',
    members: named,
    responses,
    instrumentsWithoutWording,
  };
}

/** The switched-on instruments, leniently: a typo here must not stop Set up from repairing. */
function enabledInstruments(raw: string | undefined): InstrumentId[] {
  const wanted = (raw ?? '').split(',').map((part) => part.trim().toLowerCase());
  const known = INSTRUMENTS.map((instrument) => instrument.id).filter((id) => wanted.includes(id));
  return raw === undefined || raw.trim() === ''
    ? INSTRUMENTS.map((instrument) => instrument.id)
    : known;
}

function noteTab(report: SetupReport, repair: ReturnType<typeof ensureTab>): void {
  if (repair.created) report.created.push(t('setup.created.tab', { tab: repair.tab }));
  else if (repair.addedColumns.length > 0) {
    report.repaired.push(
      t('setup.repaired.columns', { tab: repair.tab, columns: repair.addedColumns.join(', ') }),
    );
  }
}

function ensureForm(
  spreadsheet: Spreadsheet,
  slot: FormSlot,
  storedId: string,
  report: SetupReport,
) {
  let form = openFormIfExists(storedId) ?? findLinkedForm(spreadsheet, slot.spec);
  if (form) {
    // The group's language (issue 17) first, so the items added next are found in it too.
    if (applyLanguage(form, slot.spec))
      report.repaired.push(FORM_TEXTS.languageApplied(slot.label));
    const added = addMissingItems(form, slot.spec);
    if (added.length > 0)
      report.repaired.push(
        t('setup.repaired.questions', { form: slot.label, count: added.length }),
      );
    // Consent (SPEC section 9) opens the form, under the statement the description now carries.
    if (added.includes(CONSENT_TEXT.title) && moveItemToTop(form, CONSENT_ITEM))
      report.repaired.push(FORM_TEXTS.consentAdded(slot.label));
    const fixed = repairFormSettings(form, slot.spec);
    if (fixed.titled) report.repaired.push(FORM_TEXTS.titled(slot.label));
    if (fixed.emailSet) report.repaired.push(FORM_TEXTS.emailPerForm(slot.label, true));
    if (fixed.emailOff) report.repaired.push(FORM_TEXTS.emailOff(slot.label));
    if (fixed.published) report.repaired.push(FORM_TEXTS.published(slot.label));
    if (updateDescription(form, shownDescription(slot.spec.description)))
      report.repaired.push(t('setup.repaired.description', { form: slot.label }));
  } else {
    form = createForm(slot.spec);
    report.created.push(slot.label);
  }
  if (linkToSpreadsheet(form, spreadsheet) && storedId !== '')
    report.repaired.push(t('setup.repaired.linked', { form: slot.label }));

  const sheet = findResponseSheet(spreadsheet, form, slot.spec);
  if (!sheet) {
    report.problems.push(FORM_TEXTS.noResponseTab(slot.label));
    return form;
  }
  if (tabId(sheet) !== slot.tab) {
    const squatter = findTab(spreadsheet, slot.tab);
    // A tab already using the name keeps its data under a name that says what happened.
    if (squatter) squatter.setName(`${squatter.getName()} (old ${squatter.getSheetId()})`);
    sheet.setName(localName('tab.', slot.tab));
  } else nameInLanguage(spreadsheet, sheet, slot.tab);
  const spec: TabSpec = {
    name: slot.tab,
    scriptWritten: false,
    formResponses: slot.spec.kind,
    columns: DERIVED_COLUMN_SPECS,
  };
  const headers = readHeaderRow(sheet);
  headersInLanguage(sheet, headers, spec.columns);
  if (!hasGoogleColumns(headers, slot.spec))
    report.problems.push(FORM_TEXTS.googleColumnsMissing(slot.tab, collectsEmail(slot.spec)));
  const added = addMissingColumns(sheet, headers, spec.columns);
  if (added.length > 0) {
    // The form made the tab with Sheets' 26 columns; Set up has just added its own: the empty
    // columns right of them would count against the 10 million cells for nothing (a question
    // added to the form later gets a new column from Forms).
    trimColumns(sheet, Math.max(sheet.getLastColumn(), headers.length + added.length));
    sheet.setFrozenRows(1);
    if (storedId !== '' && report.created.indexOf(slot.label) < 0) {
      report.repaired.push(
        t('setup.repaired.columns', { tab: slot.tab, columns: added.join(', ') }),
      );
    }
  }
  return form;
}

/**
 * Google's own columns (time, then the address on a form that collects one) come first, headed
 * in the account's language: all the script can check is that they are there and hold neither a
 * question nor its own. The anonymous form has only the time before its questions.
 */
function hasGoogleColumns(headers: readonly unknown[], spec: FormSpec): boolean {
  const ours = new Set<string>([
    ...answerItems(spec).map((item) => item.title),
    ...DERIVED_COLUMN_SPECS.map((column) => column.name),
  ]);
  const count = googleColumns(spec).length;
  const first = headers.slice(0, count).map((header) => String(header).trim());
  return (
    first.length === count &&
    first.every((header) => header !== '' && !ours.has(englishName(header) ?? header))
  );
}

/** Whether members need a Google account, in the dialog's words. */
function emailCollectionLines(report: SetupReport): string[] {
  const kinds = new Set(report.emailCollection.map((entry) => entry.collection));
  if (kinds.size === 1 && kinds.has('typed')) return [FORM_TEXTS.emailTyped];
  if (kinds.size === 1 && kinds.has('verified')) return [FORM_TEXTS.emailVerified];
  return report.emailCollection
    .filter((entry) => entry.collection !== 'none')
    .map((entry) => FORM_TEXTS.emailPerForm(entry.label, entry.collection === 'typed'));
}

export function setupDialog(report: SetupReport): DialogSection[] {
  const sections: DialogSection[] = [];
  if (report.created.length > 0)
    sections.push({ heading: t('setup.heading.created'), lines: report.created });
  if (report.repaired.length > 0)
    sections.push({ heading: t('setup.heading.repaired'), lines: report.repaired });
  if (report.created.length === 0 && report.repaired.length === 0) {
    sections.push({
      heading: t('setup.heading.nothingToDo'),
      lines: [t('setup.nothingChanged')],
    });
  }
  if (report.problems.length > 0)
    sections.push({ heading: t('setup.heading.problems'), lines: report.problems });
  sections.push({
    heading: t('setup.heading.forms'),
    lines: [...emailCollectionLines(report), report.sender],
    links: report.links,
  });
  sections.push(
    report.next
      ? {
          heading: t('setup.heading.nextStep', { step: report.next.step }),
          lines: [report.next.how, t('setup.startHereLists', { tab: START_HERE_SPEC.name })],
        }
      : {
          heading: t('setup.heading.allStepsDone'),
          lines: [t('setup.allStepsDone', { tab: START_HERE_SPEC.name })],
        },
  );
  return sections;
}
