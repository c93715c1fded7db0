/**
 * The Sent tab: one row per reminder key, so no reminder is ever sent twice. A row is written
 * as "sending" (or "pending" when over today's budget) before the email goes, and updated after.
 */
import { localDateFormatter, startOfLocalDay } from '../../domain/dates';
import { asText, isDate } from '../../domain/sheet/cells';
import { HeaderMap } from '../../domain/sheet/header-map';
import { SENT_COLUMNS, TAB } from '../../domain/sheet/tabs';
import { IsoDate } from '../../domain/types';
import { appendBlock, readTab, Table, verbatim, writeBlock } from '../sheets';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export const SENT_STATUS = {
  pending: 'pending',
  sending: 'sending',
  sent: 'sent',
  /** A run stopped between sending and recording: not resent, so never sent twice. */
  unconfirmed: 'unconfirmed: the run stopped while sending; not resent',
} as const;

export interface SentRow {
  index: number;
  key: string;
  status: string;
  sentOn: IsoDate | null;
}

export interface SentRead {
  table: Table;
  rows: SentRow[];
}

export function readSent(spreadsheet: Spreadsheet, timeZone: string): SentRead {
  const table = readTab(spreadsheet, TAB.sent);
  const map = new HeaderMap(table.headers);
  map.requireAll(TAB.sent, Object.values(SENT_COLUMNS));
  const localDate = localDateFormatter(timeZone);
  const rows = table.rows.map((row, index) => {
    const sentAt = map.get(row, SENT_COLUMNS.sentAt);
    return {
      index,
      key: String(map.get(row, SENT_COLUMNS.key)).trim(),
      status: String(map.get(row, SENT_COLUMNS.status)).trim(),
      sentOn: isDate(sentAt) ? localDate(sentAt) : null,
    };
  });
  return { table, rows: rows.filter((row) => row.key !== '') };
}

export interface NewSentRow {
  key: string;
  kind: string;
  memberId: string;
  forDate: IsoDate;
  status: string;
}

/** Appends rows in one write and returns their indexes in the table's data rows. */
export function appendSentRows(
  read: SentRead,
  rows: readonly NewSentRow[],
  timeZone: string,
): number[] {
  const map = new HeaderMap(read.table.headers);
  const width = read.table.headers.length;
  const cells = rows.map((row) => {
    const line: unknown[] = new Array(width).fill('');
    line[map.indexOf(SENT_COLUMNS.key)] = asText(row.key);
    line[map.indexOf(SENT_COLUMNS.kind)] = asText(row.kind);
    line[map.indexOf(SENT_COLUMNS.memberId)] = asText(row.memberId);
    line[map.indexOf(SENT_COLUMNS.forDate)] = startOfLocalDay(row.forDate, timeZone);
    line[map.indexOf(SENT_COLUMNS.status)] = asText(row.status);
    return line;
  });
  const first = read.table.rows.length;
  appendBlock(read.table.sheet, 1 + first, cells);
  // Keep this read in step (the shared table itself never changes), so the status updates
  // that follow find the rows just added.
  read.table = {
    ...read.table,
    rows: [
      ...read.table.rows,
      ...cells.map((line) =>
        line.map((cell) => (typeof cell === 'string' ? cell.replace(/^'/, '') : cell)),
      ),
    ],
  };
  return rows.map((_, offset) => first + offset);
}

/**
 * Sets Status (and Sent at) of the given rows: one setValues over the span of the two columns
 * from the first to the last updated row.
 */
export function updateSentStatuses(
  read: SentRead,
  updates: ReadonlyMap<number, { status: string; sentAt: Date | '' }>,
): void {
  if (updates.size === 0) return;
  const map = new HeaderMap(read.table.headers);
  const statusAt = map.indexOf(SENT_COLUMNS.status);
  const sentAtAt = map.indexOf(SENT_COLUMNS.sentAt);
  const left = Math.min(statusAt, sentAtAt);
  const right = Math.max(statusAt, sentAtAt);
  const indexes = [...updates.keys()].sort((a, b) => a - b);
  const first = indexes[0];
  const last = indexes[indexes.length - 1];
  const rows = [...read.table.rows];
  const block = rows.slice(first, last + 1).map((row, offset) => {
    const cells = row.slice(left, right + 1).map((cell) => (isDate(cell) ? cell : verbatim(cell)));
    const update = updates.get(first + offset);
    if (update) {
      cells[statusAt - left] = asText(update.status);
      cells[sentAtAt - left] = update.sentAt;
      // Keep this read in step, so a later update over this span writes the new values.
      const changed = [...row];
      changed[statusAt] = update.status;
      changed[sentAtAt] = update.sentAt;
      rows[first + offset] = changed;
    }
    return cells;
  });
  writeBlock(read.table.sheet, 2 + first, left + 1, block);
  read.table = { ...read.table, rows };
}
