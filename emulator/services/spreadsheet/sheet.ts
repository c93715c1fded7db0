/**
 * Sheet: one tab. Grid size starts at 1000 x 26 like a new Google sheet; getRange beyond the grid
 * throws, appendRow and insertRows grow it.
 * https://developers.google.com/apps-script/reference/spreadsheet/sheet
 */
import { EmulatorContext } from '../../core/context';
import type { FakeSpreadsheet } from './spreadsheet';
import { FakeRange } from './range';
import { formatA1, parseA1 } from './a1-notation';
import { DateCell, FormulaCell, parseWrittenValue, StoredValue } from './cell-values';
import {
  ChartRecord,
  FakeEmbeddedChart,
  FakeEmbeddedChartBuilder,
  newChartBuilder,
} from './charts';
import { FakeDataValidation } from './data-validation';
import { Faked } from './gas-types';
import { MSG } from './messages';
import { displayValue } from './number-format';
import { FakeProtection, ProtectionTypeName } from './protection';
import { SheetData } from './sheet-data';
import { SparseGrid } from './sparse-grid';

type Real = GoogleAppsScript.Spreadsheet.Sheet;

type DataMethods =
  | 'getName'
  | 'getSheetId'
  | 'getIndex'
  | 'getLastRow'
  | 'getLastColumn'
  | 'getMaxRows'
  | 'getMaxColumns'
  | 'getFrozenRows'
  | 'getFrozenColumns'
  | 'getColumnWidth'
  | 'isSheetHidden'
  | 'getFormUrl'
  | 'getTabColor'
  | 'insertRows'
  | 'setFrozenRows'
  | 'setFrozenColumns'
  | 'deleteRows'
  | 'deleteColumns';

type ChainMethods =
  | 'setName'
  | 'insertRowsAfter'
  | 'insertRowsBefore'
  | 'insertColumnsAfter'
  | 'insertColumnsBefore'
  | 'appendRow'
  | 'insertRowAfter'
  | 'insertRowBefore'
  | 'insertColumnAfter'
  | 'insertColumnBefore'
  | 'deleteRow'
  | 'deleteColumn'
  | 'clear'
  | 'clearContents'
  | 'clearFormats'
  | 'clearNotes'
  | 'setColumnWidth'
  | 'setColumnWidths'
  | 'autoResizeColumn'
  | 'autoResizeColumns'
  | 'hideSheet'
  | 'showSheet'
  | 'activate'
  | 'setTabColor';

const SERVICE = 'SpreadsheetApp';
const DEFAULT_COLUMN_WIDTH = 100;

/** Emulator-side view of a sheet, for assertions and for exporting the workbook. */
export interface SheetInspection {
  name: string;
  sheetId: number;
  hidden: boolean;
  maxRows: number;
  maxColumns: number;
  frozenRows: number;
  frozenColumns: number;
  columnWidths: Record<number, number>;
  tabColor: string | null;
  /** The data region (A1 to last row/column), typed; Dates are host Dates; formulas give their value. */
  values: unknown[][];
  displayValues: string[][];
  formulas: { a1: string; formula: string }[];
  numberFormats: { a1: string; format: string }[];
  styles: { property: string; a1: string; value: string | boolean }[];
  validations: {
    a1: string;
    criteria: string;
    args: unknown[];
    allowInvalid: boolean;
    helpText: string | null;
  }[];
  notes: { a1: string; note: string }[];
  charts: ChartRecord[];
  formUrl: string | null;
}

export class FakeSheet implements Faked<
  Real,
  | DataMethods
  | ChainMethods
  | 'getRange'
  | 'getDataRange'
  | 'protect'
  | 'getProtections'
  | 'getParent'
  | 'newChart'
  | 'getCharts'
  | 'insertChart'
  | 'updateChart'
  | 'removeChart'
