/**
 * "Calls" for the ratio to the floor: the calls that move cell data between the script and the
 * spreadsheet (range reads and writes). Everything else the meter counts (getSheetByName,
 * getDataRange, getRange, getLastRow, formatting, locks, mail) is reported by method and charged
 * in the time estimate, but is not part of the ratio: those calls carry no data and cost a few
 * milliseconds each, while a read or write of a tab is the unit the floor is counted in.
 */

/** Methods (as the meter names them, without the service) that read cell data. */
export const DATA_READ_METHODS = [
  'Range.getValues',
  'Range.getValue',
  'Range.getDisplayValues',
  'Range.getDisplayValue',
  'Range.getFormulas',
  'Range.getFormula',
  'Range.getRichTextValues',
  'Range.getRichTextValue',
  'Sheet.getSheetValues',
] as const;

/** Methods that write or remove cell data (deleting rows removes data, so it counts). */
export const DATA_WRITE_METHODS = [
  'Range.setValues',
  'Range.setValue',
  'Range.setFormula',
  'Range.setFormulas',
  'Range.setRichTextValues',
  'Range.setRichTextValue',
  'Range.clear',
  'Range.clearContent',
  'Sheet.appendRow',
  'Sheet.clear',
  'Sheet.clearContents',
  'Sheet.deleteRow',
  'Sheet.deleteRows',
] as const;

const SPREADSHEET = 'SpreadsheetApp';
const READS = new Set<string>(DATA_READ_METHODS.map((method) => `${SPREADSHEET}.${method}`));
const WRITES = new Set<string>(DATA_WRITE_METHODS.map((method) => `${SPREADSHEET}.${method}`));

export type DataAccess = 'read' | 'write';

/** 'read', 'write' or null for a meter key such as "SpreadsheetApp.Range.getValues". */
export function dataAccessOf(key: string): DataAccess | null {
  if (READS.has(key)) return 'read';
  if (WRITES.has(key)) return 'write';
  return null;
}

export interface DataCalls {
  reads: number;
  writes: number;
  total: number;
}

export function countDataCalls(calls: Readonly<Record<string, number>>): DataCalls {
  let reads = 0;
  let writes = 0;
  for (const [key, count] of Object.entries(calls)) {
    const access = dataAccessOf(key);
    if (access === 'read') reads += count;
    else if (access === 'write') writes += count;
  }
  return { reads, writes, total: reads + writes };
}

/** Calls grouped by service ("SpreadsheetApp", "MailApp", ...), method counts inside. */
export function byService(
  calls: Readonly<Record<string, number>>,
): Record<string, Record<string, number>> {
  const grouped: Record<string, Record<string, number>> = {};
  for (const [key, count] of Object.entries(calls)) {
    const dot = key.indexOf('.');
    const service = dot < 0 ? key : key.slice(0, dot);
    const method = dot < 0 ? '' : key.slice(dot + 1);
    grouped[service] = { ...(grouped[service] ?? {}), [method]: count };
  }
  return grouped;
}
