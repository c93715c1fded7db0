/** The Sessions tab as Session records, and appending generated sessions. */
import { isIsoDate, localDateFormatter, startOfLocalDay } from '../../domain/dates';
import { asText, isDate } from '../../domain/sheet/cells';
import { HeaderMap } from '../../domain/sheet/header-map';
import { SESSION_COLUMNS, SESSION_STATUSES, TAB } from '../../domain/sheet/tabs';
import { Session, SessionStatus } from '../../domain/types';
import { appendBlock, readTab, Table } from '../sheets';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface SessionsRead {
  table: Table;
  sessions: Session[];
}

export function readSessions(spreadsheet: Spreadsheet, timeZone: string): SessionsRead {
  const table = readTab(spreadsheet, TAB.sessions);
  const map = new HeaderMap(table.headers);
  map.requireAll(TAB.sessions, [SESSION_COLUMNS.date, SESSION_COLUMNS.status]);
  const localDate = localDateFormatter(timeZone);
  const sessions: Session[] = [];
  for (const row of table.rows) {
    const rawDate = map.get(row, SESSION_COLUMNS.date);
    const date = isDate(rawDate) ? localDate(rawDate) : String(rawDate).trim();
    if (!isIsoDate(date)) continue;
    const statusText = String(map.get(row, SESSION_COLUMNS.status)).trim().toLowerCase();
    const status: SessionStatus = (SESSION_STATUSES as readonly string[]).includes(statusText)
      ? (statusText as SessionStatus)
      : 'planned';
    sessions.push({
      date,
      startTime: String(map.get(row, SESSION_COLUMNS.startTime)),
      topic: String(map.get(row, SESSION_COLUMNS.topic)),
      status,
    });
  }
  return { table, sessions };
}

export function appendSessions(
  read: SessionsRead,
  added: readonly Session[],
  timeZone: string,
): void {
  const map = new HeaderMap(read.table.headers);
  const rows = added.map((session) => {
    const cells: unknown[] = new Array(read.table.headers.length).fill('');
    cells[map.indexOf(SESSION_COLUMNS.date)] = startOfLocalDay(session.date, timeZone);
    const time = map.indexOf(SESSION_COLUMNS.startTime);
    if (time >= 0) cells[time] = asText(session.startTime);
    const topic = map.indexOf(SESSION_COLUMNS.topic);
    if (topic >= 0) cells[topic] = asText(session.topic);
    cells[map.indexOf(SESSION_COLUMNS.status)] = session.status;
    return cells;
  });
  appendBlock(read.table.sheet, read.table.rows.length + 1, rows);
}
