/**
 * Archive old check-ins (menu): moves the accepted check-ins for sessions before a boundary
 * (whole months, `years` before today) from Check-ins to the Check-in archive tab, in the
 * compact form of src/domain/archive/codec.ts, so a group's sheet stays far below Sheets'
 * 10 million cells. Every figure reads the archive and Check-ins as one list
 * (services/records/checkins.ts), so no figure changes.
 *
 * Safe at every point. Each batch is written to the archive first (its last row names the last
 * Check-ins row it moved), then the moved rows are deleted from the top down, the named row
 * last. Until that row is gone, readers leave out every accepted row up to it, so a run that
 * stops in between (the time limit, a Sheets error) neither loses nor double-counts a check-in;
 * the next run first finishes the deletion. Running it again moves nothing more; a run that
 * nears the time limit stops between batches and says to run it again.
 */
import {
  archiveBoundary,
  chunkRecords,
  encodeChunk,
  rowsToMove,
  type ArchivedCheckin,
  type MovableRow,
} from '../domain/archive/codec';
import { ARCHIVE_TAB } from '../domain/archive/texts';
import { localDateFormatter } from '../domain/dates';
import { CHECKIN_ITEMS, PARTICIPATION } from '../domain/forms/checkin-form';
import { inEnglish } from '../domain/forms/choice-text';
import { opennessAnswer } from '../domain/forms/openness-item';
import { isDate } from '../domain/sheet/cells';
import { HeaderMap } from '../domain/sheet/header-map';
import { DERIVED_COLUMNS, TAB } from '../domain/sheet/tabs';
import type { IsoDate } from '../domain/types';
import { ARCHIVE_HEADERS, readArchive, rowFingerprint } from '../services/records/checkin-archive';
import { STATUS_OK } from '../services/records/responses';
import {
  appendBlock,
  FIRST_DATA_ROW,
  forgetTab,
  readTable,
  requireSheet,
  verbatim,
  type Table,
  findTab,
} from '../services/sheets';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Stops between batches past this, well inside Apps Script's 6 minutes. */
export const ARCHIVE_TIME_BUDGET_MS = 4 * 60 * 1000;
/** Rows moved per batch: one archive write and few deletions each. */
export const ARCHIVE_BATCH_ROWS = 20_000;

export interface ArchiveOptions {
  readonly years: number;
  readonly today: IsoDate;
  readonly timeZone: string;
  readonly startedAtMs: number;
  /** The clock (tests pass their own). */
  readonly now?: () => number;
  readonly batchRows?: number;
}

export interface ArchiveOutcome {
  readonly boundary: IsoDate;
  readonly moved: number;
  /** Time ran out with rows still to move. */
  readonly unfinished: boolean;
  /** Older check-ins that stay: not accepted (pending, in Review) or after a newer accepted one. */
  readonly keptBack: number;
  readonly keptForOrder: number;
}

const scale = (value: unknown): number | null => {
  const number = typeof value === 'number' ? value : Number(value);
  return Number.isInteger(number) && number >= 1 && number <= 5 ? number : null;
};

/** Each Check-ins row's record when accepted (as services/records/checkins.ts reads it). */
function movableRows(table: Table, timeZone: string): Array<MovableRow & { date: IsoDate | null }> {
  const map = new HeaderMap(table.headers);
  const localDate = localDateFormatter(timeZone);
  return table.rows.map((row) => {
    const date = map.get(row, DERIVED_COLUMNS.sessionDate);
    const sessionDate = isDate(date) ? localDate(date) : null;
    // In any shipped language's wording: the form may have been in another when it was sent.
    const given = inEnglish(map.get(row, CHECKIN_ITEMS.participation));
    const participation = PARTICIPATION.find((choice) => choice === given);
    if (map.get(row, DERIVED_COLUMNS.status) !== STATUS_OK || !participation || !sessionDate)
      return { accepted: null, date: sessionDate };
    const accepted: ArchivedCheckin = {
      memberId: String(map.get(row, DERIVED_COLUMNS.memberId)),
      sessionDate,
      participation,
      mood: scale(map.get(row, CHECKIN_ITEMS.mood)),
      coping: scale(map.get(row, CHECKIN_ITEMS.coping)),
      supported: scale(map.get(row, CHECKIN_ITEMS.supported)),
      outreach: String(inEnglish(map.get(row, CHECKIN_ITEMS.outreach))).toLowerCase() === 'yes',
      talkedOutside: map.has(CHECKIN_ITEMS.talkedOutside)
        ? opennessAnswer(map.get(row, CHECKIN_ITEMS.talkedOutside))
        : null,
    };
    return { accepted, date: sessionDate };
  });
}

