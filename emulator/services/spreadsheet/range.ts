/**
 * Range: a rectangle of one sheet. Reads and writes go straight to the sheet's storage engine;
 * every public method is one metered Apps Script call.
 * https://developers.google.com/apps-script/reference/spreadsheet/range
 */
import type { FakeSheet } from './sheet';
import {
  DateCell,
  FormulaCell,
  FORMULA_PLACEHOLDER,
  parseTypedString,
  parseWrittenValue,
  StoredValue,
} from './cell-values';
import { FakeDataValidation } from './data-validation';
import { formatA1, quoteSheetName } from './a1-notation';
import { MSG } from './messages';
import { DEFAULT_NUMBER_FORMAT } from './number-format';
import { GridEntry, SparseGrid } from './sparse-grid';
import { FakeProtection } from './protection';
import { Faked } from './gas-types';
import { StyleProperty } from './sheet-data';

type Real = GoogleAppsScript.Spreadsheet.Range;

type DataMethods =
  | 'getA1Notation'
  | 'getRow'
  | 'getColumn'
  | 'getNumRows'
  | 'getNumColumns'
  | 'getLastRow'
  | 'getLastColumn'
  | 'getValues'
  | 'getValue'
  | 'getDisplayValues'
  | 'getDisplayValue'
  | 'getFormulas'
  | 'getFormula'
  | 'getNumberFormat'
  | 'getNumberFormats'
  | 'getNote'
  | 'getNotes'
  | 'getBackground'
  | 'isBlank';

type ChainMethods =
  | 'setValues'
  | 'setValue'
  | 'setFormula'
  | 'setFormulas'
  | 'clear'
  | 'clearContent'
  | 'clearFormat'
  | 'clearDataValidations'
  | 'clearNote'
  | 'setNumberFormat'
  | 'setNumberFormats'
  | 'setFontWeight'
  | 'setFontWeights'
  | 'setFontColor'
  | 'setBackground'
  | 'setHorizontalAlignment'
  | 'setWrap'
  | 'setNote'
  | 'setNotes'
  | 'setDataValidation'
  | 'setDataValidations'
  | 'offset'
  | 'getCell'
  | 'activate';

type ClearOptions = {
  commentsOnly?: boolean;
  contentsOnly?: boolean;
  formatOnly?: boolean;
  validationsOnly?: boolean;
  skipFilteredRows?: boolean;
};

const SERVICE = 'SpreadsheetApp';

export class FakeRange implements Faked<
  Real,
  DataMethods | ChainMethods | 'getSheet' | 'protect' | 'getDataValidation' | 'getDataValidations'
