import { createTestingContext } from '../testing-context';
import { formatDateInZone } from '../utilities/format-date';
import { createScriptService } from './script-service';
import { EVERY_HOURS_INVALID, EVERY_MINUTES_INVALID } from './trigger-builders';
import { TOO_MANY_TRIGGERS } from './trigger';

// Monday 3 March 2025, 09:00 UTC (= 09:00 in London, GMT).
const START = Date.UTC(2025, 2, 3, 9, 0, 0);
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

function setup(timeZone = 'Europe/London') {
  const ctx = createTestingContext({ start: START, timeZone });
  const script = createScriptService(ctx);
  const ss = { getId: () => 'ss-1' };
  return { ctx, script, ScriptApp: script.global, ss };
}

describe('ScriptApp spreadsheet triggers', () => {
  it('creates a form-submit trigger on a spreadsheet and describes it', () => {
    const { ScriptApp, script, ss } = setup();
    const t = ScriptApp.newTrigger('onFormSubmit').forSpreadsheet(ss).onFormSubmit().create();
    expect(t.getHandlerFunction()).toBe('onFormSubmit');
    expect(t.getEventType()).toBe(ScriptApp.EventType.ON_FORM_SUBMIT);
    expect(t.getTriggerSource()).toBe(ScriptApp.TriggerSource.SPREADSHEETS);
    expect(t.getTriggerSourceId()).toBe('ss-1');
    expect(String(t.getEventType())).toBe('ON_FORM_SUBMIT');
    expect(script.formSubmitTriggersFor('ss-1').map((x) => x.id)).toEqual([t.getUniqueId()]);
    expect(script.formSubmitTriggersFor('other')).toEqual([]);
  });

  it('accepts a spreadsheet id instead of the spreadsheet', () => {
    const { ScriptApp, script } = setup();
    ScriptApp.newTrigger('onEditHandler').forSpreadsheet('ss-9').onEdit().create();
    expect(script.triggersFor('ss-9', 'ON_EDIT')).toHaveLength(1);
  });

  it('creates form triggers with the form as source', () => {
    const { ScriptApp, script } = setup();
    const t = ScriptApp.newTrigger('h')
      .forForm({ getId: () => 'form-1' })
      .onFormSubmit()
      .create();
    expect(t.getTriggerSource()).toBe(ScriptApp.TriggerSource.FORMS);
    expect(script.triggersFor('form-1', 'ON_FORM_SUBMIT')).toHaveLength(1);
    expect(script.formSubmitTriggersFor('form-1')).toEqual([]);
  });

  it('refuses create() before an event is chosen', () => {
    const { ScriptApp, ss } = setup();
    expect(() => ScriptApp.newTrigger('h').forSpreadsheet(ss).create()).toThrow(/onFormSubmit/);
  });
});

describe('ScriptApp listing and deleting', () => {
  it('returns fresh copies that still delete the trigger', () => {
    const { ScriptApp, script, ss } = setup();
    ScriptApp.newTrigger('a').forSpreadsheet(ss).onOpen().create();
    ScriptApp.newTrigger('b').timeBased().everyHours(1).create();
    const first = ScriptApp.getProjectTriggers();
    const second = ScriptApp.getProjectTriggers();
    expect(first.map((t) => t.getHandlerFunction())).toEqual(['a', 'b']);
    expect(first[0]).not.toBe(second[0]);
    ScriptApp.deleteTrigger(first[0]);
    expect(ScriptApp.getProjectTriggers().map((t) => t.getHandlerFunction())).toEqual(['b']);
    expect(script.triggers()).toHaveLength(1);
  });

  it('getUserTriggers lists only the triggers of that spreadsheet', () => {
    const { ScriptApp, ss } = setup();
    ScriptApp.newTrigger('a').forSpreadsheet(ss).onFormSubmit().create();
    ScriptApp.newTrigger('b').forSpreadsheet('ss-2').onFormSubmit().create();
    ScriptApp.newTrigger('c').timeBased().everyDays(1).create();
    expect(ScriptApp.getUserTriggers(ss).map((t) => t.getHandlerFunction())).toEqual(['a']);
  });

  it("lists and deletes only the current user's triggers", () => {
    const { ctx, ScriptApp, script, ss } = setup();
    ScriptApp.newTrigger('mine').forSpreadsheet(ss).onFormSubmit().create();
    script.setCurrentUser('cofacilitator@example.com');
    ScriptApp.newTrigger('theirs').forSpreadsheet(ss).onFormSubmit().create();
    expect(ScriptApp.getProjectTriggers().map((t) => t.getHandlerFunction())).toEqual(['theirs']);
    ScriptApp.getProjectTriggers().forEach((t) => ScriptApp.deleteTrigger(t));
    expect(script.triggers().map((t) => [t.handler, t.owner])).toEqual([
      ['mine', ctx.accountEmail],
    ]);
  });

  it('deleteAll clears every trigger (emulator side)', () => {
    const { ScriptApp, script } = setup();
    ScriptApp.newTrigger('a').timeBased().everyDays(1).create();
    script.deleteAll();
    expect(script.triggers()).toEqual([]);
  });
});

