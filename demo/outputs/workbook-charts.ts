/**
 * The "Charts" worksheet: exceljs cannot draw charts, so each chart the script embedded is
 * described (sheet, type, title, data ranges, where it sits, its other options) and the data
 * it plots is copied below, so the picture can be rebuilt in any spreadsheet program.
 */
import type ExcelJS from 'exceljs';
import {
  columnToLetters,
  parseA1,
  quoteSheetName,
} from '../../emulator/services/spreadsheet/a1-notation';
import type { SheetInspection } from '../../emulator/services/spreadsheet';
import { defaultDateFormat, excelValue } from './excel-values';

const HEADERS = ['Sheet', 'Chart', 'Type', 'Title', 'Data ranges', 'Anchor cell', 'Other options'];

/** JSON with keys sorted, so the same chart always reads the same. */
function stableJson(value: Record<string, unknown>): string {
  const sorted = Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, value[key]]),
  );
  return JSON.stringify(sorted);
}

function rangeValues(a1: string, tabs: readonly SheetInspection[]): unknown[][] {
  const ref = parseA1(a1);
  const tab = tabs.find((candidate) => candidate.name === ref?.sheetName);
  if (!ref || !tab) return [];
  const lastRow = Math.min(ref.endRow ?? tab.values.length, tab.values.length);
  const firstColumn = ref.startColumn ?? 1;
  const out: unknown[][] = [];
  for (let row = ref.startRow ?? 1; row <= lastRow; row += 1) {
    const cells = tab.values[row - 1] ?? [];
    const lastColumn = Math.min(ref.endColumn ?? cells.length, cells.length);
    out.push(cells.slice(firstColumn - 1, lastColumn));
  }
  return out;
}

/** The range as it reads in the workbook, whose sheet names may differ from the Sheet's. */
function workbookRange(a1: string, names: ReadonlyMap<string, string>): string {
  const ref = parseA1(a1);
  const renamed = ref?.sheetName === undefined ? undefined : names.get(ref.sheetName);
  return renamed === undefined
    ? a1
    : `${quoteSheetName(renamed)}!${a1.slice(a1.lastIndexOf('!') + 1)}`;
}

/** `names` maps each tab's name to its worksheet's name in the workbook. */
export function chartsWorksheet(
  workbook: ExcelJS.Workbook,
  name: string,
  tabs: readonly SheetInspection[],
  names: ReadonlyMap<string, string>,
  timeZone: string,
): void {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }] });
  sheet.addRow(HEADERS).font = { bold: true };
  const charts = tabs.flatMap((tab) => tab.charts.map((chart) => ({ tab, chart })));
  charts.forEach(({ tab, chart }, index) => {
    const { title, ...others } = chart.options;
    sheet.addRow([
      names.get(tab.name) ?? tab.name,
      index + 1,
      chart.type,
      title === undefined || title === null ? '' : String(title),
      chart.ranges.map((range) => workbookRange(range, names)).join(', '),
      `${columnToLetters(chart.position.anchorColumn)}${chart.position.anchorRow}`,
      stableJson(others),
    ]);
  });
  [18, 8, 12, 40, 40, 12, 60].forEach((width, column) => {
    sheet.getColumn(column + 1).width = width;
  });
  charts.forEach(({ chart }, index) => {
    // Side by side, as the chart reads them: the first range is the axis, the others its series.
    const blocks = chart.ranges.map((range) => rangeValues(range, tabs));
    const widths = blocks.map((block) => Math.max(1, ...block.map((row) => row.length)));
    sheet.addRow([]);
    sheet.addRow([
      `Chart ${index + 1} data: ${chart.ranges.map((range) => workbookRange(range, names)).join(', ')}`,
    ]).font = { bold: true };
    const height = Math.max(0, ...blocks.map((block) => block.length));
    for (let r = 0; r < height; r += 1) {
      const values = blocks.flatMap((block, b) =>
        Array.from({ length: widths[b] }, (_, c) => block[r]?.[c] ?? null),
      );
      const row = sheet.addRow(values.map((value) => excelValue(value, timeZone)));
      row.eachCell((cell) => {
        if (cell.value instanceof Date) cell.numFmt = defaultDateFormat(cell.value);
      });
      if (r < Number(chart.options.numHeaders ?? 0)) row.font = { bold: true };
    }
  });
}
