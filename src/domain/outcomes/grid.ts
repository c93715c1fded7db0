/**
 * Lays a tab out as one rectangular block of values for a single setValues call, and says
 * where the charts go, so the adapter does no layout of its own.
 *
 *   row 0   title
 *   row 1   Last refreshed: …
 *   row 2   what the tab covers and how suppression reads
 *   row 3   (blank)
 *   then per block: heading, column header, data rows, notes; one blank row between blocks.
 *
 * All row and column numbers here are 0-based positions in `values`; add 1 for sheet ranges
 * when the grid is written at A1.
 */
import { asText } from '../sheet/cells';
import type { Cell, ChartSpec, OutcomeTab } from './tab';

/** Rows a default-sized embedded chart covers, so stacked charts do not overlap. */
export const CHART_HEIGHT_ROWS = 20;
export const CHART_SIZE_PX = { width: 600, height: CHART_HEIGHT_ROWS * 21 } as const;

export interface ChartAnchor {
  readonly type: ChartSpec['type'];
  readonly title: string;
  /** The block's column-header row; the series take their names from it. */
  readonly headerRow: number;
  readonly firstDataRow: number;
  readonly lastDataRow: number;
  readonly categoryColumn: number;
  readonly seriesColumns: readonly number[];
  /** True when some plotted cell holds suppressed or n/a text rather than a number. */
  readonly hasTextCells: boolean;
  /** Top-left cell for the chart: right of the widest block, next to its own block. */
  readonly position: { readonly row: number; readonly column: number };
}

export interface Grid {
  /** Every row has the same length. */
  readonly values: Cell[][];
  readonly charts: readonly ChartAnchor[];
  /** Rows to style: block headings and column headers. */
  readonly headingRows: readonly number[];
  readonly headerRows: readonly number[];
}

export function toGrid(tab: OutcomeTab, refreshedAt: string): Grid {
  const width = Math.max(1, ...tab.blocks.map((outcomeBlock) => outcomeBlock.header.length));
  const rows: Cell[][] = [];
  const charts: ChartAnchor[] = [];
  const headingRows: number[] = [];
  const headerRows: number[] = [];
  const push = (cells: readonly Cell[]): number => {
    rows.push([...cells.map(neutraliseFormula), ...Array<Cell>(width - cells.length).fill('')]);
    return rows.length - 1;
  };

  push([tab.title]);
  push([`Last refreshed: ${refreshedAt}`]);
  push([tab.refreshedNote]);
  tab.blocks.forEach((outcomeBlock) => {
    push([]);
    const headingRow = push([outcomeBlock.heading]);
    headingRows.push(headingRow);
    const headerRow = push(outcomeBlock.header);
    headerRows.push(headerRow);
    outcomeBlock.rows.forEach(push);
    const lastDataRow = rows.length - 1;
    (outcomeBlock.notes ?? []).forEach((note) => push([note]));

    const chart = outcomeBlock.chart;
    if (chart === undefined || outcomeBlock.rows.length === 0) return;
    const previous = charts[charts.length - 1];
    charts.push({
      type: chart.type,
      title: chart.title,
      headerRow,
      firstDataRow: headerRow + 1,
      lastDataRow,
      categoryColumn: chart.categoryColumn,
      seriesColumns: [...chart.seriesColumns],
      hasTextCells: outcomeBlock.rows.some((row) =>
        chart.seriesColumns.some((column) => typeof row[column] !== 'number'),
      ),
      position: {
        row: Math.max(headingRow, previous ? previous.position.row + CHART_HEIGHT_ROWS : 0),
        column: width + 1,
      },
    });
  });
  return { values: rows, charts, headingRows, headerRows };
}

/**
 * Every string is written as text: a partner name typed as "=HYPERLINK(…)" must not run, and a
 * month label like "2024-01" must not turn into a date. The leading apostrophe (asText) makes
 * Sheets store the rest verbatim.
 */
function neutraliseFormula(cell: Cell): Cell {
  return typeof cell === 'string' ? asText(cell) : cell;
}
