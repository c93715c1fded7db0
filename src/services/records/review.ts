/**
 * The Review tab: every response or row that could not be used, kept verbatim with its reason.
 * Columns are the fixed ones plus one per question title, added as new questions appear, so a
 * facilitator can correct a value in place and re-process the row.
 */
import { localName } from '../../domain/i18n';
import { asText, keptCharacters } from '../../domain/sheet/cells';
import { CELL_TEXT } from '../../domain/sheet/cell-texts';
import { HeaderMap } from '../../domain/sheet/header-map';
import { REVIEW_COLUMNS, TAB } from '../../domain/sheet/tabs';
import { appendBlock, readTab, Table, verbatim, writeBlock } from '../sheets';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface ReviewEntry {
  receivedAt: Date;
  source: string;
  reason: string;
  key: string;
  /** Raw values by column title, exactly as received. */
  fields: Record<string, unknown>;
}

/** The reason, plus a note for each answer too long for a cell (its full length). */
function withCutsNoted(entry: ReviewEntry): string {
  const notes = Object.entries(entry.fields).flatMap(([title, value]) => {
    if (typeof value !== 'string') return [];
    const kept = keptCharacters(value);
    return kept < value.length ? [CELL_TEXT.cut(title, value.length, kept)] : [];
  });
  return [entry.reason, ...notes].join(' ');
}

export function readReview(spreadsheet: Spreadsheet): Table {
  const table = readTab(spreadsheet, TAB.review);
  new HeaderMap(table.headers).requireAll(TAB.review, Object.values(REVIEW_COLUMNS));
  return table;
}

export function reviewKeys(table: Table): Set<string> {
  const map = new HeaderMap(table.headers);
  return new Set(table.rows.map((row) => String(map.get(row, REVIEW_COLUMNS.key))));
}

/**
 * Appends entries whose key is not in Review yet (a re-run after a crash adds nothing twice).
 * Returns how many were added. Costs at most two writes: new header cells, then the rows.
 */
export function appendToReview(table: Table, entries: readonly ReviewEntry[]): number {
  const known = reviewKeys(table);
  const fresh = entries.filter((entry) => !known.has(entry.key));
  if (fresh.length === 0) return 0;
  const headers = [...table.headers];
  const map = new HeaderMap(headers);
  const newTitles: string[] = [];
  for (const entry of fresh) {
    for (const title of Object.keys(entry.fields)) {
      if (!map.has(title) && !newTitles.includes(title)) newTitles.push(title);
    }
  }
  if (newTitles.length > 0) {
    // A column of ours under the group's language's name (HeaderMap reads it back as English).
    writeBlock(table.sheet, 1, headers.length + 1, [
      newTitles.map((title) => localName('column.', title)),
    ]);
    headers.push(...newTitles);
  }
  const full = new HeaderMap(headers);
  const rows = fresh.map((entry) => {
    const cells: unknown[] = new Array(headers.length).fill('');
    cells[full.indexOf(REVIEW_COLUMNS.receivedAt)] = entry.receivedAt;
    // The tab it came from, under the name the group's sheet gives it (read back in any language).
    cells[full.indexOf(REVIEW_COLUMNS.source)] = asText(localName('tab.', entry.source));
    cells[full.indexOf(REVIEW_COLUMNS.reason)] = asText(withCutsNoted(entry));
    cells[full.indexOf(REVIEW_COLUMNS.action)] = 'waiting';
    cells[full.indexOf(REVIEW_COLUMNS.key)] = asText(entry.key);
    for (const [title, value] of Object.entries(entry.fields))
      cells[full.indexOf(title)] = verbatim(value);
    return cells;
  });
  // A later read in the same run sees these rows (sheets.ts keeps the tab as written).
  appendBlock(table.sheet, table.rows.length + 1, rows);
  return fresh.length;
}
