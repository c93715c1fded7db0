/**
 * Sparse per-cell properties (number formats, validations, notes, styles) stored as rectangles,
 * latest first wins. Most sheets set a property on a few whole columns or header rows, so a
 * handful of rectangles describe them; lookups over a big range first narrow to the rectangles
 * that intersect it. Rectangles follow row and column insertions and deletions.
 */

const MERGE_LOOKBACK = 8;

export interface GridEntry<T> {
  r1: number;
  c1: number;
  r2: number;
  c2: number;
  /** undefined marks a cleared area. */
  value: T | undefined;
}

export class SparseGrid<T> {
  private entries: GridEntry<T>[] = [];

  get size(): number {
    return this.entries.length;
  }

  /** Sets (or with undefined, clears) the property on a rectangle. */
  set(r1: number, c1: number, r2: number, c2: number, value: T | undefined): void {
    // Rectangles the new one fully covers can never be seen again.
    this.entries = this.entries.filter(
      (e) => !(e.r1 >= r1 && e.r2 <= r2 && e.c1 >= c1 && e.c2 <= c2),
    );
    if (value === undefined && !this.entries.some((e) => intersects(e, r1, c1, r2, c2))) return;
    // Grow a recent rectangle when the new one continues it, so row-by-row writes (even
    // interleaved across a few columns) stay one entry each. Valid only if no later entry
    // overlaps the new area, since the grown entry keeps its older priority.
    const n = this.entries.length;
    for (let k = n - 1; k >= Math.max(0, n - MERGE_LOOKBACK); k -= 1) {
      const e = this.entries[k];
      if (e.value !== value) continue;
      const below = e.c1 === c1 && e.c2 === c2 && e.r2 + 1 === r1;
      const right = e.r1 === r1 && e.r2 === r2 && e.c2 + 1 === c1;
      if (!below && !right) continue;
      let shadowed = false;
      for (let m = k + 1; m < n && !shadowed; m += 1)
        shadowed = intersects(this.entries[m], r1, c1, r2, c2);
      if (shadowed) break;
      if (below) e.r2 = r2;
      else e.c2 = c2;
      return;
    }
    this.entries.push({ r1, c1, r2, c2, value });
  }

  get(row: number, column: number): T | undefined {
    return SparseGrid.lookup(this.entries, row, column);
  }

  /** Entries intersecting a rectangle, oldest first; pass them to `lookup` for each cell. */
  query(r1: number, c1: number, r2: number, c2: number): GridEntry<T>[] {
    return this.entries.filter((e) => intersects(e, r1, c1, r2, c2));
  }

  static lookup<T>(entries: readonly GridEntry<T>[], row: number, column: number): T | undefined {
    for (let i = entries.length - 1; i >= 0; i -= 1) {
      const e = entries[i];
      if (row >= e.r1 && row <= e.r2 && column >= e.c1 && column <= e.c2) return e.value;
    }
    return undefined;
  }

  /** Entries with a value, for inspection and export. */
  all(): readonly GridEntry<T>[] {
    return this.entries.filter((e) => e.value !== undefined);
  }

  clear(): void {
    this.entries = [];
  }

  insertRows(after: number, count: number): void {
    for (const e of this.entries) {
      if (e.r1 > after) {
        e.r1 += count;
        e.r2 += count;
      } else if (e.r2 > after) {
        e.r2 += count;
      }
    }
  }

  deleteRows(start: number, count: number): void {
    this.entries = shrink(this.entries, start, count, 'r1', 'r2');
  }

  insertColumns(after: number, count: number): void {
    for (const e of this.entries) {
      if (e.c1 > after) {
        e.c1 += count;
        e.c2 += count;
      } else if (e.c2 > after) {
        e.c2 += count;
      }
    }
  }

  deleteColumns(start: number, count: number): void {
    this.entries = shrink(this.entries, start, count, 'c1', 'c2');
  }

  /** The grid grew at its bottom edge: rectangles reaching the old edge (whole columns) follow it. */
  growRows(oldMax: number, newMax: number): void {
    for (const e of this.entries) if (e.r2 === oldMax) e.r2 = newMax;
  }

  growColumns(oldMax: number, newMax: number): void {
    for (const e of this.entries) if (e.c2 === oldMax) e.c2 = newMax;
  }
}

function intersects<T>(e: GridEntry<T>, r1: number, c1: number, r2: number, c2: number): boolean {
  return e.r1 <= r2 && e.r2 >= r1 && e.c1 <= c2 && e.c2 >= c1;
}

function shrink<T>(
  entries: GridEntry<T>[],
  start: number,
  count: number,
  lo: 'r1' | 'c1',
  hi: 'r2' | 'c2',
): GridEntry<T>[] {
  const end = start + count - 1;
  const kept: GridEntry<T>[] = [];
  for (const e of entries) {
    if (e[hi] < start) {
      kept.push(e);
      continue;
    }
    if (e[lo] > end) {
      e[lo] -= count;
      e[hi] -= count;
      kept.push(e);
      continue;
    }
    const newLo = e[lo] < start ? e[lo] : start;
    const newHi = e[hi] > end ? e[hi] - count : start - 1;
    if (newHi < newLo) continue;
    e[lo] = newLo;
    e[hi] = newHi;
    kept.push(e);
  }
  return kept;
}
