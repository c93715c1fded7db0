/**
 * Contracts of issue 12 item 3, each checked where a kinder emulator would have let the product
 * pass: triggers run in the manifest's time zone unless inTimezone says otherwise, belong to the
 * account that made them and run as it; a cell holds at most 50,000 characters; blob content
 * types, locks with negative timeouts, single-line mail headers and toString of service objects
 * as the notes (shared/APPS-SCRIPT-NOTES.md) and the cited pages say.
 */
import { Environment } from './environment';
import { readManifest } from './manifest';
import { CELL_TOO_LONG } from './services/spreadsheet/cell-values';
import { LOCK_TIMEOUT } from './services/lock/lock-service';
import { zonedParts } from './services/utilities/time-zone';

const SCRIPT = `
function installDaily() {
  ScriptApp.newTrigger('whoRuns').timeBased().everyDays(1).atHour(6).create();
}
function installDailyIn(zone) {
  ScriptApp.newTrigger('whoRuns').timeBased().everyDays(1).atHour(6).inTimezone(zone).create();
}
function installSubmit() {
  ScriptApp.newTrigger('whoRuns').forSpreadsheet(SpreadsheetApp.getActive()).onFormSubmit().create();
}
function myTriggers() {
  return ScriptApp.getProjectTriggers().map(function (t) { return t.getHandlerFunction(); });
}
function deleteAll() {
  ScriptApp.getProjectTriggers().forEach(function (t) { ScriptApp.deleteTrigger(t); });
}
function whoRuns() { return Session.getEffectiveUser().getEmail(); }
function zones() {
  return [Session.getScriptTimeZone(), SpreadsheetApp.getActive().getSpreadsheetTimeZone()];
}
function write(text) { SpreadsheetApp.getActive().getSheets()[0].getRange('A1').setValue(text); }
function writeMany(text) {
  SpreadsheetApp.getActive().getSheets()[0].getRange('A1:B1').setValues([['ok', text]]);
}
function append(text) { SpreadsheetApp.getActive().getSheets()[0].appendRow([text]); }
function blobTypes() {
  return [
    Utilities.newBlob('text').getContentType(),
    Utilities.newBlob([104, 105]).getContentType(),
    Utilities.newBlob('x', 'text/html').getContentType(),
  ];
}
function tryNegative() { return LockService.getScriptLock().tryLock(-1); }
function waitNegative() { LockService.getScriptLock().waitLock(-1); }
function tryZero() { return LockService.getScriptLock().tryLock(0); }
function names() {
  var ss = SpreadsheetApp.getActive();
  var sheet = ss.getSheets()[0];
  var trigger = ScriptApp.newTrigger('whoRuns').timeBased().everyDays(1).create();
  return [String(ss), String(sheet), String(sheet.getRange('A1')), String(trigger),
    String(Utilities.newBlob('x')), String(LockService.getScriptLock()), '' + SpreadsheetApp];
}
function formNames() {
  var form = FormApp.create('Check-in');
  var scale = form.addScaleItem();
  var choice = form.addMultipleChoiceItem();
  return [String(form), String(scale), String(choice), String(form.getItems()[0]), '' + FormApp];
}
function newChoiceItem() {
  return FormApp.create('Check-in').addMultipleChoiceItem().getChoices().map(function (c) { return c.getValue(); });
}
function mail(header) {
  MailApp.sendEmail({ to: 'member@example.org', subject: header[0], body: 'Hello', name: header[1] });
}
function quota() { return MailApp.getRemainingDailyQuota(); }
`;

const TORONTO = 'America/Toronto';

function environment(options: ConstructorParameters<typeof Environment>[0] = {}): Environment {
  const env = new Environment({ start: Date.UTC(2026, 0, 5, 9, 0, 0), ...options });
  env.load(SCRIPT);
  return env;
}

const localHour = (ms: number, zone: string) => zonedParts(ms, zone).hour;

describe('time-driven triggers and time zones', () => {
  it('runs atHour in the manifest time zone, not the spreadsheet one, without inTimezone', () => {
    const env = environment({ timeZone: TORONTO });
    expect(env.call('zones')).toEqual([readManifest().timeZone, TORONTO]);
    env.call('installDaily');
    const runs = env.advanceBy(3 * 86_400_000);
    expect(runs).toHaveLength(3);
    for (const run of runs) {
      expect(localHour(run.startedAtMs, 'Europe/London')).toBe(6);
      expect(localHour(run.startedAtMs, TORONTO)).toBe(1);
    }
  });

  it('runs atHour in the zone inTimezone names', () => {
    const env = environment({ timeZone: TORONTO });
    env.call('installDailyIn', TORONTO);
    const runs = env.advanceBy(3 * 86_400_000);
    expect(runs).toHaveLength(3);
    for (const run of runs) expect(localHour(run.startedAtMs, TORONTO)).toBe(6);
  });

  it('refuses an unknown time zone in inTimezone', () => {
    const env = environment();
    const record = env.run('installDailyIn', 'Mars/Olympus_Mons');
    expect(record.ok).toBe(false);
    expect(env.scriptApp.triggers()).toHaveLength(0);
  });
});

