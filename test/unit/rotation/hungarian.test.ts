/**
 * The minimum-cost assignment on its own (issue 13 item 11): against every assignment of small
 * matrices, with forbidden cells and lexicographic cost vectors, and at its edges.
 */
import fc from 'fast-check';
import { CostVector, minCostAssignment } from '../../../src/domain/rotation/hungarian';

function compare(a: CostVector, b: CostVector): number {
  for (let k = 0; k < a.length; k += 1) if (a[k] !== b[k]) return a[k] - b[k];
  return 0;
}

/** The least total cost over every assignment of rows to distinct columns (null if none). */
function bruteForceBest(
  costs: Array<Array<CostVector | null>>,
  dimension: number,
): CostVector | null {
  let best: CostVector | null = null;
  const visit = (row: number, used: Set<number>, total: number[]): void => {
    if (row === costs.length) {
      if (best === null || compare(total, best) < 0) best = total;
      return;
    }
    costs[row].forEach((cell, column) => {
      if (cell === null || used.has(column)) return;
      visit(
        row + 1,
        new Set([...used, column]),
        total.map((value, k) => value + cell[k]),
      );
    });
  };
  visit(0, new Set(), new Array<number>(dimension).fill(0));
  return best;
}

function totalOf(
  costs: Array<Array<CostVector | null>>,
  columns: number[],
  dimension: number,
): number[] {
  const total = new Array<number>(dimension).fill(0);
  columns.forEach((column, row) => {
    const cell = costs[row][column];
    if (cell === null) throw new Error(`row ${row} was given forbidden column ${column}`);
    cell.forEach((value, k) => (total[k] += value));
  });
  return total;
}

describe('minCostAssignment', () => {
  it('finds an assignment as cheap as the best of all, on distinct columns, avoiding forbidden cells', () => {
    const matrix = fc
      .record({ rows: fc.integer({ min: 1, max: 4 }), extra: fc.integer({ min: 0, max: 2 }) })
      .chain(({ rows, extra }) =>
        fc.array(
          fc.array(
            fc.option(fc.array(fc.integer({ min: -3, max: 3 }), { minLength: 2, maxLength: 2 }), {
              freq: 4,
            }),
            { minLength: rows + extra, maxLength: rows + extra },
          ),
          { minLength: rows, maxLength: rows },
        ),
      );
    fc.assert(
      fc.property(matrix, (costs) => {
        const best = bruteForceBest(costs, 2);
        if (best === null) {
          expect(() => minCostAssignment(costs, 2)).toThrow(/no feasible/);
          return;
        }
        const columns = minCostAssignment(costs, 2);
        expect(columns).toHaveLength(costs.length);
        expect(new Set(columns).size).toBe(costs.length);
        for (const column of columns) {
          expect(column).toBeGreaterThanOrEqual(0);
          expect(column).toBeLessThan(costs[0].length);
        }
        expect(totalOf(costs, columns, 2)).toEqual(best);
      }),
      { numRuns: 300 },
    );
  });

  it('ranks a lower first tier above any amount of the second', () => {
    const costs = [
      [
        [0, 100],
        [1, -100],
      ],
      [
        [1, -100],
        [0, 100],
      ],
    ];
    expect(minCostAssignment(costs, 2)).toEqual([0, 1]);
    expect(
      minCostAssignment(
        [
          [
            [0, 5],
            [0, 4],
          ],
        ],
        2,
      ),
    ).toEqual([1]);
  });

  it('moves an earlier row off its best column when that lowers the total', () => {
    // Row 0 alone would take column 0, but only column 0 is open to row 1.
    expect(
      minCostAssignment(
        [
          [[1], [2], [3]],
          [[1], null, null],
        ],
        1,
      ),
    ).toEqual([1, 0]);
  });

  it('returns nothing for no rows and refuses more rows than columns', () => {
    expect(minCostAssignment([], 3)).toEqual([]);
    expect(() => minCostAssignment([[[1]], [[2]]], 1)).toThrow(/rows ≤ columns/);
    expect(minCostAssignment([[[4]]], 1)).toEqual([0]);
  });
});
