/**
 * ScriptApp.newTrigger(...) builders for spreadsheet, form and time-driven triggers.
 * https://developers.google.com/apps-script/reference/script/trigger-builder
 * https://developers.google.com/apps-script/reference/script/spreadsheet-trigger-builder
 * https://developers.google.com/apps-script/reference/script/clock-trigger-builder
 */
import { EmulatorContext } from '../../core/context';
import { EventTypeName, TriggerSourceName, WEEKDAY_NAMES } from './enums';
import { ClockSchedule, atDateMs } from './schedule';
import { isTimeZone } from '../utilities/time-zone';
import { FakeTrigger, TriggerInfo, TriggerRegistry } from './trigger';

/** What a builder needs from the service that owns it. */
export interface BuilderHost {
  ctx: EmulatorContext;
  registry: TriggerRegistry;
  currentUser(): string;
}

/** Allowed intervals, and the error Apps Script gives for any other value. */
export const EVERY_MINUTES_ALLOWED = [1, 5, 10, 15, 30];
export const EVERY_MINUTES_INVALID =
  'The value you passed to everyMinutes was invalid. It must be one of 1, 5, 10, 15 or 30.';
/** Allowed everyHours intervals; the wording mirrors everyMinutes' (unverified). */
export const EVERY_HOURS_ALLOWED = [1, 2, 4, 6, 8, 12];
export const EVERY_HOURS_INVALID =
  'The value you passed to everyHours was invalid. It must be one of 1, 2, 4, 6, 8 or 12.';

type SourceLike = string | { getId(): string };

function sourceIdOf(host: BuilderHost, source: SourceLike): string {
  if (typeof source === 'string') return source;
  // Reading the id is the builder's own work, not a call the script made.
  return host.ctx.meter.internal(() => source.getId());
}

function register(
  host: BuilderHost,
  fields: Omit<TriggerInfo, 'id' | 'owner' | 'createdAtMs'>,
): FakeTrigger {
  const info: TriggerInfo = {
    ...fields,
    id: host.ctx.nextId('trigger'),
    owner: host.currentUser(),
    createdAtMs: host.ctx.clock.nowMs(),
  };
  host.registry.add(info);
  return new FakeTrigger(host.ctx, info);
}

export class FakeTriggerBuilder implements GoogleAppsScript.Script.TriggerBuilder {
  constructor(
    private readonly host: BuilderHost,
    private readonly handler: string,
  ) {}

  private record(method: string): void {
    this.host.ctx.meter.record('ScriptApp', `TriggerBuilder.${method}`);
  }

  forSpreadsheet(sheet: SourceLike): FakeSpreadsheetTriggerBuilder {
    this.record('forSpreadsheet');
    return new FakeSpreadsheetTriggerBuilder(this.host, this.handler, sourceIdOf(this.host, sheet));
  }

  forForm(form: SourceLike): FakeFormTriggerBuilder {
    this.record('forForm');
    return new FakeFormTriggerBuilder(this.host, this.handler, sourceIdOf(this.host, form));
  }

  timeBased(): FakeClockTriggerBuilder {
    this.record('timeBased');
    return new FakeClockTriggerBuilder(this.host, this.handler);
  }

  /** Peer Circle has no Docs or Calendar triggers; fail loudly rather than fake them. */
  forDocument(_document: unknown): never {
    this.record('forDocument');
    throw new Error('Emulator: document triggers are not emulated.');
  }

  forUserCalendar(_emailId: string): never {
    this.record('forUserCalendar');
    throw new Error('Emulator: calendar triggers are not emulated.');
  }
}

abstract class EventTriggerBuilder {
  protected eventType: EventTypeName | null = null;

  constructor(
    protected readonly host: BuilderHost,
    private readonly handler: string,
    private readonly sourceId: string,
    private readonly source: TriggerSourceName,
    private readonly className: string,
  ) {}

  protected record(method: string): void {
    this.host.ctx.meter.record('ScriptApp', `${this.className}.${method}`);
  }

