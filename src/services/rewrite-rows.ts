/**
 * Rewrites rows of a tab in place, writing back only what changed (retention and Remove a
 * member's data).
 */
import { isDate } from '../domain/sheet/cells';
import { HeaderMap } from '../domain/sheet/header-map';
import { FIRST_DATA_ROW, Table, verbatim, writeBlock } from './sheets';

/**
 * Applies `change` to every row of `table` and writes back only the columns that changed, each
 * over the span of changed rows (one setValues per column): an anonymised member's rows are
 * spread over a long tab, and rewriting every column of that span would cost far more.
 */
export function rewriteRows(
  table: Table,
  change: (row: unknown[], map: HeaderMap) => boolean,
): number {
  const map = new HeaderMap(table.headers);
  const changedRows: number[] = [];
  const changedColumns = new Set<number>();
  const rows = table.rows.map((row, index) => {
    const copy = [...row];
    if (!change(copy, map)) return row;
    changedRows.push(index);
    copy.forEach((cell, at) => {
      if (cell !== row[at]) changedColumns.add(at);
    });
    return copy;
  });
  if (changedRows.length === 0) return 0;
  const first = changedRows[0];
  const last = changedRows[changedRows.length - 1];
  for (const at of [...changedColumns].sort((a, b) => a - b))
    writeBlock(
      table.sheet,
      FIRST_DATA_ROW + first,
      at + 1,
      rows.slice(first, last + 1).map((row) => {
        const cell = row[at];
        return [isDate(cell) ? cell : verbatim(cell)];
      }),
    );
  return changedRows.length;
}
