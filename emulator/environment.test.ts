/**
 * The environment drives a script the way Apps Script does: one execution per handler run,
 * the simple onOpen without authorisation, trigger events of the documented shape, time that
 * fires clock triggers, and form submissions that fire the spreadsheet's form-submit trigger.
 * The script here is a small hand-written one, so each behaviour is seen on its own.
 */
import { Environment } from './environment';

const SCRIPT = `
function onOpen(e) {
  globalThis.openEvent = e;
  SpreadsheetApp.getUi().createMenu('Test').addItem('Mail', 'sendMail').addToUi();
  if (e && e.tryMail) MailApp.getRemainingDailyQuota();
}
function sendMail() { MailApp.sendEmail('a@example.org', 'Hello', 'Body'); }
function mailFromOnOpen() { onOpen({ tryMail: true }); }
function showDialog() { SpreadsheetApp.getUi().alert('Hi'); }
function fail() { throw new Error('broken on purpose'); }
function install() {
  ScriptApp.newTrigger('daily').timeBased().everyDays(1).atHour(5).create();
  ScriptApp.newTrigger('onSubmit').forSpreadsheet(SpreadsheetApp.getActive()).onFormSubmit().create();
  var form = FormApp.create('Check-in').setTitle('Check-in').setPublished(true)
    .setEmailCollectionType(FormApp.EmailCollectionType.RESPONDER_INPUT);
  form.addScaleItem().setTitle('Mood').setBounds(1, 5).setRequired(true);
  form.setDestination(FormApp.DestinationType.SPREADSHEET, SpreadsheetApp.getActive().getId());
  return form.getId();
}
var runs = [];
function daily(e) { runs.push(e); }
function onSubmit(e) { runs.push(e); }
function holdLock() { return LockService.getScriptLock().tryLock(1000); }
function spin() { for (;;) SpreadsheetApp.getActive().getSheets(); }
`;

function environment(): Environment {
  const env = new Environment({ start: Date.UTC(2026, 0, 5, 9, 0, 0) });
  env.load(SCRIPT);
  return env;
}

const global = (env: Environment, name: string): unknown =>
  (env.loaded.context as Record<string, unknown>)[name];

