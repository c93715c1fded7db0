/** An outcome tab as plain data: titled blocks of rows, each optionally with a chart. */

/**
 * A figure shown to a fixed number of decimals. The cell keeps the exact value and only its
 * number format rounds it, so whoever reads the sheet (or copies the cell into a formula) gets
 * the true figure (issue 13, item 10).
 */
export interface NumberCell {
  readonly kind: 'number';
  readonly value: number;
  readonly decimals: number;
}

export type Cell = string | number | NumberCell;

export function numberCell(value: number, decimals: number): NumberCell {
  // -0 would show as "-0.00".
  return { kind: 'number', value: value === 0 ? 0 : value, decimals };
}

/** The number a cell holds, or null for text. */
export function cellNumber(cell: Cell | undefined): number | null {
  if (typeof cell === 'number') return cell;
  if (typeof cell === 'object') return cell.value;
  return null;
}

/** The Sheets number format that shows `decimals` places: "0", "0.00" … */
export function fixedDecimalsFormat(decimals: number): string {
  return decimals <= 0 ? '0' : `0.${'0'.repeat(decimals)}`;
}

export interface ChartSpec {
  readonly type: 'line' | 'column' | 'bar';
  readonly title: string;
  /** Block columns (0-based) plotted as series. */
  readonly seriesColumns: readonly number[];
  /** Block column (0-based) holding the category labels (x axis). */
  readonly categoryColumn: number;
}

export interface OutcomeBlock {
  readonly heading: string;
  readonly header: readonly string[];
  /** Every row has header.length cells. */
  readonly rows: ReadonlyArray<readonly Cell[]>;
  readonly chart?: ChartSpec;
  readonly notes?: readonly string[];
}

export interface OutcomeTab {
  readonly title: string;
  /** What the tab covers and how to read suppressed cells; shown under the title. */
  readonly refreshedNote: string;
  readonly blocks: readonly OutcomeBlock[];
}

/** Builds a block, checking the row widths so a layout mistake fails loudly, not silently. */
export function block(spec: OutcomeBlock): OutcomeBlock {
  spec.rows.forEach((row, index) => {
    if (row.length !== spec.header.length) {
      throw new Error(
        `block "${spec.heading}": row ${index} has ${row.length} cells, the header has ${spec.header.length}`,
      );
    }
  });
  const columns = [
    ...(spec.chart?.seriesColumns ?? []),
    ...(spec.chart ? [spec.chart.categoryColumn] : []),
  ];
  for (const column of columns) {
    if (!Number.isInteger(column) || column < 0 || column >= spec.header.length) {
      throw new Error(`block "${spec.heading}": chart column ${column} is outside the block`);
    }
  }
  return spec;
}
