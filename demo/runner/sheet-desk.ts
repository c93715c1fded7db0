/**
 * A facilitator at the spreadsheet: typing into tabs directly, as the product expects people to
 * (Members, Settings, Instrument wording, Sessions, Activities, Review). Columns are found by
 * header name, as the script finds them. Text is typed exactly as a person types it, so Sheets
 * parses it the same way (a date becomes a date, "=..." a formula). These edits are people, not
 * the script, so they are not counted against the script's service calls.
 */
import type { Environment } from '../../emulator/environment';
import type { FakeSheet } from '../../emulator/services/spreadsheet';
import { RESPONSE_EMAIL } from '../../src/domain/forms/form-spec';
import { englishName } from '../../src/domain/i18n';
import {
  ACTIVITY_COLUMNS,
  CONTACT_REQUEST_COLUMNS,
  REVIEW_COLUMNS,
  SESSION_COLUMNS,
  SETTINGS_COLUMNS,
  STORY_COLUMNS,
  TAB,
  WORDING_COLUMNS,
  WORKING_GROUP_COLUMNS,
} from '../../src/domain/sheet/tabs';
import { localDate } from '../local-time';

export interface Tab {
  sheet: FakeSheet;
  headers: string[];
  /** Data rows (below the header); sheet row = index + 2. */
  rows: unknown[][];
}

export class DemoStepError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DemoStepError';
  }
}

export function readTab(env: Environment, name: string): Tab {
  return env.meter.internal(() => {
    // A person reads the tab and its headers in the group's language (issue 17): the desk
    // knows them by their English names, as the script does.
    const sheet =
      env.spreadsheet.getSheetByName(name) ??
      env.spreadsheet.getSheets().find((candidate) => englishName(candidate.getName()) === name);
    if (!sheet) throw new DemoStepError(`the spreadsheet has no "${name}" tab`);
    const [headers = [], ...rows] = sheet.getDataRange().getValues();
    return { sheet, headers: headers.map((cell) => englishName(cell) ?? String(cell)), rows };
  });
}

export function column(tab: Tab, name: string): number {
  const index = tab.headers.indexOf(name);
  if (index < 0)
    throw new DemoStepError(`the "${tab.sheet.getName()}" tab has no "${name}" column`);
  return index;
}

export function setCell(
  env: Environment,
  tab: Tab,
  rowIndex: number,
  name: string,
  value: unknown,
): void {
  const col = column(tab, name);
  env.meter.internal(() => tab.sheet.getRange(rowIndex + 2, col + 1).setValue(value));
}

/** Types one row below the data, each value under its header; returns the row's index. */
export function appendByHeader(
  env: Environment,
  tab: Tab,
  values: Record<string, unknown>,
): number {
  const cells = tab.headers.map((header) => (header in values ? values[header] : ''));
  for (const name of Object.keys(values)) column(tab, name);
  env.meter.internal(() => tab.sheet.appendRow(cells));
  return tab.rows.length;
}

export function typeSettings(env: Environment, settings: Record<string, string | number>): void {
  const tab = readTab(env, TAB.settings);
  const labels = tab.rows.map((row) => {
    const label = row[column(tab, SETTINGS_COLUMNS.setting)];
    return englishName(label) ?? String(label).trim();
  });
  for (const [label, value] of Object.entries(settings)) {
    const index = labels.indexOf(label);
    if (index < 0) throw new DemoStepError(`Settings has no row "${label}"`);
    setCell(env, tab, index, SETTINGS_COLUMNS.value, value);
  }
}

export function settingValue(env: Environment, label: string): unknown {
  const tab = readTab(env, TAB.settings);
  const row = tab.rows.find((cells) => {
    const cell = cells[column(tab, SETTINGS_COLUMNS.setting)];
    return (englishName(cell) ?? String(cell).trim()) === label;
  });
  return row ? row[column(tab, SETTINGS_COLUMNS.value)] : undefined;
}

/** Pastes wording next to each item Set up listed; returns item ids it found no row for. */
export function pasteWording(env: Environment, wording: Record<string, string>): string[] {
  const tab = readTab(env, TAB.wording);
  const ids = tab.rows.map((row) => String(row[column(tab, WORDING_COLUMNS.itemId)]).trim());
  const missing: string[] = [];
  for (const [itemId, text] of Object.entries(wording)) {
    const index = ids.indexOf(itemId);
    if (index < 0) missing.push(itemId);
    else setCell(env, tab, index, WORDING_COLUMNS.wording, text);
  }
  return missing;
}

/** Clears every session row: used when a scenario changes the meeting day before the season. */
export function clearSessions(env: Environment): number {
  const tab = readTab(env, TAB.sessions);
  if (tab.rows.length > 0) env.meter.internal(() => tab.sheet.deleteRows(2, tab.rows.length));
  return tab.rows.length;
}

function sessionIndex(tab: Tab, date: string, timeZone: string): number {
  const col = column(tab, SESSION_COLUMNS.date);
  return tab.rows.findIndex((row) => {
    const cell = row[col];
    const text = cell instanceof Date ? localDate(cell.getTime(), timeZone) : String(cell).trim();
    return text === date;
  });
}

