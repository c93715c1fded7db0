/**
 * Minimum-cost assignment (Hungarian algorithm, O(rows² · columns)) over lexicographic cost
 * vectors. Vectors let the planner state its priorities as tiers (fill the role ≫ keep counts
 * within one ≫ avoid back-to-back ≫ …) without inventing "big M" weights that could overflow or
 * let a low tier outweigh a high one. The algorithm only adds, subtracts and compares costs, and
 * vectors under componentwise addition with lexicographic order are an ordered group, so the
 * textbook algorithm and its optimality proof carry over unchanged.
 */

export type CostVector = readonly number[];

/** `null` marks a forbidden cell. */
export type CostMatrix = ReadonlyArray<ReadonlyArray<CostVector | null>>;

function compare(a: CostVector, b: CostVector): number {
  for (let k = 0; k < a.length; k += 1) {
    if (a[k] !== b[k]) return a[k] < b[k] ? -1 : 1;
  }
  return 0;
}

function add(a: CostVector, b: CostVector): number[] {
  return a.map((value, k) => value + b[k]);
}

function subtract(a: CostVector, b: CostVector): number[] {
  return a.map((value, k) => value - b[k]);
}

/**
 * Assigns every row to a distinct column at minimum total cost. Requires rows ≤ columns and that
 * some assignment avoids every forbidden cell (callers guarantee it with per-row fallback
 * columns). Returns, for each row, the chosen column index. Deterministic: ties resolve by the
 * order of rows and columns.
 */
export function minCostAssignment(costs: CostMatrix, dimension: number): number[] {
  const rowCount = costs.length;
  if (rowCount === 0) return [];
  const columnCount = costs[0].length;
  if (rowCount > columnCount) throw new Error('minCostAssignment needs rows ≤ columns');
  const zero: number[] = new Array<number>(dimension).fill(0);
  // 1-based arrays with a virtual column 0, as in the classic formulation.
  const rowPotential: number[][] = Array.from({ length: rowCount + 1 }, () => [...zero]);
  const columnPotential: number[][] = Array.from({ length: columnCount + 1 }, () => [...zero]);
  const rowOfColumn: number[] = new Array<number>(columnCount + 1).fill(0);
  const previousColumn: number[] = new Array<number>(columnCount + 1).fill(0);

  for (let row = 1; row <= rowCount; row += 1) {
    rowOfColumn[0] = row;
    let currentColumn = 0;
    const minSlack: Array<number[] | null> = new Array<number[] | null>(columnCount + 1).fill(null);
    const visited: boolean[] = new Array<boolean>(columnCount + 1).fill(false);
    do {
      visited[currentColumn] = true;
      const currentRow = rowOfColumn[currentColumn];
      let delta: number[] | null = null;
      let nextColumn = -1;
      for (let column = 1; column <= columnCount; column += 1) {
        if (visited[column]) continue;
        const cell = costs[currentRow - 1][column - 1];
        if (cell !== null) {
          const slack = subtract(subtract(cell, rowPotential[currentRow]), columnPotential[column]);
          const best = minSlack[column];
          if (best === null || compare(slack, best) < 0) {
            minSlack[column] = slack;
            previousColumn[column] = currentColumn;
          }
        }
        const candidate = minSlack[column];
        if (candidate !== null && (delta === null || compare(candidate, delta) < 0)) {
          delta = candidate;
          nextColumn = column;
        }
      }
      if (delta === null) throw new Error('minCostAssignment: no feasible assignment');
      for (let column = 0; column <= columnCount; column += 1) {
        if (visited[column]) {
          const assignedRow = rowOfColumn[column];
          rowPotential[assignedRow] = add(rowPotential[assignedRow], delta);
          columnPotential[column] = subtract(columnPotential[column], delta);
        } else {
          const slack = minSlack[column];
          if (slack !== null) minSlack[column] = subtract(slack, delta);
        }
      }
      currentColumn = nextColumn;
    } while (rowOfColumn[currentColumn] !== 0);
    do {
      const previous = previousColumn[currentColumn];
      rowOfColumn[currentColumn] = rowOfColumn[previous];
      currentColumn = previous;
    } while (currentColumn !== 0);
  }

  const columnOfRow: number[] = new Array<number>(rowCount).fill(-1);
  for (let column = 1; column <= columnCount; column += 1) {
    if (rowOfColumn[column] !== 0) columnOfRow[rowOfColumn[column] - 1] = column - 1;
  }
  return columnOfRow;
}
