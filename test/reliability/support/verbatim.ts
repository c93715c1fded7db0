/**
 * A response, wherever the script puts it (its response tab or Review), keeps every answer
 * exactly as the form stored it: same type, same text, formula-like text still text.
 */
import { Environment } from '../../../emulator/environment';
import { tabRows } from './sheet-access';

type Row = Record<string, unknown>;

const DERIVED = new Set(['Member ID', 'Session date', 'Wave', 'Processing']);

/** The response row a form just appended, by header (read before any trigger runs). */
export function appendedRow(env: Environment, sheetName: string, row: number): Row {
  return env.meter.internal(() => {
    const sheet = env.spreadsheet.getSheetByName(sheetName);
    if (!sheet) throw new Error(`No tab ${sheetName}`);
    const width = sheet.getLastColumn();
    const [headers] = sheet.getRange(1, 1, 1, width).getValues();
    const [values] = sheet.getRange(row, 1, 1, width).getValues();
    return Object.fromEntries(headers.map((header, index) => [String(header), values[index]]));
  });
}

const same = (a: unknown, b: unknown) =>
  a instanceof Date && b instanceof Date ? a.getTime() === b.getTime() : a === b;

export function keptVerbatim(env: Environment, tab: string, original: Row): string[] {
  const stamp = original['Timestamp'];
  const home = [...tabRows(env, tab), ...tabRows(env, 'Review')].find((row) =>
    same(row['Timestamp'], stamp),
  );
  if (!home) return ['the response is nowhere'];
  return Object.entries(original)
    .filter(([header]) => header !== '' && !DERIVED.has(header) && header !== 'Email Address')
    .filter(([header, value]) => !same(home[header] ?? '', value))
    .map(
      ([header, value]) =>
        `"${header}" was ${JSON.stringify(value).slice(0, 50)}, is now ${JSON.stringify(home[header]).slice(0, 50)}`,
    );
}