function archiveSheet(spreadsheet: Spreadsheet): Sheet {
  let sheet = findTab(spreadsheet, ARCHIVE_TAB);
  if (!sheet) {
    sheet = spreadsheet.insertSheet(ARCHIVE_TAB, spreadsheet.getNumSheets());
    // Only the headers' columns and one data row: the tab grows as chunks are added.
    if (sheet.getMaxColumns() > ARCHIVE_HEADERS.length)
      sheet.deleteColumns(
        ARCHIVE_HEADERS.length + 1,
        sheet.getMaxColumns() - ARCHIVE_HEADERS.length,
      );
    if (sheet.getMaxRows() > 2) sheet.deleteRows(3, sheet.getMaxRows() - 2);
    sheet.setFrozenRows(1);
    sheet.hideSheet();
  }
  // A run that stopped just after creating the tab left it without its header row.
  const header = sheet.getRange(1, 1, 1, ARCHIVE_HEADERS.length);
  if (header.getValues()[0].join('\t') !== ARCHIVE_HEADERS.join('\t'))
    header.setValues([[...ARCHIVE_HEADERS]]);
  return sheet;
}

/**
 * Deletes the given rows (0-based indexes into the table's data rows, ascending) from the top
 * down, one call per run of adjacent rows: the last row, which the archive names, goes last.
 */
function deleteTopDown(sheet: Sheet, indexes: readonly number[]): void {
  let removed = 0;
  let at = 0;
  while (at < indexes.length) {
    let count = 1;
    while (at + count < indexes.length && indexes[at + count] === indexes[at] + count) count += 1;
    forgetTab(sheet);
    sheet.deleteRows(FIRST_DATA_ROW + indexes[at] - removed, count);
    removed += count;
    at += count;
  }
  forgetTab(sheet);
}

/**
 * If the latest batch was written but not all its rows deleted, deletes them now: every
 * accepted row up to the one the archive names. Returns how many it deleted.
 */
export function finishInterruptedMove(spreadsheet: Spreadsheet, timeZone: string): number {
  const archive = readArchive(spreadsheet);
  if (!archive || archive.lastRowMoved === '') return 0;
  const checkins = readTable(requireSheet(spreadsheet, TAB.checkins));
  const at = checkins.rows.findIndex((row) => rowFingerprint(row) === archive.lastRowMoved);
  if (at < 0) return 0;
  const rows = movableRows(checkins, timeZone);
  const indexes = rows.flatMap((row, index) => (index <= at && row.accepted ? [index] : []));
  deleteTopDown(checkins.sheet, indexes);
  return indexes.length;
}

export function archiveOldCheckins(
  spreadsheet: Spreadsheet,
  options: ArchiveOptions,
): ArchiveOutcome {
  const now = options.now ?? Date.now;
  const boundary = archiveBoundary(options.today, options.years);
  const batchRows = options.batchRows ?? ARCHIVE_BATCH_ROWS;
  let moved = finishInterruptedMove(spreadsheet, options.timeZone);
  for (;;) {
    const checkins = readTable(requireSheet(spreadsheet, TAB.checkins));
    const rows = movableRows(checkins, options.timeZone);
    const moving = rowsToMove(rows, boundary, batchRows);
    if (moving.length === 0) {
      const older = rows.filter((row) => row.date !== null && row.date < boundary);
      const keptForOrder = older.filter((row) => row.accepted !== null).length;
      return {
        boundary,
        moved,
        unfinished: false,
        keptBack: older.length - keptForOrder,
        keptForOrder,
      };
    }
    if (now() - options.startedAtMs > ARCHIVE_TIME_BUDGET_MS)
      return { boundary, moved, unfinished: true, keptBack: 0, keptForOrder: 0 };
    const records = moving.map((index) => rows[index].accepted as ArchivedCheckin);
    const lastMoved = rowFingerprint(checkins.rows[moving[moving.length - 1]]);
    const chunks = chunkRecords(records);
    const sheet = archiveSheet(spreadsheet);
    const archiveRows = chunks.map((chunk, index) => [
      verbatim(chunk.reduce((first, r) => (r.sessionDate < first ? r.sessionDate : first), '9999')),
      verbatim(chunk.reduce((latest, r) => (r.sessionDate > latest ? r.sessionDate : latest), '')),
      chunk.length,
      // Every chunk of the batch names the batch's last row: the latest chunk is the one read.
      index === chunks.length - 1 ? verbatim(lastMoved) : '',
      verbatim(encodeChunk(chunk)),
    ]);
    // The archive first: until the rows below are deleted, readers skip them (checkins.ts).
    appendBlock(sheet, Math.max(sheet.getLastRow(), 1), archiveRows);
    forgetTab(sheet);
    deleteTopDown(checkins.sheet, moving);
    moved += moving.length;
  }
}