  protected on(method: string, eventType: EventTypeName): this {
    this.record(method);
    this.eventType = eventType;
    return this;
  }

  create(): FakeTrigger {
    this.record('create');
    if (this.eventType === null) {
      // Emulator wording: the real message for a builder without an event is not documented.
      throw new Error(`${this.className}: choose the event (e.g. onFormSubmit()) before create().`);
    }
    return register(this.host, {
      handler: this.handler,
      eventType: this.eventType,
      source: this.source,
      sourceId: this.sourceId,
    });
  }
}

export class FakeSpreadsheetTriggerBuilder
  extends EventTriggerBuilder
  implements GoogleAppsScript.Script.SpreadsheetTriggerBuilder
{
  constructor(host: BuilderHost, handler: string, spreadsheetId: string) {
    super(host, handler, spreadsheetId, 'SPREADSHEETS', 'SpreadsheetTriggerBuilder');
  }
  onOpen(): this {
    return this.on('onOpen', 'ON_OPEN');
  }
  onEdit(): this {
    return this.on('onEdit', 'ON_EDIT');
  }
  onChange(): this {
    return this.on('onChange', 'ON_CHANGE');
  }
  onFormSubmit(): this {
    return this.on('onFormSubmit', 'ON_FORM_SUBMIT');
  }
}

export class FakeFormTriggerBuilder
  extends EventTriggerBuilder
  implements GoogleAppsScript.Script.FormTriggerBuilder
{
  constructor(host: BuilderHost, handler: string, formId: string) {
    super(host, handler, formId, 'FORMS', 'FormTriggerBuilder');
  }
  onOpen(): this {
    return this.on('onOpen', 'ON_OPEN');
  }
  onFormSubmit(): this {
    return this.on('onFormSubmit', 'ON_FORM_SUBMIT');
  }
}

interface ClockState {
  atMs?: number;
  afterAtMs?: number;
  atDate?: [number, number, number];
  atHour?: number;
  nearMinute?: number;
  everyMinutes?: number;
  everyHours?: number;
  everyDays?: number;
  everyWeeks?: number;
  weekDay?: number;
  monthDay?: number;
  timeZone?: string;
}

function checkRange(value: number, min: number, max: number, what: string): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    // Emulator wording: Apps Script's message for these ranges is not documented.
    throw new Error(`Invalid argument: ${what} must be an integer from ${min} to ${max}.`);
  }
  return value;
}

export class FakeClockTriggerBuilder implements GoogleAppsScript.Script.ClockTriggerBuilder {
  private readonly state: ClockState = {};

  constructor(
    private readonly host: BuilderHost,
    private readonly handler: string,
  ) {}

  private record(method: string): void {
    this.host.ctx.meter.record('ScriptApp', `ClockTriggerBuilder.${method}`);
  }

  after(durationMilliseconds: number): this {
    this.record('after');
    // "after the current time": the time of this call, not of create().
    this.state.afterAtMs = this.host.ctx.clock.nowMs() + Math.max(0, Number(durationMilliseconds));
    return this;
  }

  at(date: GoogleAppsScript.Base.Date): this {
    this.record('at');
    this.state.atMs = new Date(date.getTime()).getTime();
    return this;
  }

  /** month is 1-based: atDate(2013, 1, 1) is 1 January. */
  atDate(year: number, month: number, day: number): this {
    this.record('atDate');
    this.state.atDate = [year, checkRange(month, 1, 12, 'month'), checkRange(day, 1, 31, 'day')];
    return this;
  }

  atHour(hour: number): this {
    this.record('atHour');
    this.state.atHour = checkRange(hour, 0, 23, 'hour');
    return this;
  }

  nearMinute(minute: number): this {
    this.record('nearMinute');
    this.state.nearMinute = checkRange(minute, 0, 59, 'minute');
    return this;
  }

