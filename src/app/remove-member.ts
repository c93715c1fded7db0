/**
 * Peer Circle > Remove a member's data: deletes every row that belongs to one member (their
 * Members row, check-ins, surveys, Review rows, reminders, buddy groups) and removes their id
 * from shared rows (rotation, activities, other members' do-not-pair lists), so nothing that
 * identifies them is left. Outcome tabs are refreshed afterwards from what remains.
 */
import { normaliseEmail } from '../domain/members';
import { cellToText, isDate } from '../domain/sheet/cells';
import { HeaderMap } from '../domain/sheet/header-map';
import {
  ACTIVITY_COLUMNS,
  BUDDY_COLUMNS,
  DERIVED_COLUMNS,
  MEMBER_COLUMNS,
  ROTATION_COLUMNS,
  SENT_COLUMNS,
  TAB,
} from '../domain/sheet/tabs';
import { RESPONSE_EMAIL } from '../domain/forms/form-spec';
import { deleteFormResponsesOf } from '../services/forms';
import { deleteRows } from '../services/records/responses';
import { FIRST_DATA_ROW, readTab, Table, verbatim, writeBlock } from '../services/sheets';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface RemovalSummary {
  found: boolean;
  memberId: string;
  name: string;
  removed: Record<string, number>;
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
function rowsWhere(table: Table, belongs: (row: unknown[], map: HeaderMap) => boolean): number[] {
  const map = new HeaderMap(table.headers);
  return table.rows.flatMap((row, index) => (belongs(row, map) ? [FIRST_DATA_ROW + index] : []));
}

function withoutId(list: unknown, id: string): string {
  return String(list)
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '' && part !== id)
    .join(', ');
}

export function removeMemberData(
  spreadsheet: Spreadsheet,
  member: MemberToRemove,
  formIds: readonly string[],
): RemovalSummary {
  const removed: Record<string, number> = {};
  // Google Forms keeps its own copy of every response: those go too.
  removed['form responses'] = formIds.reduce(
    (sum, formId) => sum + deleteFormResponsesOf(formId, member.email),
    0,
  );
  const deleteFrom = (tab: string, belongs: (row: unknown[], map: HeaderMap) => boolean) => {
    const table = readTab(spreadsheet, tab);
    const rows = rowsWhere(table, belongs);
    deleteRows(table.sheet, rows);
    removed[tab] = rows.length;
  };
  const isTheirs = (row: unknown[], map: HeaderMap, idColumn: string) =>
    String(map.get(row, idColumn)).trim() === member.id ||
    (member.email !== '' && normaliseEmail(map.get(row, RESPONSE_EMAIL)) === member.email);

  deleteFrom(TAB.checkins, (row, map) => isTheirs(row, map, DERIVED_COLUMNS.memberId));
  deleteFrom(TAB.surveys, (row, map) => isTheirs(row, map, DERIVED_COLUMNS.memberId));
  deleteFrom(
    TAB.review,
    (row, map) =>
      member.email !== '' && normaliseEmail(map.get(row, RESPONSE_EMAIL)) === member.email,
  );
  // Keys of other members' reminders may name this member too (a buddy introduction).
  const idToken = new RegExp(`(^|[:+])${member.id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[:+])`);
  deleteFrom(
    TAB.sent,
    (row, map) =>
      String(map.get(row, SENT_COLUMNS.memberId)).trim() === member.id ||
      idToken.test(String(map.get(row, SENT_COLUMNS.key))),
  );
  deleteFrom(TAB.buddies, (row, map) =>
    [BUDDY_COLUMNS.memberA, BUDDY_COLUMNS.memberB, BUDDY_COLUMNS.memberC].some(
      (column) => String(map.get(row, column)).trim() === member.id,
    ),
  );

  // Shared rows keep their place; only the member's id (and name) leaves them.
  removed[TAB.rotation] = rewriteColumnValues(spreadsheet, TAB.rotation, (row, map) => {
    if (String(map.get(row, ROTATION_COLUMNS.memberId)).trim() !== member.id) return false;
    row[map.indexOf(ROTATION_COLUMNS.memberId)] = '';
    const nameAt = map.indexOf(ROTATION_COLUMNS.memberName);
    if (nameAt >= 0) row[nameAt] = 'unfilled';
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
    row[at] = withoutId(row[at], member.id);
    return true;
  });
  const membersTable = readTab(spreadsheet, TAB.members);
  const membersMap = new HeaderMap(membersTable.headers);
  const doNotPairAt = membersMap.indexOf(MEMBER_COLUMNS.doNotPairWith);
  if (doNotPairAt >= 0) {
    rewriteColumnValues(spreadsheet, TAB.members, (row) => {
      if (
        !String(row[doNotPairAt])
          .split(',')
          .some((part) => part.trim() === member.id)
      )
        return false;
      row[doNotPairAt] = withoutId(row[doNotPairAt], member.id);
      return true;
    });
  }
  deleteFrom(
    TAB.members,
    (row, map) => String(map.get(row, MEMBER_COLUMNS.id)).trim() === member.id,
  );
  return { found: true, memberId: member.id, name: member.name, removed };
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
  const parts = Object.entries(summary.removed)
    .filter(([, count]) => count > 0)
    .map(([tab, count]) => `${tab}: ${count}`);
  return `Removed the data of ${cellToText(summary.name) || summary.memberId} (${summary.memberId}). Rows removed or cleared: ${parts.join(', ') || 'none'}.`;
}