/** Edits a session's status or topic; a date not in the tab is added, as an extra session. */
export function editSession(
  env: Environment,
  change: { date: string; status?: string; topic?: string },
  meetingTime: string,
  timeZone: string,
): 'edited' | 'added' {
  const tab = readTab(env, TAB.sessions);
  const index = sessionIndex(tab, change.date, timeZone);
  if (index < 0) {
    appendByHeader(env, tab, {
      [SESSION_COLUMNS.date]: change.date,
      [SESSION_COLUMNS.startTime]: `'${meetingTime}`,
      [SESSION_COLUMNS.topic]: change.topic ?? '',
      [SESSION_COLUMNS.status]: change.status ?? 'planned',
    });
    return 'added';
  }
  if (change.status !== undefined) setCell(env, tab, index, SESSION_COLUMNS.status, change.status);
  if (change.topic !== undefined) setCell(env, tab, index, SESSION_COLUMNS.topic, change.topic);
  return 'edited';
}

export function addActivity(
  env: Environment,
  activity: {
    date: string;
    kind: string;
    description: string;
    partner: string;
    memberIds: string[];
    peopleReached: number;
    eventCode?: string;
  },
): void {
  appendByHeader(env, readTab(env, TAB.activities), {
    ...(activity.eventCode !== undefined
      ? { [ACTIVITY_COLUMNS.eventCode]: activity.eventCode }
      : {}),
    [ACTIVITY_COLUMNS.date]: activity.date,
    [ACTIVITY_COLUMNS.kind]: activity.kind,
    [ACTIVITY_COLUMNS.description]: activity.description,
    [ACTIVITY_COLUMNS.partner]: activity.partner,
    [ACTIVITY_COLUMNS.membersInvolved]: activity.memberIds.join(', '),
    [ACTIVITY_COLUMNS.peopleReached]: activity.peopleReached,
  });
}

const normalEmail = (value: unknown) =>
  String(value ?? '')
    .replace(/\s+/g, '')
    .toLowerCase();

/** Corrects the first Review row still waiting for the given email and sets its Action. */
export function fixReviewRow(
  env: Environment,
  fix: { email: string; set: Record<string, string | number>; action: string },
): void {
  const tab = readTab(env, TAB.review);
  const emailColumn = column(tab, RESPONSE_EMAIL);
  const action = column(tab, REVIEW_COLUMNS.action);
  const index = tab.rows.findIndex(
    (row) =>
      normalEmail(row[emailColumn]) === normalEmail(fix.email) &&
      String(row[action]).trim() === 'waiting',
  );
  if (index < 0)
    throw new DemoStepError(`no Review row waiting with the email ${fix.email} (nothing to fix)`);
  for (const [header, value] of Object.entries(fix.set)) setCell(env, tab, index, header, value);
  setCell(env, tab, index, REVIEW_COLUMNS.action, fix.action);
}

/** A facilitator marks a member's open contact requests done, once someone has been in touch. */
export function markContactRequestsDone(env: Environment, memberId: string): void {
  const tab = readTab(env, TAB.contactRequests);
  const idColumn = column(tab, CONTACT_REQUEST_COLUMNS.memberId);
  const status = column(tab, CONTACT_REQUEST_COLUMNS.status);
  const open = tab.rows
    .map((row, index) => ({ row, index }))
    .filter(({ row }) => String(row[idColumn]).trim() === memberId && row[status] !== 'done');
  if (open.length === 0)
    throw new DemoStepError(`no open contact request from ${memberId} (nothing to mark done)`);
  for (const { index } of open) setCell(env, tab, index, CONTACT_REQUEST_COLUMNS.status, 'done');
}

/** A facilitator approves a member's stories: "Approved" yes on each of their Stories rows. */
export function approveStories(env: Environment, memberId: string): void {
  const tab = readTab(env, TAB.stories);
  const idColumn = column(tab, STORY_COLUMNS.memberId);
  const rows = tab.rows
    .map((row, index) => ({ row, index }))
    .filter(({ row }) => String(row[idColumn]).trim() === memberId);
  if (rows.length === 0)
    throw new DemoStepError(`no story from ${memberId} in the Stories tab (nothing to approve)`);
  for (const { index } of rows) setCell(env, tab, index, STORY_COLUMNS.approved, 'yes');
}

/** Adds a Working groups row, or updates the row with the same name (a facilitator's edit). */
export function upsertWorkingGroup(
  env: Environment,
  group: {
    name: string;
    purpose: string;
    memberIds: string[];
    partner: string;
    status: string;
    nextStep: string;
    started?: string;
  },
): void {
  const tab = readTab(env, TAB.workingGroups);
  const cells = {
    [WORKING_GROUP_COLUMNS.name]: group.name,
    [WORKING_GROUP_COLUMNS.purpose]: group.purpose,
    [WORKING_GROUP_COLUMNS.members]: group.memberIds.join(', '),
    [WORKING_GROUP_COLUMNS.partner]: group.partner,
    [WORKING_GROUP_COLUMNS.status]: group.status,
    [WORKING_GROUP_COLUMNS.nextStep]: group.nextStep,
    [WORKING_GROUP_COLUMNS.started]: group.started ?? '',
  };
  const nameAt = tab.headers.indexOf(WORKING_GROUP_COLUMNS.name);
  const index = tab.rows.findIndex((row) => String(row[nameAt]).trim() === group.name.trim());
  if (index < 0) {
    appendByHeader(env, tab, cells);
    return;
  }
  for (const [column, value] of Object.entries(cells)) setCell(env, tab, index, column, value);
}
