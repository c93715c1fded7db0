import { ROTA_UNFILLED, rotaGrid } from '../../src/domain/rota';
import { RotationAssignment } from '../../src/domain/types';

const cell = (date: string, role: string, memberId: string | null): RotationAssignment => ({
  date,
  role,
  memberId,
  locked: false,
});

describe('rotaGrid', () => {
  const names = new Map([
    ['M1', 'Ann'],
    ['M2', 'Bo'],
  ]);

  it('one row per session in date order, one column per role in Settings order', () => {
    const grid = rotaGrid(
      [
        cell('2026-03-12', 'Greeter', 'M2'),
        cell('2026-03-05', 'Facilitator', 'M1'),
        cell('2026-03-05', 'Greeter', 'M2'),
        cell('2026-03-12', 'Facilitator', null),
      ],
      ['Facilitator', 'Greeter'],
      names,
    );
    expect(grid).toEqual({
      roles: ['Facilitator', 'Greeter'],
      rows: [
        { date: '2026-03-05', cells: ['Ann', 'Bo'] },
        { date: '2026-03-12', cells: [ROTA_UNFILLED, 'Bo'] },
      ],
    });
  });

  it('adds roles Settings does not list after its own, in code-point order, once each', () => {
    const grid = rotaGrid(
      [
        cell('2026-03-05', 'tea', 'M1'),
        cell('2026-03-05', 'Zoom host', 'M2'),
        cell('2026-03-12', 'tea', 'M2'),
        cell('2026-03-05', 'Chair', 'M1'),
      ],
      ['Greeter'],
      names,
    );
    expect(grid.roles).toEqual(['Greeter', 'Chair', 'Zoom host', 'tea']);
    expect(grid.rows[0].cells).toEqual(['', 'Ann', 'Bo', 'Ann']);
    expect(grid.rows[1].cells).toEqual(['', '', '', 'Bo']);
  });

  it('keeps Settings roles with no rows as empty columns, and a member it does not know as their id', () => {
    const grid = rotaGrid([cell('2026-03-05', 'Greeter', 'M9')], ['Facilitator', 'Greeter'], names);
    expect(grid.rows).toEqual([{ date: '2026-03-05', cells: ['', 'M9'] }]);
  });

  it('sorts many extra roles and sessions given in mixed order', () => {
    const grid = rotaGrid(
      [
        cell('2026-03-12', 'b', 'M1'),
        cell('2026-03-26', 'd', 'M1'),
        cell('2026-03-05', 'a', 'M1'),
        cell('2026-03-19', 'c', 'M1'),
        cell('2026-03-26', 'e', 'M1'),
        cell('2026-03-05', 'c', 'M1'),
      ],
      [],
      names,
    );
    expect(grid.roles).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(grid.rows.map((row) => row.date)).toEqual([
      '2026-03-05',
      '2026-03-12',
      '2026-03-19',
      '2026-03-26',
    ]);
    expect(ROTA_UNFILLED.trim()).not.toBe('');
  });

  it('no rows give no sessions but still the roles', () => {
    expect(rotaGrid([], ['Facilitator'], names)).toEqual({ roles: ['Facilitator'], rows: [] });
  });
});
