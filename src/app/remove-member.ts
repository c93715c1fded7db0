/**
 * Peer Circle > Remove a member's data: deletes every row that belongs to one member (their
 * Members row, check-ins, surveys, Review rows, reminders, buddy groups) and removes their id
 * from shared rows (rotation, activities, other members' do-not-pair lists), so nothing that
 * identifies them is left. Outcome tabs are refreshed afterwards from what remains.
 *
 * Retention (app/retention.ts) removes a leaver the same way with `anonymiseAs`: what
 * identifies them goes exactly as here, but the rows the figures count (Members, check-ins,
 * surveys, the register, rotation, activities, working groups) keep their numbers under a
 * pseudonym instead of being deleted, with every address, name and free text emptied, so
 * that every figure, and every report already saved, stays as it was.
 */
import { normaliseEmail } from '../domain/members';
import { cellToText, isDate } from '../domain/sheet/cells';
import { HeaderMap } from '../domain/sheet/header-map';
import {
  ACTIVITY_COLUMNS,
  BUDDY_COLUMNS,
  CONTACT_REQUEST_COLUMNS,
  DERIVED_COLUMNS,
  MEMBER_COLUMNS,
  REGISTER_COLUMNS,
  STORY_COLUMNS,
  ROTATION_COLUMNS,
  WORKING_GROUP_COLUMNS,
  SENT_COLUMNS,
  TAB,
  ANONYMOUS_RESPONSE_TABS,
} from '../domain/sheet/tabs';
import { RESPONSE_EMAIL, responseHeaders } from '../domain/forms/form-spec';
import { deleteFormResponsesOf } from '../services/forms';
import { RESPONSE_TIMESTAMP } from '../domain/forms/form-spec';
import { localDateFormatter } from '../domain/dates';
import { idsInCell, namesOf } from '../domain/member-names';
import { refreshRota } from './rotation';
import { t } from '../domain/i18n';
import { reportsIncluding, SAVED_REPORT_TEXT, SavedReport } from '../domain/saved-reports';
import { trashSavedReport } from '../services/drive';
import { forgetSavedReports, readSavedReports } from '../services/saved-reports';
import { readSettings, writeSystemSettings } from '../services/settings-tab';
import { deleteRows } from '../services/records/responses';
import {
  removeArchivedCheckinsOf,
  renameArchivedCheckinsOf,
} from '../services/records/checkin-archive';
import { ANONYMISED_BLANK } from '../domain/retention/columns';
import { RETENTION_TEXT } from '../domain/retention/texts';
import { ARCHIVE_TAB } from '../domain/archive/texts';
import { finishInterruptedMove } from './archive';
import { FIRST_DATA_ROW, readTab, Table, verbatim, writeBlock, findTab } from '../services/sheets';
import { rewriteRows } from '../services/rewrite-rows';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface RemovalSummary {
  found: boolean;
  memberId: string;
  name: string;
  removed: Record<string, number>;
  /** Saved reports whose period included the member, moved to the Drive trash. */
  reportsDeleted: SavedReport[];
  /** Those Peer Circle could not delete itself: the facilitator is asked to. */
  reportsToDelete: SavedReport[];
}

export interface MemberToRemove {
  id: string;
  name: string;
  email: string;
}

/** Finds the member by id or email (case and spaces ignored) without changing anything. */
export function findMember(spreadsheet: Spreadsheet, idOrEmail: string): MemberToRemove | null {
  const table = readTab(spreadsheet, TAB.members);
  const map = new HeaderMap(table.headers);
  const wanted = idOrEmail.trim();
  const row = table.rows.find(
    (cells) =>
      String(map.get(cells, MEMBER_COLUMNS.id)).trim() === wanted ||
      (wanted.includes('@') &&
        normaliseEmail(map.get(cells, MEMBER_COLUMNS.email)) === normaliseEmail(wanted)),
  );
  if (!row) return null;
  return {
    id: String(map.get(row, MEMBER_COLUMNS.id)).trim(),
    name: String(map.get(row, MEMBER_COLUMNS.name)).trim(),
    email: normaliseEmail(map.get(row, MEMBER_COLUMNS.email)),
  };
}

/** Rows (sheet row numbers) of `table` for which `belongs` holds. */
const RESPONSE_TAB_NAMES: ReadonlySet<string> = new Set([TAB.checkins, TAB.surveys]);

/** A response tab with Google's own first two columns named by position (responseHeaders). */
function readResponseTable(spreadsheet: Spreadsheet, tab: string): Table {
  const table = readTab(spreadsheet, tab);
  // The anonymous Feedback tab has no address column after the time.
  return { ...table, headers: responseHeaders(table.headers, !ANONYMOUS_RESPONSE_TABS.has(tab)) };
}