  everyMinutes(n: number): this {
    this.record('everyMinutes');
    if (!EVERY_MINUTES_ALLOWED.includes(n)) throw new Error(EVERY_MINUTES_INVALID);
    this.state.everyMinutes = n;
    return this;
  }

  everyHours(n: number): this {
    this.record('everyHours');
    if (!EVERY_HOURS_ALLOWED.includes(n)) throw new Error(EVERY_HOURS_INVALID);
    this.state.everyHours = n;
    return this;
  }

  everyDays(n: number): this {
    this.record('everyDays');
    this.state.everyDays = checkRange(n, 1, 366, 'days');
    return this;
  }

  everyWeeks(n: number): this {
    this.record('everyWeeks');
    this.state.everyWeeks = checkRange(n, 1, 52, 'weeks');
    return this;
  }

  onWeekDay(day: GoogleAppsScript.Base.Weekday): this {
    this.record('onWeekDay');
    const index = (WEEKDAY_NAMES as readonly string[]).indexOf(String(day));
    if (index < 0) throw new Error(`Invalid argument: day (${String(day)})`);
    this.state.weekDay = index;
    return this;
  }

  onMonthDay(day: number): this {
    this.record('onMonthDay');
    this.state.monthDay = checkRange(day, 1, 31, 'day');
    return this;
  }

  /**
   * "Specifies the timezone for the specified dates/time when the trigger runs." Without it the
   * dates and hours are the script's time zone (the manifest's), not the spreadsheet's: a group
   * in Toronto whose script says Europe/London gets atHour(6) at 06:00 London time.
   * https://developers.google.com/apps-script/reference/script/clock-trigger-builder#inTimezone(String)
   */
  inTimezone(timezone: string): this {
    this.record('inTimezone');
    const zone = String(timezone);
    if (!isTimeZone(zone)) {
      // Emulator wording: the reference does not give the message for an unknown zone.
      throw new Error(`Invalid argument: timezone (${zone})`);
    }
    this.state.timeZone = zone;
    return this;
  }

  create(): FakeTrigger {
    this.record('create');
    const timeZone = this.state.timeZone ?? this.host.ctx.scriptTimeZone;
    return register(this.host, {
      handler: this.handler,
      eventType: 'CLOCK',
      source: 'CLOCK',
      sourceId: null,
      clock: { schedule: this.schedule(timeZone), timeZone },
    });
  }

  private schedule(timeZone: string): ClockSchedule {
    const s = this.state;
    if (s.atMs !== undefined) return { kind: 'once', atMs: s.atMs };
    if (s.afterAtMs !== undefined) return { kind: 'once', atMs: s.afterAtMs };
    if (s.atDate) {
      const [y, m, d] = s.atDate;
      return { kind: 'once', atMs: atDateMs(y, m, d, timeZone, s.atHour, s.nearMinute) };
    }
    const sub = s.everyMinutes !== undefined || s.everyHours !== undefined;
    if (sub && s.atHour !== undefined) {
      // Emulator wording: Apps Script rejects this combination; its message is not documented.
      throw new Error('atHour() can only be used with everyDays(), everyWeeks() or onMonthDay().');
    }
    if (s.everyMinutes !== undefined) return { kind: 'minutes', every: s.everyMinutes };
    if (s.everyHours !== undefined) {
      return { kind: 'hours', every: s.everyHours, nearMinute: s.nearMinute };
    }
    const at = { atHour: s.atHour, nearMinute: s.nearMinute };
    if (s.everyWeeks !== undefined || s.weekDay !== undefined) {
      return { kind: 'weeks', every: s.everyWeeks ?? 1, weekDay: s.weekDay, ...at };
    }
    if (s.monthDay !== undefined) return { kind: 'monthly', monthDay: s.monthDay, ...at };
    if (s.everyDays !== undefined) return { kind: 'days', every: s.everyDays, ...at };
    // Emulator wording: the real message for a schedule-less clock trigger is not documented.
    throw new Error('A time-based trigger needs a schedule (e.g. everyDays(1)) before create().');
  }
}
