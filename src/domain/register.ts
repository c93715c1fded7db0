/**
 * The attendance register (SPEC section 10, issue 15 item 6): after a session has met, one row
 * per member who could have come, for a facilitator to mark "yes" or "no" on a phone. Pure:
 * which rows to add, and how the marks read.
 */
import { addDays } from './dates';
import { IsoDate, Member, MemberId, Session } from './types';

/** Sessions further back than this get no register rows: a group turning it on after years
 * is not handed years of rows to fill. */
export const REGISTER_LOOKBACK_DAYS = 28;

export interface RegisterRow {
  date: IsoDate;
  memberId: MemberId;
  name: string;
}

/** Sessions that met (held, or planned and past) and have no register rows yet. */
export function registerRowsToAdd(
  sessions: readonly Session[],
  members: readonly Member[],
  datesWithRows: ReadonlySet<IsoDate>,
  today: IsoDate,
): RegisterRow[] {
  const earliest = addDays(today, -REGISTER_LOOKBACK_DAYS);
  const met = sessions
    .filter(
      (session) =>
        ((session.status === 'held' && session.date <= today) ||
          (session.status === 'planned' && session.date < today)) &&
        session.date >= earliest &&
        !datesWithRows.has(session.date),
    )
    .map((session) => session.date)
    .sort();
  const rows: RegisterRow[] = [];
  for (const date of [...new Set(met)]) {
    for (const member of members) {
      // Members active then (not yet left) and joined by that day; a paused member is listed
      // too, since a facilitator may still mark them present.
      if (member.id === '' || member.status === 'left') continue;
      if (member.joined !== '' && member.joined > date) continue;
      rows.push({ date, memberId: member.id, name: member.name });
    }
  }
  return rows;
}

export type RegisterMark = 'yes' | 'no' | '';

/** "yes", "no" or blank, as typed, ticked or chosen from the drop-down. */
export function readMark(cell: unknown): RegisterMark {
  if (cell === true) return 'yes';
  if (cell === false) return 'no';
  const text = String(cell ?? '')
    .trim()
    .toLowerCase();
  if (['yes', 'y', 'x', '✓', 'present', 'came'].includes(text)) return 'yes';
  if (['no', 'n', 'absent'].includes(text)) return 'no';
  return '';
}
