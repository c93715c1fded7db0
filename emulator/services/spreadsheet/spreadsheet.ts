/**
 * Spreadsheet: the workbook, its sheets, time zone, protections and toasts.
 * https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet
 */
import { EmulatorContext } from '../../core/context';
import { parseA1 } from './a1-notation';
import { Faked } from './gas-types';
import { MSG } from './messages';
import { FakeProtection, ProtectionTypeName } from './protection';
import { FakeRange } from './range';
import { FakeSheet } from './sheet';
import { UiRecorder } from './ui';

type Real = GoogleAppsScript.Spreadsheet.Spreadsheet;

type DataMethods =
  | 'getId'
  | 'getName'
  | 'getUrl'
  | 'getNumSheets'
  | 'getSpreadsheetTimeZone'
  | 'setSpreadsheetTimeZone'
  | 'toast'
  | 'getFormUrl'
  | 'deleteSheet';

const SERVICE = 'SpreadsheetApp';

export class FakeSpreadsheet implements Faked<
  Real,
  | DataMethods
  | 'rename'
  | 'getSheets'
  | 'getSheetByName'
  | 'getSheetById'
  | 'insertSheet'
  | 'getActiveSheet'
  | 'setActiveSheet'
  | 'moveActiveSheet'
  | 'getRange'
  | 'getProtections'