function rowsWhere(
  table: Table,
  belongs: (row: readonly unknown[], map: HeaderMap) => boolean,
): number[] {
  const map = new HeaderMap(table.headers);
  return table.rows.flatMap((row, index) => (belongs(row, map) ? [FIRST_DATA_ROW + index] : []));
}

/** The list without the member, named by id, email or name as "Do not pair with" allows. */
function withoutMember(list: unknown, member: MemberToRemove): string {
  return String(list)
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '' && !namesMember(part, member))
    .join(', ');
}

function namesMember(part: string, member: MemberToRemove): boolean {
  const folded = part.replace(/\s+/g, ' ').trim().toLowerCase();
  return (
    part === member.id ||
    (member.email !== '' && normaliseEmail(part) === member.email) ||
    (member.name !== '' && folded === member.name.replace(/\s+/g, ' ').trim().toLowerCase())
  );
}

const SECOND = 1000;

/** A response row's timestamp to the second (what Forms and the sheet both hold), or null. */
function secondOf(value: unknown): number | null {
  return isDate(value) && !Number.isNaN(value.getTime())
    ? Math.floor(value.getTime() / SECOND)
    : null;
}

interface Traces {
  /** Every address the member's rows were sent from (a typo later fixed in Review included). */
  emails: Set<string>;
  /** When each of their responses was submitted, to the second. */
  seconds: Set<number>;
  /** Seconds at which someone else submitted too: a timestamp there identifies no one. */
  sharedSeconds: Set<number>;
  /** Other members' addresses: a response from one of them is never deleted. */
  othersEmails: Set<string>;
  firstDate: string | null;
}

/**
 * What identifies the member's responses in Google Forms' own store. A row fixed in Review
 * keeps its submission time but not the address it came from, so responses are matched by
 * address or by time (where no one else submitted in the same second).
 */
function tracesOf(spreadsheet: Spreadsheet, member: MemberToRemove, timeZone: string): Traces {
  const localDate = localDateFormatter(timeZone);
  const traces: Traces = {
    emails: new Set(member.email === '' ? [] : [member.email]),
    seconds: new Set(),
    sharedSeconds: new Set(),
    othersEmails: new Set(),
    firstDate: null,
  };
  const noteDate = (date: string) => {
    if (traces.firstDate === null || date < traces.firstDate) traces.firstDate = date;
  };
  const members = readTab(spreadsheet, TAB.members);
  const membersMap = new HeaderMap(members.headers);
  for (const row of members.rows) {
    const id = String(membersMap.get(row, MEMBER_COLUMNS.id)).trim();
    const email = normaliseEmail(membersMap.get(row, MEMBER_COLUMNS.email));
    if (id !== member.id && email !== '' && email !== member.email) traces.othersEmails.add(email);
    const joined = membersMap.get(row, MEMBER_COLUMNS.joined);
    if (id === member.id && isDate(joined)) noteDate(localDate(joined));
    if (id === member.id && typeof joined === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(joined.trim()))
      noteDate(joined.trim());
  }
  const othersSeconds = new Set<number>();
  for (const tab of [TAB.checkins, TAB.surveys]) {
    const table = readResponseTable(spreadsheet, tab);
    const map = new HeaderMap(table.headers);
    for (const row of table.rows) {
      const second = secondOf(map.get(row, RESPONSE_TIMESTAMP));
      const email = normaliseEmail(map.get(row, RESPONSE_EMAIL));
      const theirs =
        String(map.get(row, DERIVED_COLUMNS.memberId)).trim() === member.id ||
        (member.email !== '' && email === member.email);
      if (!theirs) {
        if (second !== null) othersSeconds.add(second);
        continue;
      }
      if (email !== '') traces.emails.add(email);
      if (second !== null) {
        traces.seconds.add(second);
        noteDate(localDate(new Date(second * SECOND)));
      }
    }
  }
  for (const second of traces.seconds)
    if (othersSeconds.has(second)) traces.sharedSeconds.add(second);
  return traces;
}

export interface RemovalOptions {
  /**
   * Retention: keep the member's counted rows under this pseudonym (an id no one can trace
   * back) instead of deleting them; saved reports are left alone, since no figure changes.
   */
  anonymiseAs?: string;
  /**
   * Leave saved reports alone: set when the member's answers already count in no figure and
   * in no report saved since (a withdrawal acted on), so deleting them changes no figure.
   */
  keepSavedReports?: boolean;
}

