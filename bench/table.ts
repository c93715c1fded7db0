/** Plain-text tables for the terminal: text columns left-aligned, figures right-aligned. */
export interface Column {
  title: string;
  align?: 'left' | 'right';
}

export function formatTable(
  columns: readonly Column[],
  rows: ReadonlyArray<readonly string[]>,
): string {
  const widths = columns.map((column, at) =>
    Math.max(column.title.length, ...rows.map((row) => (row[at] ?? '').length)),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, at) =>
        columns[at].align === 'left' ? cell.padEnd(widths[at]) : cell.padStart(widths[at]),
      )
      .join('  ')
      .trimEnd();
  return [
    line(columns.map((column) => column.title)),
    line(widths.map((width) => '-'.repeat(width))),
    ...rows.map(line),
  ].join('\n');
}

export const fixed = (value: number, digits = 0): string =>
  Number.isFinite(value) ? value.toFixed(digits) : '-';

export const grouped = (value: number): string =>
  Number.isFinite(value) ? Math.round(value).toLocaleString('en-GB') : '-';
