import fc from 'fast-check';
import {
  planRotation,
  RotationInput,
  RotationMember,
  RotationPlan,
} from '../../src/domain/rotation';
import { IsoDate, RotationAssignment } from '../../src/domain/types';

const ALL_ROLES = ['Facilitator', 'Co-facilitator', 'Timekeeper', 'Greeter', 'Note-taker'];
const LEADING = 'Facilitator';

/** Weekly dates from a fixed Monday; index 0 is the first session of the generated calendar. */
function weekly(index: number): IsoDate {
  return new Date(Date.UTC(2025, 0, 6 + 7 * index)).toISOString().slice(0, 10);
}

function memberId(index: number): string {
  return `m${String(index).padStart(2, '0')}`;
}

function isAvailable(member: RotationMember, date: IsoDate): boolean {
  return !member.unavailable.some(
    (range) =>
      (range.from === null || range.from <= date) && (range.to === null || date <= range.to),
  );
}

function canTake(member: RotationMember, role: string, leadingRoles: readonly string[]): boolean {
  return (
    member.active &&
    member.roles.includes(role) &&
    !(member.isNewcomer && leadingRoles.includes(role))
  );
}

function cellsOn(cells: readonly RotationAssignment[], date: IsoDate): RotationAssignment[] {
  return cells.filter((cell) => cell.date === date);
}

function countFor(cells: readonly RotationAssignment[], id: string, role: string): number {
  return cells.filter((cell) => cell.memberId === id && cell.role === role).length;
}

/** Largest number of `roles` that distinct free members can fill (augmenting paths). */
function maxFillable(
  roles: readonly string[],
  members: readonly RotationMember[],
  canFill: (m: RotationMember, role: string) => boolean,
): number {
  const holder = new Map<string, string>();
  const place = (role: string, seen: Set<string>): boolean => {
    for (const member of members) {
      if (!canFill(member, role) || seen.has(member.id)) continue;
      seen.add(member.id);
      const previous = holder.get(member.id);
      if (previous === undefined || place(previous, seen)) {
        holder.set(member.id, role);
        return true;
      }
    }
    return false;
  };
  return roles.filter((role) => place(role, new Set())).length;
}

interface Scenario {
  input: RotationInput;
  windowDates: IsoDate[];
}