export function removeMemberData(
  spreadsheet: Spreadsheet,
  member: MemberToRemove,
  formIds: readonly string[],
  options: RemovalOptions = {},
): RemovalSummary {
  const pseudonym = options.anonymiseAs ?? null;
  const removed: Record<string, number> = {};
  const settings = readSettings(spreadsheet);
  const timeZone = settings.timeZone;
  const traces = tracesOf(spreadsheet, member, timeZone);
  // Google Forms keeps its own copy of every response: those go too, whichever address sent them.
  removed['form responses'] = formIds.reduce(
    (sum, formId) =>
      sum +
      deleteFormResponsesOf(formId, (email, timestamp) => {
        const address = normaliseEmail(email);
        if (traces.emails.has(address)) return true;
        const second = Math.floor(timestamp.getTime() / SECOND);
        return (
          traces.seconds.has(second) &&
          !traces.sharedSeconds.has(second) &&
          !traces.othersEmails.has(address)
        );
      }),
    0,
  );
  const { reportsDeleted, reportsToDelete } =
    pseudonym !== null || options.keepSavedReports === true
      ? { reportsDeleted: [], reportsToDelete: [] }
      : removeSavedReports(spreadsheet, traces.firstDate);
  const deleteFrom = (
    tab: string,
    belongs: (row: readonly unknown[], map: HeaderMap) => boolean,
  ) => {
    const table = RESPONSE_TAB_NAMES.has(tab)
      ? readResponseTable(spreadsheet, tab)
      : readTab(spreadsheet, tab);
    const rows = rowsWhere(table, belongs);
    deleteRows(table.sheet, rows);
    removed[tab] = rows.length;
  };
  const isTheirs = (row: readonly unknown[], map: HeaderMap, idColumn: string) =>
    String(map.get(row, idColumn)).trim() === member.id ||
    traces.emails.has(normaliseEmail(map.get(row, RESPONSE_EMAIL)));
  /** A response tab: their rows are deleted, or kept under the pseudonym with `blank` emptied. */
  const responsesOf = (tab: string, blank: readonly string[]) => {
    const belongs = (row: readonly unknown[], map: HeaderMap) =>
      isTheirs(row, map, DERIVED_COLUMNS.memberId);
    if (pseudonym === null) return deleteFrom(tab, belongs);
    removed[tab] = rewriteRows(readResponseTable(spreadsheet, tab), (row, map) => {
      if (!belongs(row, map)) return false;
      row[map.indexOf(DERIVED_COLUMNS.memberId)] = pseudonym;
      for (const column of blank) if (map.has(column)) row[map.indexOf(column)] = '';
      return true;
    });
  };

  // An archiving cut short must finish first: its last moved row may be one of theirs.
  finishInterruptedMove(spreadsheet, timeZone);
  responsesOf(TAB.checkins, ANONYMISED_BLANK.checkins);
  removed[ARCHIVE_TAB] =
    pseudonym === null
      ? removeArchivedCheckinsOf(spreadsheet, member.id)
      : renameArchivedCheckinsOf(spreadsheet, member.id, pseudonym);
  responsesOf(TAB.surveys, ANONYMISED_BLANK.surveys);
  deleteFrom(TAB.review, (row, map) =>
    traces.emails.has(normaliseEmail(map.get(row, RESPONSE_EMAIL))),
  );
  // Keys of other members' reminders may name this member too (a buddy introduction).
  const idToken = new RegExp(`(^|[:+])${member.id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[:+])`);
  // A contact request from an address that matched no member is keyed by that address.
  const keyNamesTheirEmail = (key: string) =>
    [...traces.emails].some((email) => email !== '' && key.includes(email));
  deleteFrom(
    TAB.sent,
    (row, map) =>
      String(map.get(row, SENT_COLUMNS.memberId)).trim() === member.id ||
      idToken.test(String(map.get(row, SENT_COLUMNS.key))) ||
      keyNamesTheirEmail(String(map.get(row, SENT_COLUMNS.key))),
  );
  if (findTab(spreadsheet, TAB.contactRequests))
    deleteFrom(
      TAB.contactRequests,
      (row, map) =>
        String(map.get(row, CONTACT_REQUEST_COLUMNS.memberId)).trim() === member.id ||
        traces.emails.has(normaliseEmail(map.get(row, CONTACT_REQUEST_COLUMNS.email))),
    );
  // Their stories go with their surveys, whatever a facilitator approved.
  if (findTab(spreadsheet, TAB.stories))
    deleteFrom(
      TAB.stories,
      (row, map) => String(map.get(row, STORY_COLUMNS.memberId)).trim() === member.id,
    );
  if (findTab(spreadsheet, TAB.register)) {
    const onRegister = (row: readonly unknown[], map: HeaderMap) =>
      String(map.get(row, REGISTER_COLUMNS.memberId)).trim() === member.id;
    if (pseudonym === null) deleteFrom(TAB.register, onRegister);
    else
      removed[TAB.register] = rewriteRows(readTab(spreadsheet, TAB.register), (row, map) => {
        if (!onRegister(row, map)) return false;
        row[map.indexOf(REGISTER_COLUMNS.memberId)] = pseudonym;
        if (map.has(REGISTER_COLUMNS.name))
          row[map.indexOf(REGISTER_COLUMNS.name)] = RETENTION_TEXT.formerMember;
        return true;
      });
  }
  deleteFrom(TAB.buddies, (row, map) =>
    [BUDDY_COLUMNS.memberA, BUDDY_COLUMNS.memberB, BUDDY_COLUMNS.memberC].some(
      (column) => String(map.get(row, column)).trim() === member.id,
    ),
  );

  const membersTable = readTab(spreadsheet, TAB.members);
  const membersMap = new HeaderMap(membersTable.headers);
  const otherNames = new Map(
    membersTable.rows
      .map((row) => [
        String(membersMap.get(row, MEMBER_COLUMNS.id)).trim(),
        String(membersMap.get(row, MEMBER_COLUMNS.name)).trim(),
      ])
      .filter(([id]) => id !== '' && id !== member.id) as Array<[string, string]>,
  );
  if (pseudonym !== null) otherNames.set(pseudonym, RETENTION_TEXT.formerMember);
  /** The member's id in a shared list: gone, or the pseudonym in its place. */
  const listWithout = (list: unknown): string =>
    pseudonym === null
      ? withoutMember(list, member)
      : String(list)
          .split(',')
          .map((part) => part.trim())
          .filter((part) => part !== '')
          .map((part) => (part === member.id ? pseudonym : part))
          .join(', ');

  // Shared rows keep their place; only the member's id (and name) leaves them.
  removed[TAB.rotation] = rewriteColumnValues(spreadsheet, TAB.rotation, (row, map) => {
    if (String(map.get(row, ROTATION_COLUMNS.memberId)).trim() !== member.id) return false;
    // Anonymised, the duty still counts (leadership figures); deleted, the role is unfilled.
    row[map.indexOf(ROTATION_COLUMNS.memberId)] = pseudonym ?? '';
    const nameAt = map.indexOf(ROTATION_COLUMNS.memberName);
    if (nameAt >= 0) row[nameAt] = pseudonym === null ? 'unfilled' : RETENTION_TEXT.formerMember;
    return true;
  });
  removed[TAB.activities] = rewriteColumnValues(spreadsheet, TAB.activities, (row, map) => {
    const at = map.indexOf(ACTIVITY_COLUMNS.membersInvolved);
    if (
      at < 0 ||
      !String(row[at])
        .split(',')
        .some((part) => part.trim() === member.id)
    )
      return false;
    row[at] = listWithout(row[at]);
    // The names beside the ids follow them, so the member's name does not stay behind.
    const namesAt = map.indexOf(ACTIVITY_COLUMNS.memberNames);
    if (namesAt >= 0) row[namesAt] = namesOf(idsInCell(row[at]), otherNames);
    return true;
  });
  if (findTab(spreadsheet, TAB.workingGroups)) {
    removed[TAB.workingGroups] = rewriteColumnValues(spreadsheet, TAB.workingGroups, (row, map) => {
      const at = map.indexOf(WORKING_GROUP_COLUMNS.members);
      if (at < 0 || !idsInCell(row[at]).includes(member.id)) return false;
      row[at] = listWithout(row[at]);
      const namesAt = map.indexOf(WORKING_GROUP_COLUMNS.memberNames);
      if (namesAt >= 0) row[namesAt] = namesOf(idsInCell(row[at]), otherNames);
      return true;
    });
  }
  const doNotPairAt = membersMap.indexOf(MEMBER_COLUMNS.doNotPairWith);
  if (doNotPairAt >= 0) {
    rewriteColumnValues(spreadsheet, TAB.members, (row) => {
      if (
        !String(row[doNotPairAt])
          .split(',')
          .some((part) => namesMember(part.trim(), member))
      )
        return false;
      row[doNotPairAt] = withoutMember(row[doNotPairAt], member);
      return true;
    });
  }
  const theirRow = (row: readonly unknown[], map: HeaderMap) =>
    String(map.get(row, MEMBER_COLUMNS.id)).trim() === member.id;
  if (pseudonym === null) deleteFrom(TAB.members, theirRow);
  else
    // What a figure reads of a member stays (joined, status, consent); the rest is emptied.
    removed[TAB.members] = rewriteRows(readTab(spreadsheet, TAB.members), (row, map) => {
      if (!theirRow(row, map)) return false;
      const kept = new Map<number, unknown>();
      for (const column of [MEMBER_COLUMNS.joined, MEMBER_COLUMNS.consent])
        if (map.has(column)) kept.set(map.indexOf(column), row[map.indexOf(column)]);
      row.fill('');
      for (const [at, value] of kept) row[at] = value;
      row[map.indexOf(MEMBER_COLUMNS.id)] = pseudonym;
      row[map.indexOf(MEMBER_COLUMNS.name)] = RETENTION_TEXT.formerMember;
      row[map.indexOf(MEMBER_COLUMNS.status)] = 'left';
      return true;
    });
  // The Rota tab shows names: it is rebuilt from the Rotation rows as they are now.
  refreshRota(spreadsheet, settings);
  return {
    found: true,
    memberId: member.id,
    name: member.name,
    removed,
    reportsDeleted,
    reportsToDelete,
  };
}

