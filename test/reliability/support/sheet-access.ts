/**
 * Emulator-side access to the bound spreadsheet for checks and facilitator edits. Everything
 * runs inside `meter.internal`, so it neither counts as a script call nor trips an injected fault.
 */
import { Environment } from '../../../emulator/environment';

type Row = Record<string, unknown>;

export function hasTab(env: Environment, name: string): boolean {
  return env.meter.internal(() => env.spreadsheet.getSheetByName(name) !== null);
}

export function tabNames(env: Environment): string[] {
  return env.meter.internal(() => env.spreadsheet.getSheets().map((sheet) => sheet.getName()));
}

/** A tab's data range as getValues returns it; [] when the tab does not exist. */
export function tabValues(env: Environment, name: string): unknown[][] {
  return env.meter.internal(() => {
    const sheet = env.spreadsheet.getSheetByName(name);
    return sheet ? sheet.getDataRange().getValues() : [];
  });
}

/** Data rows as records by header (the first of two same-named columns wins). */
export function tabRows(env: Environment, name: string): Row[] {
  const [headers = [], ...rows] = tabValues(env, name);
  return rows.map((row) => {
    const record: Row = {};
    headers.forEach((header, index) => {
      const title = String(header);
      if (title !== '' && !(title in record)) record[title] = row[index];
    });
    return record;
  });
}

/** Every non-empty formula of every tab, as "Tab!R1C1: =…". */
export function formulasAnywhere(env: Environment): string[] {
  return env.meter.internal(() =>
    env.spreadsheet.getSheets().flatMap((sheet) =>
      sheet
        .getDataRange()
        .getFormulas()
        .flatMap((cells, row) =>
          cells.flatMap((formula, column) =>
            formula === '' ? [] : [`${sheet.getName()}!R${row + 1}C${column + 1}: ${formula}`],
          ),
        ),
    ),
  );
}

/** 1-based sheet row of the first data row whose `column` equals `value`. */
export function cellIndex(env: Environment, tab: string, column: string, value: unknown): number {
  const rows = tabRows(env, tab);
  const index = rows.findIndex((row) => row[column] === value);
  if (index < 0) throw new Error(`No row of ${tab} has ${column} = ${String(value)}`);
  return index + 2;
}

/** A facilitator types `value` into one cell, found by row number and header. */
export function editCell(
  env: Environment,
  tab: string,
  row: number,
  column: string,
  value: unknown,
): void {
  env.meter.internal(() => {
    const sheet = env.spreadsheet.getSheetByName(tab);
    if (!sheet) throw new Error(`No tab ${tab}`);
    const headers = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0].map(String);
    const at = headers.indexOf(column);
    if (at < 0) throw new Error(`No column ${column} in ${tab}`);
    sheet.getRange(row, at + 1).setValue(value);
  });
}

/**
 * A facilitator types rows below a tab's data, cell by cell. A value the column's data
 * validation rejects is refused, as Sheets refuses it, and the cell stays empty. Returns how
 * many cells were refused.
 */
export function typeRowsLeniently(env: Environment, tab: string, rows: unknown[][]): number {
  let refused = 0;
  env.meter.internal(() => {
    const sheet = env.spreadsheet.getSheetByName(tab);
    if (!sheet) throw new Error(`No tab ${tab}`);
    for (const cells of rows) {
      const row = sheet.getLastRow() + 1;
      cells.forEach((value, index) => {
        try {
          sheet.getRange(row, index + 1).setValue(value);
        } catch {
          refused += 1;
        }
      });
    }
  });
  return refused;
}
