/**
 * The "Check-in archive" tab (src/domain/archive/codec.ts says what it keeps and why): one row
 * per chunk of archived check-ins, in the order they left Check-ins, each with the row it moved
 * last ("Last row moved"), so that a reader can tell whether a move was interrupted between
 * writing the archive and deleting the rows.
 */
import { ARCHIVE_COLUMNS, ARCHIVE_TAB } from '../../domain/archive/texts';
import { decodeChunk, encodeChunk, type ArchivedCheckin } from '../../domain/archive/codec';
import { isDate } from '../../domain/sheet/cells';
import { HeaderMap } from '../../domain/sheet/header-map';
import {
  FIRST_DATA_ROW,
  forgetTab,
  readTab,
  verbatim,
  writeBlock,
  type Table,
  findTab,
} from '../sheets';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export const ARCHIVE_HEADERS: readonly string[] = [
  ARCHIVE_COLUMNS.from,
  ARCHIVE_COLUMNS.to,
  ARCHIVE_COLUMNS.count,
  ARCHIVE_COLUMNS.lastRow,
  ARCHIVE_COLUMNS.records,
];

export interface ArchiveContents {
  readonly table: Table;
  readonly records: readonly ArchivedCheckin[];
  /** The latest chunk's last moved Check-ins row (rowFingerprint), or '' when none. */
  readonly lastRowMoved: string;
  /** The latest session date of any chunk: every moved row is for a session on or before it. */
  readonly lastSession: string;
}

/**
 * A Check-ins row reduced to a hash of every cell as read (a date by its instant), so the
 * archive names the row without keeping its email or time. Two submissions never share every
 * cell (the timestamp and the email differ); a 53-bit hash (cyrb53) makes two rows of one
 * batch sharing it vanishingly unlikely.
 */
export function rowFingerprint(row: readonly unknown[]): string {
  const text = JSON.stringify(row.map((cell) => (isDate(cell) ? { date: cell.getTime() } : cell)));
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return `row ${(4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36)}`;
}

/** The archive, or null when the group never archived (no tab). */
export function readArchive(spreadsheet: Spreadsheet): ArchiveContents | null {
  if (!findTab(spreadsheet, ARCHIVE_TAB)) return null;
  const table = readTab(spreadsheet, ARCHIVE_TAB);
  const map = new HeaderMap(table.headers);
  const records: ArchivedCheckin[] = [];
  for (const row of table.rows) {
    for (const record of decodeChunk(map.get(row, ARCHIVE_COLUMNS.records))) records.push(record);
  }
  const last = table.rows[table.rows.length - 1];
  return {
    table,
    records,
    lastRowMoved: last ? String(map.get(last, ARCHIVE_COLUMNS.lastRow)) : '',
    lastSession: table.rows.reduce((latest: string, row) => {
      const to = String(map.get(row, ARCHIVE_COLUMNS.to));
      return to > latest ? to : latest;
    }, ''),
  };
}

/**
 * Removes one member's archived check-ins (Remove a member's data): each chunk holding some is
 * written again without them, in one write over the changed rows. Returns how many went.
 */
export function removeArchivedCheckinsOf(spreadsheet: Spreadsheet, memberId: string): number {
  return rewriteArchivedCheckinsOf(spreadsheet, memberId, null);
}

/**
 * Gives one member's archived check-ins another id (retention anonymises a leaver's records,
 * app/retention.ts): the records keep their place, so every figure stays the same. Returns how
 * many were renamed.
 */
export function renameArchivedCheckinsOf(
  spreadsheet: Spreadsheet,
  memberId: string,
  pseudonym: string,
): number {
  return rewriteArchivedCheckinsOf(spreadsheet, memberId, pseudonym);
}

function rewriteArchivedCheckinsOf(
  spreadsheet: Spreadsheet,
  memberId: string,
  pseudonym: string | null,
): number {
  const archive = readArchive(spreadsheet);
  if (!archive) return 0;
  const map = new HeaderMap(archive.table.headers);
  const recordsAt = map.indexOf(ARCHIVE_COLUMNS.records);
  const countAt = map.indexOf(ARCHIVE_COLUMNS.count);
  let removed = 0;
  const changed: number[] = [];
  const rows = archive.table.rows.map((row, index) => {
    const records = decodeChunk(row[recordsAt]);
    const kept =
      pseudonym === null
        ? records.filter((record) => record.memberId !== memberId)
        : records.map((record) =>
            record.memberId === memberId ? { ...record, memberId: pseudonym } : record,
          );
    const theirs = records.filter((record) => record.memberId === memberId).length;
    if (theirs === 0) return row.map(verbatim);
    removed += theirs;
    changed.push(index);
    const copy = row.map(verbatim);
    copy[recordsAt] = verbatim(encodeChunk(kept));
    if (countAt >= 0) copy[countAt] = kept.length;
    return copy;
  });
  if (changed.length === 0) return 0;
  const first = changed[0];
  const last = changed[changed.length - 1];
  writeBlock(archive.table.sheet, FIRST_DATA_ROW + first, 1, rows.slice(first, last + 1));
  forgetTab(archive.table.sheet);
  return removed;
}
