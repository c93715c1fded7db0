import { setup } from './test-setup';

describe('SpreadsheetApp and Spreadsheet', () => {
  it('getActiveSpreadsheet/getActive return the bound container; openById and create work', () => {
    const { app, ss, service } = setup();
    expect(app.getActiveSpreadsheet()).toBe(ss);
    expect(app.getActive()).toBe(ss);
    expect(app.openById(ss.getId())).toBe(ss);
    expect(app.openByUrl(ss.getUrl())).toBe(ss);
    expect(() => app.openById('missing')).toThrow(
      'Unexpected error while getting the method or property openById on object SpreadsheetApp.',
    );
    const created = app.create('Report');
    expect(created.getName()).toBe('Report');
    expect(created.getSheets().map((s) => s.getName())).toEqual(['Sheet1']);
    expect(service.getById(created.getId())).toBe(created);
    service.setActive(null);
    expect(app.getActiveSpreadsheet()).toBeNull();
  });

  it('insertSheet: new sheet is active, duplicates throw, index is honoured', () => {
    const { ss, app } = setup();
    const members = ss.insertSheet('Members');
    expect(ss.getActiveSheet()).toBe(members);
    expect(app.getActiveSheet()).toBe(members);
    expect(() => ss.insertSheet('Members')).toThrow(
      'A sheet with the name "Members" already exists. Please enter another name.',
    );
    ss.insertSheet('Settings', 0);
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['Settings', 'Sheet1', 'Members']);
    expect(ss.insertSheet().getName()).toBe('Sheet4');
    expect(ss.getSheetByName('Nope')).toBeNull();
  });

  it('deleteSheet refuses to delete the last sheet', () => {
    const { ss, sheet } = setup();
    const other = ss.insertSheet('Other');
    ss.deleteSheet(other);
    expect(ss.getNumSheets()).toBe(1);
    expect(() => ss.deleteSheet(sheet)).toThrow(
      "You can't remove all the visible sheets in a document.",
    );
  });

  it('time zone defaults to the script zone and can change', () => {
    const { ss } = setup({ timeZone: 'Europe/Berlin' });
    expect(ss.getSpreadsheetTimeZone()).toBe('Europe/Berlin');
    ss.setSpreadsheetTimeZone('Asia/Tokyo');
    expect(ss.getSpreadsheetTimeZone()).toBe('Asia/Tokyo');
  });

  it('getRange with a sheet name, and with the active sheet', () => {
    const { ss } = setup();
    const members = ss.insertSheet("Members' list");
    members.getRange('B2').setValue('x');
    expect(ss.getRange("'Members'' list'!B2").getValue()).toBe('x');
    expect(ss.getRange('B2').getSheet()).toBe(members);
    expect(() => ss.getRange('Nope!A1')).toThrow('Range not found');
  });

  it('toast is recorded', () => {
    const { ss, service } = setup();
    ss.toast('Set up complete', 'Peer Circle', 10);
    ss.toast('Done');
    expect(service.ui.toasts).toEqual([
      {
        spreadsheetId: ss.getId(),
        message: 'Set up complete',
        title: 'Peer Circle',
        timeoutSeconds: 10,
      },
      { spreadsheetId: ss.getId(), message: 'Done', title: '', timeoutSeconds: 5 },
    ]);
  });

  it('flush is a counted call with the flush latency', () => {
    const { app, ctx } = setup();
    const before = ctx.clock.nowMs();
    app.flush();
    expect(ctx.meter.snapshot()['SpreadsheetApp.SpreadsheetApp.flush']).toBe(1);
    expect(ctx.clock.nowMs() - before).toBe(600);
  });
});
