/**
 * The Messages tab: each email's subject and body as the group words them, and a description
 * per role. Set up adds the rows it lacks (never changes a row a facilitator wrote); reminders
 * read it, and the Status column says "ok" or what to fix, cell by cell.
 */
import {
  defaultMessageRows,
  defaultMessages,
  MessageRow,
  messageRowId,
  messageRowInLanguage,
  ResolvedMessages,
  resolveMessages,
} from '../../domain/messages/resolve';
import { asText, cellName } from '../../domain/sheet/cells';
import { HeaderMap } from '../../domain/sheet/header-map';
import { MESSAGE_COLUMNS, TAB } from '../../domain/sheet/tabs';
import { appendBlock, FIRST_DATA_ROW, readTab, Table, writeBlock, findTab } from '../sheets';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The row's identity in any language (messageRowId), or its own text for a row we do not know. */
const key = (message: unknown, part: unknown) =>
  messageRowId(String(message ?? ''), String(part ?? '')) ??
  `${String(message).trim().toLowerCase()}|${String(part).trim().toLowerCase()}`;

function rowsOf(table: Table): MessageRow[] {
  const map = new HeaderMap(table.headers);
  return table.rows.map((row, index) => ({
    row: FIRST_DATA_ROW + index,
    message: String(map.get(row, MESSAGE_COLUMNS.message) ?? ''),
    part: String(map.get(row, MESSAGE_COLUMNS.part) ?? ''),
    text: String(map.get(row, MESSAGE_COLUMNS.text) ?? ''),
  }));
}

/**
 * The group's wording, and the Status column brought up to date (one write, only when it
 * changed). A sheet without the tab (made before it existed) uses the defaults.
 */
export function readMessages(spreadsheet: Spreadsheet): ResolvedMessages {
  if (!findTab(spreadsheet, TAB.messages)) return defaultMessages();
  const table = readTab(spreadsheet, TAB.messages);
  const map = new HeaderMap(table.headers);
  if (!map.has(MESSAGE_COLUMNS.text) || !map.has(MESSAGE_COLUMNS.message)) return defaultMessages();
  const textColumn = map.indexOf(MESSAGE_COLUMNS.text) + 1;
  const resolved = resolveMessages(
    rowsOf(table),
    (row) => `${TAB.messages}!${cellName(row, textColumn)}`,
  );
  writeStatuses(table, map, resolved);
  return resolved;
}

function writeStatuses(table: Table, map: HeaderMap, resolved: ResolvedMessages): void {
  const at = map.indexOf(MESSAGE_COLUMNS.status);
  if (at < 0 || table.rows.length === 0) return;
  const wanted = table.rows.map((row) => String(row[at] ?? ''));
  for (const { row, status } of resolved.statuses) wanted[row - FIRST_DATA_ROW] = status;
  if (wanted.every((status, index) => status === String(table.rows[index][at] ?? ''))) return;
  writeBlock(
    table.sheet,
    FIRST_DATA_ROW,
    at + 1,
    wanted.map((status) => [asText(status)]),
  );
}

const CELL_COLUMNS = [
  MESSAGE_COLUMNS.message,
  MESSAGE_COLUMNS.part,
  MESSAGE_COLUMNS.text,
  MESSAGE_COLUMNS.placeholders,
] as const;

/**
 * Puts the rows Set up wrote into the current language (messageRowInLanguage): a change of
 * Language reaches the labels, the help and every text the group left as it was. One write per
 * column that changed.
 */
function rewriteInLanguage(table: Table, map: HeaderMap): void {
  const cell = (row: readonly unknown[], column: string) => String(map.get(row, column) ?? '');
  const wanted = table.rows.map((row) => {
    const cells = CELL_COLUMNS.map((column) => cell(row, column));
    return messageRowInLanguage([cells[0], cells[1], cells[2], cells[3]]) ?? cells;
  });
  CELL_COLUMNS.forEach((column, index) => {
    const at = map.indexOf(column);
    if (at < 0) return;
    const changed = table.rows.some((row, r) => cell(row, column) !== wanted[r][index]);
    if (!changed) return;
    writeBlock(
      table.sheet,
      FIRST_DATA_ROW,
      at + 1,
      wanted.map((cells) => [asText(cells[index])]),
    );
  });
}

/**
 * Adds the default rows a Messages tab lacks (a new role gets its description row), after
 * putting the rows it has into the current language.
 */
export function seedMessages(spreadsheet: Spreadsheet, roles: readonly string[]): number {
  const table = readTab(spreadsheet, TAB.messages);
  const map = new HeaderMap(table.headers);
  rewriteInLanguage(table, map);
  const present = new Set(
    table.rows.map((row) =>
      key(map.get(row, MESSAGE_COLUMNS.message), map.get(row, MESSAGE_COLUMNS.part)),
    ),
  );
  const rows: unknown[][] = [];
  for (const [message, part, text, placeholders] of defaultMessageRows(roles)) {
    if (present.has(key(message, part))) continue;
    const cells: unknown[] = new Array(table.headers.length).fill('');
    cells[map.indexOf(MESSAGE_COLUMNS.message)] = asText(message);
    cells[map.indexOf(MESSAGE_COLUMNS.part)] = asText(part);
    cells[map.indexOf(MESSAGE_COLUMNS.text)] = asText(text);
    const placeholdersAt = map.indexOf(MESSAGE_COLUMNS.placeholders);
    if (placeholdersAt >= 0) cells[placeholdersAt] = asText(placeholders);
    rows.push(cells);
  }
  appendBlock(table.sheet, table.rows.length + 1, rows);
  return rows.length;
}
