import { createHtmlService } from '../html/html-service';
import { createTestingContext } from '../testing-context';
import { createUtilitiesService } from '../utilities/utilities-service';
import { NO_ITEM, createDriveService } from './drive-service';

function setup() {
  const ctx = createTestingContext();
  const drive = createDriveService(ctx);
  return { ctx, drive, DriveApp: drive.global };
}

describe('DriveApp', () => {
  it('creates a file from text and finds it by id', () => {
    const { DriveApp, drive } = setup();
    const file = DriveApp.createFile('notes.txt', 'hello', 'text/plain');
    const again = DriveApp.getFileById(file.getId());
    expect(again.getName()).toBe('notes.txt');
    expect(again.getMimeType()).toBe('text/plain');
    expect(again.getBlob().getDataAsString()).toBe('hello');
    expect(again.getSize()).toBe(5);
    expect(file.getUrl()).toBe(`https://drive.google.com/file/d/${file.getId()}/view?usp=drivesdk`);
    expect(drive.textOf(file.getId())).toBe('hello');
  });

  it('saves an HTML report as a "PDF" whose content is still the HTML', () => {
    const { ctx, DriveApp, drive } = setup();
    const HtmlService = createHtmlService(ctx).global;
    const pdf = HtmlService.createHtmlOutput('<h1>Outcomes</h1>')
      .setTitle('Report')
      .getAs('application/pdf');
    const file = DriveApp.createFile(pdf);
    expect(file.getName()).toBe('Report.pdf');
    expect(file.getMimeType()).toBe('application/pdf');
    expect(drive.files()[0].convertedFrom).toBe('text/html');
    expect(drive.textOf(file.getId())).toBe('<h1>Outcomes</h1>');
  });

  it('creates a file from a Utilities blob', () => {
    const { ctx, DriveApp } = setup();
    const Utilities = createUtilitiesService(ctx).global;
    const file = DriveApp.createFile(Utilities.newBlob('a,b\n1,2', 'text/csv', 'data.csv'));
    expect([file.getName(), file.getMimeType()]).toEqual(['data.csv', 'text/csv']);
  });

  it('sets link sharing', () => {
    const { DriveApp } = setup();
    const file = DriveApp.createFile('r.txt', 'x');
    expect(file.getSharingAccess()).toBe(DriveApp.Access.PRIVATE);
    file.setSharing(DriveApp.Access.ANYONE_WITH_LINK, DriveApp.Permission.VIEW);
    expect(file.getSharingAccess()).toBe(DriveApp.Access.ANYONE_WITH_LINK);
    expect(file.getSharingPermission()).toBe(DriveApp.Permission.VIEW);
  });

  it('throws for an unknown id', () => {
    const { DriveApp } = setup();
    expect(() => DriveApp.getFileById('nope')).toThrow(NO_ITEM);
  });

  it('finds files by name with an iterator', () => {
    const { DriveApp } = setup();
    DriveApp.createFile('report.txt', 'one');
    DriveApp.createFile('other.txt', 'x');
    DriveApp.createFile('report.txt', 'two');
    const it = DriveApp.getFilesByName('report.txt');
    const found: string[] = [];
    while (it.hasNext()) found.push(it.next().getBlob().getDataAsString());
    expect(found).toEqual(['one', 'two']);
  });

  it('dates are script-realm Dates on the virtual clock', () => {
    const { ctx, DriveApp } = setup();
    const file = DriveApp.createFile('a.txt', 'x');
    expect(file.getDateCreated()).toBeInstanceOf(ctx.ScriptDate);
    expect(file.getDateCreated().getTime()).toBeLessThanOrEqual(ctx.clock.nowMs());
  });

  it('counts calls and throws injected faults', () => {
    const { ctx, DriveApp, drive } = setup();
    ctx.meter.injectFault({
      service: 'DriveApp',
      method: 'DriveApp.createFile',
      message: 'Drive down',
    });
    expect(() => DriveApp.createFile('a.txt', 'x')).toThrow('Drive down');
    expect(drive.files()).toHaveLength(0);
    DriveApp.createFile('a.txt', 'x');
    expect(ctx.meter.snapshot()).toEqual({ 'DriveApp.DriveApp.createFile': 1 });
  });
});
