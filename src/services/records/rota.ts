/**
 * Writes the Rota tab (one row per session, a column per role) from the Rotation rows, in the
 * same execution as the Rotation write so the two never disagree. Read first and written only
 * when something changed: most daily runs change nothing, and a read costs less than a write.
 * A sheet made before the Rota tab existed has none until Set up or repair adds it; until then
 * nothing is written (the Rotation tab stays the record).
 */
import { localName } from '../../domain/i18n';
import { startOfLocalDay } from '../../domain/dates';
import { rotaGrid } from '../../domain/rota';
import { asText, isDate } from '../../domain/sheet/cells';
import { ROTA_COLUMNS, TAB } from '../../domain/sheet/tabs';
import { Member, RotationAssignment } from '../../domain/types';
import { readTable, writeBlock, findTab } from '../sheets';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Returns whether the tab was rewritten. */
export function writeRota(
  spreadsheet: Spreadsheet,
  assignments: readonly RotationAssignment[],
  roleOrder: readonly string[],
  members: readonly Member[],
  timeZone: string,
): boolean {
  const sheet = findTab(spreadsheet, TAB.rota);
  if (!sheet) return false;
  const grid = rotaGrid(
    assignments,
    roleOrder,
    new Map(members.map((member) => [member.id, member.name])),
  );
  const wanted: unknown[][] = [
    // The date column under the group's language's name; the roles are the group's own words.
    [localName('column.', ROTA_COLUMNS.date), ...grid.roles.map(asText)],
    ...grid.rows.map((row) => [startOfLocalDay(row.date, timeZone), ...row.cells.map(asText)]),
  ];
  const current = readTable(sheet);
  const before = current.headers.length === 0 ? [] : [current.headers, ...current.rows];
  if (sameCells(before, wanted)) return false;
  // One write covers the old extent too, so rows and columns no longer needed are blanked.
  const height = Math.max(wanted.length, before.length);
  const width = Math.max(wanted[0].length, before[0]?.length ?? 0);
  const block = Array.from({ length: height }, (_, r) =>
    Array.from({ length: width }, (_, c) => wanted[r]?.[c] ?? ''),
  );
  try {
    writeBlock(sheet, 1, 1, block);
  } catch (error) {
    // Columns Sheets inserts copy the validation of the column before them (the date column);
    // a run stopped between inserting them and clearing it leaves a date rule on role columns.
    // The role columns have no rule of their own, so the stray one is cleared and the write
    // tried again (nothing is lost: the Rota tab is rebuilt whole from Rotation).
    if (!/violates the data validation rules/.test(String(error)) || width < 2) throw error;
    sheet.getRange(2, 2, Math.max(1, sheet.getMaxRows() - 1), width - 1).clearDataValidations();
    writeBlock(sheet, 1, 1, block);
  }
  return true;
}

function sameCells(
  a: ReadonlyArray<readonly unknown[]>,
  b: ReadonlyArray<readonly unknown[]>,
): boolean {
  if (a.length !== b.length) return false;
  return a.every((row, r) => {
    const other = b[r];
    const width = Math.max(row.length, other.length);
    for (let c = 0; c < width; c += 1) {
      if (!sameCell(row[c] ?? '', other[c] ?? '')) return false;
    }
    return true;
  });
}

function sameCell(a: unknown, b: unknown): boolean {
  if (isDate(a) || isDate(b)) return isDate(a) && isDate(b) && a.getTime() === b.getTime();
  return String(a) === String(b).replace(/^'/, '');
}
