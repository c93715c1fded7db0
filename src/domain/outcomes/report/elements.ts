/** Small HTML building blocks for the report; every text argument is escaped by `markup`. */
import { formatNumber } from '../format';
import { markup, type SafeHtml } from '../safe-html';
import { CHART_LAYOUTS, type ChartLayout } from '../svg/frame';
import { cellNumber, type Cell, type OutcomeBlock } from '../tab';

export function paragraph(text: string | SafeHtml, className?: string): SafeHtml {
  return className ? markup`<p class="${className}">${text}</p>` : markup`<p>${text}</p>`;
}

export function bulletList(items: ReadonlyArray<string | SafeHtml>): SafeHtml {
  return markup`<ul>${items.map((item) => markup`<li>${item}</li>`)}</ul>`;
}

export function section(id: string, heading: string, content: readonly SafeHtml[]): SafeHtml {
  return markup`<section id="${id}">\n<h2>${heading}</h2>\n${content}\n</section>`;
}

/**
 * A chart with a caption; the caption repeats what the chart cannot say (gaps, sources). The
 * chart is drawn in each layout, and the report's CSS shows the one that fits the screen.
 */
export function figure(draw: (layout: ChartLayout) => SafeHtml, caption: string): SafeHtml {
  const drawings = CHART_LAYOUTS.map(
    (layout) => markup`<div class="chart-${layout}">${draw(layout)}</div>`,
  );
  return markup`<figure>${drawings}<figcaption>${caption}</figcaption></figure>`;
}

/**
 * An outcome tab's block as a table, with its notes under it. The table scrolls inside its own
 * box when it is wider than the page (a phone), so the page itself never scrolls sideways.
 */
export function blockTable(
  outcomeBlock: OutcomeBlock,
  options: { notes?: boolean } = {},
): SafeHtml {
  const { header, rows } = withAlignedDecimals(outcomeBlock);
  const head = markup`<thead><tr>${header.map((cell) => markup`<th scope="col">${cell}</th>`)}</tr></thead>`;
  const body = rows.map(
    (row) =>
      markup`<tr>${row.map((cell) =>
        UNBREAKABLE.test(cell) ? markup`<td class="figure">${cell}</td>` : markup`<td>${cell}</td>`,
      )}</tr>`,
  );
  const notes =
    options.notes === false
      ? []
      : (outcomeBlock.notes ?? []).map((note) => paragraph(note, 'source'));
  return markup`<div class="table-box"><table><caption>${outcomeBlock.heading}</caption>${head}<tbody>${body}</tbody></table></div>${notes}`;
}

/** A number or a month or date: it reads wrong broken over two lines ("2026-" / "01"). */
const UNBREAKABLE = /^[+\u2212-]?[\d.,]+%?$|^\d{4}-\d{2}(-\d{2})?$/;

/**
 * The block turned on its side, for a block of few rows and many columns: one column per row
 * of it (headed by `columnHeads`), one row per column of it except the first and those left
 * out. Numbers are written first, so each measure keeps its own decimals.
 */
export function transposeBlock(
  outcomeBlock: OutcomeBlock,
  columnHeads: readonly string[],
  leaveOut: readonly string[] = [],
): OutcomeBlock {
  const { header, rows } = withAlignedDecimals(outcomeBlock);
  if (columnHeads.length !== rows.length)
    throw new Error(
      `block "${outcomeBlock.heading}": ${columnHeads.length} heads, ${rows.length} rows`,
    );
  const unknown = leaveOut.filter((name) => !header.includes(name));
  if (unknown.length > 0)
    throw new Error(`block "${outcomeBlock.heading}" has no column ${unknown.join(', ')}`);
  const measures = header
    .map((name, column) => ({ name, column }))
    .filter(({ name, column }) => column > 0 && !leaveOut.includes(name));
  return {
    heading: outcomeBlock.heading,
    header: ['', ...columnHeads],
    rows: measures.map(({ name, column }) => [name, ...rows.map((row) => row[column])]),
    notes: outcomeBlock.notes,
  };
}

/**
 * Every cell as text, each column's numbers with the same decimals (the most any of them has,
 * as the tab rounded them), so 4 and 3.95 in one column of means read 4.00 and 3.95, and with
 * a true minus sign, as in the prose.
 */
function withAlignedDecimals(outcomeBlock: OutcomeBlock): {
  header: readonly string[];
  rows: string[][];
} {
  const decimals = outcomeBlock.header.map((_, column) =>
    Math.max(0, ...outcomeBlock.rows.map((row) => decimalsOf(row[column]))),
  );
  const text = (cell: Cell, column: number) => {
    const value = cellNumber(cell);
    return value === null ? String(cell) : formatNumber(value, decimals[column]);
  };
  return {
    header: outcomeBlock.header,
    rows: outcomeBlock.rows.map((row) => row.map(text)),
  };
}

function decimalsOf(cell: Cell | undefined): number {
  if (typeof cell === 'object') return cell.decimals;
  if (typeof cell !== 'number' || Number.isInteger(cell)) return 0;
  const [, fraction = ''] = String(cell).split('.');
  return Math.min(fraction.length, 4);
}
