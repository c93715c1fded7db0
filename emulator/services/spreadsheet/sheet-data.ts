/**
 * The storage engine of one sheet, with no metering: the fakes (FakeSheet, FakeRange) and the
 * Forms fake call it. Rows are plain arrays of stored values, ragged (a row is only as long as
 * its last written cell) and the row list is only as long as the last written row, so reading,
 * writing and appending over hundreds of thousands of rows stays linear in the cells touched.
 */
import { DateCell, FormulaCell, StoredValue } from './cell-values';
import { SparseGrid } from './sparse-grid';

export const DEFAULT_MAX_ROWS = 1000;
export const DEFAULT_MAX_COLUMNS = 26;

export type StyleProperty =
  'fontWeight' | 'background' | 'horizontalAlignment' | 'wrap' | 'fontColor';

export class SheetData {
  rows: StoredValue[][] = [];
  maxRows: number;
  maxColumns: number;
  readonly numberFormats = new SparseGrid<string>();
  /** Data validation rules; typed loosely here so the engine stays independent of the fakes. */
  readonly validations = new SparseGrid<object>();
  readonly notes = new SparseGrid<string>();
  readonly styles = new Map<StyleProperty, SparseGrid<string | boolean>>();
  private lastRowCache: number | null = 0;
  private lastColumnCache: number | null = 0;

  constructor(maxRows = DEFAULT_MAX_ROWS, maxColumns = DEFAULT_MAX_COLUMNS) {
    this.maxRows = maxRows;
    this.maxColumns = maxColumns;
  }

  style(property: StyleProperty): SparseGrid<string | boolean> {
    let grid = this.styles.get(property);
    if (!grid) {
      grid = new SparseGrid();
      this.styles.set(property, grid);
    }
    return grid;
  }

  cell(row: number, column: number): StoredValue {
    const r = this.rows[row - 1];
    if (r === undefined) return '';
    const v = r[column - 1];
    return v === undefined ? '' : v;
  }

  /** Stored values of a rectangle, '' for empty cells. */
  read(row: number, column: number, numRows: number, numColumns: number): StoredValue[][] {
    const out: StoredValue[][] = new Array(numRows);
    const c0 = column - 1;
    for (let i = 0; i < numRows; i += 1) {
      const src = this.rows[row - 1 + i];
      const dst: StoredValue[] = new Array(numColumns);
      if (src === undefined) {
        dst.fill('');
      } else {
        for (let j = 0; j < numColumns; j += 1) {
          const v = src[c0 + j];
          dst[j] = v === undefined ? '' : v;
        }
      }
      out[i] = dst;
    }
    return out;
  }

  /** Writes already-parsed values; `values` must be numRows x numColumns. */
  write(row: number, column: number, values: readonly (readonly StoredValue[])[]): void {
    let sawEmpty = false;
    let lastNonEmptyRow = 0;
    let lastNonEmptyColumn = 0;
    const c0 = column - 1;
    for (let i = 0; i < values.length; i += 1) {
      const src = values[i];
      const r = row - 1 + i;
      let dst = this.rows[r];
      if (dst === undefined) {
        if (src.every((v) => v === '')) {
          sawEmpty = sawEmpty || src.length > 0;
          continue;
        }
        while (this.rows.length < r) this.rows.push([]);
        dst = [];
        this.rows[r] = dst;
      }
      while (dst.length < c0) dst.push('');
      for (let j = 0; j < src.length; j += 1) {
        const v = src[j];
        dst[c0 + j] = v;
        if (v === '') sawEmpty = true;
        else {
          lastNonEmptyRow = r + 1;
          if (c0 + j + 1 > lastNonEmptyColumn) lastNonEmptyColumn = c0 + j + 1;
        }
      }
    }
    this.noteWrite(
      row + values.length - 1,
      column + (values[0]?.length ?? 0) - 1,
      sawEmpty,
      lastNonEmptyRow,
      lastNonEmptyColumn,
    );
  }

  private noteWrite(
    endRow: number,
    endColumn: number,
    sawEmpty: boolean,
    lastRow: number,
    lastColumn: number,
  ): void {
    if (this.lastRowCache !== null) {
      if (sawEmpty && endRow >= this.lastRowCache) this.lastRowCache = null;
      else if (lastRow > this.lastRowCache) this.lastRowCache = lastRow;
    }
    if (this.lastColumnCache !== null) {
      if (sawEmpty && endColumn >= this.lastColumnCache) this.lastColumnCache = null;
      else if (lastColumn > this.lastColumnCache) this.lastColumnCache = lastColumn;
    }
  }

