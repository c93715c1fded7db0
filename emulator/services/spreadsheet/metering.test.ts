import { setup } from './test-setup';

describe('metering', () => {
  it('each public call increments exactly one count', () => {
    const { app, ctx } = setup();
    ctx.meter.reset();
    const sheet = app.getActiveSpreadsheet().getSheetByName('Sheet1')!;
    const range = sheet.getRange(1, 1, 2, 2);
    range.setValues([
      [1, 2],
      [3, 4],
    ]);
    range.getValues();
    sheet.appendRow(['x']);
    expect(ctx.meter.snapshot()).toEqual({
      'SpreadsheetApp.Range.getValues': 1,
      'SpreadsheetApp.Range.setValues': 1,
      'SpreadsheetApp.Sheet.appendRow': 1,
      'SpreadsheetApp.Sheet.getRange': 1,
      'SpreadsheetApp.Spreadsheet.getSheetByName': 1,
      'SpreadsheetApp.SpreadsheetApp.getActiveSpreadsheet': 1,
    });
    expect(ctx.meter.total()).toBe(6);
  });

  it('range reads and writes are charged per cell', () => {
    const { sheet, ctx } = setup();
    const range = sheet.getRange(1, 1, 100, 10);
    const before = ctx.meter.chargedMs;
    range.getValues();
    expect(ctx.meter.chargedMs - before).toBeCloseTo(10 + 1000 * 0.0005, 6);
  });

  it('an injected fault throws at the chosen call and the write does not happen', () => {
    const { sheet, ctx } = setup();
    ctx.meter.injectFault({
      service: 'SpreadsheetApp',
      method: 'Range.setValues',
      nth: 2,
      message: 'Service Spreadsheets failed while accessing document.',
    });
    sheet.getRange('A1').setValues([['first']]);
    expect(() => sheet.getRange('A2').setValues([['second']])).toThrow(
      'Service Spreadsheets failed while accessing document.',
    );
    sheet.getRange('A3').setValues([['third']]);
    expect(sheet.getRange('A1:A3').getValues()).toEqual([['first'], [''], ['third']]);
  });

  it('a fault fires `times` times in a row, on every method of a service when none is named', () => {
    const { sheet, ctx } = setup();
    ctx.meter.injectFault({ service: 'SpreadsheetApp', times: 2, message: 'Service timed out' });
    expect(() => sheet.getRange('A1')).toThrow('Service timed out');
    expect(() => sheet.getLastRow()).toThrow('Service timed out');
    expect(sheet.getLastRow()).toBe(0);
    ctx.meter.injectFault({ service: 'SpreadsheetApp', message: 'again' });
    ctx.meter.clearFaults();
    expect(sheet.getLastRow()).toBe(0);
  });

  it('internal work is neither counted, charged nor faulted', () => {
    const { sheet, ctx } = setup();
    ctx.meter.reset();
    ctx.meter.injectFault({ service: 'SpreadsheetApp', message: 'boom' });
    ctx.meter.internal(() => sheet.getRange(1, 1, 10, 10).getValues());
    expect(ctx.meter.snapshot()).toEqual({});
    expect(ctx.meter.chargedMs).toBe(0);
    expect(() => sheet.getLastRow()).toThrow('boom');
  });

  it('the execution time limit stops a long run', () => {
    const { sheet, ctx } = setup();
    ctx.meter.executionLimitMs = 1000;
    ctx.meter.beginExecution();
    expect(() => {
      for (let i = 0; i < 1000; i += 1) sheet.getRange(1, 1).getValue();
    }).toThrow('Exceeded maximum execution time');
  });
});

describe('performance', () => {
  it('handles 300,000 x 15 cells through setValues, getValues and appendRow', () => {
    const { sheet } = setup();
    const rows = 300_000;
    const data: unknown[][] = [];
    for (let i = 0; i < rows; i += 1) {
      data.push([i, `m${i}`, 'text', 3, true, '', 'x', 'y', 'z', 1.5, 'a', 'b', 'c', 'd', 'e']);
    }
    const start = Date.now();
    sheet.insertRowsAfter(1000, rows);
    sheet.getRange(1, 1, rows, 15).setValues(data);
    const read = sheet.getRange(1, 1, rows, 15).getValues();
    for (let i = 0; i < 2000; i += 1) sheet.appendRow(data[i]);
    const elapsed = Date.now() - start;
    expect(read[rows - 1][1]).toBe(`m${rows - 1}`);
    expect(sheet.getLastRow()).toBe(rows + 2000);
    // Generous: the machine is shared; typical is well under 3 s.
    expect(elapsed).toBeLessThan(15_000);
  });
});
