/**
 * Rotation planner (SPEC §3). Walks every session in date order, past ones first: past cells
 * only feed the fairness ledger, and each session of the window is then filled by one
 * minimum-cost assignment (see rotation-session.ts) that reads the ledger as it stands. Locked
 * and past cells are copied through untouched. Pure and deterministic: members are handled in
 * id order and nothing depends on the clock or on chance.
 */
import { couldServe, isAvailable } from './rotation-eligibility';
import { FairnessLedger } from './rotation-ledger';
import { chooseSessionAssignment } from './rotation-session';
import {
  DEFAULT_LEADING_ROLES,
  RotationInput,
  RotationMember,
  RotationPlan,
  UnfilledRole,
} from './rotation-types';
import { LOCKED_EMPTY_REASON, RECORDED_EMPTY_REASON, unfilledReason } from './rotation-unfilled';
import { IsoDate, MemberId, RotationAssignment } from './types';

export * from './rotation-types';

type CellsByRole = Map<string, RotationAssignment>;

function byId(a: RotationMember, b: RotationMember): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function sortedMembers(members: readonly RotationMember[]): RotationMember[] {
  const sorted = [...members].sort(byId);
  for (let index = 1; index < sorted.length; index += 1) {
    if (sorted[index].id === sorted[index - 1].id) {
      throw new Error(`Member id "${sorted[index].id}" appears twice in the rotation input.`);
    }
  }
  return sorted;
}

/** Groups cells by date then role; the first cell wins a duplicate (date, role) after sorting. */
function cellsByDate(cells: readonly RotationAssignment[]): Map<IsoDate, CellsByRole> {
  const ordered = [...cells].sort(
    (a, b) =>
      a.date.localeCompare(b.date) ||
      a.role.localeCompare(b.role) ||
      (a.memberId ?? '').localeCompare(b.memberId ?? ''),
  );
  const grouped = new Map<IsoDate, CellsByRole>();
  for (const cell of ordered) {
    const roles = grouped.get(cell.date) ?? new Map<string, RotationAssignment>();
    if (!roles.has(cell.role)) roles.set(cell.role, cell);
    grouped.set(cell.date, roles);
  }
  return grouped;
}

function membersOnDuty(cells: CellsByRole | undefined): Set<MemberId> {
  const onDuty = new Set<MemberId>();
  for (const cell of cells?.values() ?? []) if (cell.memberId !== null) onDuty.add(cell.memberId);
  return onDuty;
}

export function planRotation(input: RotationInput): RotationPlan {
  const roles = [...new Set(input.roles)];
  const roleRank = new Map(roles.map((role, index) => [role, index]));
  const leadingRoles = new Set(input.leadingRoles ?? DEFAULT_LEADING_ROLES);
  const members = sortedMembers(input.members);

  const windowDates = [
    ...new Set(
      input.sessionsToPlan
        .filter((session) => session.status !== 'cancelled')
        .map((session) => session.date),
    ),
  ].sort();
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
  const timeline = [...new Set([...history.keys(), ...windowDates])].sort();
  const fixedDutyAt = (date: IsoDate | undefined): Set<MemberId> =>
    date === undefined
      ? new Set()
      : membersOnDuty(inWindow.has(date) ? fixed.get(date) : history.get(date));

  const ledger = new FairnessLedger();
  const shareSessionDuty = (date: IsoDate, sessionRoles: Iterable<string>): void => {
    for (const role of sessionRoles) {
      if (!roleRank.has(role)) continue;
      const owed = members.filter((member) => couldServe(member, role, date, leadingRoles));
      ledger.shareDuty(
        role,
        owed.map((member) => member.id),
      );
    }
  };
  const recordCells = (cells: Iterable<RotationAssignment>): void => {
    for (const cell of cells) {
      if (cell.memberId !== null && roleRank.has(cell.role))
        ledger.recordService(cell.memberId, cell.role);
    }
  };

  const assignments: RotationAssignment[] = [];
  const unfilled: UnfilledRole[] = [];
  let previousOnDuty = new Set<MemberId>();

  timeline.forEach((date, position) => {
    if (!inWindow.has(date)) {
      const cells = history.get(date) ?? new Map<string, RotationAssignment>();
      shareSessionDuty(date, cells.keys());
      recordCells(cells.values());
      previousOnDuty = membersOnDuty(cells);
      return;
    }

    const fixedCells = fixed.get(date) ?? new Map<string, RotationAssignment>();
    const holdingFixedCell = membersOnDuty(fixedCells);
    const nextFixedOnDuty = fixedDutyAt(timeline[position + 1]);
    const neighbourDuty = new Map<MemberId, number>();
    for (const member of members) {
      const neighbours =
        Number(previousOnDuty.has(member.id)) + Number(nextFixedOnDuty.has(member.id));
      if (neighbours > 0) neighbourDuty.set(member.id, neighbours);
    }
    const rolesToFill = roles.filter((role) => !fixedCells.has(role));
    const candidates = members.filter(
      (member) => member.active && isAvailable(member, date) && !holdingFixedCell.has(member.id),
    );
    const choice = chooseSessionAssignment({
      rolesToFill,
      roleRank,
      allRoles: roles,
      candidates,
      leadingRoles,
      ledger,
      neighbourDuty,
    });

    shareSessionDuty(date, roles);
    recordCells(fixedCells.values());
    const sessionCells: RotationAssignment[] = [];
    for (const role of roles) {
      const fixedCell = fixedCells.get(role);
      if (fixedCell !== undefined) {
        sessionCells.push(fixedCell);
        if (fixedCell.memberId === null) {
          const reason = fixedCell.locked ? LOCKED_EMPTY_REASON : RECORDED_EMPTY_REASON;
          unfilled.push({ date, role, reason });
        }
        continue;
      }
      const memberId = choice.get(role) ?? null;
      sessionCells.push({ date, role, memberId, locked: false });
      if (memberId === null) {
        unfilled.push({ date, role, reason: unfilledReason(role, date, members, leadingRoles) });
      } else {
        ledger.recordService(memberId, role);
      }
    }
    // Cells for roles no longer in the role list are kept (and reported back) as they are.
    const extraRoles = [...fixedCells.keys()].filter((role) => !roleRank.has(role)).sort();
    for (const role of extraRoles) sessionCells.push(fixedCells.get(role) as RotationAssignment);

    assignments.push(...sessionCells);
    previousOnDuty = membersOnDuty(new Map(sessionCells.map((cell) => [cell.role, cell])));
  });

  return { assignments, unfilled };
}