describe('ScriptApp trigger limit', () => {
  it('throws on the 21st trigger of a user, and allows one after a deletion', () => {
    const { ScriptApp, script, ss } = setup();
    for (let i = 0; i < 20; i++) ScriptApp.newTrigger(`h${i}`).forSpreadsheet(ss).onEdit().create();
    expect(() => ScriptApp.newTrigger('h20').forSpreadsheet(ss).onEdit().create()).toThrow(
      TOO_MANY_TRIGGERS,
    );
    expect(TOO_MANY_TRIGGERS).toBe(
      'This script has too many triggers. Triggers must be deleted from the script before more can be added.',
    );
    expect(script.triggers()).toHaveLength(20);
    ScriptApp.deleteTrigger(ScriptApp.getProjectTriggers()[0]);
    expect(() => ScriptApp.newTrigger('h20').forSpreadsheet(ss).onEdit().create()).not.toThrow();
  });

  it('counts the limit per user', () => {
    const { ScriptApp, script, ss } = setup();
    for (let i = 0; i < 20; i++) ScriptApp.newTrigger(`h${i}`).forSpreadsheet(ss).onEdit().create();
    script.setCurrentUser('other@example.com');
    expect(() => ScriptApp.newTrigger('x').forSpreadsheet(ss).onEdit().create()).not.toThrow();
  });
});

describe('ScriptApp time-driven validation', () => {
  it.each([1, 5, 10, 15, 30])('accepts everyMinutes(%i)', (n) => {
    const { ScriptApp } = setup();
    expect(() => ScriptApp.newTrigger('h').timeBased().everyMinutes(n).create()).not.toThrow();
  });

  it.each([0, 2, 20, 60])('rejects everyMinutes(%i) with the real message', (n) => {
    const { ScriptApp } = setup();
    expect(() => ScriptApp.newTrigger('h').timeBased().everyMinutes(n)).toThrow(
      EVERY_MINUTES_INVALID,
    );
    expect(EVERY_MINUTES_INVALID).toBe(
      'The value you passed to everyMinutes was invalid. It must be one of 1, 5, 10, 15 or 30.',
    );
  });

  it('accepts everyHours 1, 2, 4, 6, 8, 12 and rejects others', () => {
    const { ScriptApp } = setup();
    for (const n of [1, 2, 4, 6, 8, 12]) ScriptApp.newTrigger('h').timeBased().everyHours(n);
    expect(() => ScriptApp.newTrigger('h').timeBased().everyHours(3)).toThrow(EVERY_HOURS_INVALID);
  });

  it('rejects atHour with a sub-daily interval, out-of-range hours and empty schedules', () => {
    const { ScriptApp } = setup();
    expect(() => ScriptApp.newTrigger('h').timeBased().everyHours(2).atHour(6).create()).toThrow(
      /atHour/,
    );
    expect(() => ScriptApp.newTrigger('h').timeBased().atHour(24)).toThrow(/hour/);
    expect(() => ScriptApp.newTrigger('h').timeBased().create()).toThrow(/schedule/);
  });
});

