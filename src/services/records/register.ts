/**
 * The Attendance register tab: rows added after each session for a facilitator to mark, and
 * read back as the attendance record of the sessions that have marks.
 */
import { localDateFormatter, startOfLocalDay } from '../../domain/dates';
import type { OutcomeRegister } from '../../domain/outcomes/inputs';
import { readMark, RegisterRow } from '../../domain/register';
import { asText, isDate } from '../../domain/sheet/cells';
import { HeaderMap } from '../../domain/sheet/header-map';
import { REGISTER_COLUMNS, TAB } from '../../domain/sheet/tabs';
import { IsoDate } from '../../domain/types';
import { appendBlock, readTab, Table, findTab } from '../sheets';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

interface RegisterRead {
  table: Table;
  map: HeaderMap;
  dates: IsoDate[];
}

function read(spreadsheet: Spreadsheet, timeZone: string): RegisterRead | null {
  if (!findTab(spreadsheet, TAB.register)) return null;
  const table = readTab(spreadsheet, TAB.register);
  const map = new HeaderMap(table.headers);
  if (!map.has(REGISTER_COLUMNS.date) || !map.has(REGISTER_COLUMNS.memberId)) return null;
  const localDate = localDateFormatter(timeZone);
  const dates = table.rows.map((row) => {
    const raw = map.get(row, REGISTER_COLUMNS.date);
    return isDate(raw) ? localDate(raw) : String(raw ?? '').trim();
  });
  return { table, map, dates };
}

/** The register as the outcome figures take it; undefined without the tab. */
export function readRegister(
  spreadsheet: Spreadsheet,
  timeZone: string,
): OutcomeRegister | undefined {
  const register = read(spreadsheet, timeZone);
  if (!register) return undefined;
  const sessions = new Set<IsoDate>();
  const present: Array<{ memberId: string; date: IsoDate }> = [];
  register.table.rows.forEach((row, index) => {
    const mark = readMark(register.map.get(row, REGISTER_COLUMNS.came));
    if (mark === '') return;
    const date = register.dates[index];
    sessions.add(date);
    const memberId = String(register.map.get(row, REGISTER_COLUMNS.memberId) ?? '').trim();
    if (mark === 'yes' && memberId !== '') present.push({ memberId, date });
  });
  return { sessions: [...sessions].sort(), present };
}

/** Session dates that already have rows (filled in or not). */
export function registerDates(spreadsheet: Spreadsheet, timeZone: string): Set<IsoDate> {
  return new Set(read(spreadsheet, timeZone)?.dates ?? []);
}

/** Appends rows in one write; returns how many. */
export function appendRegisterRows(
  spreadsheet: Spreadsheet,
  rows: readonly RegisterRow[],
  timeZone: string,
): number {
  const register = read(spreadsheet, timeZone);
  if (!register || rows.length === 0) return 0;
  const { table, map } = register;
  const cells = rows.map((row) => {
    const line: unknown[] = new Array(table.headers.length).fill('');
    line[map.indexOf(REGISTER_COLUMNS.date)] = startOfLocalDay(row.date, timeZone);
    line[map.indexOf(REGISTER_COLUMNS.memberId)] = asText(row.memberId);
    const nameAt = map.indexOf(REGISTER_COLUMNS.name);
    if (nameAt >= 0) line[nameAt] = asText(row.name);
    return line;
  });
  appendBlock(table.sheet, table.rows.length + 1, cells);
  return rows.length;
}
