/**
 * The spreadsheet as an .xlsx a facilitator can open: one worksheet per tab with the same name
 * and order, typed values (dates as dates, in the group's wall-clock time since a workbook has
 * no time zone), number formats, bold and coloured cells, notes, column widths, frozen header
 * rows. exceljs cannot draw charts, so every embedded chart is listed on a "Charts" worksheet
 * with its type, title, ranges and options, followed by the data it plots.
 */
import ExcelJS from 'exceljs';
import type { Environment } from '../../emulator/environment';
import { parseA1 } from '../../emulator/services/spreadsheet/a1-notation';
import type { SheetInspection } from '../../emulator/services/spreadsheet';
import { wallClockAsUtc } from '../local-time';
import { chartsWorksheet } from './workbook-charts';
import { defaultDateFormat, excelValue } from './excel-values';
import { stampZipEntries } from './zip-timestamps';

export interface WorkbookOptions {
  timeZone: string;
  /** The virtual time the workbook is stamped with (so the bytes do not depend on the real clock). */
  stampMs: number;
}

/**
 * Excel forbids : \\ / ? * [ ] in sheet names and allows 31 characters. Tabs like
 * "Outcomes: Participation" keep their look with a lookalike character (U+2236 for the colon);
 * names without those characters pass through unchanged.
 */
const LOOKALIKES: Record<string, string> = {
  ':': '\u2236',
  '\\': '\u29f5',
  '/': '\u2215',
  '?': '\uff1f',
  '*': '\u2217',
  '[': '(',
  ']': ')',
};

export function excelSheetName(name: string, taken: ReadonlySet<string>): string {
  const base =
    name
      .replace(/[:\\/?*[\]]/g, (char) => LOOKALIKES[char] ?? '-')
      .replace(/^'|'$/g, '\u2019')
      .slice(0, 31) || 'Sheet';
  let candidate = base;
  for (let n = 2; taken.has(candidate.toLowerCase()); n += 1)
    candidate = `${base.slice(0, 31 - String(n).length - 1)}~${n}`;
  return candidate;
}

const argb = (color: string) =>
  `FF${color.replace('#', '').toUpperCase().padStart(6, '0').slice(-6)}`;

/** Calls `each` for every cell of an A1 range that lies inside the data region. */
function eachCellIn(
  a1: string,
  rows: number,
  columns: number,
  each: (row: number, column: number) => void,
): void {
  const ref = parseA1(a1);
  if (!ref) return;
  const lastRow = Math.min(ref.endRow ?? rows, rows);
  const lastColumn = Math.min(ref.endColumn ?? columns, columns);
  for (let row = ref.startRow ?? 1; row <= lastRow; row += 1)
    for (let column = ref.startColumn ?? 1; column <= lastColumn; column += 1) each(row, column);
}

function writeValues(
  sheet: ExcelJS.Worksheet,
  inspection: SheetInspection,
  timeZone: string,
): void {
  inspection.values.forEach((row, r) =>
    row.forEach((value, c) => {
      if (value === '' || value === null || value === undefined) return;
      const cell = sheet.getCell(r + 1, c + 1);
      cell.value = excelValue(value, timeZone);
      if (cell.value instanceof Date) cell.numFmt = defaultDateFormat(cell.value);
    }),
  );
  // Values a formula produced are written as values; the formula goes in a note, never run.
  for (const { a1, formula } of inspection.formulas) {
    const ref = parseA1(a1);
    if (ref?.startRow && ref.startColumn)
      sheet.getCell(ref.startRow, ref.startColumn).note =
        `In the Sheet this cell is a formula: ${formula}`;
  }
}

function writeFormats(sheet: ExcelJS.Worksheet, inspection: SheetInspection): void {
  const rows = inspection.values.length;
  const columns = Math.max(0, ...inspection.values.map((row) => row.length));
  for (const { a1, format } of inspection.numberFormats)
    eachCellIn(a1, rows, columns, (row, column) => {
      const cell = sheet.getCell(row, column);
      if (cell.value !== null && format !== '') cell.numFmt = format;
    });
  for (const { property, a1, value } of inspection.styles)
    eachCellIn(a1, rows, columns, (row, column) => {
      const cell = sheet.getCell(row, column);
      if (property === 'fontWeight' && value === 'bold') cell.font = { ...cell.font, bold: true };
      else if (property === 'fontStyle' && value === 'italic')
        cell.font = { ...cell.font, italic: true };
      else if (property === 'fontColor' && typeof value === 'string')
        cell.font = { ...cell.font, color: { argb: argb(value) } };
      else if (property === 'background' && typeof value === 'string')
        cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(value) } };
      else if (property === 'wrap' && value === true)
        cell.alignment = { ...cell.alignment, wrapText: true };
      else if (property === 'horizontalAlignment' && typeof value === 'string')
        cell.alignment = {
          ...cell.alignment,
          horizontal: value as NonNullable<ExcelJS.Alignment['horizontal']>,
        };
    });
  // Frozen rows are the header: bold them even on tabs a form created, as the Sheet shows them.
  for (let row = 1; row <= Math.min(inspection.frozenRows, rows); row += 1)
    sheet.getRow(row).eachCell((cell) => {
      cell.font = { ...cell.font, bold: true };
    });
  for (const { a1, note } of inspection.notes) {
    const ref = parseA1(a1);
    if (ref?.startRow && ref.startColumn) sheet.getCell(ref.startRow, ref.startColumn).note = note;
  }
  for (const [column, pixels] of Object.entries(inspection.columnWidths))
    sheet.getColumn(Number(column)).width = Math.max(2, Math.round(((pixels - 5) / 7) * 10) / 10);
}

function addTab(
  workbook: ExcelJS.Workbook,
  name: string,
  inspection: SheetInspection,
  timeZone: string,
): void {
  const frozen = inspection.frozenRows > 0 || inspection.frozenColumns > 0;
  const sheet = workbook.addWorksheet(name, {
    state: inspection.hidden ? 'hidden' : 'visible',
    views: frozen
      ? [{ state: 'frozen', xSplit: inspection.frozenColumns, ySplit: inspection.frozenRows }]
      : [],
    properties: inspection.tabColor ? { tabColor: { argb: argb(inspection.tabColor) } } : {},
  });
  writeValues(sheet, inspection, timeZone);
  writeFormats(sheet, inspection);
}

/** Every tab of the bound spreadsheet, read through the emulator's (uncounted) inspection. */
export function inspectTabs(env: Environment): SheetInspection[] {
  return env.meter.internal(() => env.spreadsheet.getSheets().map((sheet) => sheet.inspect()));
}

export async function workbookBytes(
  tabs: readonly SheetInspection[],
  options: WorkbookOptions,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const stamp = wallClockAsUtc(options.stampMs, options.timeZone);
  workbook.creator = 'Peer Circle demo';
  workbook.lastModifiedBy = 'Peer Circle demo';
  workbook.created = stamp;
  workbook.modified = stamp;
  const taken = new Set<string>();
  const names = new Map<string, string>();
  for (const tab of tabs) {
    const name = excelSheetName(tab.name, taken);
    taken.add(name.toLowerCase());
    names.set(tab.name, name);
    addTab(workbook, name, tab, options.timeZone);
  }
  if (tabs.some((tab) => tab.charts.length > 0))
    chartsWorksheet(workbook, excelSheetName('Charts', taken), tabs, names, options.timeZone);
  const zipped = Buffer.from(await workbook.xlsx.writeBuffer());
  return stampZipEntries(zipped, stamp);
}