> {
  readonly data = new SheetData();
  hidden = false;
  deleted = false;
  frozenRows = 0;
  frozenColumns = 0;
  tabColor: string | null = null;
  readonly columnWidths = new Map<number, number>();
  readonly charts: FakeEmbeddedChart[] = [];
  /** Set by the Forms fake while this sheet is a form's response destination. */
  formUrl: string | null = null;

  constructor(
    readonly ctx: EmulatorContext,
    readonly spreadsheet: FakeSpreadsheet,
    public name: string,
    readonly sheetId: number,
  ) {}

  private record(method: string, cells?: number): void {
    this.ctx.meter.record(SERVICE, `Sheet.${method}`, cells === undefined ? {} : { cells });
  }

  timeZone(): string {
    return this.spreadsheet.timeZone;
  }

  // ---- identity ----

  getName(): string {
    this.record('getName');
    return this.name;
  }

  setName(name: string): FakeSheet {
    this.record('setName');
    this.spreadsheet.renameSheet(this, String(name));
    return this;
  }

  getSheetId(): number {
    this.record('getSheetId');
    return this.sheetId;
  }

  getIndex(): number {
    this.record('getIndex');
    return this.spreadsheet.sheets.indexOf(this) + 1;
  }

  getParent(): FakeSpreadsheet {
    this.record('getParent');
    return this.spreadsheet;
  }

  activate(): FakeSheet {
    this.record('activate');
    this.spreadsheet.activeSheet = this;
    return this;
  }

  getFormUrl(): string | null {
    this.record('getFormUrl');
    return this.formUrl;
  }

  // ---- ranges ----

  getRange(
    rowOrA1: number | string,
    column?: number,
    numRows?: number,
    numColumns?: number,
  ): FakeRange {
    this.record('getRange');
    if (typeof rowOrA1 === 'string' && column === undefined) return this.rangeFromA1(rowOrA1);
    return this.rangeAt(
      'Sheet.getRange',
      [rowOrA1, column, numRows, numColumns],
      rowOrA1,
      column,
      numRows ?? 1,
      numColumns ?? 1,
    );
  }

  getDataRange(): FakeRange {
    this.record('getDataRange');
    return new FakeRange(
      this,
      1,
      1,
      Math.max(1, this.data.lastRow()),
      Math.max(1, this.data.lastColumn()),
    );
  }

  getLastRow(): number {
    this.record('getLastRow');
    return this.data.lastRow();
  }

  getLastColumn(): number {
    this.record('getLastColumn');
    return this.data.lastColumn();
  }

  getMaxRows(): number {
    this.record('getMaxRows');
    return this.data.maxRows;
  }

  getMaxColumns(): number {
    this.record('getMaxColumns');
    return this.data.maxColumns;
  }

  /** Emulator-internal: a range with Apps Script's argument checks. */
  rangeAt(
    method: string,
    args: unknown[],
    row: unknown,
    column: unknown,
    numRows: unknown,
    numColumns: unknown,
  ): FakeRange {
    const nums = [row, column, numRows, numColumns];
    if (!nums.every((n) => typeof n === 'number' && Number.isFinite(n))) {
      throw new Error(
        MSG.badSignature(
          args.filter((a, i) => i < 2 || a !== undefined),
          `SpreadsheetApp.${method}`,
        ),
      );
    }
    const [r, c, nr, nc] = (nums as number[]).map(Math.trunc);
    if (r < 1) throw new Error(MSG.startRowTooSmall);
    if (c < 1) throw new Error(MSG.startColumnTooSmall);
    if (nr < 1) throw new Error(MSG.numRowsTooSmall);
    if (nc < 1) throw new Error(MSG.numColumnsTooSmall);
    if (r + nr - 1 > this.data.maxRows || c + nc - 1 > this.data.maxColumns)
      throw new Error(MSG.outsideSheet);
    return new FakeRange(this, r, c, nr, nc);
  }

  /** Emulator-internal: a range from A1 notation ("A1:C", "A:A", "2:5"). */
  rangeFromA1(a1: string): FakeRange {
    const ref = parseA1(String(a1));
    if (!ref || (ref.sheetName !== undefined && ref.sheetName !== this.name))
      throw new Error(MSG.rangeNotFound);
    const startRow = ref.startRow ?? 1;
    const startColumn = ref.startColumn ?? 1;
    const endRow = ref.endRow ?? this.data.maxRows;
    const endColumn = ref.endColumn ?? this.data.maxColumns;
    if (endRow > this.data.maxRows || endColumn > this.data.maxColumns)
      throw new Error(MSG.outsideSheet);
    return new FakeRange(
      this,
      startRow,
      startColumn,
      endRow - startRow + 1,
      endColumn - startColumn + 1,
    );
  }

  // ---- rows and columns ----

  appendRow(rowContents: unknown[]): FakeSheet {
    this.record('appendRow', Array.isArray(rowContents) ? rowContents.length : 0);
    if (!Array.isArray(rowContents) || rowContents.length === 0) {
      throw new Error(MSG.badSignature([rowContents], 'SpreadsheetApp.Sheet.appendRow'));
    }
    const row = this.data.lastRow() + 1;
    this.data.ensureSize(row, rowContents.length);
    const formats = this.data.numberFormats.query(row, 1, row, rowContents.length);
    const tz = this.timeZone();
    const parsed = rowContents.map((v, j) =>
      parseWrittenValue(
        v,
        formats.length === 0 ? undefined : SparseGrid.lookup(formats, row, j + 1),
        tz,
      ),
    );
    this.enforceValidations(row, 1, [parsed]);
    this.data.write(row, 1, [parsed]);
    return this;
  }

  insertRowsAfter(afterPosition: number, howMany: number): FakeSheet {
    this.record('insertRowsAfter');
    this.insertRows_(afterPosition, howMany);
    return this;
  }

  insertRowAfter(afterPosition: number): FakeSheet {
    this.record('insertRowAfter');
    this.insertRows_(afterPosition, 1);
    return this;
  }

  insertRowBefore(beforePosition: number): FakeSheet {
    this.record('insertRowBefore');
    this.insertRows_(beforePosition - 1, 1);
    return this;
  }

  insertRowsBefore(beforePosition: number, howMany: number): FakeSheet {
    this.record('insertRowsBefore');
    this.insertRows_(beforePosition - 1, howMany);
    return this;
  }

  insertRows(rowIndex: number, numRows = 1): void {
    this.record('insertRows');
    this.insertRows_(rowIndex - 1, numRows);
  }

  deleteRow(rowPosition: number): FakeSheet {
    this.record('deleteRow');
    this.deleteRows_(rowPosition, 1);
    return this;
  }

  deleteRows(rowPosition: number, howMany: number): void {
    this.record('deleteRows');
    this.deleteRows_(rowPosition, howMany);
  }

  insertColumnAfter(afterPosition: number): FakeSheet {
    this.record('insertColumnAfter');
    this.insertColumns_(afterPosition, 1);
    return this;
  }

  insertColumnsAfter(afterPosition: number, howMany: number): FakeSheet {
    this.record('insertColumnsAfter');
    this.insertColumns_(afterPosition, howMany);
    return this;
  }

  insertColumnBefore(beforePosition: number): FakeSheet {
    this.record('insertColumnBefore');
    this.insertColumns_(beforePosition - 1, 1);
    return this;
  }

  insertColumnsBefore(beforePosition: number, howMany: number): FakeSheet {
    this.record('insertColumnsBefore');
    this.insertColumns_(beforePosition - 1, howMany);
    return this;
  }

  deleteColumn(columnPosition: number): FakeSheet {
    this.record('deleteColumn');
    this.deleteColumns_(columnPosition, 1);
    return this;
  }

  deleteColumns(columnPosition: number, howMany: number): void {
    this.record('deleteColumns');
    this.deleteColumns_(columnPosition, howMany);
  }

  private insertRows_(after: number, count: number): void {
    if (!(after >= 0) || after > this.data.maxRows) throw new Error(MSG.rowsOutOfBounds);
    if (!(count >= 1)) throw new Error(MSG.numRowsTooSmall);
    this.data.insertRowsAfter(after, Math.trunc(count));
  }

  private deleteRows_(start: number, count: number): void {
    if (!(start >= 1) || !(count >= 1) || start + count - 1 > this.data.maxRows)
      throw new Error(MSG.rowsOutOfBounds);
    if (this.data.maxRows - count <= this.frozenRows) throw new Error(MSG.deleteAllRows);
    this.data.deleteRows(start, count);
  }

  private insertColumns_(after: number, count: number): void {
    if (!(after >= 0) || after > this.data.maxColumns) throw new Error(MSG.columnsOutOfBounds);
    if (!(count >= 1)) throw new Error(MSG.numColumnsTooSmall);
    this.data.insertColumnsAfter(after, Math.trunc(count));
    // Column widths follow their columns.
    const widths = [...this.columnWidths.entries()];
    this.columnWidths.clear();
    for (const [c, w] of widths) this.columnWidths.set(c > after ? c + count : c, w);
  }

  private deleteColumns_(start: number, count: number): void {
    if (!(start >= 1) || !(count >= 1) || start + count - 1 > this.data.maxColumns) {
      throw new Error(MSG.columnsOutOfBounds);
    }
    if (this.data.maxColumns - count <= this.frozenColumns) throw new Error(MSG.deleteAllColumns);
    this.data.deleteColumns(start, count);
    const widths = [...this.columnWidths.entries()];
    this.columnWidths.clear();
    for (const [c, w] of widths) {
      if (c < start) this.columnWidths.set(c, w);
      else if (c >= start + count) this.columnWidths.set(c - count, w);
    }
  }

  // ---- clearing ----

  clear(options?: { formatOnly?: boolean; contentsOnly?: boolean }): FakeSheet {
    this.record('clear');
    const all = !options || (!options.formatOnly && !options.contentsOnly);
    if (all || options?.contentsOnly)
      this.data.clearValues(1, 1, this.data.maxRows, this.data.maxColumns);
    if (all || options?.formatOnly)
      this.data.clearFormats(1, 1, this.data.maxRows, this.data.maxColumns);
    return this;
  }

  clearContents(): FakeSheet {
    this.record('clearContents');
    this.data.clearValues(1, 1, this.data.maxRows, this.data.maxColumns);
    return this;
  }

  clearFormats(): FakeSheet {
    this.record('clearFormats');
    this.data.clearFormats(1, 1, this.data.maxRows, this.data.maxColumns);
    return this;
  }

  clearNotes(): FakeSheet {
    this.record('clearNotes');
    this.data.notes.clear();
    return this;
  }

  // ---- layout ----

  setFrozenRows(rows: number): void {
    this.record('setFrozenRows');
    this.frozenRows = Math.max(0, Math.trunc(rows));
  }

  getFrozenRows(): number {
    this.record('getFrozenRows');
    return this.frozenRows;
  }

  setFrozenColumns(columns: number): void {
    this.record('setFrozenColumns');
    this.frozenColumns = Math.max(0, Math.trunc(columns));
  }

  getFrozenColumns(): number {
    this.record('getFrozenColumns');
    return this.frozenColumns;
  }

  setColumnWidth(columnPosition: number, width: number): FakeSheet {
    this.record('setColumnWidth');
    this.columnWidths.set(columnPosition, width);
    return this;
  }

  setColumnWidths(startColumn: number, numColumns: number, width: number): FakeSheet {
    this.record('setColumnWidths');
    for (let c = startColumn; c < startColumn + numColumns; c += 1) this.columnWidths.set(c, width);
    return this;
  }

  getColumnWidth(columnPosition: number): number {
    this.record('getColumnWidth');
    return this.columnWidths.get(columnPosition) ?? DEFAULT_COLUMN_WIDTH;
  }

  autoResizeColumn(columnPosition: number): FakeSheet {
    this.record('autoResizeColumn');
    this.autoResize(columnPosition, 1);
    return this;
  }

  autoResizeColumns(startColumn: number, numColumns: number): FakeSheet {
    this.record('autoResizeColumns');
    this.autoResize(startColumn, numColumns);
    return this;
  }

  /** A rough width from the longest displayed text (7 px a character), as a visual hint only. */
  private autoResize(start: number, count: number): void {
    const lastRow = this.data.lastRow();
    const rows = lastRow === 0 ? [] : this.displayValues(1, start, Math.min(lastRow, 500), count);
    for (let j = 0; j < count; j += 1) {
      const longest = rows.reduce((m, r) => Math.max(m, r[j].length), 0);
      this.columnWidths.set(
        start + j,
        Math.max(DEFAULT_COLUMN_WIDTH, Math.min(500, longest * 7 + 10)),
      );
    }
  }

  hideSheet(): FakeSheet {
    this.record('hideSheet');
    if (this.spreadsheet.sheets.filter((s) => !s.hidden && s !== this).length === 0) {
      throw new Error("You can't hide all the sheets in a document.");
    }
    this.hidden = true;
    return this;
  }

  showSheet(): FakeSheet {
    this.record('showSheet');
    this.hidden = false;
    return this;
  }

  isSheetHidden(): boolean {
    this.record('isSheetHidden');
    return this.hidden;
  }

  setTabColor(color: string | null): FakeSheet {
    this.record('setTabColor');
    this.tabColor = color;
    return this;
  }

  getTabColor(): string | null {
    this.record('getTabColor');
    return this.tabColor;
  }

  // ---- protection ----

  protect(): FakeProtection {
    this.record('protect');
    return this.spreadsheet.addProtection('SHEET', this, null);
  }

  getProtections(type: GoogleAppsScript.Spreadsheet.ProtectionType): FakeProtection[] {
    this.record('getProtections');
    return this.spreadsheet.protectionsOf(String(type) as ProtectionTypeName, this);
  }

  // ---- charts ----

  newChart(): FakeEmbeddedChartBuilder {
    this.record('newChart');
    return newChartBuilder(this.ctx, { anchorRow: 1, anchorColumn: 1, offsetX: 0, offsetY: 0 });
  }

  insertChart(chart: FakeEmbeddedChart): void {
    this.record('insertChart');
    chart.spec.chartId = this.spreadsheet.nextChartId();
    this.charts.push(chart);
  }

  getCharts(): FakeEmbeddedChart[] {
    this.record('getCharts');
    return [...this.charts];
  }

  updateChart(chart: FakeEmbeddedChart): void {
    this.record('updateChart');
    const i = this.charts.findIndex(
      (c) => c.spec.chartId !== null && c.spec.chartId === chart.spec.chartId,
    );
    if (i < 0) throw new Error('The chart does not exist on this sheet.');
    this.charts[i] = chart;
  }

  removeChart(chart: FakeEmbeddedChart): void {
    this.record('removeChart');
    const i = this.charts.findIndex((c) => c.spec.chartId === chart.spec.chartId);
    if (i >= 0) this.charts.splice(i, 1);
  }

  // ---- emulator-internal ----

  displayValues(row: number, column: number, numRows: number, numColumns: number): string[][] {
    const stored = this.data.read(row, column, numRows, numColumns);
    const formats = this.data.numberFormats.query(
      row,
      column,
      row + numRows - 1,
      column + numColumns - 1,
    );
    const tz = this.timeZone();
    return stored.map((r, i) =>
      r.map((v, j) =>
        displayValue(
          v,
          formats.length === 0 ? undefined : SparseGrid.lookup(formats, row + i, column + j),
          tz,
        ),
      ),
    );
  }

  /** Throws, as Sheets does, when a write breaks a validation rule that rejects invalid input. */
  enforceValidations(
    row: number,
    column: number,
    values: readonly (readonly StoredValue[])[],
  ): void {
    if (this.data.validations.size === 0) return;
    const numColumns = values[0]?.length ?? 0;
    // Every intersecting entry takes part in the lookup: a later rule, or a cleared area
    // (clearDataValidations), hides an earlier rejecting rule beneath it.
    const entries = this.data.validations.query(
      row,
      column,
      row + values.length - 1,
      column + numColumns - 1,
    );
    const rejects = (rule: unknown): rule is FakeDataValidation =>
      rule instanceof FakeDataValidation && !rule.spec.allowInvalid;
    if (!entries.some((e) => rejects(e.value))) return;
    for (let i = 0; i < values.length; i += 1) {
      for (let j = 0; j < values[i].length; j += 1) {
        const rule = SparseGrid.lookup(entries, row + i, column + j);
        if (rejects(rule) && !rule.accepts(values[i][j])) {
          throw new Error(MSG.validationViolated(formatA1(row + i, column + j)));
        }
      }
    }
  }

  /** Emulator-side snapshot for assertions and export (uncounted). */
  inspect(): SheetInspection {
    const lastRow = this.data.lastRow();
    const lastColumn = this.data.lastColumn();
    const stored = lastRow === 0 ? [] : this.data.read(1, 1, lastRow, lastColumn);
    const formulas: SheetInspection['formulas'] = [];
    const values = stored.map((r, i) =>
      r.map((v, j) => {
        if (v instanceof FormulaCell) {
          formulas.push({ a1: formatA1(i + 1, j + 1), formula: v.formula });
          return v.value;
        }
        return v instanceof DateCell ? new Date(v.ms) : v;
      }),
    );
    const a1 = (e: { r1: number; c1: number; r2: number; c2: number }): string =>
      formatA1(e.r1, e.c1, e.r2 - e.r1 + 1, e.c2 - e.c1 + 1);
    return {
      name: this.name,
      sheetId: this.sheetId,
      hidden: this.hidden,
      maxRows: this.data.maxRows,
      maxColumns: this.data.maxColumns,
      frozenRows: this.frozenRows,
      frozenColumns: this.frozenColumns,
      columnWidths: Object.fromEntries(this.columnWidths),
      tabColor: this.tabColor,
      values,
      displayValues: lastRow === 0 ? [] : this.displayValues(1, 1, lastRow, lastColumn),
      formulas,
      numberFormats: this.data.numberFormats
        .all()
        .map((e) => ({ a1: a1(e), format: e.value as string })),
      styles: [...this.data.styles.entries()].flatMap(([property, grid]) =>
        grid.all().map((e) => ({ property, a1: a1(e), value: e.value as string | boolean })),
      ),
      validations: this.data.validations.all().map((e) => {
        const rule = e.value as FakeDataValidation;
        return { a1: a1(e), ...rule.spec, args: [...rule.spec.args] };
      }),
      notes: this.data.notes.all().map((e) => ({ a1: a1(e), note: e.value as string })),
      charts: this.charts.map((c) => c.describe()),
      formUrl: this.formUrl,
    };
  }
}