describe('Environment', () => {
  it('runs the simple onOpen in LIMITED mode with the documented event', () => {
    const env = environment();
    const record = env.openSpreadsheet();
    expect(record).toMatchObject({ handler: 'onOpen', kind: 'simple', ok: true });
    const event = global(env, 'openEvent') as Record<string, unknown>;
    expect(event.authMode).toBe(env.scriptApp.global.AuthMode.LIMITED);
    expect(event.source).toBe(env.spreadsheet);
    expect(env.menuItems()).toEqual([{ caption: 'Mail', functionName: 'sendMail' }]);
  });

  it('refuses services that need authorisation inside a simple trigger', () => {
    const env = environment();
    const limited = env.run('mailFromOnOpen', undefined, 'simple', 'LIMITED');
    expect(limited.ok).toBe(false);
    expect(limited.error?.message).toBe(
      'You do not have permission to call MailApp.getRemainingDailyQuota. Required permissions are not granted to simple triggers.',
    );
    // The same call from a menu click runs with full authorisation.
    expect(env.run('mailFromOnOpen', undefined, 'menu').ok).toBe(true);
  });

  it('refuses getUi in a trigger run but allows it from the menu', () => {
    const env = environment();
    expect(env.run('showDialog', undefined, 'trigger').error?.message).toBe(
      'Cannot call SpreadsheetApp.getUi() from this context.',
    );
    expect(env.run('showDialog', undefined, 'menu').ok).toBe(true);
  });

  it('records a failing execution instead of throwing; call() rethrows it', () => {
    const env = environment();
    const record = env.run('fail');
    expect(record.ok).toBe(false);
    expect(record.error?.message).toBe('broken on purpose');
    expect(env.executions.at(-1)).toBe(record);
    expect(() => env.call('fail')).toThrow('broken on purpose');
    expect(env.run('noSuchFunction').error?.message).toBe(
      'Script function not found: noSuchFunction',
    );
  });

  it('clicks a menu item by caption and names the captions when there is none', () => {
    const env = environment();
    env.openSpreadsheet();
    expect(env.clickMenu('Mail')).toMatchObject({ kind: 'menu', handler: 'sendMail', ok: true });
    expect(env.mail.outbox()).toHaveLength(1);
    expect(() => env.clickMenu('Nope')).toThrow('No menu item "Nope"; the menu has "Mail"');
  });

  it('fires a daily trigger once a day as time passes, with a clock event', () => {
    const env = environment();
    env.call('install');
    const fired = env.advanceBy(3 * 24 * 60 * 60 * 1000);
    expect(fired.map((record) => [record.handler, record.kind, record.ok])).toEqual([
      ['daily', 'trigger', true],
      ['daily', 'trigger', true],
      ['daily', 'trigger', true],
    ]);
    const firstRun = fired[0].startedAtMs;
    expect(fired[1].startedAtMs - firstRun).toBe(24 * 60 * 60 * 1000);
    const event = (global(env, 'runs') as Array<Record<string, unknown>>)[0];
    expect(event).toMatchObject({ authMode: env.scriptApp.global.AuthMode.FULL, hour: 5 });
    expect(typeof event.triggerUid).toBe('string');
    // The clock stops where asked, give or take the last run's service latency.
    expect(env.clock.nowMs() - Date.UTC(2026, 0, 8, 9, 0, 0)).toBeLessThan(1000);
  });

  it('fires the form-submit trigger with range, values, namedValues and triggerUid', () => {
    const env = environment();
    const formId = env.call('install') as string;
    const where = env.submitForm(formId, { email: 'ann@example.org', answers: { Mood: 4 } });
    const event = (global(env, 'runs') as Array<Record<string, unknown>>).at(-1)!;
    const submitTrigger = env.scriptApp.triggers().find((t) => t.handler === 'onSubmit')!;
    expect(event.triggerUid).toBe(submitTrigger.id);
    expect(event.namedValues).toEqual({
      Timestamp: [expect.any(String)],
      'Email Address': ['ann@example.org'],
      Mood: ['4'],
    });
    expect((event.values as string[]).slice(1)).toEqual(['ann@example.org', '4']);
    const range = event.range as GoogleAppsScript.Spreadsheet.Range;
    expect(range.getRow()).toBe(where.row);
    expect(range.getSheet().getName()).toBe(where.sheetName);
  });

  it('defers form-submit runs and replays them in a chosen order', () => {
    const env = environment();
    const formId = env.call('install') as string;
    env.deferFormTriggers = true;
    for (const mood of [1, 2, 3])
      env.submitForm(formId, { email: 'a@x.org', answers: { Mood: mood } });
    expect(env.queuedFormTriggerCount).toBe(3);
    env.runQueuedFormTriggers([2, 0, 1]);
    const moods = (global(env, 'runs') as Array<{ namedValues: { Mood: string[] } }>).map(
      (event) => event.namedValues.Mood[0],
    );
    expect(moods).toEqual(['3', '1', '2']);
  });

  it('frees an execution’s locks when it ends', () => {
    const env = environment();
    expect(env.call('holdLock')).toBe(true);
    // Without the release at the end of the first execution, this one would wait and fail.
    expect(env.call('holdLock')).toBe(true);
  });

  it('stops an execution at the 6-minute limit', () => {
    const env = environment();
    const record = env.run('spin');
    expect(record.ok).toBe(false);
    expect(record.error?.message).toMatch(/Exceeded maximum execution time/);
    expect(record.elapsedMs).toBeGreaterThanOrEqual(6 * 60 * 1000);
    expect(env.run('holdLock').ok).toBe(true);
  });
});
