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
import { t } from '../i18n';
import { asText } from '../sheet/cells';
import { cellNumber, fixedDecimalsFormat, type Cell, type ChartSpec, type OutcomeTab } from './tab';

/** A cell as written: text, or the exact number (its format in `numberFormats` rounds it). */
export type GridValue = string | number;

/** Sheets' Automatic format, for text and for numbers shown as they are. */
export const AUTOMATIC_FORMAT = '0.###############';

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
  readonly values: GridValue[][];
  /** The number format of each cell of `values`, same shape: figures show fixed decimals. */
  readonly numberFormats: string[][];
  readonly charts: readonly ChartAnchor[];
  /** Rows to style: block headings and column headers. */
  readonly headingRows: readonly number[];
  readonly headerRows: readonly number[];
}

export function toGrid(tab: OutcomeTab, refreshedAt: string): Grid {
  const width = Math.max(1, ...tab.blocks.map((outcomeBlock) => outcomeBlock.header.length));
  const rows: GridValue[][] = [];
  const numberFormats: string[][] = [];
  const charts: ChartAnchor[] = [];
  const headingRows: number[] = [];
  const headerRows: number[] = [];
  const push = (cells: readonly Cell[]): number => {
    const padding = Array<string>(width - cells.length).fill('');
    rows.push([...cells.map(cellValue), ...padding]);
    numberFormats.push([...cells.map(cellFormat), ...padding.map(() => AUTOMATIC_FORMAT)]);
    return rows.length - 1;
  };

  // Text already in the tab (its introduction, a cell that explains a row) is not repeated as a note.
  const notesShown = new Set<string>([tab.refreshedNote]);
  push([tab.title]);
  push([t('outcomes.lastRefreshed', { refreshedAt })]);
  push([tab.refreshedNote]);
  tab.blocks.forEach((outcomeBlock) => {
    push([]);
    const headingRow = push([outcomeBlock.heading]);
    headingRows.push(headingRow);
    const headerRow = push(outcomeBlock.header);
    headerRows.push(headerRow);
    outcomeBlock.rows.forEach(push);
    for (const row of outcomeBlock.rows)
      for (const cell of row) if (typeof cell === 'string') notesShown.add(cell);
    const lastDataRow = rows.length - 1;
    // Each note is said once per tab: where it first applies.
    for (const note of outcomeBlock.notes ?? []) {
      if (notesShown.has(note)) continue;
      notesShown.add(note);
      push([note]);
    }

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
        chart.seriesColumns.some((column) => cellNumber(row[column]) === null),
      ),
      position: {
        row: Math.max(headingRow, previous ? previous.position.row + CHART_HEIGHT_ROWS : 0),
        column: width + 1,
      },
    });
  });
  return { values: rows, numberFormats, charts, headingRows, headerRows };
}

function cellValue(cell: Cell): GridValue {
  return typeof cell === 'object' ? cell.value : neutraliseFormula(cell);
}

function cellFormat(cell: Cell): string {
  return typeof cell === 'object' ? fixedDecimalsFormat(cell.decimals) : AUTOMATIC_FORMAT;
}

/**
 * Every string is written as text: a partner name typed as "=HYPERLINK(…)" must not run, and a
 * month label like "2024-01" must not turn into a date. The leading apostrophe (asText) makes
 * Sheets store the rest verbatim.
 */
function neutraliseFormula(cell: string | number): GridValue {
  return typeof cell === 'string' ? asText(cell) : cell;
}
