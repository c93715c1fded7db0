/**
 * The Rotation tab: one row per (session date, role). Facilitators may change a row and mark it
 * Locked; planning keeps locked and past rows exactly as they are.
 */
import { isIsoDate, localDateFormatter, startOfLocalDay } from '../../domain/dates';
import { ROTA_UNFILLED } from '../../domain/rota';
import { asText, isDate } from '../../domain/sheet/cells';
import { HeaderMap } from '../../domain/sheet/header-map';
import { ROTATION_COLUMNS, TAB } from '../../domain/sheet/tabs';
import { Member, RotationAssignment } from '../../domain/types';
import { readTab, Table, verbatim, writeBlock } from '../sheets';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export const UNFILLED = ROTA_UNFILLED;

export interface RotationRead {
  table: Table;
  assignments: RotationAssignment[];
}

export function readRotation(
  spreadsheet: Spreadsheet,
  timeZone: string,
  members: readonly Member[],
): RotationRead {
  const table = readTab(spreadsheet, TAB.rotation);
  const map = new HeaderMap(table.headers);
  map.requireAll(TAB.rotation, [
    ROTATION_COLUMNS.date,
    ROTATION_COLUMNS.role,
    ROTATION_COLUMNS.memberId,
    ROTATION_COLUMNS.locked,
  ]);
  const localDate = localDateFormatter(timeZone);
  const byName = new Map(members.map((member) => [member.name.trim().toLowerCase(), member.id]));
  const known = new Set(members.map((member) => member.id));
  const assignments: RotationAssignment[] = [];
  for (const row of table.rows) {
    const rawDate = map.get(row, ROTATION_COLUMNS.date);
    const date = isDate(rawDate) ? localDate(rawDate) : String(rawDate).trim();
    const role = String(map.get(row, ROTATION_COLUMNS.role)).trim();
    if (!isIsoDate(date) || role === '') continue;
    let memberId: string | null = String(map.get(row, ROTATION_COLUMNS.memberId)).trim();
    // A facilitator may type just the name when changing a row by hand.
    if (!known.has(memberId))
      memberId =
        byName.get(String(map.get(row, ROTATION_COLUMNS.memberName)).trim().toLowerCase()) ?? null;
    const lockedCell = map.get(row, ROTATION_COLUMNS.locked);
    const locked =
      lockedCell === true || ['yes', 'y', 'true'].includes(String(lockedCell).trim().toLowerCase());
    assignments.push({ date, role, memberId, locked });
  }
  return { table, assignments };
}

/**
 * Rewrites the tab's rows in one block (sorted by date, then role order), clearing the rest.
 * Columns a facilitator added (notes, swaps) keep their cells, following their (date, role).
 */
export function writeRotation(
  read: RotationRead,
  assignments: readonly RotationAssignment[],
  roleOrder: readonly string[],
  members: readonly Member[],
  timeZone: string,
): void {
  const map = new HeaderMap(read.table.headers);
  const names = new Map(members.map((member) => [member.id, member.name]));
  const rank = (role: string) => {
    const index = roleOrder.indexOf(role);
    return index < 0 ? roleOrder.length : index;
  };
  const localDate = localDateFormatter(timeZone);
  const own = new Set(Object.values(ROTATION_COLUMNS).map((name) => map.indexOf(name)));
  const extras = new Map<string, unknown[]>();
  for (const row of read.table.rows) {
    const rawDate = map.get(row, ROTATION_COLUMNS.date);
    const date = isDate(rawDate) ? localDate(rawDate) : String(rawDate).trim();
    const key = `${date}|${String(map.get(row, ROTATION_COLUMNS.role)).trim()}`;
    if (!extras.has(key))
      extras.set(
        key,
        row.map((cell, index) => (own.has(index) ? '' : isDate(cell) ? cell : verbatim(cell))),
      );
  }
  const sorted = [...assignments].sort(
    (a, b) =>
      a.date.localeCompare(b.date) || rank(a.role) - rank(b.role) || a.role.localeCompare(b.role),
  );
  const rows = sorted.map((assignment) => {
    const cells: unknown[] = [
      ...(extras.get(`${assignment.date}|${assignment.role}`) ??
        new Array(read.table.headers.length).fill('')),
    ];
    cells[map.indexOf(ROTATION_COLUMNS.date)] = startOfLocalDay(assignment.date, timeZone);
    cells[map.indexOf(ROTATION_COLUMNS.role)] = asText(assignment.role);
    cells[map.indexOf(ROTATION_COLUMNS.memberId)] = asText(assignment.memberId ?? '');
    const nameAt = map.indexOf(ROTATION_COLUMNS.memberName);
    if (nameAt >= 0)
      cells[nameAt] = asText(
        assignment.memberId ? (names.get(assignment.memberId) ?? '') : UNFILLED,
      );
    cells[map.indexOf(ROTATION_COLUMNS.locked)] = assignment.locked ? 'yes' : 'no';
    return cells;
  });
  // Rows no longer needed at the bottom are blanked in the same write.
  const leftover = Math.max(0, read.table.rows.length - rows.length);
  const blanks = Array.from({ length: leftover }, () =>
    new Array<unknown>(read.table.headers.length).fill(''),
  );
  writeBlock(read.table.sheet, 2, 1, [...rows, ...blanks]);
}
