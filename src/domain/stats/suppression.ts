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
 * - If the hidden cells are all zeros, the shown cells already add up to the total and every
 *   hidden cell reads back as 0, so the smallest shown cell is hidden too.
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
  const hiddenSum = cells.reduce((sum, cell, index) => sum + (reasons[index] ? cell.count : 0), 0);
  if (hiddenCount > 0 && hiddenSum === 0) {
    // The total is at least minN, so some cell is shown and above zero.
    const complement = indexOfSmallestShown(cells, reasons);
    if (complement === null) throw new Error('unreachable: hidden zeros with no shown cell');
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
    total: shown(total),
  };
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
