import { setup } from './test-setup';

describe('Range values', () => {
  it('getValues returns exactly the range size, empty cells as ""', () => {
    const { sheet } = setup();
    sheet.getRange('B2').setValue('x');
    expect(sheet.getRange(1, 1, 3, 3).getValues()).toEqual([
      ['', '', ''],
      ['', 'x', ''],
      ['', '', ''],
    ]);
  });

  it('round-trips numbers, booleans and Dates typed; Dates come back as ScriptDate', () => {
    const { sheet, ctx } = setup();
    const when = new Date(Date.UTC(2026, 2, 1, 18, 30));
    sheet.getRange(1, 1, 1, 4).setValues([[3.5, true, when, 'text']]);
    const [[n, b, d, s]] = sheet.getRange('A1:D1').getValues();
    expect(n).toBe(3.5);
    expect(b).toBe(true);
    expect(d).toBeInstanceOf(ctx.ScriptDate);
    expect((d as Date).getTime()).toBe(when.getTime());
    expect(s).toBe('text');
    expect(sheet.getRange('A1').getValue()).toBe(3.5);
  });

  it('accepts Dates and arrays from another vm realm', () => {
    const { sheet } = setup();
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const vm = require('node:vm') as typeof import('node:vm');
    const foreign = vm.runInNewContext('[[new Date(Date.UTC(2026, 0, 5)), 1]]') as unknown[][];
    sheet.getRange(1, 1, 1, 2).setValues(foreign);
    expect((sheet.getRange('A1').getValue() as Date).getTime()).toBe(Date.UTC(2026, 0, 5));
  });

  it("throws Google's messages when the data does not match the range", () => {
    const { sheet } = setup();
    expect(() => sheet.getRange(1, 1, 2, 2).setValues([[1, 2]])).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
    );
    expect(() => sheet.getRange(1, 1, 1, 4).setValues([[1, 2, 3, 4, 5]])).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 5 but the range has 4.',
    );
  });

  it('setValue on a multi-cell range fills every cell', () => {
    const { sheet } = setup();
    sheet.getRange('A1:B2').setValue(0);
    expect(sheet.getRange('A1:B2').getValues()).toEqual([
      [0, 0],
      [0, 0],
    ]);
  });

  it('display values are strings in the spreadsheet time zone', () => {
    const { sheet, ss } = setup();
    ss.setSpreadsheetTimeZone('America/New_York');
    sheet
      .getRange(1, 1, 1, 5)
      .setValues([
        [
          1000000,
          false,
          new Date(Date.UTC(2026, 0, 5, 5)),
          new Date(Date.UTC(2026, 0, 5, 15, 7, 1)),
          '',
        ],
      ]);
    expect(sheet.getRange('A1:E1').getDisplayValues()).toEqual([
      ['1000000', 'FALSE', '1/5/2026', '1/5/2026 10:07:01', ''],
    ]);
    sheet.getRange('C1').setNumberFormat('yyyy-mm-dd');
    expect(sheet.getRange('C1').getDisplayValue()).toBe('2026-01-05');
  });
});

