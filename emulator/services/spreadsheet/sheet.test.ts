import { setup } from './test-setup';

describe('Sheet.getRange validation', () => {
  it('throws the real messages for bad coordinates', () => {
    const { sheet } = setup();
    expect(() => sheet.getRange(0, 1)).toThrow('The starting row of the range is too small.');
    expect(() => sheet.getRange(1, 0)).toThrow('The starting column of the range is too small.');
    expect(() => sheet.getRange(1, 1, 0, 1)).toThrow(
      'The number of rows in the range must be at least 1.',
    );
    expect(() => sheet.getRange(1, 1, 1, 0)).toThrow(
      'The number of columns in the range must be at least 1.',
    );
    expect(() => sheet.getRange(1001, 1)).toThrow(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );
    expect(() => sheet.getRange(1, 1, 1, 27)).toThrow(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );
    expect(() => sheet.getRange(undefined as unknown as number, 1)).toThrow(
      "The parameters (null,number) don't match the method signature for SpreadsheetApp.Sheet.getRange.",
    );
  });

  it('understands open-ended A1 ranges', () => {
    const { sheet } = setup();
    expect(sheet.getRange('A2:C').getA1Notation()).toBe('A2:C1000');
    expect(sheet.getRange('B:B').getNumRows()).toBe(1000);
    expect(sheet.getRange('2:5').getNumColumns()).toBe(26);
    expect(() => sheet.getRange('not a range')).toThrow('Range not found');
  });
});

describe('Sheet rows, last row and growth', () => {
  it('new sheet is 1000 x 26 and empty: getLastRow 0, data range A1', () => {
    const { sheet } = setup();
    expect([sheet.getMaxRows(), sheet.getMaxColumns()]).toEqual([1000, 26]);
    expect(sheet.getLastRow()).toBe(0);
    expect(sheet.getLastColumn()).toBe(0);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1');
  });

  it('appendRow appends below the last row with content', () => {
    const { sheet } = setup();
    sheet.getRange('A1:C1').setValues([['Name', 'Email', 'Joined']]);
    sheet.getRange('E5').setNumberFormat('0.00'); // formatting is not content
    sheet.appendRow(['Ann', 'ann@example.org', '2026-01-05']);
    sheet.appendRow(['Bo']);
    expect(sheet.getLastRow()).toBe(3);
    expect(sheet.getLastColumn()).toBe(3);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:C3');
    expect(sheet.getRange('A3').getValue()).toBe('Bo');
  });

  it('appendRow grows the grid past the last row and past the last column', () => {
    const { sheet } = setup();
    sheet.getRange(1000, 1).setValue('last');
    sheet.appendRow(new Array(30).fill('x'));
    expect(sheet.getMaxRows()).toBe(1001);
    expect(sheet.getMaxColumns()).toBe(30);
    expect(sheet.getRange(1001, 30).getValue()).toBe('x');
  });

  it('insertRowsAfter shifts data down and grows the grid', () => {
    const { sheet } = setup();
    sheet.getRange('A1:A3').setValues([['h'], ['a'], ['b']]);
    sheet.getRange('A2').setNote('note on a');
    sheet.insertRowsAfter(1, 2);
    expect(sheet.getMaxRows()).toBe(1002);
    expect(sheet.getRange('A1:A5').getValues()).toEqual([['h'], [''], [''], ['a'], ['b']]);
    expect(sheet.getRange('A4').getNote()).toBe('note on a');
    sheet.insertRowBefore(1);
    expect(sheet.getRange('A2').getValue()).toBe('h');
  });

  it('deleteRow(s) shift data up; getLastRow follows', () => {
    const { sheet } = setup();
    sheet.getRange('A1:A4').setValues([['h'], ['a'], ['b'], ['c']]);
    sheet.deleteRow(2);
    expect(sheet.getRange('A1:A3').getValues()).toEqual([['h'], ['b'], ['c']]);
    sheet.deleteRows(2, 2);
    expect(sheet.getLastRow()).toBe(1);
    expect(sheet.getMaxRows()).toBe(997);
    expect(() => sheet.deleteRows(990, 10)).toThrow('Those rows are out of bounds.');
    expect(() => sheet.deleteRows(1, 997)).toThrow(
      'Sorry, it is not possible to delete all non-frozen rows.',
    );
  });

  it('getLastRow drops after clearing the last rows', () => {
    const { sheet } = setup();
    sheet.getRange('A1:A3').setValues([['h'], ['a'], ['b']]);
    sheet.getRange('A3').clearContent();
    expect(sheet.getLastRow()).toBe(2);
    sheet.getRange('A2').setValue('');
    expect(sheet.getLastRow()).toBe(1);
  });

  it('insertColumnAfter and deleteColumn shift cells sideways', () => {
    const { sheet } = setup();
    sheet.getRange('A1:C1').setValues([['a', 'b', 'c']]);
    sheet.setColumnWidth(2, 250);
    sheet.insertColumnAfter(1);
    expect(sheet.getRange('A1:D1').getValues()).toEqual([['a', '', 'b', 'c']]);
    expect(sheet.getMaxColumns()).toBe(27);
    expect(sheet.getColumnWidth(3)).toBe(250);
    sheet.deleteColumn(1);
    expect(sheet.getRange('A1:C1').getValues()).toEqual([['', 'b', 'c']]);
    expect(sheet.getLastColumn()).toBe(3);
  });

  it('clear and clearContents', () => {
    const { sheet } = setup();
    sheet.getRange('A1').setValue('x').setFontWeight('bold');
    sheet.clearContents();
    expect(sheet.getLastRow()).toBe(0);
    expect(sheet.getRange('A1').getFontWeight()).toBe('bold');
    sheet.clear();
    expect(sheet.getRange('A1').getFontWeight()).toBe('normal');
  });
});

describe('Sheet layout and identity', () => {
  it('frozen rows, widths, hide, tab colour, names, index', () => {
    const { sheet, ss } = setup();
    sheet.setFrozenRows(1);
    expect(sheet.getFrozenRows()).toBe(1);
    sheet.setColumnWidths(1, 3, 180);
    expect(sheet.getColumnWidth(2)).toBe(180);
    expect(sheet.getColumnWidth(9)).toBe(100);
    const other = ss.insertSheet('Members');
    sheet.hideSheet();
    expect(sheet.isSheetHidden()).toBe(true);
    expect(() => other.hideSheet()).toThrow("You can't hide all the sheets in a document.");
    expect(other.getIndex()).toBe(2);
    expect(sheet.getSheetId()).toBe(0);
    expect(() => other.setName('sheet1')).toThrow(
      'A sheet with the name "sheet1" already exists. Please enter another name.',
    );
    other.setName('People');
    expect(ss.getSheetByName('People')).toBe(other);
    sheet.autoResizeColumns(1, 2);
    expect(sheet.getFormUrl()).toBeNull();
  });
});