describe('ScriptApp due time-driven runs', () => {
  const local = (ms: number, tz = 'Europe/London') =>
    formatDateInZone(ms, tz, 'yyyy-MM-dd EEE HH:mm:ss z');

  it('runs a daily 6 o’clock trigger once a day within 06:00-07:00 local, across DST', () => {
    const { ScriptApp, script } = setup();
    const t = ScriptApp.newTrigger('daily').timeBased().everyDays(1).atHour(6).create();
    // 28 March .. 2 April 2025 spans the London change to BST on 30 March.
    const due = script.dueTimeTriggers(Date.UTC(2025, 2, 28), Date.UTC(2025, 3, 2));
    expect(due).toHaveLength(5);
    expect(due.every((d) => d.trigger.id === t.getUniqueId())).toBe(true);
    const locals = due.map((d) => local(d.atMs));
    const minuteSecond = locals[0].slice(17, 22);
    for (const text of locals) {
      expect(text.slice(15, 17)).toBe('06');
      expect(text.slice(17, 22)).toBe(minuteSecond); // the same deterministic offset daily
    }
    expect(locals[1]).toMatch(/GMT$/);
    expect(locals[2]).toMatch(/BST$/);
    expect(due[2].atMs - due[1].atMs).toBe(DAY - HOUR);
  });

  it('is deterministic: the same trigger id gives the same times', () => {
    const a = setup();
    const b = setup();
    a.ScriptApp.newTrigger('d').timeBased().everyDays(1).atHour(6).create();
    b.ScriptApp.newTrigger('d').timeBased().everyDays(1).atHour(6).create();
    const range = [START, START + 7 * DAY] as const;
    expect(a.script.dueTimeTriggers(...range)).toEqual(b.script.dueTimeTriggers(...range));
  });

  it('honours nearMinute exactly and the trigger time zone', () => {
    const { ScriptApp, script } = setup();
    ScriptApp.newTrigger('ny')
      .timeBased()
      .everyDays(1)
      .atHour(6)
      .nearMinute(30)
      .inTimezone('America/New_York')
      .create();
    const due = script.dueTimeTriggers(Date.UTC(2025, 6, 1), Date.UTC(2025, 6, 3));
    expect(due.map((d) => new Date(d.atMs).toISOString())).toEqual([
      '2025-07-01T10:30:00.000Z',
      '2025-07-02T10:30:00.000Z',
    ]);
  });

  it('runs everyMinutes(15) four times an hour, 15 minutes apart', () => {
    const { ScriptApp, script } = setup();
    ScriptApp.newTrigger('poll').timeBased().everyMinutes(15).create();
    const due = script.dueTimeTriggers(START + HOUR, START + 2 * HOUR);
    expect(due).toHaveLength(4);
    expect(due[1].atMs - due[0].atMs).toBe(15 * 60_000);
  });

  it('runs everyHours(6) four times a day', () => {
    const { ScriptApp, script } = setup();
    ScriptApp.newTrigger('h').timeBased().everyHours(6).create();
    expect(script.dueTimeTriggers(START + DAY, START + 2 * DAY)).toHaveLength(4);
  });

  it('runs weekly on the chosen weekday', () => {
    const { ScriptApp, script } = setup();
    ScriptApp.newTrigger('digest')
      .timeBased()
      .onWeekDay(ScriptApp.WeekDay.FRIDAY)
      .atHour(17)
      .create();
    const due = script.dueTimeTriggers(START, START + 21 * DAY);
    expect(due.map((d) => local(d.atMs).slice(0, 17))).toEqual([
      '2025-03-07 Fri 17',
      '2025-03-14 Fri 17',
      '2025-03-21 Fri 17',
    ]);
  });

  it('runs every two weeks from the creation week', () => {
    const { ScriptApp, script } = setup();
    ScriptApp.newTrigger('b')
      .timeBased()
      .everyWeeks(2)
      .onWeekDay(ScriptApp.WeekDay.MONDAY)
      .atHour(10)
      .create();
    const due = script.dueTimeTriggers(START, START + 35 * DAY);
    expect(due.map((d) => local(d.atMs).slice(0, 10))).toEqual([
      '2025-03-03',
      '2025-03-17',
      '2025-03-31',
    ]);
  });

  it('runs one-off triggers once: after(ms), at(date) and atDate()', () => {
    const { ctx, ScriptApp, script } = setup();
    const builder = ScriptApp.newTrigger('soon').timeBased();
    const afterCalledAt = ctx.clock.nowMs() + 5; // after() itself costs one 5 ms call
    builder.after(10 * 60_000).create();
    ScriptApp.newTrigger('at')
      .timeBased()
      .at(new Date(START + 2 * HOUR))
      .create();
    ScriptApp.newTrigger('date').timeBased().atDate(2025, 4, 1).create();
    const due = script.dueTimeTriggers(START, START + 60 * DAY);
    expect(due.map((d) => [d.trigger.handler, new Date(d.atMs).toISOString()])).toEqual([
      ['soon', new Date(afterCalledAt + 10 * 60_000).toISOString()],
      ['at', '2025-03-03T11:00:00.000Z'],
      ['date', '2025-03-31T23:00:00.000Z'], // midnight 1 April in London (BST)
    ]);
  });

  it('never fires before the trigger was created', () => {
    const { ctx, ScriptApp, script } = setup();
    ctx.clock.set(START + 5 * DAY);
    ScriptApp.newTrigger('late').timeBased().everyDays(1).atHour(6).create();
    const due = script.dueTimeTriggers(START, START + 7 * DAY);
    expect(due.every((d) => d.atMs >= START + 5 * DAY)).toBe(true);
    expect(due).toHaveLength(2);
  });

  it('builds the clock event object in UTC', () => {
    const { ScriptApp, script } = setup();
    ScriptApp.newTrigger('d').timeBased().everyDays(1).atHour(6).nearMinute(0).create();
    const [first] = script.dueTimeTriggers(START, START + DAY);
    expect(script.clockEvent(first.trigger, first.atMs)).toMatchObject({
      authMode: 'FULL',
      triggerUid: first.trigger.id,
      year: 2025,
      month: 3,
      'day-of-month': 4,
      'day-of-week': 2,
      hour: 6,
      minute: 0,
      timezone: 'UTC',
    });
  });
});

