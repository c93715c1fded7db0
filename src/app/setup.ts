/**
 * Peer Circle > Set up or repair: creates what is missing (tabs, columns, forms, response
 * tabs, triggers, settings) and changes nothing else, so it is safe to run any number of times.
 */
import { errorMessage } from '../domain/errors';
import {
  collectsEmail,
  FormSpec,
  RESPONSE_EMAIL,
  RESPONSE_TIMESTAMP,
} from '../domain/forms/form-spec';
import { ColumnSpec, DERIVED_COLUMNS, TAB, TAB_SPECS, TabSpec } from '../domain/sheet/tabs';
import {
  addMissingItems,
  createForm,
  findLinkedForm,
  findResponseSheet,
  linkToSpreadsheet,
  openFormIfExists,
} from '../services/forms';
import {
  readRawSettings,
  readSettings,
  seedSettings,
  writeSystemSettings,
} from '../services/settings-tab';
import { refreshRota } from './rotation';
import { readMessages, seedMessages } from '../services/records/messages';
import { readSurveyPlan, seedWording } from '../services/records/wording';
import { INSTRUMENTS } from '../domain/instruments';
import { InstrumentId } from '../domain/instruments/types';
import { addMissingColumns, ensureTab, readHeaderRow } from '../services/tabs';
import { ensureTriggers } from '../services/triggers';
import { DialogSection, toast } from '../services/ui';
import { CHECKIN_FORM } from '../domain/forms/checkin-form';
import { FEEDBACK_FORM } from '../domain/forms/feedback-form';
import { Settings } from '../domain/settings';
import { refreshSessionsAndMembers } from './housekeeping';
import { ChecklistRow, nextStep, startHereChecklist, StartHereState } from '../domain/start-here';
import { HeaderMap } from '../domain/sheet/header-map';
import { MEMBER_COLUMNS } from '../domain/sheet/tabs';
import { GROWTH_TITLE } from '../domain/outcomes/growth-tab';
import { PARTICIPATION_TITLE } from '../domain/outcomes/participation-tab';
import { WELLBEING_TITLE } from '../domain/outcomes/wellbeing-tab';
import { SETTING_DEFINITIONS } from '../domain/settings';
import { START_HERE_SPEC, writeStartHere } from '../services/records/start-here';
import { arrangeTabs, removeEmptyDefaultTabs } from '../services/tab-layout';
import { readTab } from '../services/sheets';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface SetupReport {
  created: string[];
  repaired: string[];
  problems: string[];
  links: Array<{ label: string; url: string }>;
  /** The first step of the Start here checklist not done yet; null when all are. */
  next: ChecklistRow | null;
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
  PARTICIPATION_TITLE,
  GROWTH_TITLE,
  WELLBEING_TITLE,
  TAB.wording,
  TAB.messages,
  TAB.sent,
  TAB.checkins,
  TAB.surveys,
  TAB.feedback,
];

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
  const report: SetupReport = { created: [], repaired: [], problems: [], links: [], next: null };
  const timeZone = spreadsheet.getSpreadsheetTimeZone();

  toast('Checking tabs…');
  const plainTabs = TAB_SPECS.filter((spec) => !spec.formResponses);
  const repairs = plainTabs.map((spec) => ensureTab(spreadsheet, spec));
  repairs.forEach((repair) => noteTab(report, repair));
  // A brand-new sheet: Settings was created just now, so its defaults are new, not repairs.
  const firstRun = repairs.some((repair) => repair.tab === TAB.settings && repair.created);
  const seeded = seedSettings(spreadsheet, timeZone);
  if (seeded.length > 0 && firstRun)
    report.created.push(`Settings: ${seeded.length} settings with their default values`);
  else if (seeded.length > 0) report.repaired.push(`Settings: added ${seeded.join(', ')}`);

  const wordingAdded = seedWording(spreadsheet);
  if (wordingAdded > 0) report.created.push(`Instrument wording: ${wordingAdded} item(s) to paste`);
  const messagesAdded = seedMessages(
    spreadsheet,
    (readRawSettings(spreadsheet).roles ?? '')
      .split(',')
      .map((role) => role.trim())
      .filter((role) => role !== ''),
  );
  if (messagesAdded > 0) report.created.push(`Messages: ${messagesAdded} email text(s) to reword`);
  report.problems.push(...readMessages(spreadsheet).problems);

  toast('Checking forms…');
  const stored = readRawSettings(spreadsheet);
  const plan = readSurveyPlan(spreadsheet, enabledInstruments(stored.instruments));
  for (const missing of plan.missingWording) {
    report.problems.push(
      `${missing.instrument.shortTitle} is not on the Survey form yet: paste its wording into the "${TAB.wording}" tab (with the owner's permission), then run Set up or repair again.`,
    );
  }
  const slots: FormSlot[] = [
    {
      spec: CHECKIN_FORM,
      tab: TAB.checkins,
      idKey: 'checkinFormId',
      urlKey: 'checkinFormUrl',
      label: 'Check-in form',
    },
    {
      spec: plan.spec,
      tab: TAB.surveys,
      idKey: 'surveyFormId',
      urlKey: 'surveyFormUrl',
      label: 'Survey form',
    },
    // Group feedback (SPEC section 10): anonymous, so its spec collects no email.
    {
      spec: FEEDBACK_FORM,
      tab: TAB.feedback,
      idKey: 'feedbackFormId',
      urlKey: 'feedbackFormUrl',
      label: 'Group feedback form',
    },
  ];
  const systemValues: Partial<Record<keyof Settings, string>> = {};
  for (const slot of slots) {
    const form = ensureForm(spreadsheet, slot, stored[slot.idKey] ?? '', report);
    systemValues[slot.idKey] = form.getId();
    systemValues[slot.urlKey] = form.getPublishedUrl();
    report.links.push({ label: slot.label, url: form.getPublishedUrl() });
  }
  writeSystemSettings(spreadsheet, systemValues);

  toast('Checking triggers…');
  const triggers = ensureTriggers(spreadsheet);
  if (triggers.created.length > 0) report.created.push(`Triggers: ${triggers.created.join(', ')}`);
  if (triggers.removed.length > 0)
    report.repaired.push(`Removed ${triggers.removed.length} duplicate or stale trigger(s)`);

  try {
    const housekeeping = refreshSessionsAndMembers(spreadsheet);
    if (housekeeping.sessionsAdded > 0)
      report.created.push(`Sessions: ${housekeeping.sessionsAdded} upcoming`);
    if (housekeeping.idsAssigned > 0)
      report.repaired.push(`Members: ${housekeeping.idsAssigned} new member ID(s)`);
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
  if (writeStartHere(spreadsheet, checklist)) report.created.push(`Tab "${START_HERE_SPEC.name}"`);
  if (firstRun) removeEmptyDefaultTabs(spreadsheet, new Set(TAB_ORDER));
  // First run: every tab in its place. Later: only Start here back to the front and the forms'
  // response tabs (Google inserts new ones first) to the end; the group's own order is kept.
  arrangeTabs(
    spreadsheet,
    firstRun ? TAB_ORDER : [START_HERE_SPEC.name, TAB.checkins, TAB.surveys, TAB.feedback],
  );
  report.next = nextStep(checklist);
  return report;
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
  const responses = [TAB.checkins, TAB.surveys].reduce((total, name) => {
    const sheet = spreadsheet.getSheetByName(name);
    return total + (sheet ? Math.max(0, sheet.getLastRow() - 1) : 0);
  }, 0);
  return {
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
  if (repair.created) report.created.push(`Tab "${repair.tab}"`);
  else if (repair.addedColumns.length > 0) {
    report.repaired.push(`Tab "${repair.tab}": added column(s) ${repair.addedColumns.join(', ')}`);
  }
}

function ensureForm(
  spreadsheet: Spreadsheet,
  slot: FormSlot,
  storedId: string,
  report: SetupReport,
) {
  let form = openFormIfExists(storedId) ?? findLinkedForm(spreadsheet, slot.spec.title);
  if (form) {
    const added = addMissingItems(form, slot.spec);
    if (added.length > 0)
      report.repaired.push(`${slot.label}: added ${added.length} missing question(s)`);
  } else {
    form = createForm(slot.spec);
    report.created.push(slot.label);
  }
  if (linkToSpreadsheet(form, spreadsheet) && storedId !== '')
    report.repaired.push(`${slot.label}: linked to this spreadsheet again`);

  const sheet = findResponseSheet(spreadsheet, form);
  if (!sheet) {
    report.problems.push(
      `${slot.label}: its response tab could not be found; run Set up or repair again.`,
    );
    return form;
  }
  if (sheet.getName() !== slot.tab) {
    const squatter = spreadsheet.getSheetByName(slot.tab);
    // A tab already using the name keeps its data under a name that says what happened.
    if (squatter) squatter.setName(`${slot.tab} (old ${squatter.getSheetId()})`);
    sheet.setName(slot.tab);
  }
  const spec: TabSpec = {
    name: slot.tab,
    scriptWritten: false,
    formResponses: slot.spec.kind,
    columns: DERIVED_COLUMN_SPECS,
  };
  const headers = readHeaderRow(sheet);
  const googleColumns = collectsEmail(slot.spec)
    ? [RESPONSE_TIMESTAMP, RESPONSE_EMAIL]
    : [RESPONSE_TIMESTAMP];
  const missingQuestions = googleColumns.filter((name) => !headers.includes(name));
  if (missingQuestions.length > 0)
    report.problems.push(`${slot.tab}: missing ${missingQuestions.join(', ')}`);
  const added = addMissingColumns(sheet, headers, spec.columns);
  if (added.length > 0) {
    sheet.setFrozenRows(1);
    if (storedId !== '' && report.created.indexOf(slot.label) < 0) {
      report.repaired.push(`Tab "${slot.tab}": added column(s) ${added.join(', ')}`);
    }
  }
  return form;
}

export function setupDialog(report: SetupReport): DialogSection[] {
  const sections: DialogSection[] = [];
  if (report.created.length > 0) sections.push({ heading: 'Created', lines: report.created });
  if (report.repaired.length > 0) sections.push({ heading: 'Repaired', lines: report.repaired });
  if (report.created.length === 0 && report.repaired.length === 0) {
    sections.push({
      heading: 'Everything was already in place',
      lines: ['Nothing needed to change.'],
    });
  }
  if (report.problems.length > 0)
    sections.push({ heading: 'Needs your attention', lines: report.problems });
  sections.push({
    heading: 'Forms to share with members',
    lines: [
      'Reminder emails are sent from the account that ran Set up, and count against its daily email quota.',
    ],
    links: report.links,
  });
  sections.push(
    report.next
      ? {
          heading: `Next step: ${report.next.step}`,
          lines: [report.next.how, `The "${START_HERE_SPEC.name}" tab lists every step.`],
        }
      : {
          heading: 'Next step',
          lines: [`Every step on the "${START_HERE_SPEC.name}" tab is done.`],
        },
  );
  return sections;
}