> {
  constructor(
    readonly sheet: FakeSheet,
    readonly row: number,
    readonly column: number,
    readonly numRows: number,
    readonly numColumns: number,
  ) {}

  private record(method: string, cells?: number): void {
    this.sheet.ctx.meter.record(SERVICE, `Range.${method}`, cells === undefined ? {} : { cells });
  }

  private get cells(): number {
    return this.numRows * this.numColumns;
  }

  private get lastRowIndex(): number {
    return this.row + this.numRows - 1;
  }

  private get lastColumnIndex(): number {
    return this.column + this.numColumns - 1;
  }

  /** Emulator-side: "Sheet1!A1:B2", as charts record their ranges. */
  a1WithSheet(): string {
    return `${quoteSheetName(this.sheet.name)}!${this.a1()}`;
  }

  private a1(): string {
    return formatA1(this.row, this.column, this.numRows, this.numColumns);
  }

  getA1Notation(): string {
    this.record('getA1Notation');
    return this.a1();
  }

  getRow(): number {
    this.record('getRow');
    return this.row;
  }

  getColumn(): number {
    this.record('getColumn');
    return this.column;
  }

  getNumRows(): number {
    this.record('getNumRows');
    return this.numRows;
  }

  getNumColumns(): number {
    this.record('getNumColumns');
    return this.numColumns;
  }

  getLastRow(): number {
    this.record('getLastRow');
    return this.lastRowIndex;
  }

  getLastColumn(): number {
    this.record('getLastColumn');
    return this.lastColumnIndex;
  }

  getSheet(): FakeSheet {
    this.record('getSheet');
    return this.sheet;
  }

  getCell(row: number, column: number): FakeRange {
    this.record('getCell');
    if (row < 1 || column < 1 || row > this.numRows || column > this.numColumns)
      throw new Error(MSG.outsideSheet);
    return new FakeRange(this.sheet, this.row + row - 1, this.column + column - 1, 1, 1);
  }

  offset(
    rowOffset: number,
    columnOffset: number,
    numRows?: number,
    numColumns?: number,
  ): FakeRange {
    this.record('offset');
    return this.sheet.rangeAt(
      'Range.offset',
      [rowOffset, columnOffset, numRows, numColumns],
      this.row + rowOffset,
      this.column + columnOffset,
      numRows ?? this.numRows,
      numColumns ?? this.numColumns,
    );
  }

  activate(): FakeRange {
    this.record('activate');
    this.sheet.spreadsheet.activeSheet = this.sheet;
    return this;
  }

  // ---- values ----

  getValues(): unknown[][] {
    this.record('getValues', this.cells);
    return this.readForScript();
  }

  getValue(): unknown {
    this.record('getValue', 1);
    return this.toScript(this.sheet.data.cell(this.row, this.column));
  }

  getDisplayValues(): string[][] {
    this.record('getDisplayValues', this.cells);
    return this.sheet.displayValues(this.row, this.column, this.numRows, this.numColumns);
  }

  getDisplayValue(): string {
    this.record('getDisplayValue', 1);
    return this.sheet.displayValues(this.row, this.column, 1, 1)[0][0];
  }

  getFormulas(): string[][] {
    this.record('getFormulas', this.cells);
    return this.sheet.data
      .read(this.row, this.column, this.numRows, this.numColumns)
      .map((r) => r.map((v) => (v instanceof FormulaCell ? v.formula : '')));
  }

  getFormula(): string {
    this.record('getFormula', 1);
    const v = this.sheet.data.cell(this.row, this.column);
    return v instanceof FormulaCell ? v.formula : '';
  }

  isBlank(): boolean {
    this.record('isBlank', this.cells);
    return this.sheet.data
      .read(this.row, this.column, this.numRows, this.numColumns)
      .every((r) => r.every((v) => v === ''));
  }

  setValues(values: unknown[][]): FakeRange {
    this.record('setValues', this.cells);
    this.checkShape(values, 'SpreadsheetApp.Range.setValues');
    this.writeParsed((v, format) => parseWrittenValue(v, format, this.sheet.timeZone()), values);
    return this;
  }

  setValue(value: unknown): FakeRange {
    this.record('setValue', this.cells);
    this.writeParsed(
      (v, format) => parseWrittenValue(v, format, this.sheet.timeZone()),
      this.filled(value),
    );
    return this;
  }

  setFormula(formula: string): FakeRange {
    this.record('setFormula', this.cells);
    this.writeParsed((f) => this.parseFormula(f), this.filled(formula));
    return this;
  }

  setFormulas(formulas: string[][]): FakeRange {
    this.record('setFormulas', this.cells);
    this.checkShape(formulas, 'SpreadsheetApp.Range.setFormulas');
    this.writeParsed((f) => this.parseFormula(f), formulas);
    return this;
  }

  clear(options?: ClearOptions): FakeRange {
    this.record('clear', this.cells);
    const o = options ?? {};
    const any = o.commentsOnly || o.contentsOnly || o.formatOnly || o.validationsOnly;
    const [r, c, nr, nc] = [this.row, this.column, this.numRows, this.numColumns];
    if (!any || o.contentsOnly) this.sheet.data.clearValues(r, c, nr, nc);
    if (!any || o.formatOnly) this.sheet.data.clearFormats(r, c, nr, nc);
    if (o.validationsOnly)
      this.sheet.data.validations.set(r, c, this.lastRowIndex, this.lastColumnIndex, undefined);
    if (o.commentsOnly)
      this.sheet.data.notes.set(r, c, this.lastRowIndex, this.lastColumnIndex, undefined);
    return this;
  }

  clearContent(): FakeRange {
    this.record('clearContent', this.cells);
    this.sheet.data.clearValues(this.row, this.column, this.numRows, this.numColumns);
    return this;
  }

  clearFormat(): FakeRange {
    this.record('clearFormat', this.cells);
    this.sheet.data.clearFormats(this.row, this.column, this.numRows, this.numColumns);
    return this;
  }

  // ---- formats and styles ----

  setNumberFormat(numberFormat: string): FakeRange {
    this.record('setNumberFormat', this.cells);
    this.setRect(this.sheet.data.numberFormats, String(numberFormat));
    return this;
  }

  setNumberFormats(numberFormats: string[][]): FakeRange {
    this.record('setNumberFormats', this.cells);
    this.checkShape(numberFormats, 'SpreadsheetApp.Range.setNumberFormats');
    this.setCells(this.sheet.data.numberFormats, numberFormats, (f) =>
      f === null || f === '' ? undefined : String(f),
    );
    return this;
  }

  getNumberFormat(): string {
    this.record('getNumberFormat');
    return this.sheet.data.numberFormats.get(this.row, this.column) ?? DEFAULT_NUMBER_FORMAT;
  }

  getNumberFormats(): string[][] {
    this.record('getNumberFormats', this.cells);
    return this.mapCells(this.sheet.data.numberFormats, (f) => f ?? DEFAULT_NUMBER_FORMAT);
  }

  setFontWeight(fontWeight: 'normal' | 'bold' | null): FakeRange {
    return this.setStyle(
      'setFontWeight',
      'fontWeight',
      fontWeight === 'normal' ? null : fontWeight,
    );
  }

  setFontWeights(fontWeights: ('normal' | 'bold' | null)[][]): FakeRange {
    this.record('setFontWeights', this.cells);
    this.checkShape(fontWeights, 'SpreadsheetApp.Range.setFontWeights');
    this.setCells(this.sheet.data.style('fontWeight'), fontWeights, (w) =>
      w === 'bold' ? 'bold' : undefined,
    );
    return this;
  }

  getFontWeight(): string {
    this.record('getFontWeight');
    return String(this.sheet.data.style('fontWeight').get(this.row, this.column) ?? 'normal');
  }

  setFontColor(color: string | null): FakeRange {
    return this.setStyle('setFontColor', 'fontColor', color);
  }

  setBackground(color: string | null): FakeRange {
    return this.setStyle('setBackground', 'background', color);
  }

  getBackground(): string {
    this.record('getBackground');
    return String(this.sheet.data.style('background').get(this.row, this.column) ?? '#ffffff');
  }

  setHorizontalAlignment(alignment: 'left' | 'center' | 'normal' | 'right' | null): FakeRange {
    return this.setStyle(
      'setHorizontalAlignment',
      'horizontalAlignment',
      alignment === 'normal' ? null : alignment,
    );
  }

  setWrap(isWrapEnabled: boolean): FakeRange {
    return this.setStyle('setWrap', 'wrap', Boolean(isWrapEnabled));
  }

  // ---- notes ----

  setNote(note: string | null): FakeRange {
    this.record('setNote', this.cells);
    this.setRect(this.sheet.data.notes, note === null || note === '' ? undefined : String(note));
    return this;
  }

  setNotes(notes: (string | null)[][]): FakeRange {
    this.record('setNotes', this.cells);
    this.checkShape(notes, 'SpreadsheetApp.Range.setNotes');
    this.setCells(this.sheet.data.notes, notes, (n) =>
      n === null || n === '' ? undefined : String(n),
    );
    return this;
  }

  getNote(): string {
    this.record('getNote');
    return this.sheet.data.notes.get(this.row, this.column) ?? '';
  }

  getNotes(): string[][] {
    this.record('getNotes', this.cells);
    return this.mapCells(this.sheet.data.notes, (n) => n ?? '');
  }

  clearNote(): FakeRange {
    this.record('clearNote', this.cells);
    this.setRect(this.sheet.data.notes, undefined);
    return this;
  }

  // ---- data validation ----

  setDataValidation(rule: FakeDataValidation | null): FakeRange {
    this.record('setDataValidation', this.cells);
    this.setRect(this.sheet.data.validations, rule ?? undefined);
    return this;
  }

  setDataValidations(rules: (FakeDataValidation | null)[][]): FakeRange {
    this.record('setDataValidations', this.cells);
    this.checkShape(rules, 'SpreadsheetApp.Range.setDataValidations');
    this.setCells(this.sheet.data.validations, rules, (r) => r ?? undefined);
    return this;
  }

  getDataValidation(): FakeDataValidation | null {
    this.record('getDataValidation');
    return (
      (this.sheet.data.validations.get(this.row, this.column) as FakeDataValidation | undefined) ??
      null
    );
  }

  getDataValidations(): (FakeDataValidation | null)[][] {
    this.record('getDataValidations', this.cells);
    return this.mapCells(
      this.sheet.data.validations,
      (r) => (r as FakeDataValidation | undefined) ?? null,
    );
  }

  clearDataValidations(): FakeRange {
    this.record('clearDataValidations', this.cells);
    this.setRect(this.sheet.data.validations, undefined);
    return this;
  }

  // ---- protection ----

  protect(): FakeProtection {
    this.record('protect');
    return this.sheet.spreadsheet.addProtection('RANGE', this.sheet, this);
  }

  // ---- helpers ----

  private readForScript(): unknown[][] {
    const rows = this.sheet.data.rows;
    const out: unknown[][] = new Array(this.numRows);
    const c0 = this.column - 1;
    for (let i = 0; i < this.numRows; i += 1) {
      const src = rows[this.row - 1 + i];
      const dst: unknown[] = new Array(this.numColumns);
      for (let j = 0; j < this.numColumns; j += 1) {
        const v = src === undefined ? undefined : src[c0 + j];
        dst[j] = v === undefined ? '' : typeof v === 'object' ? this.toScript(v) : v;
      }
      out[i] = dst;
    }
    return out;
  }

  private toScript(v: StoredValue): unknown {
    if (v instanceof DateCell) return new this.sheet.ctx.ScriptDate(v.ms);
    if (v instanceof FormulaCell) return v.value;
    return v;
  }

  private parseFormula(f: unknown): StoredValue {
    const text = f === null || f === undefined ? '' : String(f);
    if (text.startsWith('=') && text.length > 1) return new FormulaCell(text, FORMULA_PLACEHOLDER);
    return parseTypedString(text, false, this.sheet.timeZone());
  }

  private filled<T>(value: T): T[][] {
    const out: T[][] = [];
    for (let i = 0; i < this.numRows; i += 1) out.push(new Array<T>(this.numColumns).fill(value));
    return out;
  }

  private checkShape(values: unknown, method: string): asserts values is unknown[][] {
    if (!Array.isArray(values)) throw new Error(MSG.badSignature([values], method));
    if (values.length !== this.numRows)
      throw new Error(MSG.rowsMismatch(values.length, this.numRows));
    for (const row of values) {
      if (!Array.isArray(row)) throw new Error(MSG.badSignature([values], method));
      if (row.length !== this.numColumns)
        throw new Error(MSG.columnsMismatch(row.length, this.numColumns));
    }
  }

  /** Parses each cell with the cell's number format, enforces rejecting validations, writes. */
  private writeParsed<T>(
    parse: (v: T, format: string | undefined) => StoredValue,
    values: T[][],
  ): void {
    const data = this.sheet.data;
    const [r2, c2] = [this.lastRowIndex, this.lastColumnIndex];
    const formats = data.numberFormats.query(this.row, this.column, r2, c2);
    const parsed: StoredValue[][] = new Array(values.length);
    for (let i = 0; i < values.length; i += 1) {
      const src = values[i];
      const dst: StoredValue[] = new Array(src.length);
      for (let j = 0; j < src.length; j += 1) {
        const format =
          formats.length === 0
            ? undefined
            : SparseGrid.lookup(formats, this.row + i, this.column + j);
        dst[j] = parse(src[j], format);
      }
      parsed[i] = dst;
    }
    this.sheet.enforceValidations(this.row, this.column, parsed);
    data.write(this.row, this.column, parsed);
  }

  private setRect<T>(grid: SparseGrid<T>, value: T | undefined): void {
    grid.set(this.row, this.column, this.lastRowIndex, this.lastColumnIndex, value);
  }

  private setCells<T, S>(
    grid: SparseGrid<T>,
    values: S[][],
    convert: (v: S) => T | undefined,
  ): void {
    for (let i = 0; i < values.length; i += 1) {
      for (let j = 0; j < values[i].length; j += 1) {
        const r = this.row + i;
        const c = this.column + j;
        grid.set(r, c, r, c, convert(values[i][j]));
      }
    }
  }

  private mapCells<T, S>(grid: SparseGrid<T>, convert: (v: T | undefined) => S): S[][] {
    const entries: GridEntry<T>[] = grid.query(
      this.row,
      this.column,
      this.lastRowIndex,
      this.lastColumnIndex,
    );
    const out: S[][] = [];
    for (let i = 0; i < this.numRows; i += 1) {
      const row: S[] = new Array(this.numColumns);
      for (let j = 0; j < this.numColumns; j += 1)
        row[j] = convert(SparseGrid.lookup(entries, this.row + i, this.column + j));
      out.push(row);
    }
    return out;
  }

  private setStyle(
    method: string,
    property: StyleProperty,
    value: string | boolean | null,
  ): FakeRange {
    this.record(method, this.cells);
    this.setRect(this.sheet.data.style(property), value === null ? undefined : value);
    return this;
  }
}