describe('installable triggers belong to the user who made them', () => {
  it('lists and deletes only the current user’s triggers', () => {
    const env = environment({ accountEmail: 'first@example.org' });
    env.call('installDaily');
    env.actAs('second@example.org', () => {
      expect(env.call('myTriggers')).toEqual([]);
      env.call('deleteAll');
      env.call('installSubmit');
      expect(env.call('myTriggers')).toEqual(['whoRuns']);
    });
    expect(env.call('myTriggers')).toEqual(['whoRuns']);
    expect(env.scriptApp.triggers().map((t) => t.owner)).toEqual([
      'first@example.org',
      'second@example.org',
    ]);
  });

  it('runs each trigger as its owner, whoever is at the keyboard', () => {
    const env = environment({ accountEmail: 'first@example.org' });
    env.call('installDaily');
    env.actAs('second@example.org', () => env.call('installDaily'));
    const runs = env.advanceBy(86_400_000);
    expect(runs.map((run) => run.value).sort()).toEqual([
      'first@example.org',
      'second@example.org',
    ]);
    expect(env.currentUser).toBe('first@example.org');
  });

  it('sends mail from, and counts it against, the account the script runs as', () => {
    const env = environment({ accountEmail: 'first@example.org' });
    env.call('mail', ['Hello', 'Peer Circle']);
    env.actAs('second@example.org', () => {
      env.call('mail', ['Hello', 'Peer Circle']);
      expect(env.call('quota')).toBe(99);
    });
    expect(env.call('quota')).toBe(99);
    expect(env.mail.outbox().map((m) => m.from)).toEqual([
      'first@example.org',
      'second@example.org',
    ]);
  });
});

describe('a cell holds at most 50,000 characters', () => {
  it('accepts 50,000 and refuses 50,001 with Sheets’ message, in every write', () => {
    const env = environment();
    expect(env.run('write', 'x'.repeat(50_000)).ok).toBe(true);
    for (const handler of ['write', 'writeMany', 'append']) {
      const record = env.run(handler, 'y'.repeat(50_001));
      expect(record.ok).toBe(false);
      expect(record.error?.message).toBe(CELL_TOO_LONG);
    }
    const sheet = env.spreadsheet.getSheets()[0];
    // Nothing of a refused write lands: A1 keeps the 50,000 x's, B1 stays empty.
    expect(env.meter.internal(() => sheet.getRange('A1:B1').getValues())).toEqual([
      ['x'.repeat(50_000), ''],
    ]);
  });

  it('counts a leading apostrophe as part of the input (stricter reading)', () => {
    const env = environment();
    expect(env.run('write', `'${'='.repeat(49_999)}`).ok).toBe(true);
    expect(env.run('write', `'${'='.repeat(50_000)}`).error?.message).toBe(CELL_TOO_LONG);
  });
});

describe('small behaviours of the real services', () => {
  it('gives a blob made from a string text/plain, one from bytes no type', () => {
    expect(environment().call('blobTypes')).toEqual(['text/plain', null, 'text/html']);
  });

  it('never acquires a lock with a negative timeout', () => {
    const env = environment();
    expect(env.call('tryNegative')).toBe(false);
    const wait = env.run('waitNegative');
    expect(wait.ok).toBe(false);
    expect(wait.error?.message).toBe(LOCK_TIMEOUT);
    expect(env.call('tryZero')).toBe(true);
  });

  it('names service objects by their class in toString', () => {
    expect(environment().call('names')).toEqual([
      'Spreadsheet',
      'Sheet',
      'Range',
      'Trigger',
      'Blob',
      'Lock',
      'SpreadsheetApp',
    ]);
    expect(environment().call('formNames')).toEqual([
      'Form',
      'ScaleItem',
      'MultipleChoiceItem',
      'Item',
      'FormApp',
    ]);
  });

  it('gives a new choice item one choice already, as Google does', () => {
    expect(environment().call('newChoiceItem')).toEqual(['Option 1']);
  });

  it('refuses a subject or sender name that is not a single line', () => {
    const env = environment();
    expect(env.run('mail', ['Line one\nBcc: x@example.org', 'Peer Circle']).ok).toBe(false);
    expect(env.run('mail', ['Reminder', 'Peer\rCircle']).ok).toBe(false);
    expect(env.run('mail', ['Reminder\u0007', 'Peer Circle']).ok).toBe(false);
    expect(env.run('mail', ['Reminder: Thursday', 'Peer Circle — Harbour Lane']).ok).toBe(true);
    expect(env.mail.outbox()).toHaveLength(1);
  });
});
