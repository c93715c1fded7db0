/**
 * Creates and repairs tabs from their TabSpec: missing tabs and columns are added, nothing
 * that exists is moved or cleared. Our own names (the tab's, its headers) are put in the
 * group's language; nothing else is renamed.
 */
import { englishNameOf, foldName, localName, t } from '../domain/i18n';
import { HeaderMap } from '../domain/sheet/header-map';
import { localHelp } from '../domain/sheet/local-help';
import { ColumnSpec, TabSpec } from '../domain/sheet/tabs';
import { contiguousRuns, findTab, writeBlock } from './sheets';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface TabRepair {
  tab: string;
  created: boolean;
  addedColumns: string[];
  protectedNow: boolean;
}

export function readHeaderRow(sheet: Sheet): unknown[] {
  const lastColumn = sheet.getLastColumn();
  return lastColumn === 0 ? [] : sheet.getRange(1, 1, 1, lastColumn).getValues()[0];
}

/** Adds `columns` that the header row lacks, right of the last column. Returns names added. */
export function addMissingColumns(
  sheet: Sheet,
  headers: unknown[],
  columns: readonly ColumnSpec[],
): string[] {
  const map = new HeaderMap(headers);
  const missing = columns.filter((column) => !map.has(column.name));
  if (missing.length === 0) return [];
  const firstNew = headers.length + 1;
  writeBlock(sheet, 1, firstNew, [missing.map((column) => localName('column.', column.name))]);
  sheet.getRange(1, firstNew, 1, missing.length).setFontWeight('bold');
  missing.forEach((column, offset) => formatColumn(sheet, firstNew + offset, column));
  return missing.map((column) => column.name);
}

export function ensureTab(
  spreadsheet: Spreadsheet,
  spec: TabSpec,
  sheet?: Sheet | null,
): TabRepair {
  let target = sheet ?? findTab(spreadsheet, spec.name);
  const created = !target;
  if (!target) target = spreadsheet.insertSheet(localName('tab.', spec.name));
  else nameInLanguage(spreadsheet, target, spec.name);
  const headers = created ? [] : readHeaderRow(target);
  if (!created) headersInLanguage(target, headers, spec.columns);
  const addedColumns = addMissingColumns(target, headers, spec.columns);
  // A new tab has Sheets' 26 columns, and every cell of the grid counts against the
  // spreadsheet's 10 million, used or not: a tab Set up made keeps only its own columns.
  if (created) trimColumns(target, spec.columns.length);
  if (created || addedColumns.length > 0) target.setFrozenRows(1);
  let protectedNow = false;
  if (spec.scriptWritten) {
    const existing = target.getProtections(SpreadsheetApp.ProtectionType.SHEET);
    if (existing.length === 0) {
      target.protect().setWarningOnly(true).setDescription(t('sheet.protection'));
      protectedNow = true;
    }
  }
  return { tab: spec.name, created, addedColumns, protectedNow };
}

/**
 * Gives the tab the current language's name for `english` (Set up or repair applies the
 * Language setting). A name the group chose that is not ours in any language is theirs to keep,
 * and so is a difference of case or spacing; a tab already using the new name is left alone.
 */
export function nameInLanguage(spreadsheet: Spreadsheet, sheet: Sheet, english: string): void {
  const wanted = localName('tab.', english);
  const current = sheet.getName();
  if (foldName(current) === foldName(wanted) || englishNameOf('tab.', current) !== english) return;
  if (spreadsheet.getSheetByName(wanted)) return;
  sheet.setName(wanted);
}

/**
 * Rewrites, in the current language, the header cells of `columns` that hold another language's
 * name, with their notes and drop-down rules; every other cell is left as it is. A sheet already
 * in its language costs no call.
 */
export function headersInLanguage(
  sheet: Sheet,
  headers: unknown[],
  columns: readonly ColumnSpec[],
): string[] {
  const changed: Array<{ index: number; spec: ColumnSpec }> = [];
  headers.forEach((header, index) => {
    const english = englishNameOf('column.', header);
    const spec = columns.find((column) => column.name === english);
    if (!spec) return;
    const wanted = localName('column.', spec.name);
    if (foldName(header) !== foldName(wanted) && !changed.some((entry) => entry.spec === spec))
      changed.push({ index, spec });
  });
  if (changed.length === 0) return [];
  const byIndex = new Map(changed.map((entry) => [entry.index, entry.spec]));
  for (const run of contiguousRuns(changed.map((entry) => entry.index)))
    writeBlock(sheet, 1, run[0] + 1, [
      run.map((index) => localName('column.', byIndex.get(index)!.name)),
    ]);
  for (const { index, spec } of changed) {
    if (spec.help) sheet.getRange(1, index + 1).setNote(localHelp(spec.help));
    const rule = validationOf(spec);
    if (rule)
      sheet.getRange(2, index + 1, Math.max(1, sheet.getMaxRows() - 1), 1).setDataValidation(rule);
  }
  return changed.map((entry) => entry.spec.name);
}

/** Deletes the grid's columns right of `width` (at least one column stays, as Sheets requires). */
export function trimColumns(sheet: Sheet, width: number): void {
  const keep = Math.max(1, width);
  const maxColumns = sheet.getMaxColumns();
  if (maxColumns > keep) sheet.deleteColumns(keep + 1, maxColumns - keep);
}

/** Width, number format, drop-down and help note of one column (rows 2 to the sheet's end). */
function formatColumn(sheet: Sheet, column: number, spec: ColumnSpec): void {
  sheet.setColumnWidth(column, spec.width);
  if (spec.help) sheet.getRange(1, column).setNote(localHelp(spec.help));
  const rows = Math.max(1, sheet.getMaxRows() - 1);
  const body = sheet.getRange(2, column, rows, 1);
  if (spec.format.kind === 'date') body.setNumberFormat('yyyy-mm-dd');
  if (spec.format.kind === 'datetime') body.setNumberFormat('yyyy-mm-dd hh:mm');
  const rule = validationOf(spec);
  if (rule) body.setDataValidation(rule);
}

/** The column's drop-down or check, its help in the current language; null for none. */
function validationOf(spec: ColumnSpec): GoogleAppsScript.Spreadsheet.DataValidation | null {
  const format = spec.format;
  switch (format.kind) {
    case 'date':
      return SpreadsheetApp.newDataValidation()
        .requireDate()
        .setAllowInvalid(false)
        .setHelpText(t('sheet.validation.date'))
        .build();
    case 'list':
    case 'yesno': {
      const values = format.kind === 'yesno' ? ['yes', 'no'] : [...format.values];
      return SpreadsheetApp.newDataValidation()
        .requireValueInList(values, true)
        .setAllowInvalid(false)
        .setHelpText(t('sheet.validation.oneOf', { values: values.join(', ') }))
        .build();
    }
    case 'number':
      if (format.min === undefined && format.max === undefined) return null;
      return SpreadsheetApp.newDataValidation()
        .requireNumberBetween(format.min ?? -1e9, format.max ?? 1e9)
        .setAllowInvalid(false)
        .build();
    case 'datetime':
    case 'text':
      return null;
  }
}
