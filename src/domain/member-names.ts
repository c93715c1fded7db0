/**
 * Names beside ids where facilitators read (issue 16): ids stay the record, because names
 * change and repeat, and a name is shown next to them, looked up from the Members tab.
 */
import { MemberId } from './types';

/** Separates names in one cell: a comma, as ids are separated where facilitators type them. */
export const NAME_SEPARATOR = ', ';

/** The ids of a cell where they are separated by commas ("M0001, M0002"). */
export function idsInCell(cell: unknown): MemberId[] {
  return String(cell ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

/**
 * The names of `ids`, in their order. An id the Members tab does not know is shown as it is,
 * so the cell never hides that something needs fixing.
 */
export function namesOf(ids: readonly MemberId[], names: ReadonlyMap<MemberId, string>): string {
  return ids.map((id) => names.get(id)?.trim() || id).join(NAME_SEPARATOR);
}
