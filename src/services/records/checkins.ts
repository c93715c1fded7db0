/**
 * Accepted check-ins as plain records (attendance, wellbeing answers). Rows not yet processed
 * or moved to Review are left out: only the script's "ok" rows count.
 */
import { localDateFormatter } from '../../domain/dates';
import { CHECKIN_ITEMS, Participation, PARTICIPATION } from '../../domain/forms/checkin-form';
import { opennessAnswer } from '../../domain/forms/openness-item';
import { isDate } from '../../domain/sheet/cells';
import { HeaderMap } from '../../domain/sheet/header-map';
import { DERIVED_COLUMNS, TAB } from '../../domain/sheet/tabs';
import { IsoDate, MemberId } from '../../domain/types';
import { computedOnce, readTab, Table } from '../sheets';
import { STATUS_OK } from './responses';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface CheckinRecord {
  memberId: MemberId;
  sessionDate: IsoDate;
  participation: Participation;
  mood: number | null;
  coping: number | null;
  supported: number | null;
  outreach: boolean;
  /** Talked about mental health outside the group: null when not answered (SPEC section 10). */
  talkedOutside: boolean | null;
}

const scale = (value: unknown): number | null => {
  const number = typeof value === 'number' ? value : Number(value);
  return Number.isInteger(number) && number >= 1 && number <= 5 ? number : null;
};

/** Accepted check-ins, shared by every step of a run (read-only). */
export function readCheckins(
  spreadsheet: Spreadsheet,
  timeZone: string,
): readonly Readonly<CheckinRecord>[] {
  const table = readTab(spreadsheet, TAB.checkins);
  return computedOnce(table, `checkins ${timeZone}`, () => checkinRecords(table, timeZone));
}

function checkinRecords(table: Table, timeZone: string): CheckinRecord[] {
  const map = new HeaderMap(table.headers);
  const localDate = localDateFormatter(timeZone);
  const records: CheckinRecord[] = [];
  for (const row of table.rows) {
    if (map.get(row, DERIVED_COLUMNS.status) !== STATUS_OK) continue;
    const date = map.get(row, DERIVED_COLUMNS.sessionDate);
    const participation = PARTICIPATION.find(
      (choice) => choice === map.get(row, CHECKIN_ITEMS.participation),
    );
    if (!isDate(date) || !participation) continue;
    records.push({
      memberId: String(map.get(row, DERIVED_COLUMNS.memberId)),
      sessionDate: localDate(date),
      participation,
      mood: scale(map.get(row, CHECKIN_ITEMS.mood)),
      coping: scale(map.get(row, CHECKIN_ITEMS.coping)),
      supported: scale(map.get(row, CHECKIN_ITEMS.supported)),
      outreach: String(map.get(row, CHECKIN_ITEMS.outreach)).toLowerCase() === 'yes',
      talkedOutside: map.has(CHECKIN_ITEMS.talkedOutside)
        ? opennessAnswer(map.get(row, CHECKIN_ITEMS.talkedOutside))
        : null,
    });
  }
  return records;
}

const attendedOf = new WeakMap<readonly Readonly<CheckinRecord>[], ReadonlyMap<MemberId, number>>();

/**
 * Sessions each member attended (in person or online), for the newcomer window. Worked out
 * once per list of records (they never change), which rotation and buddies share in a run.
 */
export function sessionsAttended(
  checkins: readonly Readonly<CheckinRecord>[],
): ReadonlyMap<MemberId, number> {
  const known = attendedOf.get(checkins);
  if (known) return known;
  const dates = new Map<MemberId, Set<IsoDate>>();
  for (const checkin of checkins) {
    if (checkin.participation === 'Could not come') continue;
    const set = dates.get(checkin.memberId) ?? new Set<IsoDate>();
    set.add(checkin.sessionDate);
    dates.set(checkin.memberId, set);
  }
  const counts = new Map([...dates].map(([member, set]) => [member, set.size]));
  attendedOf.set(checkins, counts);
  return counts;
}
