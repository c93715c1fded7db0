import { readMark, REGISTER_LOOKBACK_DAYS, registerRowsToAdd } from '../../src/domain/register';
import { addDays } from '../../src/domain/dates';
import { Member, Session } from '../../src/domain/types';
import { aMember } from './fixtures/people';

const member = (over: Partial<Member>): Member => aMember(over);
const session = (date: string, status: Session['status']): Session => ({
  date,
  startTime: '19:00',
  topic: '',
  status,
});
const TODAY = '2026-03-10';

describe('registerRowsToAdd', () => {
  const ann = member({});
  it('adds rows for held sessions up to today and planned sessions before today', () => {
    const rows = registerRowsToAdd(
      [
        session('2026-03-10', 'held'),
        session('2026-03-10', 'planned'),
        session('2026-03-09', 'planned'),
        session('2026-03-11', 'held'),
        session('2026-03-08', 'cancelled'),
      ],
      [ann],
      new Set(),
      TODAY,
    );
    expect(rows).toEqual([
      { date: '2026-03-09', memberId: 'M0001', name: 'Ann' },
      { date: '2026-03-10', memberId: 'M0001', name: 'Ann' },
    ]);
  });

  it('a planned session today has not met yet; a held one in the future is not counted', () => {
    expect(registerRowsToAdd([session(TODAY, 'planned')], [ann], new Set(), TODAY)).toEqual([]);
    expect(registerRowsToAdd([session('2026-03-11', 'held')], [ann], new Set(), TODAY)).toEqual([]);
  });

  it('looks back exactly the lookback window, no further', () => {
    const edge = addDays(TODAY, -REGISTER_LOOKBACK_DAYS);
    const beyond = addDays(edge, -1);
    const rows = registerRowsToAdd(
      [session(beyond, 'held'), session(edge, 'held')],
      [member({ joined: '' })],
      new Set(),
      TODAY,
    );
    expect(rows.map((row) => row.date)).toEqual([edge]);
    expect(REGISTER_LOOKBACK_DAYS).toBe(28);
  });

  it('skips dates that already have rows, and lists each date once, in date order', () => {
    const rows = registerRowsToAdd(
      [
        session('2026-03-05', 'held'),
        session('2026-03-01', 'held'),
        session('2026-03-05', 'held'),
        session('2026-03-03', 'held'),
      ],
      [ann],
      new Set(['2026-03-03']),
      TODAY,
    );
    expect(rows.map((row) => row.date)).toEqual(['2026-03-01', '2026-03-05']);
  });

  it('lists active and paused members who had joined by that day, not left or idless ones', () => {
    const rows = registerRowsToAdd(
      [session('2026-03-05', 'held')],
      [
        member({ id: 'M1', name: 'Active' }),
        member({ id: 'M2', name: 'Paused', status: 'paused' }),
        member({ id: 'M3', name: 'Left', status: 'left' }),
        member({ id: '', name: 'No id' }),
        member({ id: 'M5', name: 'Joined that day', joined: '2026-03-05' }),
        member({ id: 'M6', name: 'Joined later', joined: '2026-03-06' }),
        member({ id: 'M7', name: 'No joined date', joined: '' }),
      ],
      new Set(),
      TODAY,
    );
    expect(rows.map((row) => row.memberId)).toEqual(['M1', 'M2', 'M5', 'M7']);
    expect(rows[0]).toEqual({ date: '2026-03-05', memberId: 'M1', name: 'Active' });
  });

  it('repeats every member for each date, dates first', () => {
    const rows = registerRowsToAdd(
      [session('2026-03-02', 'held'), session('2026-03-01', 'held')],
      [member({ id: 'A' }), member({ id: 'B' })],
      new Set(),
      TODAY,
    );
    expect(rows.map((row) => `${row.date} ${row.memberId}`)).toEqual([
      '2026-03-01 A',
      '2026-03-01 B',
      '2026-03-02 A',
      '2026-03-02 B',
    ]);
  });
});

describe('readMark', () => {
  it.each([true, 'yes', 'Y', ' x ', '✓', 'Present', 'CAME'])('%p reads as yes', (cell) => {
    expect(readMark(cell)).toBe('yes');
  });
  it.each([false, 'no', 'N', ' absent '])('%p reads as no', (cell) => {
    expect(readMark(cell)).toBe('no');
  });
  it.each([null, undefined, '', 'maybe', 1, 0, 'yess'])('%p is blank', (cell) => {
    expect(readMark(cell)).toBe('');
  });
});