/**
 * Trashes every saved report whose period included the member (an earlier and a later one
 * compared would give their answers back) and forgets it; one Peer Circle may not delete stays
 * remembered and listed for the facilitator to delete. "Last report" is cleared if it was one.
 * Withdrawn consent does the same (app/consent.ts): the figures after it, beside a report from
 * before, would give the member's answers back by subtraction.
 */
export function removeSavedReports(
  spreadsheet: Spreadsheet,
  firstDate: string | null,
): { reportsDeleted: SavedReport[]; reportsToDelete: SavedReport[] } {
  const concerned = reportsIncluding(readSavedReports(), firstDate);
  const reportsDeleted: SavedReport[] = [];
  const reportsToDelete: SavedReport[] = [];
  const forget = new Set<string>();
  for (const report of concerned) {
    const outcome = trashSavedReport(report.id);
    if (outcome === 'by-hand') reportsToDelete.push(report);
    else {
      if (outcome === 'trashed') reportsDeleted.push(report);
      forget.add(report.id);
    }
  }
  if (forget.size > 0) forgetSavedReports(forget);
  const lastUrl = concerned.length === 0 ? '' : readSettings(spreadsheet).lastReportUrl;
  if (concerned.some((report) => lastUrl !== '' && lastUrl.includes(report.id)))
    writeSystemSettings(spreadsheet, { lastReportUrl: '' });
  return { reportsDeleted, reportsToDelete };
}