describe('ScriptApp metering', () => {
  it('counts every call, builders included', () => {
    const { ctx, ScriptApp, ss } = setup();
    ScriptApp.newTrigger('a').forSpreadsheet(ss).onFormSubmit().create();
    ScriptApp.getProjectTriggers();
    expect(ctx.meter.snapshot()).toEqual({
      'ScriptApp.ScriptApp.getProjectTriggers': 1,
      'ScriptApp.ScriptApp.newTrigger': 1,
      'ScriptApp.SpreadsheetTriggerBuilder.create': 1,
      'ScriptApp.SpreadsheetTriggerBuilder.onFormSubmit': 1,
      'ScriptApp.TriggerBuilder.forSpreadsheet': 1,
    });
  });

  it('throws an injected fault at the chosen call', () => {
    const { ctx, ScriptApp, script } = setup();
    ctx.meter.injectFault({
      service: 'ScriptApp',
      method: 'ClockTriggerBuilder.create',
      message: 'We are sorry, a server error occurred. Please wait a bit and try again.',
    });
    expect(() => ScriptApp.newTrigger('a').timeBased().everyDays(1).create()).toThrow(
      /server error/,
    );
    expect(script.triggers()).toEqual([]);
    ScriptApp.newTrigger('a').timeBased().everyDays(1).create();
    expect(script.triggers()).toHaveLength(1);
  });
});
