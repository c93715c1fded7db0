/**
 * Small-cell suppression for outcome tabs and reports (SPEC section 5, Privacy): a figure from
 * fewer members than the minimum group size is shown as suppressed, and suppression is
 * complementary so a hidden count cannot be recovered by subtracting the shown ones from a total.
 */

export type SuppressionReason = 'fewer-than-minimum' | 'complementary';

export type Suppressible<T> =
  | { readonly shown: true; readonly value: T }
  | { readonly shown: false; readonly reason: SuppressionReason };

export function shown<T>(value: T): Suppressible<T> {
  return { shown: true, value };
}

export function suppressed<T>(reason: SuppressionReason): Suppressible<T> {
  return { shown: false, reason };
}

/** Shows `value` only when it was computed from at least `minN` members. */
export function suppress<T>(value: T, n: number, minN: number): Suppressible<T> {
  assertMinN(minN);
  assertCount('n', n);
  return n >= minN ? shown(value) : suppressed('fewer-than-minimum');
}

export interface CategoryCount<K extends string = string> {
  readonly category: K;
  readonly count: number;
}

export interface SuppressedCategoryCounts<K extends string = string> {
  readonly cells: ReadonlyArray<{ readonly category: K; readonly count: Suppressible<number> }>;
  readonly total: Suppressible<number>;
}

/**
 * Suppresses a row of category counts shown with its total (e.g. improved / unchanged / worse).
 *
 * - A count below minN is hidden, zero included: "0 of 6 worsened" is as much a figure from
 *   fewer than minN members as "1 of 6" is, and hiding zeros too means a hidden cell cannot be
 *   deduced to be the zero that complementary suppression picked.
 * - If exactly one cell is hidden, the smallest other cell is hidden too (ties: the first), so
 *   total minus the shown cells gives only the sum of two hidden cells.
 * - If the hidden cells' sum (the total minus the shown ones) pins them given what their texts
 *   say (small: below minN; complement: at least minN), e.g. hidden zeros, more are hidden;
 *   with none left to hide, the total is hidden too.
 * - If the total itself is below minN, everything is hidden.
 */
export function suppressCategoryCounts<K extends string>(
  cells: ReadonlyArray<CategoryCount<K>>,
  minN: number,
): SuppressedCategoryCounts<K> {
  assertMinN(minN);
  cells.forEach((cell) => assertCount(`count for "${cell.category}"`, cell.count));
  const total = cells.reduce((sum, cell) => sum + cell.count, 0);

  if (total < minN) {
    return {
      cells: cells.map((cell) => ({
        category: cell.category,
        count: suppressed<number>('fewer-than-minimum'),
      })),
      total: suppressed('fewer-than-minimum'),
    };
  }

  const reasons: Array<SuppressionReason | null> = cells.map((cell) =>
    cell.count < minN ? 'fewer-than-minimum' : null,
  );
  const hiddenCount = reasons.filter((reason) => reason !== null).length;
  if (hiddenCount === 1) {
    const complement = indexOfSmallestShown(cells, reasons);
    // With the total >= minN and one cell below it, another shown cell always exists.
    if (complement === null) throw new Error('unreachable: no cell left to hide alongside');
    reasons[complement] = 'complementary';
  }
  // Each hidden cell's text says its reason, so a small one is known to be 0..minN-1 and a
  // complement at least minN. Beside the total, the hidden cells are then pinned when their sum
  // is the least those bounds allow (small ones 0, complements exactly minN: this covers hidden
  // zeros adding up with the shown cells to the total) or, with no complement, the most (every
  // small one minN-1). Hide the next smallest shown cell until neither holds.
  let totalHidden = false;
  while (hiddenCount > 0 && pinned(cells, reasons, minN)) {
    const complement = indexOfSmallestShown(cells, reasons);
    if (complement === null) {
      totalHidden = true;
      break;
    }
    reasons[complement] = 'complementary';
  }
  return {
    cells: cells.map((cell, index) => {
      const reason = reasons[index];
      return {
        category: cell.category,
        count: reason === null ? shown(cell.count) : suppressed<number>(reason),
      };
    }),
    total: totalHidden ? suppressed('complementary') : shown(total),
  };
}

function pinned(
  cells: ReadonlyArray<CategoryCount>,
  reasons: ReadonlyArray<SuppressionReason | null>,
  minN: number,
): boolean {
  let sum = 0;
  let small = 0;
  let complements = 0;
  cells.forEach((cell, index) => {
    if (reasons[index] === null) return;
    sum += cell.count;
    if (reasons[index] === 'complementary') complements += 1;
    else small += 1;
  });
  return sum === complements * minN || (complements === 0 && sum === small * (minN - 1));
}

function indexOfSmallestShown(
  cells: ReadonlyArray<CategoryCount>,
  reasons: ReadonlyArray<SuppressionReason | null>,
): number | null {
  let best: number | null = null;
  cells.forEach((cell, index) => {
    if (reasons[index] !== null) return;
    if (best === null || cell.count < cells[best].count) best = index;
  });
  return best;
}

function assertMinN(minN: number): void {
  if (!Number.isInteger(minN) || minN < 1) {
    throw new RangeError(`the minimum group size must be a whole number >= 1, got ${minN}`);
  }
}

function assertCount(name: string, value: number): void {
  if (!Number.isInteger(value) || value < 0) {
    throw new RangeError(`${name} must be a whole number >= 0, got ${value}`);
  }
}
