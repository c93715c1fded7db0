/**
 * A form's response tab. Google appends each response as a row; the script owns only the
 * derived columns to the right. A row is pending until its "Processing" cell is filled, so a
 * crash or a busy lock never loses a response: the next run picks it up.
 *
 * Reading costs three calls whatever the history size: the header row, the derived columns
 * of every row (to find pending rows and count survey waves), and the block of pending rows;
 * or one whole read, shared with later steps, inside `readingEachTabOnce`.
 */
import { responseHeaders } from '../../domain/forms/form-spec';
import { PendingRow } from '../../domain/intake';
import { isDate } from '../../domain/sheet/cells';
import { HeaderMap, MissingColumnsError } from '../../domain/sheet/header-map';
import { ANONYMOUS_RESPONSE_TABS, DERIVED_COLUMNS } from '../../domain/sheet/tabs';
import { MemberId } from '../../domain/types';
import {
  FIRST_DATA_ROW,
  forgetTab,
  isReadingEachTabOnce,
  readTab,
  requireSheet,
  verbatim,
  writeBlock,
} from '../sheets';
import { readHeaderRow } from '../tabs';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export const STATUS_OK = 'ok';
/** Marks a row copied to Review and about to be deleted; a re-run finishes the deletion. */
export const STATUS_IN_REVIEW = 'moved to Review';
export const STATUS_BLANK = 'blank row';

const DERIVED_NAMES = [
  DERIVED_COLUMNS.memberId,
  DERIVED_COLUMNS.sessionDate,
  DERIVED_COLUMNS.wave,
  DERIVED_COLUMNS.status,
];

export interface ResponseTab {
  sheet: Sheet;
  headers: readonly unknown[];
  lastRow: number;
  /** 0-based first and last derived column, read as one span. */
  spanStart: number;
  spanEnd: number;
  /**
   * For every data row, its cells from column `derivedOffset` on begin the derived span: the
   * whole rows where the tab was read whole (shared, never copied), else the span alone.
   */
  derived: ReadonlyArray<readonly unknown[]>;
  derivedOffset: number;
  pending: PendingRow[];
  /** Rows already marked as moved to Review whose deletion a crash interrupted. */
  leftInReview: number[];
  /** Accepted surveys so far per member (wave numbering). */
  acceptedPerMember: Map<MemberId, number>;
}

export function readResponseTab(spreadsheet: Spreadsheet, tabName: string): ResponseTab {
  // Where later steps read the whole tab anyway (the daily run), one whole read serves all.
  const whole = isReadingEachTabOnce() ? readTab(spreadsheet, tabName) : null;
  const sheet = whole ? whole.sheet : requireSheet(spreadsheet, tabName);
  // Google's own columns by position: their headers are in the account's language. The
  // anonymous Feedback tab has only the time before its questions, no address.
  const headers = responseHeaders(
    whole ? whole.headers : readHeaderRow(sheet),
    !ANONYMOUS_RESPONSE_TABS.has(tabName),
  );
  const map = new HeaderMap(headers);
  const missing = map.missing(DERIVED_NAMES);
  if (missing.length > 0) throw new MissingColumnsError(tabName, missing);
  const positions = DERIVED_NAMES.map((name) => map.indexOf(name));
  const spanStart = Math.min(...positions);
  const spanEnd = Math.max(...positions);
  const lastRow = whole ? whole.rows.length + 1 : sheet.getLastRow();
  const dataRows = Math.max(0, lastRow - 1);
  const derivedOffset = whole ? spanStart : 0;
  const derived = whole
    ? whole.rows
    : dataRows === 0
      ? []
      : sheet
          .getRange(FIRST_DATA_ROW, spanStart + 1, dataRows, spanEnd - spanStart + 1)
          .getValues();
  const statusAt = map.indexOf(DERIVED_COLUMNS.status) - spanStart + derivedOffset;
  const memberAt = map.indexOf(DERIVED_COLUMNS.memberId) - spanStart + derivedOffset;

  const acceptedPerMember = new Map<MemberId, number>();
  const pendingIndexes: number[] = [];
  const leftInReview: number[] = [];
  derived.forEach((cells, index) => {
    const status = String(cells[statusAt]).trim();
    if (status === '') pendingIndexes.push(index);
    else if (status === STATUS_IN_REVIEW) leftInReview.push(FIRST_DATA_ROW + index);
    else if (status === STATUS_OK) {
      const member = String(cells[memberAt]);
      acceptedPerMember.set(member, (acceptedPerMember.get(member) ?? 0) + 1);
    }
  });

  let pending: PendingRow[] = [];
  if (whole) {
    pending = pendingIndexes.map((index) => ({
      row: FIRST_DATA_ROW + index,
      values: whole.rows[index],
    }));
  } else if (pendingIndexes.length > 0) {
    const first = pendingIndexes[0];
    const block = sheet
      .getRange(FIRST_DATA_ROW + first, 1, dataRows - first, headers.length)
      .getValues();
    pending = pendingIndexes.map((index) => ({
      row: FIRST_DATA_ROW + index,
      values: block[index - first],
    }));
  }
  return {
    sheet,
    headers,
    lastRow,
    spanStart,
    spanEnd,
    derived,
    derivedOffset,
    pending,
    leftInReview,
    acceptedPerMember,
  };
}

export function isBlankRow(values: readonly unknown[]): boolean {
  return values.every((cell) => cell === '' || cell === null);
}

export interface DerivedUpdate {
  row: number;
  memberId: string;
  sessionDate: Date | '';
  wave: string;
  status: string;
}

/**
 * Writes the derived cells of the updated rows in one setValues over the span of rows from the
 * first update to the last; rows in between are written back unchanged.
 */
export function writeDerived(tab: ResponseTab, updates: readonly DerivedUpdate[]): void {
  if (updates.length === 0) return;
  const map = new HeaderMap(tab.headers);
  const at = (name: string) => map.indexOf(name) - tab.spanStart;
  const rows = updates.map((update) => update.row).sort((a, b) => a - b);
  const first = rows[0];
  const last = rows[rows.length - 1];
  const from = tab.derivedOffset;
  const to = from + tab.spanEnd - tab.spanStart + 1;
  const block = tab.derived
    .slice(first - FIRST_DATA_ROW, last - FIRST_DATA_ROW + 1)
    .map((cells) => cells.slice(from, to).map((cell) => (isDate(cell) ? cell : verbatim(cell))));
  for (const update of updates) {
    const cells = block[update.row - first];
    cells[at(DERIVED_COLUMNS.memberId)] = verbatim(update.memberId);
    cells[at(DERIVED_COLUMNS.sessionDate)] = update.sessionDate;
    cells[at(DERIVED_COLUMNS.wave)] = verbatim(update.wave);
    cells[at(DERIVED_COLUMNS.status)] = update.status;
  }
  writeBlock(tab.sheet, first, tab.spanStart + 1, block);
}

/** Deletes rows bottom-up so earlier row numbers stay valid; one call per run of rows. */
export function deleteRows(sheet: Sheet, rows: readonly number[]): void {
  const sorted = [...new Set(rows)].sort((a, b) => b - a);
  let index = 0;
  while (index < sorted.length) {
    let start = sorted[index];
    let count = 1;
    while (index + count < sorted.length && sorted[index + count] === start - 1) {
      start -= 1;
      count += 1;
    }
    forgetTab(sheet);
    sheet.deleteRows(start, count);
    index += count;
  }
}
