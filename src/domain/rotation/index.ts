/**
 * Rotation planner (SPEC §3). Walks every session in date order, past ones first: past cells
 * only feed the fairness ledger, and each session of the window is then filled by one
 * minimum-cost assignment (see rotation-session.ts) that reads the ledger as it stands. Locked
 * and past cells are copied through untouched. Pure and deterministic: members are handled in
 * id order and nothing depends on the clock, on chance or on the runtime's locale.
 */
import { couldServe, isAvailable } from './eligibility';
import { FairnessLedger } from './ledger';
import { chooseSessionAssignment } from './session';
import {
  DEFAULT_LEADING_ROLES,
  RotationInput,
  RotationMember,
  RotationPlan,
  UnfilledRole,
} from './types';
import { lockedEmptyReason, recordedEmptyReason, unfilledReason } from './unfilled';
import { IsoDate, MemberId, RotationAssignment } from '../types';

export * from './types';

type CellsByRole = Map<string, RotationAssignment>;

interface Planner {
  roles: string[];
  roleRank: Map<string, number>;
  leadingRoles: Set<string>;
  /** In id order. */
  members: RotationMember[];
  ledger: FairnessLedger;
}

/** Code-point order: unlike localeCompare, the same in every runtime. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function sortedMembers(members: readonly RotationMember[]): RotationMember[] {
  const sorted = [...members].sort((a, b) => compareText(a.id, b.id));
  for (let index = 1; index < sorted.length; index += 1) {
    if (sorted[index].id === sorted[index - 1].id) {
      throw new Error(`Member id "${sorted[index].id}" appears twice in the rotation input.`);
    }
  }
  return sorted;
}

/** Groups cells by date then role; of duplicate (date, role) cells a filled one wins. */
function cellsByDate(cells: readonly RotationAssignment[]): Map<IsoDate, CellsByRole> {
  const ordered = [...cells].sort(
    (a, b) =>
      compareText(a.date, b.date) ||
      compareText(a.role, b.role) ||
      Number(a.memberId === null) - Number(b.memberId === null) ||
      compareText(a.memberId ?? '', b.memberId ?? ''),
  );
  const grouped = new Map<IsoDate, CellsByRole>();
  for (const cell of ordered) {
    const roles = grouped.get(cell.date) ?? new Map<string, RotationAssignment>();
    if (!roles.has(cell.role)) roles.set(cell.role, cell);
    grouped.set(cell.date, roles);
  }
  return grouped;
}

function membersOnDuty(cells: Iterable<RotationAssignment>): Set<MemberId> {
  const onDuty = new Set<MemberId>();
  for (const cell of cells) if (cell.memberId !== null) onDuty.add(cell.memberId);
  return onDuty;
}

/** Shares the session's duty in each role among those who could have taken it, and records who did. */
function recordSession(
  planner: Planner,
  date: IsoDate,
  sessionRoles: Iterable<string>,
  cells: Iterable<RotationAssignment>,
): void {
  for (const role of sessionRoles) {
    if (!planner.roleRank.has(role)) continue;
    const owed = planner.members.filter((member) =>
      couldServe(member, role, date, planner.leadingRoles),
    );
    planner.ledger.shareDuty(
      role,
      owed.map((member) => member.id),
    );
  }
  for (const cell of cells) {
    if (cell.memberId !== null && planner.roleRank.has(cell.role)) {
      planner.ledger.recordService(cell.memberId, cell.role);
    }
  }
}

