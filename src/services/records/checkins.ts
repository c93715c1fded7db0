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
import { readArchive, rowFingerprint, type ArchiveContents } from './checkin-archive';
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

/**
 * Accepted check-ins, shared by every step of a run (read-only): the archived ones first (they
 * left the top of Check-ins in order), then those in Check-ins, so the list is the same after an
 * archiving as before it.
 */
export function readCheckins(
  spreadsheet: Spreadsheet,
  timeZone: string,
): readonly Readonly<CheckinRecord>[] {
  const table = readTab(spreadsheet, TAB.checkins);
  return computedOnce(table, `checkins ${timeZone}`, () =>
    checkinRecords(table, timeZone, readArchive(spreadsheet)),
  );
}

/**
 * The accepted rows of Check-ins as records. When an archiving was interrupted after writing
 * its chunk but before deleting every row it moved, the latest chunk's last moved row is still
 * in the tab: every accepted row up to it is in the archive already and is left out here, so
 * nothing counts twice. (The moved rows are all for sessions on or before the chunk's last
 * session, so the search stops at the first accepted row after it.)
 */
function checkinRecords(
  table: Table,
  timeZone: string,
  archive: ArchiveContents | null,
): CheckinRecord[] {
  const map = new HeaderMap(table.headers);
  const localDate = localDateFormatter(timeZone);
  const records: CheckinRecord[] = archive ? [...archive.records] : [];
  const archived = records.length;
  let looking = archive !== null && archive.lastRowMoved !== '';
  for (const row of table.rows) {
    if (map.get(row, DERIVED_COLUMNS.status) !== STATUS_OK) continue;
    const date = map.get(row, DERIVED_COLUMNS.sessionDate);
    const participation = PARTICIPATION.find(
      (choice) => choice === map.get(row, CHECKIN_ITEMS.participation),
    );
    if (!isDate(date) || !participation) continue;
    if (looking && archive) {
      if (rowFingerprint(row) === archive.lastRowMoved) {
        records.length = archived;
        looking = false;
        continue;
      }
      if (localDate(date) > archive.lastSession) looking = false;
    }
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
