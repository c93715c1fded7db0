import fc from 'fast-check';
import { suppress, suppressCategoryCounts } from '../../../src/domain/stats/suppression';

describe('suppress', () => {
  it('shows a figure from at least minN members and hides one from fewer', () => {
    expect(suppress(3.2, 5, 5)).toEqual({ shown: true, value: 3.2 });
    expect(suppress(3.2, 4, 5)).toEqual({ shown: false, reason: 'fewer-than-minimum' });
    expect(suppress(0, 0, 5)).toEqual({ shown: false, reason: 'fewer-than-minimum' });
  });

  it('rejects a minimum below 1 and a fractional n', () => {
    expect(() => suppress(1, 5, 0)).toThrow(RangeError);
    expect(() => suppress(1, 2.5, 5)).toThrow(RangeError);
  });
});

describe('suppressCategoryCounts', () => {
  it('hides the next smallest cell when exactly one is small', () => {
    const result = suppressCategoryCounts(
      [
        { category: 'improved', count: 12 },
        { category: 'unchanged', count: 3 },
        { category: 'worse', count: 9 },
      ],
      5,
    );
    expect(result.cells).toEqual([
      { category: 'improved', count: { shown: true, value: 12 } },
      { category: 'unchanged', count: { shown: false, reason: 'fewer-than-minimum' } },
      { category: 'worse', count: { shown: false, reason: 'complementary' } },
    ]);
    // 24 - 12 = 12 is only the sum of the two hidden cells; neither can be read off.
    expect(result.total).toEqual({ shown: true, value: 24 });
  });

  it('adds nothing when two or more cells are already hidden', () => {
    const result = suppressCategoryCounts(
      [
        { category: 'a', count: 2 },
        { category: 'b', count: 20 },
        { category: 'c', count: 1 },
      ],
      5,
    );
    expect(result.cells.map((cell) => cell.count.shown)).toEqual([false, true, false]);
  });

  it('treats a zero as a small cell', () => {
    const result = suppressCategoryCounts(
      [
        { category: 'improved', count: 6 },
        { category: 'unchanged', count: 8 },
        { category: 'worse', count: 0 },
      ],
      5,
    );
    expect(result.cells.map((cell) => cell.count)).toEqual([
      { shown: false, reason: 'complementary' },
      { shown: true, value: 8 },
      { shown: false, reason: 'fewer-than-minimum' },
    ]);
  });

  it('hides a shown cell too when the hidden cells are all zeros', () => {
    // Shown 7 + 8 = 15 = the total would say both hidden cells are 0.
    const result = suppressCategoryCounts(
      [
        { category: 'jan', count: 0 },
        { category: 'feb', count: 0 },
        { category: 'mar', count: 8 },
        { category: 'apr', count: 7 },
      ],
      5,
    );
    expect(result.cells.map((cell) => cell.count)).toEqual([
      { shown: false, reason: 'fewer-than-minimum' },
      { shown: false, reason: 'fewer-than-minimum' },
      { shown: true, value: 8 },
      { shown: false, reason: 'complementary' },
    ]);
    expect(result.total).toEqual({ shown: true, value: 15 });
  });

  it('breaks ties for the complement by taking the first', () => {
    const result = suppressCategoryCounts(
      [
        { category: 'a', count: 7 },
        { category: 'b', count: 7 },
        { category: 'c', count: 4 },
      ],
      5,
    );
    expect(result.cells.map((cell) => cell.count.shown)).toEqual([false, true, false]);
  });

  it('hides everything, total included, when the total is below the minimum', () => {
    const result = suppressCategoryCounts(
      [
        { category: 'a', count: 3 },
        { category: 'b', count: 1 },
      ],
      5,
    );
    expect(result.total).toEqual({ shown: false, reason: 'fewer-than-minimum' });
    expect(result.cells.every((cell) => !cell.count.shown)).toBe(true);
  });

  it('shows everything when every cell reaches the minimum', () => {
    const result = suppressCategoryCounts(
      [
        { category: 'a', count: 5 },
        { category: 'b', count: 11 },
      ],
      5,
    );
    expect(result.cells.every((cell) => cell.count.shown)).toBe(true);
  });

  it('rejects negative or fractional counts', () => {
    expect(() => suppressCategoryCounts([{ category: 'a', count: -1 }], 5)).toThrow(RangeError);
    expect(() => suppressCategoryCounts([{ category: 'a', count: 1.5 }], 5)).toThrow(RangeError);
  });

  it('never shows a small cell, and never leaves a lone hidden cell beside a shown total', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 30 }), { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 1, max: 10 }),
        (counts, minN) => {
          const result = suppressCategoryCounts(
            counts.map((count, index) => ({ category: `c${index}`, count })),
            minN,
          );
          result.cells.forEach((cell, index) => {
            if (cell.count.shown) {
              expect(cell.count.value).toBe(counts[index]);
              expect(counts[index]).toBeGreaterThanOrEqual(minN);
            }
          });
          const hidden = result.cells.filter((cell) => !cell.count.shown).length;
          if (result.total.shown) {
            expect(hidden === 0 || hidden >= 2).toBe(true);
            // Total minus the shown cells never pins the hidden ones to zero.
            const hiddenSum = result.cells.reduce(
              (sum, cell, index) => (cell.count.shown ? sum : sum + counts[index]),
              0,
            );
            expect(hidden === 0 || hiddenSum > 0).toBe(true);
            expect(result.total.value).toBe(counts.reduce((a, b) => a + b, 0));
          }
        },
      ),
    );
  });
});
