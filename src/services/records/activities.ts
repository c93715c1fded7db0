/** The Activities tab (typed by facilitators) as plain records; unusable rows are reported. */
import { isIsoDate, localDateFormatter } from '../../domain/dates';
import { eventCodeKey } from '../../domain/forms/community-form';
import { idsInCell, namesOf } from '../../domain/member-names';
import { asText, isDate } from '../../domain/sheet/cells';
import { HeaderMap } from '../../domain/sheet/header-map';
import { ACTIVITY_COLUMNS, ACTIVITY_KINDS, TAB } from '../../domain/sheet/tabs';
import { IsoDate, MemberId } from '../../domain/types';
import { FIRST_DATA_ROW, readTab, writeBlock, findTab } from '../sheets';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface ActivityRecord {
  date: IsoDate;
  kind: (typeof ACTIVITY_KINDS)[number];
  partnerOrganisation: string;
  membersInvolved: number | null;
  peopleReached: number | null;
  /** The row's "Event code" as typed (trimmed); blank when none or the tab predates it. */
  eventCode: string;
}

const count = (value: unknown): number | null => {
  const number =
    typeof value === 'number' ? value : String(value).trim() === '' ? NaN : Number(value);
  return Number.isInteger(number) && number >= 0 ? number : null;
};

export function readActivities(spreadsheet: Spreadsheet, timeZone: string): ActivityRecord[] {
  const table = readTab(spreadsheet, TAB.activities);
  const map = new HeaderMap(table.headers);
  map.requireAll(TAB.activities, [ACTIVITY_COLUMNS.date, ACTIVITY_COLUMNS.kind]);
  const localDate = localDateFormatter(timeZone);
  const records: ActivityRecord[] = [];
  for (const row of table.rows) {
    const rawDate = map.get(row, ACTIVITY_COLUMNS.date);
    const date = isDate(rawDate) ? localDate(rawDate) : String(rawDate).trim();
    const kindText = String(map.get(row, ACTIVITY_COLUMNS.kind)).trim().toLowerCase();
    const kind = ACTIVITY_KINDS.find((candidate) => candidate === kindText) ?? 'other';
    if (!isIsoDate(date) || kindText === '') continue;
    const involved = map.get(row, ACTIVITY_COLUMNS.membersInvolved);
    // "Members involved" holds member ids separated by commas; a plain number is taken as a count.
    const membersInvolved =
      typeof involved === 'number'
        ? count(involved)
        : String(involved).trim() === ''
          ? null
          : String(involved)
              .split(',')
              .filter((part) => part.trim() !== '').length;
    records.push({
      date,
      kind,
      partnerOrganisation: String(map.get(row, ACTIVITY_COLUMNS.partner)).trim(),
      membersInvolved,
      peopleReached: count(map.get(row, ACTIVITY_COLUMNS.peopleReached)),
      eventCode: map.has(ACTIVITY_COLUMNS.eventCode)
        ? String(map.get(row, ACTIVITY_COLUMNS.eventCode) ?? '').trim()
        : '',
    });
  }
  return records;
}

/**
 * How many Activities rows carry each event code (by eventCodeKey), for the Community survey's
 * intake: every row with a code counts, even one whose date or kind is not filled in yet, so a
 * code typed on two rows is never taken for either.
 */
export function readEventCodes(spreadsheet: Spreadsheet): Map<string, number> {
  const codes = new Map<string, number>();
  if (!findTab(spreadsheet, TAB.activities)) return codes;
  const table = readTab(spreadsheet, TAB.activities);
  const map = new HeaderMap(table.headers);
  if (!map.has(ACTIVITY_COLUMNS.eventCode)) return codes;
  for (const row of table.rows) {
    const key = eventCodeKey(map.get(row, ACTIVITY_COLUMNS.eventCode));
    if (key !== '') codes.set(key, (codes.get(key) ?? 0) + 1);
  }
  return codes;
}

/**
 * Fills a names column from an ids column ("Member names" from "Members involved") so a
 * facilitator reads names, not ids. One read (shared with the outcome refresh) and, only when a
 * name changed, one write of that column. A tab that predates the column is left alone until Set
 * up adds it.
 */
export function fillNamesColumn(
  spreadsheet: Spreadsheet,
  tab: string,
  idsColumn: string,
  namesColumn: string,
  names: ReadonlyMap<MemberId, string>,
): boolean {
  if (!findTab(spreadsheet, tab)) return false;
  const table = readTab(spreadsheet, tab);
  const map = new HeaderMap(table.headers);
  const namesAt = map.indexOf(namesColumn);
  const idsAt = map.indexOf(idsColumn);
  if (namesAt < 0 || idsAt < 0 || table.rows.length === 0) return false;
  const wanted = table.rows.map((row) =>
    typeof row[idsAt] === 'number' ? '' : namesOf(idsInCell(row[idsAt]), names),
  );
  if (wanted.every((name, index) => String(table.rows[index][namesAt]) === name)) return false;
  writeBlock(
    table.sheet,
    FIRST_DATA_ROW,
    namesAt + 1,
    wanted.map((name) => [asText(name)]),
  );
  return true;
}