  /** Last row with content, 0 on an empty sheet; trims trailing empty rows as a side effect. */
  lastRow(): number {
    if (this.lastRowCache === null) {
      let r = this.rows.length;
      while (r > 0 && !rowHasContent(this.rows[r - 1])) r -= 1;
      this.rows.length = r;
      this.lastRowCache = r;
    }
    return this.lastRowCache;
  }

  lastColumn(): number {
    if (this.lastColumnCache === null) {
      let last = 0;
      for (const row of this.rows) {
        if (row === undefined) continue;
        for (let j = row.length - 1; j >= last; j -= 1) {
          if (row[j] !== '' && row[j] !== undefined) {
            last = j + 1;
            break;
          }
        }
      }
      this.lastColumnCache = last;
    }
    return this.lastColumnCache;
  }

  /** Grows the grid (as appendRow and writes past the edge of a grown sheet do). */
  ensureSize(rows: number, columns: number): void {
    if (rows > this.maxRows) {
      this.grids().forEach((g) => g.growRows(this.maxRows, rows));
      this.maxRows = rows;
    }
    if (columns > this.maxColumns) {
      this.grids().forEach((g) => g.growColumns(this.maxColumns, columns));
      this.maxColumns = columns;
    }
  }

  insertRowsAfter(after: number, count: number): void {
    if (after >= this.maxRows) {
      this.ensureSize(this.maxRows + count, this.maxColumns);
      return;
    }
    if (after < this.rows.length) {
      const blanks: StoredValue[][] = [];
      for (let i = 0; i < count; i += 1) blanks.push([]);
      this.rows.splice(after, 0, ...blanks);
    }
    this.grids().forEach((g) => g.insertRows(after, count));
    this.maxRows += count;
    this.lastRowCache = null;
  }

  deleteRows(start: number, count: number): void {
    if (start - 1 < this.rows.length) this.rows.splice(start - 1, count);
    this.grids().forEach((g) => g.deleteRows(start, count));
    this.maxRows -= count;
    this.lastRowCache = null;
    this.lastColumnCache = null;
  }

  insertColumnsAfter(after: number, count: number): void {
    if (after < this.maxColumns) {
      for (const row of this.rows) {
        if (row !== undefined && row.length > after)
          row.splice(after, 0, ...new Array<StoredValue>(count).fill(''));
      }
      this.grids().forEach((g) => g.insertColumns(after, count));
      this.maxColumns += count;
    } else {
      this.ensureSize(this.maxRows, this.maxColumns + count);
    }
    this.lastColumnCache = null;
  }

  deleteColumns(start: number, count: number): void {
    for (const row of this.rows)
      if (row !== undefined && row.length >= start) row.splice(start - 1, count);
    this.grids().forEach((g) => g.deleteColumns(start, count));
    this.maxColumns -= count;
    this.lastColumnCache = null;
  }

  /** Clears values in a rectangle (formats untouched). */
  clearValues(row: number, column: number, numRows: number, numColumns: number): void {
    const end = Math.min(row + numRows - 1, this.rows.length);
    for (let r = row; r <= end; r += 1) {
      const dst = this.rows[r - 1];
      if (dst === undefined) continue;
      const stop = Math.min(column + numColumns - 1, dst.length);
      for (let c = column; c <= stop; c += 1) dst[c - 1] = '';
    }
    this.lastRowCache = null;
    this.lastColumnCache = null;
  }

  clearFormats(row: number, column: number, numRows: number, numColumns: number): void {
    const [r2, c2] = [row + numRows - 1, column + numColumns - 1];
    this.numberFormats.set(row, column, r2, c2, undefined);
    for (const grid of this.styles.values()) grid.set(row, column, r2, c2, undefined);
  }

  private grids(): SparseGrid<unknown>[] {
    return [this.numberFormats, this.validations, this.notes, ...this.styles.values()];
  }
}

function rowHasContent(row: StoredValue[] | undefined): boolean {
  if (row === undefined) return false;
  for (const v of row) if (v !== '' && v !== undefined) return true;
  return false;
}

export function isFormula(v: StoredValue): v is FormulaCell {
  return v instanceof FormulaCell;
}

export function isDate(v: StoredValue): v is DateCell {
  return v instanceof DateCell;
}
