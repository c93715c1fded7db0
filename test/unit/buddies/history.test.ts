/**
 * How strongly past groups weigh on a new cycle (issue 13 item 11): how rounds are counted,
 * which entries count, and the two penalties at and beyond their ends.
 */
import {
  RECENCY_HORIZON,
  TRIO_MEMORY,
  readHistory,
  recencyPenalty,
  trioPenalty,
} from '../../../src/domain/buddies/history';

const CYCLE = '2025-06-02';

describe('recencyPenalty', () => {
  it('costs 8 for last cycle’s pair, one less per round, and never less than 1', () => {
    expect(RECENCY_HORIZON).toBe(8);
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 40].map(recencyPenalty)).toEqual([
      8, 7, 6, 5, 4, 3, 2, 1, 1, 1, 1,
    ]);
  });

  it('decays linearly, so a recent and an old repeat cost as much as two middling ones', () => {
    // The decay is linear: 1 and 8 rounds ago cost as much as 4 and 5 rounds ago (9 each),
    // and a pair met 8 or more rounds ago always costs 1, so the total still counts repeats.
    expect(recencyPenalty(1) + recencyPenalty(8)).toBe(recencyPenalty(4) + recencyPenalty(5));
    expect(recencyPenalty(8)).toBe(recencyPenalty(30));
  });
});

describe('trioPenalty', () => {
  it('costs 3 for last cycle’s trio, then 2 and 1, then nothing; nothing for no trio', () => {
    expect(TRIO_MEMORY).toBe(3);
    expect([1, 2, 3, 4, 5, 12].map(trioPenalty)).toEqual([3, 2, 1, 0, 0, 0]);
    expect(trioPenalty(null)).toBe(0);
  });
});

describe('readHistory', () => {
  it('counts rounds by distinct past cycle start, most recent first, whatever the entry order', () => {
    const history = readHistory(
      [
        { memberIds: ['a', 'b'], cycleStart: '2025-03-10' },
        { memberIds: ['c', 'd'], cycleStart: '2025-05-05' },
        { memberIds: ['e', 'f'], cycleStart: '2025-05-05' },
        { memberIds: ['a', 'c'], cycleStart: '2025-04-07' },
      ],
      CYCLE,
    );
    expect(history.roundsSinceMet('c', 'd')).toBe(1);
    expect(history.roundsSinceMet('f', 'e')).toBe(1);
    expect(history.roundsSinceMet('c', 'a')).toBe(2);
    expect(history.roundsSinceMet('a', 'b')).toBe(3);
    expect(history.roundsSinceMet('a', 'd')).toBeNull();
  });

  it('ignores entries of this cycle and later, and they do not count as rounds', () => {
    const history = readHistory(
      [
        { memberIds: ['a', 'b'], cycleStart: CYCLE },
        { memberIds: ['c', 'd'], cycleStart: '2025-07-01' },
        { memberIds: ['a', 'c', 'e'], cycleStart: '2025-07-01' },
        { memberIds: ['b', 'c'], cycleStart: '2025-05-05' },
      ],
      CYCLE,
    );
    expect(history.roundsSinceMet('a', 'b')).toBeNull();
    expect(history.roundsSinceMet('c', 'd')).toBeNull();
    expect(history.roundsSinceMet('b', 'c')).toBe(1);
    expect(history.roundsSinceTrio('a')).toBeNull();
  });

  it('keeps the most recent meeting of a pair and of a trio, in any order of entries', () => {
    const entries = [
      { memberIds: ['a', 'b', 'c'], cycleStart: '2025-03-10' },
      { memberIds: ['a', 'b', 'd'], cycleStart: '2025-05-05' },
      { memberIds: ['b', 'a'], cycleStart: '2025-04-07' },
    ];
    for (const ordered of [entries, [...entries].reverse()]) {
      const history = readHistory(ordered, CYCLE);
      expect(history.roundsSinceMet('a', 'b')).toBe(1);
      expect(history.roundsSinceMet('c', 'b')).toBe(3);
      expect(history.roundsSinceTrio('a')).toBe(1);
      expect(history.roundsSinceTrio('c')).toBe(3);
      expect(history.roundsSinceTrio('d')).toBe(1);
    }
  });

  it('counts every member of a trio, but a pair (or a repeated id) is no trio', () => {
    const history = readHistory(
      [
        { memberIds: ['a', 'b', 'c'], cycleStart: '2025-05-05' },
        { memberIds: ['d', 'e', 'd'], cycleStart: '2025-05-05' },
      ],
      CYCLE,
    );
    expect(['a', 'b', 'c'].map((member) => history.roundsSinceTrio(member))).toEqual([1, 1, 1]);
    expect(history.roundsSinceMet('a', 'c')).toBe(1);
    expect(history.roundsSinceTrio('d')).toBeNull();
    expect(history.roundsSinceTrio('e')).toBeNull();
    expect(history.roundsSinceMet('d', 'd')).toBeNull();
    expect(history.roundsSinceMet('d', 'e')).toBe(1);
  });

  it('keeps only the members matched now, while a trio with a departed member is still a trio', () => {
    const history = readHistory(
      [
        { memberIds: ['a', 'gone', 'b'], cycleStart: '2025-05-05' },
        { memberIds: ['c', 'gone'], cycleStart: '2025-04-07' },
      ],
      CYCLE,
      new Set(['a', 'b', 'c']),
    );
    expect(history.roundsSinceMet('a', 'b')).toBe(1);
    expect(history.roundsSinceMet('a', 'gone')).toBeNull();
    expect(history.roundsSinceTrio('a')).toBe(1);
    expect(history.roundsSinceTrio('b')).toBe(1);
    expect(history.roundsSinceTrio('gone')).toBeNull();
    // The departed member's cycle still counts as a round.
    const later = readHistory(
      [
        { memberIds: ['x', 'y'], cycleStart: '2025-03-10' },
        { memberIds: ['gone', 'z'], cycleStart: '2025-05-05' },
      ],
      CYCLE,
      new Set(['x', 'y']),
    );
    expect(later.roundsSinceMet('x', 'y')).toBe(2);
  });
});
