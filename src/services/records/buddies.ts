/** The Buddies tab: one row per pair or trio of a cycle. Past cycles are the matcher's history. */
import { isIsoDate, localDateFormatter, startOfLocalDay } from '../../domain/dates';
import { asText, isDate } from '../../domain/sheet/cells';
import { HeaderMap } from '../../domain/sheet/header-map';
import { BUDDY_COLUMNS, TAB } from '../../domain/sheet/tabs';
import { BuddyGroup, BuddyKind } from '../../domain/types';
import { appendBlock, readTable, requireSheet, Table, writeBlock, verbatim } from '../sheets';

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
  const table = readTable(requireSheet(spreadsheet, TAB.buddies));
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

function toCells(map: HeaderMap, width: number, group: BuddyRow, timeZone: string): unknown[] {
  const cells: unknown[] = new Array(width).fill('');
  cells[map.indexOf(BUDDY_COLUMNS.cycleStart)] = startOfLocalDay(group.cycleStart, timeZone);
  cells[map.indexOf(BUDDY_COLUMNS.cycleEnd)] = startOfLocalDay(group.cycleEnd, timeZone);
  [BUDDY_COLUMNS.memberA, BUDDY_COLUMNS.memberB, BUDDY_COLUMNS.memberC].forEach((column, index) => {
    const at = map.indexOf(column);
    if (at >= 0) cells[at] = asText(group.memberIds[index] ?? '');
  });
  const kindAt = map.indexOf(BUDDY_COLUMNS.kind);
  if (kindAt >= 0) cells[kindAt] = group.kind;
  const statusAt = map.indexOf(BUDDY_COLUMNS.status);
  if (statusAt >= 0) cells[statusAt] = group.status;
  return cells;
}

/**
 * Ends the active groups (status and, when ended early, the end date) and appends the new
 * cycle's groups: one rewrite of the existing rows and one append.
 */
export function startBuddyCycle(
  read: BuddiesRead,
  endedOn: string,
  newGroups: readonly BuddyGroup[],
  timeZone: string,
): void {
  const map = new HeaderMap(read.table.headers);
  const width = read.table.headers.length;
  const active = read.groups.filter((group) => group.status === 'active');
  if (active.length > 0) {
    const rows = read.table.rows.map((row) => row.map(verbatim));
    for (const group of active) {
      // A cycle replaced on the day it started keeps a one-day span rather than ending before it began.
      const endDate =
        group.cycleEnd > endedOn
          ? endedOn < group.cycleStart
            ? group.cycleStart
            : endedOn
          : group.cycleEnd;
      const ended = { ...group, status: 'ended' as const, cycleEnd: endDate };
      rows[group.index] = toCells(map, width, ended, timeZone);
    }
    writeBlock(read.table.sheet, 2, 1, rows);
  }
  appendBlock(
    read.table.sheet,
    1 + read.table.rows.length,
    newGroups.map((group) => toCells(map, width, { ...group, status: 'active' }, timeZone)),
  );
}