/**
 * Applies `change` to every row of a tab and writes the changed span back in one setValues.
 * Returns how many rows changed.
 */
function rewriteColumnValues(
  spreadsheet: Spreadsheet,
  tab: string,
  change: (row: unknown[], map: HeaderMap) => boolean,
): number {
  const table = readTab(spreadsheet, tab);
  const map = new HeaderMap(table.headers);
  const changed: number[] = [];
  const rows = table.rows.map((row, index) => {
    const copy = [...row];
    if (change(copy, map)) changed.push(index);
    return copy;
  });
  if (changed.length === 0) return 0;
  const first = changed[0];
  const last = changed[changed.length - 1];
  writeBlock(
    table.sheet,
    FIRST_DATA_ROW + first,
    1,
    rows
      .slice(first, last + 1)
      .map((row) => row.map((cell) => (isDate(cell) ? cell : verbatim(cell)))),
  );
  return changed.length;
}

export function describeRemoval(summary: RemovalSummary): string {
  const rows = Object.entries(summary.removed)
    .filter(([, count]) => count > 0)
    .map(([tab, count]) => t('ui.removal.rowsOfTab', { tab, count }));
  return t('ui.removal.done', {
    name: cellToText(summary.name) || summary.memberId,
    id: summary.memberId,
    rows: rows.join(', ') || t('ui.removal.noRows'),
    reports: [
      ...(summary.reportsDeleted.length > 0
        ? [SAVED_REPORT_TEXT.deleted(summary.reportsDeleted)]
        : []),
      ...(summary.reportsToDelete.length > 0
        ? [SAVED_REPORT_TEXT.deleteByHand(summary.reportsToDelete)]
        : []),
      ...(summary.reportsDeleted.length + summary.reportsToDelete.length === 0
        ? [SAVED_REPORT_TEXT.none]
        : []),
      SAVED_REPORT_TEXT.warning,
    ].join(' '),
  });
}