describe('formula vs text semantics (USER_ENTERED)', () => {
  it('stores "=..." as a formula: getFormulas has it, getValues shows #NAME?', () => {
    const { sheet } = setup();
    sheet.getRange('A1').setValue('=HYPERLINK("http://x","y")');
    expect(sheet.getRange('A1').getFormula()).toBe('=HYPERLINK("http://x","y")');
    expect(sheet.getRange('A1').getValue()).toBe('#NAME?');
  });

  it('keeps member text verbatim in a plain-text (@) column', () => {
    const { sheet } = setup();
    sheet.getRange('B:B').setNumberFormat('@');
    sheet.getRange(2, 1, 1, 2).setValues([['=1+1', '=IMPORTXML("http://evil")']]);
    expect(sheet.getRange('A2:B2').getFormulas()).toEqual([['=1+1', '']]);
    expect(sheet.getRange('B2').getValue()).toBe('=IMPORTXML("http://evil")');
    expect(sheet.getRange('B2').getDisplayValue()).toBe('=IMPORTXML("http://evil")');
  });

  it('an apostrophe prefix makes text and is not kept', () => {
    const { sheet } = setup();
    sheet.getRange('A1').setValue("'=1+1");
    expect(sheet.getRange('A1').getValue()).toBe('=1+1');
    expect(sheet.getRange('A1').getDisplayValue()).toBe('=1+1');
    expect(sheet.getRange('A1').getFormula()).toBe('');
  });

  it('converts numeric, boolean and date-looking text unless the format is @', () => {
    const { sheet } = setup();
    sheet.getRange(1, 1, 1, 3).setValues([['1,000,000', 'true', '2026-01-05']]);
    const [[n, b, d]] = sheet.getRange('A1:C1').getValues();
    expect(n).toBe(1000000);
    expect(b).toBe(true);
    expect(Object.prototype.toString.call(d)).toBe('[object Date]');
    sheet
      .getRange('A2:C2')
      .setNumberFormat('@')
      .setValues([['1,000,000', 'true', '2026-01-05']]);
    expect(sheet.getRange('A2:C2').getValues()).toEqual([['1,000,000', 'true', '2026-01-05']]);
  });

  it('reads "- text" as a failed formula (#ERROR!)', () => {
    const { sheet } = setup();
    sheet.getRange('A1').setValue('- I felt better');
    expect(sheet.getRange('A1').getValue()).toBe('#ERROR!');
    expect(sheet.getRange('A1').getFormula()).toBe('=- I felt better');
  });

  it('setFormula(s) store formulas', () => {
    const { sheet } = setup();
    sheet.getRange('A1:B1').setFormulas([['=1', '=A1*2']]);
    expect(sheet.getRange('A1:B1').getFormulas()).toEqual([['=1', '=A1*2']]);
  });
});

describe('Range geometry and helpers', () => {
  it('reports its position and A1 notation', () => {
    const { sheet } = setup();
    const r = sheet.getRange(2, 3, 4, 2);
    expect([
      r.getRow(),
      r.getColumn(),
      r.getNumRows(),
      r.getNumColumns(),
      r.getLastRow(),
      r.getLastColumn(),
    ]).toEqual([2, 3, 4, 2, 5, 4]);
    expect(r.getA1Notation()).toBe('C2:D5');
    expect(r.getSheet()).toBe(sheet);
    expect(r.offset(1, -1).getA1Notation()).toBe('B3:C6');
    expect(r.offset(0, 0, 1, 1).getA1Notation()).toBe('C2');
    expect(() => r.offset(-5, 0)).toThrow('The starting row of the range is too small.');
  });

  it('isBlank, clear and clearContent', () => {
    const { sheet } = setup();
    const r = sheet.getRange('A1:B2');
    expect(r.isBlank()).toBe(true);
    r.setValues([
      [1, 2],
      [3, 4],
    ]).setNumberFormat('0.00');
    expect(r.isBlank()).toBe(false);
    r.clearContent();
    expect(r.isBlank()).toBe(true);
    expect(r.getNumberFormat()).toBe('0.00');
    r.clear();
    expect(r.getNumberFormat()).toBe('0.###############');
  });

  it('records number formats, styles and notes', () => {
    const { sheet } = setup();
    sheet
      .getRange('A1:C1')
      .setFontWeight('bold')
      .setBackground('#eeeeee')
      .setHorizontalAlignment('center')
      .setWrap(true);
    sheet.getRange('B2').setNote('Computed by the script');
    sheet.getRange('A2:A3').setNumberFormats([['0.00'], ['@']]);
    expect(sheet.getRange('B1').getFontWeight()).toBe('bold');
    expect(sheet.getRange('B1').getBackground()).toBe('#eeeeee');
    expect(sheet.getRange('A2').getFontWeight()).toBe('normal');
    expect(sheet.getRange('B2').getNote()).toBe('Computed by the script');
    expect(sheet.getRange('A2:A3').getNumberFormats()).toEqual([['0.00'], ['@']]);
    const inspection = sheet.inspect();
    expect(inspection.styles).toEqual(
      expect.arrayContaining([{ property: 'fontWeight', a1: 'A1:C1', value: 'bold' }]),
    );
    expect(inspection.notes).toEqual([{ a1: 'B2', note: 'Computed by the script' }]);
  });
});
