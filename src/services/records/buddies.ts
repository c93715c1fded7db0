/** The Buddies tab: one row per pair or trio of a cycle. Past cycles are the matcher's history. */
import { addDays, isIsoDate, localDateFormatter, startOfLocalDay } from '../../domain/dates';
import { asText, isDate } from '../../domain/sheet/cells';
import { HeaderMap } from '../../domain/sheet/header-map';
import { BUDDY_COLUMNS, TAB } from '../../domain/sheet/tabs';
import { namesOf } from '../../domain/member-names';
import { BuddyGroup, BuddyKind, IsoDate, MemberId } from '../../domain/types';
import { readTab, Table, verbatim, writeBlock } from '../sheets';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface BuddyRow extends BuddyGroup {
  status: 'active' | 'ended';
}

interface ReadBuddyRow extends BuddyRow {
  /** Index in the table's data rows, so a rewrite keeps unrelated rows where they are. */
  index: number;
}

export interface BuddiesRead {
  table: Table;
  groups: ReadBuddyRow[];
}

export function readBuddies(spreadsheet: Spreadsheet, timeZone: string): BuddiesRead {
  const table = readTab(spreadsheet, TAB.buddies);
  const map = new HeaderMap(table.headers);
  map.requireAll(TAB.buddies, [
    BUDDY_COLUMNS.cycleStart,
    BUDDY_COLUMNS.cycleEnd,
    BUDDY_COLUMNS.memberA,
    BUDDY_COLUMNS.memberB,
  ]);
  const localDate = localDateFormatter(timeZone);
  const asDate = (value: unknown) => (isDate(value) ? localDate(value) : String(value).trim());
  const groups: ReadBuddyRow[] = [];
  table.rows.forEach((row, index) => {
    const cycleStart = asDate(map.get(row, BUDDY_COLUMNS.cycleStart));
    const cycleEnd = asDate(map.get(row, BUDDY_COLUMNS.cycleEnd));
    const memberIds = [BUDDY_COLUMNS.memberA, BUDDY_COLUMNS.memberB, BUDDY_COLUMNS.memberC]
      .map((column) => String(map.get(row, column)).trim())
      .filter((id) => id !== '');
    if (!isIsoDate(cycleStart) || !isIsoDate(cycleEnd) || memberIds.length < 2) return;
    const kind: BuddyKind =
      String(map.get(row, BUDDY_COLUMNS.kind)) === 'newcomer-mentor' ? 'newcomer-mentor' : 'peers';
    const status =
      String(map.get(row, BUDDY_COLUMNS.status)).trim() === 'ended' ? 'ended' : 'active';
    groups.push({ cycleStart, cycleEnd, memberIds, kind, status, index });
  });
  return { table, groups };
}

/** The row of a group; `base` (the row as it was) keeps the columns a facilitator added. */
/**
 * A group's row: written into `row` (a fresh copy of the row as read, whose other cells stay)
 * or into a new blank row. `dayStart` gives a date's midnight as a date cell.
 */
function toCells(
  map: HeaderMap,
  width: number,
  group: BuddyRow,
  dayStart: (date: IsoDate) => Date,
  names: ReadonlyMap<MemberId, string>,
  row?: unknown[],
): unknown[] {
  const cells: unknown[] = row ?? new Array(width).fill('');
  cells[map.indexOf(BUDDY_COLUMNS.cycleStart)] = dayStart(group.cycleStart);
  cells[map.indexOf(BUDDY_COLUMNS.cycleEnd)] = dayStart(group.cycleEnd);
  [BUDDY_COLUMNS.memberA, BUDDY_COLUMNS.memberB, BUDDY_COLUMNS.memberC].forEach((column, index) => {
    const at = map.indexOf(column);
    if (at >= 0) cells[at] = asText(group.memberIds[index] ?? '');
  });
  const namesAt = map.indexOf(BUDDY_COLUMNS.names);
  if (namesAt >= 0) cells[namesAt] = asText(namesOf(group.memberIds, names));
  const kindAt = map.indexOf(BUDDY_COLUMNS.kind);
  if (kindAt >= 0) cells[kindAt] = group.kind;
  const statusAt = map.indexOf(BUDDY_COLUMNS.status);
  if (statusAt >= 0) cells[statusAt] = group.status;
  return cells;
}

/**
 * Starts a cycle on `startsOn` in one write: active groups end the day before, groups that
 * started that same day are replaced (a second start on one day, e.g. a person clicking again
 * after a failure, supersedes the first rather than leaving a one-day cycle behind), and the
 * new groups follow. Freed rows at the bottom are blanked in the same write.
 */
export function startBuddyCycle(
  read: BuddiesRead,
  startsOn: IsoDate,
  newGroups: readonly BuddyGroup[],
  timeZone: string,
  names: ReadonlyMap<MemberId, string>,
): void {
  const map = new HeaderMap(read.table.headers);
  const width = read.table.headers.length;
  const endedOn = addDays(startsOn, -1);
  const replaced = new Set(
    read.groups.filter((group) => group.cycleStart === startsOn).map((group) => group.index),
  );
  const rows = read.table.rows.map((row) => row.map(verbatim));
  // A cycle's dates are shared by all its rows, and 14,000 rows fall on a few hundred dates:
  // each date's cell is worked out once (the write reads the value, never keeps the object).
  const starts = new Map<IsoDate, Date>();
  const dayStart = (date: IsoDate): Date => {
    let start = starts.get(date);
    if (start === undefined) {
      start = startOfLocalDay(date, timeZone);
      starts.set(date, start);
    }
    return start;
  };
  for (const group of read.groups) {
    if (replaced.has(group.index)) continue;
    // Every row is rewritten anyway: its names follow the Members tab as it is now.
    const ends = group.status === 'active';
    const endDate = ends && group.cycleEnd > endedOn ? endedOn : group.cycleEnd;
    rows[group.index] = toCells(
      map,
      width,
      { ...group, status: ends ? 'ended' : group.status, cycleEnd: endDate },
      dayStart,
      names,
      rows[group.index],
    );
  }
  const kept = rows.filter((_, index) => !replaced.has(index));
  const added = newGroups.map((group) =>
    toCells(map, width, { ...group, status: 'active' }, dayStart, names),
  );
  const blanks = Array.from({ length: Math.max(0, rows.length - kept.length - added.length) }, () =>
    new Array<unknown>(width).fill(''),
  );
  writeBlock(read.table.sheet, 2, 1, [...kept, ...added, ...blanks]);
}
