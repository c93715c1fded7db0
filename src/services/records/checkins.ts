/**
 * Accepted check-ins as plain records (attendance, wellbeing answers). Rows not yet processed
 * or moved to Review are left out: only the script's "ok" rows count.
 */
import { compactCheckin } from '../../domain/compact-checkin';
import { localDateFormatter } from '../../domain/dates';
import { CHECKIN_ITEMS, Participation, PARTICIPATION } from '../../domain/forms/checkin-form';
import { inEnglish } from '../../domain/forms/choice-text';
import { opennessAnswer } from '../../domain/forms/openness-item';
import { isDate } from '../../domain/sheet/cells';
import { HeaderMap } from '../../domain/sheet/header-map';
import { DERIVED_COLUMNS, TAB } from '../../domain/sheet/tabs';
import { IsoDate, MemberId } from '../../domain/types';
import { computedOnce, Table } from '../sheets';
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
  return computedOnce(spreadsheet, TAB.checkins, `checkins ${timeZone}`, (table) =>
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
  const localDate = sharedDates(localDateFormatter(timeZone));
  // Sized once for every row that could count and cut to those that do: grown one push at a
  // time, a list of 290,000 would leave a trail of ever larger copies behind it.
  const archived = archive ? archive.records.length : 0;
  const records: CheckinRecord[] = new Array<CheckinRecord>(archived + table.rows.length);
  for (let index = 0; index < archived; index += 1)
    records[index] = (archive as ArchiveContents).records[index];
  let count = archived;
  let looking = archive !== null && archive.lastRowMoved !== '';
  const hasTalkedOutside = map.has(CHECKIN_ITEMS.talkedOutside);
  for (const row of table.rows) {
    if (map.get(row, DERIVED_COLUMNS.status) !== STATUS_OK) continue;
    const date = map.get(row, DERIVED_COLUMNS.sessionDate);
    // In any shipped language's wording: the form may have been in another when it was sent.
    const given = inEnglish(map.get(row, CHECKIN_ITEMS.participation));
    const participation = PARTICIPATION.find((choice) => choice === given);
    if (!isDate(date) || !participation) continue;
    if (looking && archive) {
      if (rowFingerprint(row) === archive.lastRowMoved) {
        count = archived;
        looking = false;
        continue;
      }
      if (localDate(date) > archive.lastSession) looking = false;
    }
    records[count] = compactCheckin(
      String(map.get(row, DERIVED_COLUMNS.memberId)),
      localDate(date),
      participation,
      scale(map.get(row, CHECKIN_ITEMS.mood)),
      scale(map.get(row, CHECKIN_ITEMS.coping)),
      scale(map.get(row, CHECKIN_ITEMS.supported)),
      String(inEnglish(map.get(row, CHECKIN_ITEMS.outreach))).toLowerCase() === 'yes',
      hasTalkedOutside ? opennessAnswer(map.get(row, CHECKIN_ITEMS.talkedOutside)) : null,
    );
    count += 1;
  }
  records.length = count;
  return records;
}

/**
 * The formatter, giving one string per instant: a group's check-ins fall on a few hundred
 * session dates, so the records share those strings instead of holding one per row.
 */
function sharedDates(localDate: (instant: Date) => IsoDate): (instant: Date) => IsoDate {
  const known = new Map<number, IsoDate>();
  return (instant) => {
    const ms = instant.getTime();
    let date = known.get(ms);
    if (date === undefined) {
      date = localDate(instant);
      known.set(ms, date);
    }
    return date;
  };
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
  // Distinct dates per member, one byte per session date for each member rather than a set of
  // dates each: a group's history has a few hundred dates and 290,000 check-ins.
  const dateIndex = new Map<IsoDate, number>();
  for (const checkin of checkins)
    if (!dateIndex.has(checkin.sessionDate)) dateIndex.set(checkin.sessionDate, dateIndex.size);
  const attended = new Map<MemberId, Uint8Array>();
  const counts = new Map<MemberId, number>();
  for (const checkin of checkins) {
    if (checkin.participation === 'Could not come') continue;
    let dates = attended.get(checkin.memberId);
    if (!dates) {
      dates = new Uint8Array(dateIndex.size);
      attended.set(checkin.memberId, dates);
    }
    const index = dateIndex.get(checkin.sessionDate) as number;
    if (dates[index] === 1) continue;
    dates[index] = 1;
    counts.set(checkin.memberId, (counts.get(checkin.memberId) ?? 0) + 1);
  }
  attendedOf.set(checkins, counts);
  return counts;
}
