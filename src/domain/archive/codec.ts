/**
 * The Check-in archive (menu "Archive old check-ins"): check-ins older than a boundary leave the
 * Check-ins tab and are kept in a compact form, many to a cell, in the "Check-in archive" tab.
 *
 * What it must keep. Every outcome figure is computed from accepted check-ins, and several need
 * one record per check-in, not a monthly sum: distinct members over any period (attendance,
 * retention, outreach, response rate), each member's own monthly mean (wellbeing), each member's
 * answers on either side of a report period that starts or ends inside a month (the
 * cross-publication suppression of overlap.ts), and reminders' and rotation's "sessions
 * attended" and "last seen". A group-level monthly figure cannot give any of these back
 * exactly, and a report may cover any period, so no boundary leaves them untouched. The archive
 * therefore keeps, for each check-in, exactly the fields a figure reads (member ID, session
 * date, participation, the three 1-5 answers, outreach, talked outside) and nothing else: no
 * email, no timestamp, no free text. Like Check-ins, it stays inside the sheet and is never
 * published; only the figures made from it are, suppressed as before.
 *
 * Records keep their order (a prefix of the accepted rows moves, in row order), so the records
 * a reader gets back are the same list, in the same order, as before the move: every figure,
 * floating-point sums included, is identical.
 */
import { PARTICIPATION, type Participation } from '../forms/checkin-form';
import type { IsoDate, MemberId } from '../types';

/** The fields of one accepted check-in that any figure, reminder or rotation rule reads. */
export interface ArchivedCheckin {
  readonly memberId: MemberId;
  readonly sessionDate: IsoDate;
  readonly participation: Participation;
  readonly mood: number | null;
  readonly coping: number | null;
  readonly supported: number | null;
  readonly outreach: boolean;
  readonly talkedOutside: boolean | null;
}

type Packed = [
  string,
  string,
  number,
  number | null,
  number | null,
  number | null,
  0 | 1,
  0 | 1 | null,
];

/** A cell holds at most 50,000 characters (Sheets refuses more); chunks stay well below. */
export const CHUNK_MAX_CHARACTERS = 45_000;

const flag = (value: boolean | null): 0 | 1 | null => (value === null ? null : value ? 1 : 0);

function pack(record: ArchivedCheckin): Packed {
  return [
    record.memberId,
    record.sessionDate,
    PARTICIPATION.indexOf(record.participation),
    record.mood,
    record.coping,
    record.supported,
    record.outreach ? 1 : 0,
    flag(record.talkedOutside),
  ];
}

export class ArchiveFormatError extends Error {
  constructor(reason: string) {
    super(`The Check-in archive tab holds a cell Peer Circle cannot read: ${reason}`);
    this.name = 'ArchiveFormatError';
  }
}

const answer = (value: unknown): number | null => {
  if (value === null) return null;
  if (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 5)
    return value;
  throw new ArchiveFormatError(`answer ${JSON.stringify(value)}`);
};

function unpack(value: unknown): ArchivedCheckin {
  if (!Array.isArray(value) || value.length !== 8)
    throw new ArchiveFormatError('a record is not a list of 8');
  const [memberId, sessionDate, participation, mood, coping, supported, outreach, talked] =
    value as unknown[];
  const choice = typeof participation === 'number' ? PARTICIPATION[participation] : undefined;
  if (typeof memberId !== 'string' || typeof sessionDate !== 'string' || !choice)
    throw new ArchiveFormatError('member, session date or participation');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(sessionDate)) throw new ArchiveFormatError(sessionDate);
  return {
    memberId,
    sessionDate,
    participation: choice,
    mood: answer(mood),
    coping: answer(coping),
    supported: answer(supported),
    outreach: outreach === 1,
    talkedOutside: talked === null ? null : talked === 1,
  };
}

/** One cell's text: the records in order. */
export function encodeChunk(records: readonly ArchivedCheckin[]): string {
  return JSON.stringify(records.map(pack));
}

export function decodeChunk(text: unknown): ArchivedCheckin[] {
  if (text === '' || text === null || text === undefined) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(String(text));
  } catch {
    throw new ArchiveFormatError('not a list of records');
  }
  if (!Array.isArray(parsed)) throw new ArchiveFormatError('not a list of records');
  return parsed.map(unpack);
}

/**
 * Splits records, in order, into chunks each encoding to at most `maxCharacters` (a record
 * encodes to about 40).
 */
export function chunkRecords(
  records: readonly ArchivedCheckin[],
  maxCharacters = CHUNK_MAX_CHARACTERS,
): ArchivedCheckin[][] {
  const chunks: ArchivedCheckin[][] = [];
  let current: ArchivedCheckin[] = [];
  let length = 2;
  for (const record of records) {
    const size = JSON.stringify(pack(record)).length + 1;
    if (current.length > 0 && length + size > maxCharacters) {
      chunks.push(current);
      current = [];
      length = 2;
    }
    current.push(record);
    length += size;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

/**
 * The boundary: check-ins for sessions before the first day of the month `years` years before
 * today's month move. Whole months, so a month is never split between the two tabs.
 */
export function archiveBoundary(today: IsoDate, years: number): IsoDate {
  if (!Number.isInteger(years) || years < 1) throw new RangeError(`years must be 1 or more`);
  const year = Number(today.slice(0, 4)) - years;
  return `${String(year).padStart(4, '0')}-${today.slice(5, 7)}-01`;
}

/** A row of Check-ins as the mover sees it: accepted or not, and its record when accepted. */
export interface MovableRow {
  readonly accepted: ArchivedCheckin | null;
}

/**
 * Which rows move: the accepted rows from the top, up to (not including) the first accepted row
 * for a session on or after the boundary, and at most `limit` of them. Rows not accepted
 * (pending, moved to Review, blank) stay where they are. Returns the rows' indexes in order.
 *
 * Only a prefix of the accepted rows moves, so the archive followed by what stays is the same
 * list of records as before, in the same order.
 */
export function rowsToMove(
  rows: readonly MovableRow[],
  boundary: IsoDate,
  limit: number,
): number[] {
  const moving: number[] = [];
  for (let index = 0; index < rows.length && moving.length < limit; index += 1) {
    const accepted = rows[index].accepted;
    if (accepted === null) continue;
    if (accepted.sessionDate >= boundary) break;
    moving.push(index);
  }
  return moving;
}
