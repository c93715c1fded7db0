import { DateCell, FormulaCell, parseTypedString, parseWrittenValue } from './cell-values';
import { columnToLetters, formatA1, lettersToColumn, parseA1 } from './a1-notation';
import { displayValue } from './number-format';

const TZ = 'Europe/London';

describe('USER_ENTERED parsing of written strings', () => {
  it.each([
    ['42', 42],
    ['1,000,000', 1000000],
    ['3.5', 3.5],
    ['-2', -2],
    ['+5', 5],
    ['50%', 0.5],
    ['007', 7],
  ])('%s becomes the number %p', (text, n) => {
    expect(parseTypedString(text, false, TZ)).toBe(n);
  });

  it('turns TRUE/false into booleans in any case', () => {
    expect(parseTypedString('TRUE', false, TZ)).toBe(true);
    expect(parseTypedString('false', false, TZ)).toBe(false);
  });

  it('turns ISO and US dates into midnight in the spreadsheet time zone', () => {
    const iso = parseTypedString('2026-07-05', false, TZ) as DateCell;
    expect(iso).toBeInstanceOf(DateCell);
    expect(new Date(iso.ms).toISOString()).toBe('2026-07-04T23:00:00.000Z'); // BST
    const us = parseTypedString('1/5/2026', false, 'America/New_York') as DateCell;
    expect(new Date(us.ms).toISOString()).toBe('2026-01-05T05:00:00.000Z');
  });

  it('reads a time of day as a date-time on 30 Dec 1899', () => {
    const t = parseTypedString('19:30', false, 'UTC') as DateCell;
    expect(new Date(t.ms).toISOString()).toBe('1899-12-30T19:30:00.000Z');
  });

  it('stores =... as a formula whose value is #NAME?', () => {
    const f = parseTypedString('=SUM(A1:A3)', false, TZ) as FormulaCell;
    expect(f).toEqual(new FormulaCell('=SUM(A1:A3)', '#NAME?'));
  });

  it('reads +text and -text as a failed formula (#ERROR!)', () => {
    expect(parseTypedString('- bring snacks', false, TZ)).toEqual(
      new FormulaCell('=- bring snacks', '#ERROR!'),
    );
    expect(parseTypedString('+1 for me', false, TZ)).toEqual(
      new FormulaCell('=+1 for me', '#ERROR!'),
    );
  });

  it('strips a leading apostrophe and keeps the rest as text', () => {
    expect(parseTypedString("'=1+1", false, TZ)).toBe('=1+1');
    expect(parseTypedString("'42", false, TZ)).toBe('42');
  });

  it('keeps everything verbatim in a plain-text (@) cell', () => {
    for (const text of ['=1+1', '42', 'TRUE', '2026-01-05', '-foo']) {
      expect(parseWrittenValue(text, '@', TZ)).toBe(text);
    }
  });

  it('stores JS values typed and null/undefined as empty', () => {
    expect(parseWrittenValue(7, undefined, TZ)).toBe(7);
    expect(parseWrittenValue(false, undefined, TZ)).toBe(false);
    expect(parseWrittenValue(null, undefined, TZ)).toBe('');
    expect(parseWrittenValue(undefined, undefined, TZ)).toBe('');
    expect(parseWrittenValue(new Date(5), undefined, TZ)).toEqual(new DateCell(5));
    expect(parseWrittenValue('hello', undefined, TZ)).toBe('hello');
  });
});

describe('display values', () => {
  it('formats numbers, booleans and dates like Sheets (en-US)', () => {
    expect(displayValue(1000000, undefined, TZ)).toBe('1000000');
    expect(displayValue(1 / 3, undefined, TZ)).toBe('0.3333333333');
    expect(displayValue(true, undefined, TZ)).toBe('TRUE');
    expect(displayValue(1234.5, '#,##0.00', TZ)).toBe('1,234.50');
    expect(displayValue(0.256, '0.0%', TZ)).toBe('25.6%');
    const midnight = new DateCell(Date.UTC(2026, 0, 5));
    expect(displayValue(midnight, undefined, TZ)).toBe('1/5/2026');
    const later = new DateCell(Date.UTC(2026, 6, 5, 13, 4, 9));
    expect(displayValue(later, undefined, TZ)).toBe('7/5/2026 14:04:09');
    expect(displayValue(later, 'yyyy-mm-dd hh:mm', TZ)).toBe('2026-07-05 14:04');
    expect(displayValue(later, 'dddd d mmmm yyyy', TZ)).toBe('Sunday 5 July 2026');
    expect(displayValue(later, 'h:mm am/pm', TZ)).toBe('2:04 pm');
  });
});

describe('A1 notation', () => {
  it('converts columns both ways', () => {
    expect(columnToLetters(1)).toBe('A');
    expect(columnToLetters(27)).toBe('AA');
    expect(lettersToColumn('AZ')).toBe(52);
    expect(formatA1(2, 3, 4, 2)).toBe('C2:D5');
  });

  it('parses cells, open ranges and sheet names', () => {
    expect(parseA1('B3')).toEqual({
      startRow: 3,
      startColumn: 2,
      endRow: 3,
      endColumn: 2,
      sheetName: undefined,
    });
    expect(parseA1("'My tab'!A1:C")).toEqual({
      sheetName: 'My tab',
      startRow: 1,
      startColumn: 1,
      endRow: undefined,
      endColumn: 3,
    });
    expect(parseA1('A:A')).toEqual({ sheetName: undefined, startColumn: 1, endColumn: 1 });
    expect(parseA1('2:5')).toEqual({ sheetName: undefined, startRow: 2, endRow: 5 });
    expect(parseA1('nonsense!')).toBeNull();
    expect(parseA1('A0')).toBeNull();
  });
});