/** Random rosters, absences, cancellations, history and locked cells over a small calendar. */
const scenarioArb: fc.Arbitrary<Scenario> = fc
  .record({
    roleCount: fc.integer({ min: 1, max: 5 }),
    historyLength: fc.integer({ min: 0, max: 8 }),
    windowLength: fc.integer({ min: 1, max: 14 }),
    members: fc.array(
      fc.record({
        roleMask: fc.integer({ min: 0, max: 31 }),
        isNewcomer: fc.boolean(),
        active: fc.oneof(fc.constant(true), fc.constant(true), fc.constant(false)),
        absences: fc.array(
          fc.record({
            start: fc.integer({ min: 0, max: 22 }),
            length: fc.integer({ min: 0, max: 4 }),
          }),
          {
            maxLength: 2,
          },
        ),
      }),
      { maxLength: 9 },
    ),
    cancelled: fc.array(fc.integer({ min: 0, max: 13 }), { maxLength: 3 }),
    historyPicks: fc.array(fc.integer({ min: -1, max: 8 }), { maxLength: 40 }),
    lockedPicks: fc.array(
      fc.record({
        session: fc.integer({ min: 0, max: 13 }),
        role: fc.integer({ min: 0, max: 4 }),
        member: fc.integer({ min: -1, max: 8 }),
      }),
      { maxLength: 4 },
    ),
  })
  .map((raw) => {
    const roles = ALL_ROLES.slice(0, raw.roleCount);
    const members: RotationMember[] = raw.members.map((member, index) => ({
      id: memberId(index),
      roles: roles.filter((_, roleIndex) => (member.roleMask >> roleIndex) & 1),
      unavailable: member.absences.map(({ start, length }) => ({
        from: weekly(start),
        to: weekly(start + length),
      })),
      isNewcomer: member.isNewcomer,
      active: member.active,
    }));
    const historyDates = Array.from({ length: raw.historyLength }, (_, index) => weekly(index));
    const windowDates = Array.from({ length: raw.windowLength }, (_, index) =>
      weekly(raw.historyLength + index),
    );
    const history: RotationAssignment[] = [];
    let pick = 0;
    for (const date of historyDates) {
      for (const role of roles) {
        const chosen = raw.historyPicks[pick++ % Math.max(1, raw.historyPicks.length)] ?? -1;
        history.push({
          date,
          role,
          memberId: chosen >= 0 && chosen < members.length ? members[chosen].id : null,
          locked: false,
        });
      }
    }
    const cancelledDates = new Set(
      raw.cancelled.map((index) => windowDates[index]).filter(Boolean),
    );
    const locked: RotationAssignment[] = [];
    const lockedKeys = new Set<string>();
    const lockedMembersOn = new Map<IsoDate, Set<string>>();
    for (const lock of raw.lockedPicks) {
      const date = windowDates[lock.session];
      const role = roles[lock.role];
      if (date === undefined || role === undefined || lockedKeys.has(`${date}|${role}`)) continue;
      const member = lock.member >= 0 ? members[lock.member] : undefined;
      const busy = lockedMembersOn.get(date) ?? new Set<string>();
      if (member !== undefined && busy.has(member.id)) continue;
      lockedKeys.add(`${date}|${role}`);
      if (member !== undefined) busy.add(member.id);
      lockedMembersOn.set(date, busy);
      locked.push({ date, role, memberId: member?.id ?? null, locked: true });
    }
    const input: RotationInput = {
      roles,
      leadingRoles: [LEADING],
      members,
      sessionsToPlan: windowDates.map((date) => ({
        date,
        status: cancelledDates.has(date) ? 'cancelled' : 'planned',
      })),
      history,
      locked,
    };
    return { input, windowDates: windowDates.filter((date) => !cancelledDates.has(date)) };
  });

function plannedCells(plan: RotationPlan, input: RotationInput): RotationAssignment[] {
  const lockedKeys = new Set(input.locked.map((cell) => `${cell.date}|${cell.role}`));
  return plan.assignments.filter((cell) => !lockedKeys.has(`${cell.date}|${cell.role}`));
}

