/**
 * The Rota tab's grid (SPEC section 3, issue 16): the Rotation tab's rows (one per session and
 * role) turned into one row per session with a column per role, the way a facilitator reads and
 * prints a rota. Pure: the same rows, names and roles give the same grid.
 */
import { namesOf } from './member-names';
import { IsoDate, MemberId, RotationAssignment } from './types';

export const ROTA_UNFILLED = 'unfilled';

export interface RotaGrid {
  /** The roles of Settings in their order, then any other role the rows name, A to Z. */
  roles: string[];
  rows: Array<{ date: IsoDate; cells: string[] }>;
}

/** Code-point order, the same in every runtime. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * `names` gives each member's name; a member it does not know shows as their id, so a cell is
 * never silently blank. A role with no row for a session is left empty (it was not planned).
 */
export function rotaGrid(
  assignments: readonly RotationAssignment[],
  roleOrder: readonly string[],
  names: ReadonlyMap<MemberId, string>,
): RotaGrid {
  const extraRoles = [...new Set(assignments.map((a) => a.role))]
    .filter((role) => !roleOrder.includes(role))
    .sort(compareText);
  const roles = [...roleOrder, ...extraRoles];
  const column = new Map(roles.map((role, index) => [role, index]));
  const byDate = new Map<IsoDate, string[]>();
  for (const assignment of assignments) {
    const cells = byDate.get(assignment.date) ?? roles.map(() => '');
    const shown =
      assignment.memberId === null ? ROTA_UNFILLED : namesOf([assignment.memberId], names);
    cells[column.get(assignment.role) ?? 0] = shown;
    byDate.set(assignment.date, cells);
  }
  const rows = [...byDate.entries()]
    .sort(([a], [b]) => compareText(a, b))
    .map(([date, cells]) => ({ date, cells }));
  return { roles, rows };
}