> {
  readonly sheets: FakeSheet[] = [];
  /**
   * Tabs another service added (a form's response tab) that the script's view of this
   * spreadsheet does not show yet: they appear after SpreadsheetApp.flush(), on re-opening the
   * spreadsheet (openById/openByUrl) or in the next execution. Public scripts flush and re-open
   * before looking for a new response tab (APPS-SCRIPT-NOTES.md, "The new response tab"); the
   * stricter reading is modelled: until then getSheets() and getSheetByName() do not see it.
   */
  private readonly unflushed = new Set<FakeSheet>();
  activeSheet: FakeSheet;
  timeZone: string;
  private readonly protections: FakeProtection[] = [];
  private readonly protectionSheets = new Map<FakeProtection, FakeSheet>();
  private nextSheetId = 0;
  private chartCounter = 0;

  constructor(
    readonly ctx: EmulatorContext,
    private readonly recorder: UiRecorder,
    readonly id: string,
    public name: string,
  ) {
    this.timeZone = ctx.timeZone;
    this.activeSheet = this.addSheetInternal('Sheet1', 0);
  }

  private record(method: string): void {
    this.ctx.meter.record(SERVICE, `Spreadsheet.${method}`);
  }

  getId(): string {
    this.record('getId');
    return this.id;
  }

  getName(): string {
    this.record('getName');
    return this.name;
  }

  rename(newName: string): void {
    this.record('rename');
    this.name = String(newName);
  }

  getUrl(): string {
    this.record('getUrl');
    return this.url();
  }

  /** Emulator-side URL (uncounted). */
  url(): string {
    return `https://docs.google.com/spreadsheets/d/${this.id}/edit`;
  }

  getSheets(): FakeSheet[] {
    this.record('getSheets');
    return this.scriptVisibleSheets();
  }

  getNumSheets(): number {
    this.record('getNumSheets');
    return this.scriptVisibleSheets().length;
  }

  getSheetByName(name: string): FakeSheet | null {
    this.record('getSheetByName');
    const sheet = this.sheetByName(String(name));
    return sheet && !this.unflushed.has(sheet) ? sheet : null;
  }

  getSheetById(id: number): FakeSheet | null {
    this.record('getSheetById');
    return this.scriptVisibleSheets().find((s) => s.sheetId === id) ?? null;
  }

  /** Emulator-internal: a tab another service just added, hidden from the script until flushed. */
  addUnflushedSheet(sheet: FakeSheet): void {
    this.unflushed.add(sheet);
  }

  /** Emulator-internal: flush, re-open or a new execution shows the tabs added meanwhile. */
  revealAddedSheets(): void {
    this.unflushed.clear();
  }

  private scriptVisibleSheets(): FakeSheet[] {
    return this.sheets.filter((s) => !this.unflushed.has(s));
  }

  /** Emulator-side lookup (uncounted). */
  sheetByName(name: string): FakeSheet | null {
    return this.sheets.find((s) => s.name === name) ?? null;
  }

  insertSheet(nameOrIndex?: string | number | object, indexOrOptions?: number | object): FakeSheet {
    this.record('insertSheet');
    let name: string | undefined;
    let index = this.sheets.length;
    if (typeof nameOrIndex === 'string') name = nameOrIndex;
    else if (typeof nameOrIndex === 'number') index = nameOrIndex;
    if (typeof indexOrOptions === 'number') index = indexOrOptions;
    if (name === undefined) {
      let n = this.sheets.length + 1;
      while (this.sheetByNameInsensitive(`Sheet${n}`)) n += 1;
      name = `Sheet${n}`;
    }
    const sheet = this.addSheetInternal(name, index);
    // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#insertsheetsheetname
    // "The new sheet becomes the active sheet."
    this.activeSheet = sheet;
    return sheet;
  }

  /** Emulator-internal: adds a sheet (0-based index) without metering or activating it. */
  addSheetInternal(name: string, index: number): FakeSheet {
    this.assertNameFree(name, null);
    const sheet = new FakeSheet(
      this.ctx,
      this,
      name,
      this.nextSheetId === 0 ? 0 : 1_000_000 + this.nextSheetId * 7919,
    );
    this.nextSheetId += 1;
    const at = Math.max(0, Math.min(Math.trunc(index), this.sheets.length));
    this.sheets.splice(at, 0, sheet);
    return sheet;
  }

  deleteSheet(sheet: FakeSheet): void {
    this.record('deleteSheet');
    const i = this.sheets.indexOf(sheet);
    if (i < 0) throw new Error(MSG.sheetDeleted(sheet.name));
    if (this.sheets.length === 1) throw new Error(MSG.deleteLastSheet);
    this.sheets.splice(i, 1);
    sheet.deleted = true;
    for (const p of this.protections) if (this.protectionSheets.get(p) === sheet) p.removed = true;
    if (this.activeSheet === sheet) this.activeSheet = this.sheets[Math.max(0, i - 1)];
  }

  /** Emulator-internal: renames with the duplicate check (sheet names are case-insensitive). */
  renameSheet(sheet: FakeSheet, name: string): void {
    this.assertNameFree(name, sheet);
    sheet.name = name;
  }

  getActiveSheet(): FakeSheet {
    this.record('getActiveSheet');
    return this.activeSheet;
  }

  setActiveSheet(sheet: FakeSheet): FakeSheet {
    this.record('setActiveSheet');
    this.activeSheet = sheet;
    return sheet;
  }

  /**
   * "Moves the active sheet to the given position in the list of sheets. Throws an exception if
   * the position is negative or greater than the number of sheets." Positions are 1-based; 0 is
   * refused too (the stricter reading: no sheet can stand before the first).
   * https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#moveActiveSheet(Integer)
   */
  moveActiveSheet(pos: number): void {
    this.record('moveActiveSheet');
    const position = Math.trunc(Number(pos));
    if (!(position >= 1 && position <= this.sheets.length)) {
      throw new Error(MSG.sheetPositionOutOfRange(position, this.sheets.length));
    }
    const from = this.sheets.indexOf(this.activeSheet);
    this.sheets.splice(from, 1);
    this.sheets.splice(position - 1, 0, this.activeSheet);
  }

  getRange(a1Notation: string): FakeRange {
    this.record('getRange');
    const ref = parseA1(String(a1Notation));
    if (!ref) throw new Error(MSG.rangeNotFound);
    const named = ref.sheetName === undefined ? null : this.sheetByName(ref.sheetName);
    const sheet =
      ref.sheetName === undefined
        ? this.activeSheet
        : named && !this.unflushed.has(named)
          ? named
          : null;
    if (!sheet) throw new Error(MSG.rangeNotFound);
    const bare = a1Notation.slice(a1Notation.lastIndexOf('!') + 1);
    return sheet.rangeFromA1(bare);
  }

  getSpreadsheetTimeZone(): string {
    this.record('getSpreadsheetTimeZone');
    return this.timeZone;
  }

  setSpreadsheetTimeZone(timezone: string): void {
    this.record('setSpreadsheetTimeZone');
    this.timeZone = String(timezone);
  }

  toast(msg: string, title?: string, timeoutSeconds?: number | null): void {
    this.record('toast');
    this.recorder.toasts.push({
      spreadsheetId: this.id,
      message: String(msg),
      title: title === undefined ? '' : String(title),
      timeoutSeconds: timeoutSeconds === undefined || timeoutSeconds === null ? 5 : timeoutSeconds,
    });
  }

  getFormUrl(): string | null {
    this.record('getFormUrl');
    return this.sheets.find((s) => s.formUrl !== null)?.formUrl ?? null;
  }

  getProtections(type: GoogleAppsScript.Spreadsheet.ProtectionType): FakeProtection[] {
    this.record('getProtections');
    return this.protectionsOf(String(type) as ProtectionTypeName);
  }

  // ---- emulator-internal ----

  protectionsOf(type: ProtectionTypeName, sheet?: FakeSheet): FakeProtection[] {
    return this.protections.filter(
      (p) =>
        !p.removed &&
        p.type === type &&
        (sheet === undefined || this.protectionSheets.get(p) === sheet),
    );
  }

  /** Range.protect() adds a protection; Sheet.protect() returns the sheet's existing one if any. */
  addProtection(
    type: ProtectionTypeName,
    sheet: FakeSheet,
    range: FakeRange | null,
  ): FakeProtection {
    if (type === 'SHEET') {
      const [existing] = this.protectionsOf('SHEET', sheet);
      if (existing) return existing;
    }
    const protection = new FakeProtection(
      this.ctx,
      type,
      {
        sheetName: () => sheet.name,
        range: () => range ?? new FakeRange(sheet, 1, 1, sheet.data.maxRows, sheet.data.maxColumns),
      },
      (p) => {
        const i = this.protections.indexOf(p);
        if (i >= 0) this.protections.splice(i, 1);
      },
    );
    this.protections.push(protection);
    this.protectionSheets.set(protection, sheet);
    return protection;
  }

  nextChartId(): number {
    this.chartCounter += 1;
    return this.chartCounter;
  }

  private sheetByNameInsensitive(name: string): FakeSheet | undefined {
    const lower = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === lower);
  }

  private assertNameFree(name: string, self: FakeSheet | null): void {
    const clash = this.sheetByNameInsensitive(name);
    if (clash && clash !== self) throw new Error(MSG.sheetExists(name));
  }
}