describe('planRotation: hard rules on random rosters', () => {
  it('covers exactly the window (cancelled sessions skipped) and keeps locked and past cells as they are', () => {
    fc.assert(
      fc.property(scenarioArb, ({ input, windowDates }) => {
        const plan = planRotation(input);
        const expectedKeys = windowDates.flatMap((date) =>
          input.roles.map((role) => `${date}|${role}`),
        );
        expect(plan.assignments.map((cell) => `${cell.date}|${cell.role}`)).toEqual(expectedKeys);
        for (const cell of input.locked) {
          if (!windowDates.includes(cell.date)) continue;
          expect(plan.assignments).toContainEqual(cell);
        }
        for (const cell of plan.assignments) {
          expect(input.history.some((past) => past.date === cell.date)).toBe(false);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('gives nobody two roles in a session, and only willing, active, available members', () => {
    fc.assert(
      fc.property(scenarioArb, ({ input, windowDates }) => {
        const plan = planRotation(input);
        const byId = new Map(input.members.map((member) => [member.id, member]));
        for (const date of windowDates) {
          const onDuty = cellsOn(plan.assignments, date).flatMap((cell) =>
            cell.memberId === null ? [] : [cell.memberId],
          );
          expect(new Set(onDuty).size).toBe(onDuty.length);
        }
        for (const cell of plannedCells(plan, input)) {
          if (cell.memberId === null) continue;
          const member = byId.get(cell.memberId) as RotationMember;
          expect(canTake(member, cell.role, [LEADING])).toBe(true);
          expect(isAvailable(member, cell.date)).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('never puts a newcomer in a leading role, whichever roles are leading', () => {
    fc.assert(
      fc.property(scenarioArb, fc.subarray(ALL_ROLES), ({ input }, leadingRoles) => {
        const plan = planRotation({ ...input, leadingRoles });
        const newcomers = new Set(
          input.members.filter((member) => member.isNewcomer).map((member) => member.id),
        );
        for (const cell of plannedCells(plan, input)) {
          if (cell.memberId !== null && newcomers.has(cell.memberId))
            expect(leadingRoles).not.toContain(cell.role);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('leaves a role unfilled only when no assignment of the session fills more roles, and says why', () => {
    fc.assert(
      fc.property(scenarioArb, ({ input, windowDates }) => {
        const plan = planRotation(input);
        const planned = plannedCells(plan, input);
        for (const date of windowDates) {
          const lockedToday = input.locked.filter((cell) => cell.date === date);
          const busy = new Set(
            lockedToday.flatMap((cell) => (cell.memberId === null ? [] : [cell.memberId])),
          );
          const openRoles = input.roles.filter(
            (role) => !lockedToday.some((cell) => cell.role === role),
          );
          const free = input.members.filter(
            (member) => !busy.has(member.id) && isAvailable(member, date),
          );
          const best = maxFillable(openRoles, free, (member, role) =>
            canTake(member, role, [LEADING]),
          );
          const filled = cellsOn(planned, date).filter((cell) => cell.memberId !== null).length;
          expect(filled).toBe(best);
        }
        const reported = plan.unfilled.map((gap) => `${gap.date}|${gap.role}`);
        const empty = plan.assignments
          .filter((cell) => cell.memberId === null)
          .map((cell) => `${cell.date}|${cell.role}`);
        expect(reported).toEqual(empty);
        for (const gap of plan.unfilled) expect(gap.reason.length).toBeGreaterThan(10);
      }),
      { numRuns: 150 },
    );
  });

  it('is deterministic and does not depend on the order of its input lists', () => {
    fc.assert(
      fc.property(scenarioArb, fc.integer(), ({ input }, seed) => {
        const shuffle = <T>(items: readonly T[]): T[] => {
          const copy = [...items];
          let state = seed >>> 0;
          for (let index = copy.length - 1; index > 0; index -= 1) {
            state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
            const other = state % (index + 1);
            [copy[index], copy[other]] = [copy[other], copy[index]];
          }
          return copy;
        };
        const first = planRotation(input);
        expect(planRotation(input)).toEqual(first);
        const reordered = {
          ...input,
          members: shuffle(input.members),
          history: shuffle(input.history),
          locked: shuffle(input.locked),
          sessionsToPlan: shuffle(input.sessionsToPlan),
        };
        expect(planRotation(reordered)).toEqual(first);
      }),
      { numRuns: 100 },
    );
  });
});

/** Members grouped by what they may do and when they are away: the SPEC's "equally eligible". */
function peerClasses(members: readonly RotationMember[], role: string): RotationMember[][] {
  const classes = new Map<string, RotationMember[]>();
  for (const member of members) {
    if (!canTake(member, role, [LEADING])) continue;
    const profile =
      ALL_ROLES.map((r) => canTake(member, r, [LEADING])).join() +
      JSON.stringify(member.unavailable);
    classes.set(profile, [...(classes.get(profile) ?? []), member]);
  }
  return [...classes.values()];
}

const fairRosterArb = fc.record({
  roleCount: fc.integer({ min: 1, max: 5 }),
  sameRoles: fc.boolean(),
  members: fc.array(
    fc.record({
      roleMask: fc.integer({ min: 1, max: 31 }),
      isNewcomer: fc.boolean(),
      absence: fc.integer({ min: 0, max: 2 }),
    }),
    { minLength: 1, maxLength: 14 },
  ),
  historyLength: fc.integer({ min: 0, max: 12 }),
  windowLength: fc.integer({ min: 1, max: 40 }),
  withAbsences: fc.boolean(),
});

describe('planRotation: fairness', () => {
  it('keeps counts per role within one among equally eligible, equally available members (history included)', () => {
    fc.assert(
      fc.property(fairRosterArb, (raw) => {
        const roles = ALL_ROLES.slice(0, raw.roleCount);
        const total = raw.historyLength + raw.windowLength;
        const absencePatterns = [
          [],
          [{ from: weekly(Math.floor(total / 3)), to: weekly(Math.floor(total / 2)) }],
          [{ from: null, to: weekly(2) }],
        ];
        const members: RotationMember[] = raw.members.map((member, index) => ({
          id: memberId(index),
          roles: raw.sameRoles
            ? roles
            : roles.filter((_, roleIndex) => (member.roleMask >> roleIndex) & 1),
          unavailable: raw.withAbsences ? absencePatterns[member.absence] : [],
          isNewcomer: member.isNewcomer,
          active: true,
        }));
        const sessions = (from: number, count: number) =>
          Array.from({ length: count }, (_, index) => ({
            date: weekly(from + index),
            status: 'planned' as const,
          }));
        // Past terms planned the same way, as the daily run would have done.
        const history = planRotation({
          roles,
          members,
          sessionsToPlan: sessions(0, raw.historyLength),
          history: [],
          locked: [],
        }).assignments;
        const plan = planRotation({
          roles,
          members,
          sessionsToPlan: sessions(raw.historyLength, raw.windowLength),
          history,
          locked: [],
        });
        const everything = [...history, ...plan.assignments];
        for (const role of roles) {
          for (const peers of peerClasses(members, role)) {
            const counts = peers.map((member) => countFor(everything, member.id, role));
            expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('puts nobody on duty two sessions running when a free, rested peer with no more turns at that role could take it', () => {
    fc.assert(
      fc.property(fairRosterArb, (raw) => {
        const roles = ALL_ROLES.slice(0, raw.roleCount);
        const members: RotationMember[] = raw.members.map((member, index) => ({
          id: memberId(index),
          roles: raw.sameRoles
            ? roles
            : roles.filter((_, roleIndex) => (member.roleMask >> roleIndex) & 1),
          unavailable: [],
          isNewcomer: member.isNewcomer,
          active: true,
        }));
        const dates = Array.from({ length: raw.windowLength }, (_, index) => weekly(index));
        const plan = planRotation({
          roles,
          members,
          sessionsToPlan: dates.map((date) => ({ date, status: 'planned' })),
          history: [],
          locked: [],
        });
        const served = new Map<string, number>();
        let previous = new Set<string>();
        for (const date of dates) {
          const cells = cellsOn(plan.assignments, date);
          const now = new Set(
            cells.flatMap((cell) => (cell.memberId === null ? [] : [cell.memberId])),
          );
          for (const cell of cells) {
            if (cell.memberId === null || !previous.has(cell.memberId)) continue;
            const turns = served.get(`${cell.memberId}|${cell.role}`) ?? 0;
            const replacement = members.find(
              (member) =>
                !now.has(member.id) &&
                !previous.has(member.id) &&
                canTake(member, cell.role, [LEADING]) &&
                (served.get(`${member.id}|${cell.role}`) ?? 0) <= turns,
            );
            expect(replacement).toBeUndefined();
          }
          for (const cell of cells) {
            if (cell.memberId !== null)
              served.set(
                `${cell.memberId}|${cell.role}`,
                (served.get(`${cell.memberId}|${cell.role}`) ?? 0) + 1,
              );
          }
          previous = now;
        }
      }),
      { numRuns: 150 },
    );
  });

  it('balances peers first when members of another kind compete for the same role', () => {
    // Found by simulation: balancing Co-facilitator across everyone (the newcomer included) once
    // let the two identical members drift two apart.
    const roles = ['Facilitator', 'Co-facilitator', 'Timekeeper', 'Greeter'];
    const members: RotationMember[] = [
      { id: 'm0', roles: ['Greeter'], unavailable: [], isNewcomer: false, active: true },
      { id: 'm1', roles, unavailable: [], isNewcomer: true, active: true },
      {
        id: 'm2',
        roles: ['Timekeeper', 'Greeter'],
        unavailable: [],
        isNewcomer: false,
        active: true,
      },
      { id: 'm3', roles: roles.slice(0, 3), unavailable: [], isNewcomer: false, active: true },
      { id: 'm4', roles: roles.slice(0, 3), unavailable: [], isNewcomer: false, active: true },
    ];
    const dates = Array.from({ length: 20 }, (_, index) => weekly(index));
    const plan = planRotation({
      roles,
      members,
      sessionsToPlan: dates.map((date) => ({ date, status: 'planned' })),
      history: [],
      locked: [],
    });
    for (const role of roles.slice(0, 3)) {
      expect(
        Math.abs(countFor(plan.assignments, 'm3', role) - countFor(plan.assignments, 'm4', role)),
      ).toBeLessThanOrEqual(1);
    }
  });

  it('balances a role across members of different kinds too, where their other roles allow it', () => {
    const both = ['Facilitator', 'Co-facilitator'];
    const members: RotationMember[] = [
      { id: 'a', roles: both, unavailable: [], isNewcomer: false, active: true },
      { id: 'b', roles: ['Co-facilitator'], unavailable: [], isNewcomer: false, active: true },
      { id: 'c', roles: both, unavailable: [], isNewcomer: false, active: true },
      { id: 'd', roles: ['Co-facilitator'], unavailable: [], isNewcomer: false, active: true },
    ];
    const dates = Array.from({ length: 8 }, (_, index) => weekly(index));
    const plan = planRotation({
      roles: both,
      members,
      sessionsToPlan: dates.map((date) => ({ date, status: 'planned' })),
      history: [],
      locked: [],
    });
    // Facilitator 4 + 4 for a and c; Co-facilitator can then be 2 each for all four.
    expect(
      members.map((member) => countFor(plan.assignments, member.id, 'Co-facilitator')),
    ).toEqual([2, 2, 2, 2]);
  });

  it('keeps every role within one for everyone when one member skips a role', () => {
    const roles = ['Facilitator', 'Co-facilitator', 'Timekeeper'];
    const members: RotationMember[] = ['a', 'b', 'c', 'd'].map((id) => ({
      id,
      roles: id === 'c' ? roles.slice(0, 2) : roles,
      unavailable: [],
      isNewcomer: false,
      active: true,
    }));
    const dates = Array.from({ length: 8 }, (_, index) => weekly(index));
    const plan = planRotation({
      roles,
      members,
      sessionsToPlan: dates.map((date) => ({ date, status: 'planned' })),
      history: [],
      locked: [],
    });
    for (const role of roles) {
      const counts = members
        .filter((member) => member.roles.includes(role))
        .map((member) => countFor(plan.assignments, member.id, role));
      expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
    }
  });

  it('counts past rotation: whoever served most last term is not picked first now', () => {
    const members = ['a', 'b', 'c'].map((id) => ({
      id,
      roles: ['Greeter'],
      unavailable: [],
      isNewcomer: false,
      active: true,
    }));
    const history: RotationAssignment[] = [0, 1, 2, 3].map((index) => ({
      date: weekly(index),
      role: 'Greeter',
      memberId: index < 3 ? 'a' : 'b',
      locked: false,
    }));
    const plan = planRotation({
      roles: ['Greeter'],
      members,
      sessionsToPlan: [4, 5, 6, 7].map((index) => ({ date: weekly(index), status: 'planned' })),
      history,
      locked: [],
    });
    // After history a=3, b=1, c=0, c goes first and a, already at 3, is not needed this term.
    expect(plan.assignments.map((cell) => cell.memberId)).toEqual(['c', 'b', 'c', 'b']);
  });

  it('treats an excused absence as neither for nor against: the returning member takes their share, no catch-up', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 8 }),
        fc.integer({ min: 0, max: 20 }),
        fc.integer({ min: 1, max: 10 }),
        fc.integer({ min: 10, max: 40 }),
        (size, awayFrom, awayFor, sessions) => {
          const dates = Array.from({ length: sessions }, (_, index) => weekly(index));
          const members: RotationMember[] = Array.from({ length: size }, (_, index) => ({
            id: memberId(index),
            roles: ['Greeter'],
            unavailable:
              index === 0 ? [{ from: weekly(awayFrom), to: weekly(awayFrom + awayFor - 1) }] : [],
            isNewcomer: false,
            active: true,
          }));
          const plan = planRotation({
            roles: ['Greeter'],
            members,
            sessionsToPlan: dates.map((date) => ({ date, status: 'planned' })),
            history: [],
            locked: [],
          });
          // Fair share: each session's duty split among those present that day.
          let share = 0;
          for (const date of dates)
            if (isAvailable(members[0], date))
              share += 1 / members.filter((member) => isAvailable(member, date)).length;
          const count = countFor(plan.assignments, members[0].id, 'Greeter');
          expect(count).toBeGreaterThanOrEqual(Math.floor(share) - 1);
          expect(count).toBeLessThanOrEqual(Math.ceil(share) + 1);
          const others = members
            .slice(1)
            .map((member) => countFor(plan.assignments, member.id, 'Greeter'));
          expect(Math.max(...others) - Math.min(...others)).toBeLessThanOrEqual(1);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('keeps each member within one of their fair share of each role when absences differ', () => {
    const roles = ['Facilitator', 'Co-facilitator'];
    const dates = Array.from({ length: 12 }, (_, index) => weekly(index));
    const away = (from: number, to: number) => [{ from: weekly(from), to: weekly(to) }];
    const members: RotationMember[] = [
      { id: 'a', roles, unavailable: away(1, 3), isNewcomer: false, active: true },
      { id: 'b', roles, unavailable: away(2, 3), isNewcomer: false, active: true },
      { id: 'c', roles, unavailable: away(5, 6), isNewcomer: false, active: true },
    ];
    const plan = planRotation({
      roles,
      members,
      sessionsToPlan: dates.map((date) => ({ date, status: 'planned' })),
      history: [],
      locked: [],
    });
    for (const member of members) {
      let share = 0;
      for (const date of dates)
        if (isAvailable(member, date))
          share += 1 / members.filter((other) => isAvailable(other, date)).length;
      for (const role of roles)
        expect(Math.abs(countFor(plan.assignments, member.id, role) - share)).toBeLessThan(1);
    }
  });

  it('gives a member who joined later no debt for sessions before they joined', () => {
    const members: RotationMember[] = [
      { id: 'old', roles: ['Greeter'], unavailable: [], isNewcomer: false, active: true },
      {
        id: 'new',
        roles: ['Greeter'],
        unavailable: [],
        isNewcomer: false,
        active: true,
        joined: weekly(6),
      },
    ];
    const history: RotationAssignment[] = [0, 1, 2, 3, 4, 5].map((index) => ({
      date: weekly(index),
      role: 'Greeter',
      memberId: 'old',
      locked: false,
    }));
    const plan = planRotation({
      roles: ['Greeter'],
      members,
      sessionsToPlan: [6, 7, 8, 9].map((index) => ({ date: weekly(index), status: 'planned' })),
      history,
      locked: [],
    });
    expect(plan.assignments.map((cell) => cell.memberId)).toEqual(['new', 'old', 'new', 'old']);
  });
});

describe('planRotation: examples', () => {
  const greeters = (ids: string[]): RotationMember[] =>
    ids.map((id) => ({
      id,
      roles: ['Facilitator', 'Greeter'],
      unavailable: [],
      isNewcomer: false,
      active: true,
    }));

  it('rotates identical members through every role, within one and without back-to-back duty', () => {
    const roles = ['Facilitator', 'Greeter'];
    const plan = planRotation({
      roles,
      members: greeters(['a', 'b', 'c', 'd']),
      sessionsToPlan: [0, 1, 2, 3].map((index) => ({ date: weekly(index), status: 'planned' })),
      history: [],
      locked: [],
    });
    for (const id of ['a', 'b', 'c', 'd'])
      for (const role of roles) expect(countFor(plan.assignments, id, role)).toBe(1);
    for (let index = 1; index < 4; index += 1) {
      const before = cellsOn(plan.assignments, weekly(index - 1)).map((cell) => cell.memberId);
      for (const cell of cellsOn(plan.assignments, weekly(index)))
        expect(before).not.toContain(cell.memberId);
    }
  });

  it('names why each role is unfilled', () => {
    const members: RotationMember[] = [
      {
        id: 'n',
        roles: ['Facilitator', 'Greeter'],
        unavailable: [],
        isNewcomer: true,
        active: true,
      },
      {
        id: 'away',
        roles: ['Timekeeper'],
        unavailable: [{ from: weekly(0), to: weekly(0) }],
        isNewcomer: false,
        active: true,
      },
      { id: 'gone', roles: ['Note-taker'], unavailable: [], isNewcomer: false, active: false },
      {
        id: 'solo',
        roles: ['Co-facilitator', 'Greeter'],
        unavailable: [],
        isNewcomer: false,
        active: true,
      },
    ];
    const plan = planRotation({
      roles: ['Facilitator', 'Co-facilitator', 'Timekeeper', 'Greeter', 'Note-taker'],
      members,
      sessionsToPlan: [{ date: weekly(0), status: 'planned' }],
      history: [],
      locked: [{ date: weekly(0), role: 'Greeter', memberId: 'n', locked: true }],
    });
    const reasons = Object.fromEntries(plan.unfilled.map((gap) => [gap.role, gap.reason]));
    expect(reasons.Facilitator).toMatch(/newcomers/i);
    expect(reasons.Timekeeper).toMatch(/available/i);
    expect(reasons['Note-taker']).toMatch(/No active member is willing/);
    expect(reasons['Co-facilitator']).toBeUndefined();
    expect(plan.assignments.find((cell) => cell.role === 'Co-facilitator')?.memberId).toBe('solo');
  });

  it('reports a role taken by someone busy elsewhere, and a locked empty cell', () => {
    const members: RotationMember[] = [
      {
        id: 'only',
        roles: ['Facilitator', 'Greeter'],
        unavailable: [],
        isNewcomer: false,
        active: true,
      },
    ];
    const plan = planRotation({
      roles: ['Facilitator', 'Greeter'],
      members,
      sessionsToPlan: [0, 1].map((index) => ({ date: weekly(index), status: 'planned' })),
      history: [],
      locked: [{ date: weekly(1), role: 'Facilitator', memberId: null, locked: true }],
    });
    expect(plan.assignments).toEqual([
      { date: weekly(0), role: 'Facilitator', memberId: 'only', locked: false },
      { date: weekly(0), role: 'Greeter', memberId: null, locked: false },
      { date: weekly(1), role: 'Facilitator', memberId: null, locked: true },
      { date: weekly(1), role: 'Greeter', memberId: 'only', locked: false },
    ]);
    expect(plan.unfilled.map((gap) => gap.reason)).toEqual([
      expect.stringMatching(/already holds another role/),
      expect.stringMatching(/Locked as empty/),
    ]);
  });

  it('avoids duty next to a locked cell in the following session', () => {
    const plan = planRotation({
      roles: ['Greeter'],
      members: greeters(['a', 'b', 'c']),
      sessionsToPlan: [0, 1].map((index) => ({ date: weekly(index), status: 'planned' })),
      history: [],
      locked: [{ date: weekly(1), role: 'Greeter', memberId: 'a', locked: true }],
    });
    expect(plan.assignments[0].memberId).toBe('b');
  });

  it('keeps cells of roles no longer in the role list when they are locked', () => {
    const plan = planRotation({
      roles: ['Greeter'],
      members: greeters(['a', 'b']),
      sessionsToPlan: [{ date: weekly(0), status: 'planned' }],
      history: [],
      locked: [{ date: weekly(0), role: 'Old role', memberId: 'a', locked: true }],
    });
    expect(plan.assignments).toEqual([
      { date: weekly(0), role: 'Greeter', memberId: 'b', locked: false },
      { date: weekly(0), role: 'Old role', memberId: 'a', locked: true },
    ]);
  });

  it('rejects a member id given twice', () => {
    expect(() =>
      planRotation({
        roles: ['Greeter'],
        members: [...greeters(['a']), ...greeters(['a'])],
        sessionsToPlan: [],
        history: [],
        locked: [],
      }),
    ).toThrow(/appears twice/);
  });
});