/** Fills the open roles of one window session around its fixed (locked or past) cells. */
function planSession(
  planner: Planner,
  date: IsoDate,
  fixedCells: CellsByRole,
  neighbourDuty: ReadonlyMap<MemberId, number>,
): { cells: RotationAssignment[]; unfilled: UnfilledRole[] } {
  const holdingFixedCell = membersOnDuty(fixedCells.values());
  const choice = chooseSessionAssignment({
    rolesToFill: planner.roles.filter((role) => !fixedCells.has(role)),
    roleRank: planner.roleRank,
    allRoles: planner.roles,
    candidates: planner.members.filter(
      (member) => member.active && isAvailable(member, date) && !holdingFixedCell.has(member.id),
    ),
    leadingRoles: planner.leadingRoles,
    ledger: planner.ledger,
    neighbourDuty,
  });

  const cells: RotationAssignment[] = [];
  const unfilled: UnfilledRole[] = [];
  for (const role of planner.roles) {
    const fixedCell = fixedCells.get(role);
    const cell = fixedCell ?? { date, role, memberId: choice.get(role) ?? null, locked: false };
    cells.push(cell);
    if (cell.memberId !== null) continue;
    const reason =
      fixedCell === undefined
        ? unfilledReason(role, date, planner.members, planner.leadingRoles)
        : fixedCell.locked
          ? lockedEmptyReason()
          : recordedEmptyReason();
    unfilled.push({ date, role, reason });
  }
  // Cells for roles no longer in the role list are kept (and reported back) as they are.
  const extraCells = [...fixedCells.entries()]
    .filter(([role]) => !planner.roleRank.has(role))
    .sort(([a], [b]) => compareText(a, b))
    .map(([, cell]) => cell);
  cells.push(...extraCells);
  recordSession(planner, date, planner.roles, cells);
  return { cells, unfilled };
}

export function planRotation(input: RotationInput): RotationPlan {
  const roles = [...new Set(input.roles)];
  const planner: Planner = {
    roles,
    roleRank: new Map(roles.map((role, index) => [role, index])),
    leadingRoles: new Set(input.leadingRoles ?? DEFAULT_LEADING_ROLES),
    members: sortedMembers(input.members),
    ledger: new FairnessLedger(),
  };

  const windowDates = [
    ...new Set(
      input.sessionsToPlan
        .filter((session) => session.status !== 'cancelled')
        .map((session) => session.date),
    ),
  ].sort(compareText);
  const inWindow = new Set(windowDates);
  const history = cellsByDate(input.history);
  const locked = cellsByDate(input.locked.filter((cell) => inWindow.has(cell.date)));
  // A window date that already has recorded cells is a past session: those cells stay as they are.
  const fixed = new Map<IsoDate, CellsByRole>();
  for (const date of windowDates) {
    const cells = new Map<string, RotationAssignment>(locked.get(date) ?? []);
    for (const [role, cell] of history.get(date) ?? []) cells.set(role, cell);
    fixed.set(date, cells);
  }
  const timeline = [...new Set([...history.keys(), ...windowDates])].sort(compareText);
  const cellsAt = (date: IsoDate | undefined): CellsByRole =>
    (date === undefined ? undefined : (fixed.get(date) ?? history.get(date))) ?? new Map();

  const assignments: RotationAssignment[] = [];
  const unfilled: UnfilledRole[] = [];
  let previousOnDuty = new Set<MemberId>();
  timeline.forEach((date, position) => {
    if (!inWindow.has(date)) {
      const cells = cellsAt(date);
      recordSession(planner, date, cells.keys(), cells.values());
      previousOnDuty = membersOnDuty(cells.values());
      return;
    }
    // Only fixed cells of the next session are known yet; planned ones follow from this one.
    const nextOnDuty = membersOnDuty(cellsAt(timeline[position + 1]).values());
    const neighbourDuty = new Map<MemberId, number>();
    for (const member of planner.members) {
      const neighbours = Number(previousOnDuty.has(member.id)) + Number(nextOnDuty.has(member.id));
      if (neighbours > 0) neighbourDuty.set(member.id, neighbours);
    }
    const session = planSession(planner, date, cellsAt(date), neighbourDuty);
    assignments.push(...session.cells);
    unfilled.push(...session.unfilled);
    previousOnDuty = membersOnDuty(session.cells);
  });
  return { assignments, unfilled };
}
