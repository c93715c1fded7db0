/**
 * ScriptApp: installable triggers and script identity. The emulator-side controls let the
 * environment find the triggers an event fires and the time-driven runs that fall due.
 * https://developers.google.com/apps-script/reference/script/script-app
 */
import { EmulatorContext } from '../../core/context';
import { zonedParts } from '../utilities/time-zone';
import {
  AuthMode,
  AuthorizationStatus,
  EventType,
  EventTypeName,
  InstallationSource,
  TriggerSource,
  WeekDay,
} from './enums';
import { authorizationInfo, FakeAuthorizationInfo } from './authorization-info';
import { fireTimes } from './schedule';
import { FakeTrigger, TriggerInfo, TriggerRegistry } from './trigger';
import { BuilderHost, FakeTriggerBuilder } from './trigger-builders';

type ScriptAppMethods =
  | 'newTrigger'
  | 'getProjectTriggers'
  | 'getUserTriggers'
  | 'deleteTrigger'
  | 'getScriptId'
  | 'getOAuthToken';

export class FakeScriptApp implements Pick<GoogleAppsScript.Script.ScriptApp, ScriptAppMethods> {
  readonly AuthMode = AuthMode as unknown as typeof GoogleAppsScript.Script.AuthMode;
  readonly AuthorizationStatus =
    AuthorizationStatus as unknown as typeof GoogleAppsScript.Script.AuthorizationStatus;
  readonly EventType = EventType as unknown as typeof GoogleAppsScript.Script.EventType;
  readonly InstallationSource =
    InstallationSource as unknown as typeof GoogleAppsScript.Script.InstallationSource;
  readonly TriggerSource = TriggerSource as unknown as typeof GoogleAppsScript.Script.TriggerSource;
  readonly WeekDay = WeekDay as unknown as typeof GoogleAppsScript.Base.Weekday;

  constructor(
    private readonly host: BuilderHost,
    private readonly scriptId: string,
  ) {}

  private record(method: string): void {
    this.host.ctx.meter.record('ScriptApp', `ScriptApp.${method}`);
  }

  private mine(): TriggerInfo[] {
    const user = this.host.currentUser();
    return this.host.registry.all().filter((t) => t.owner === user);
  }

  newTrigger(functionName: string): FakeTriggerBuilder {
    this.record('newTrigger');
    return new FakeTriggerBuilder(this.host, String(functionName));
  }

  /** "Gets all installable triggers associated with the current project and current user." */
  getProjectTriggers(): FakeTrigger[] {
    this.record('getProjectTriggers');
    return this.mine().map((t) => new FakeTrigger(this.host.ctx, t));
  }

  /** The current user's triggers for one spreadsheet, form or document. */
  getUserTriggers(container: { getId(): string }): FakeTrigger[] {
    this.record('getUserTriggers');
    const id = this.host.ctx.meter.internal(() => container.getId());
    return this.mine()
      .filter((t) => t.sourceId === id)
      .map((t) => new FakeTrigger(this.host.ctx, t));
  }

  deleteTrigger(trigger: GoogleAppsScript.Script.Trigger): void {
    this.record('deleteTrigger');
    const id = this.host.ctx.meter.internal(() => trigger.getUniqueId());
    // Only the current user's triggers are visible to, and deletable by, the script.
    if (this.mine().some((t) => t.id === id)) this.host.registry.remove(id);
  }

  getScriptId(): string {
    this.record('getScriptId');
    return this.scriptId;
  }

  /** Which of the script's scopes (or of those listed) the user granted. */
  getAuthorizationInfo(authMode: unknown, oAuthScopes?: unknown): FakeAuthorizationInfo {
    this.record('getAuthorizationInfo');
    return authorizationInfo(this.host.ctx, this.scriptId, authMode, oAuthScopes);
  }

  getOAuthToken(): string {
    this.record('getOAuthToken');
    return `emulated-oauth-token:${this.host.currentUser()}`;
  }
}

export interface DueTrigger {
  trigger: TriggerInfo;
  atMs: number;
}

/** The event object a time-driven trigger passes to its function (fields in UTC). */
export interface ClockTriggerEvent {
  authMode: string;
  triggerUid: string;
  year: number;
  month: number;
  'day-of-month': number;
  /** 1 = Monday ... 7 = Sunday */
  'day-of-week': number;
  hour: number;
  minute: number;
  second: number;
  'week-of-year': number;
  timezone: string;
}

export interface ScriptServiceOptions {
  scriptId?: string;
}

export interface ScriptServiceHandle {
  global: FakeScriptApp;
  /** Every trigger of every user, in creation order. */
  triggers(): TriggerInfo[];
  /** Triggers on a spreadsheet or form, optionally of one event type. */
  triggersFor(sourceId: string, eventType?: EventTypeName): TriggerInfo[];
  formSubmitTriggersFor(spreadsheetId: string): TriggerInfo[];
  /** Time-driven runs in [fromMs, toMs), ordered by time then creation. */
  dueTimeTriggers(fromMs: number, toMs: number): DueTrigger[];
  clockEvent(trigger: TriggerInfo, atMs: number): ClockTriggerEvent;
  /** Who the script runs as for trigger ownership (default: ctx.accountEmail). */
  setCurrentUser(email: string): void;
  deleteAll(): void;
}

export function createScriptService(
  ctx: EmulatorContext,
  options: ScriptServiceOptions = {},
): ScriptServiceHandle {
  const registry = new TriggerRegistry();
  let user = ctx.accountEmail;
  const host: BuilderHost = { ctx, registry, currentUser: () => user };
  const global = new FakeScriptApp(host, options.scriptId ?? 'emulated-script-id');

  const triggersFor = (sourceId: string, eventType?: EventTypeName) =>
    registry
      .all()
      .filter(
        (t) => t.sourceId === sourceId && (eventType === undefined || t.eventType === eventType),
      );

  return {
    global,
    triggers: () => registry.all(),
    triggersFor,
    formSubmitTriggersFor: (spreadsheetId) =>
      triggersFor(spreadsheetId, 'ON_FORM_SUBMIT').filter((t) => t.source === 'SPREADSHEETS'),
    dueTimeTriggers(fromMs, toMs) {
      const due: DueTrigger[] = [];
      registry.all().forEach((trigger) => {
        if (!trigger.clock) return;
        for (const atMs of fireTimes(
          trigger.id,
          trigger.clock,
          trigger.createdAtMs,
          fromMs,
          toMs,
        )) {
          due.push({ trigger, atMs });
        }
      });
      // Stable sort keeps creation order for simultaneous runs.
      return due.sort((a, b) => a.atMs - b.atMs);
    },
    clockEvent(trigger, atMs) {
      const p = zonedParts(atMs, 'UTC');
      const jan1 = Date.UTC(p.year, 0, 1);
      return {
        authMode: AuthMode.FULL,
        triggerUid: trigger.id,
        year: p.year,
        month: p.month,
        'day-of-month': p.day,
        'day-of-week': p.weekday === 0 ? 7 : p.weekday,
        hour: p.hour,
        minute: p.minute,
        second: p.second,
        'week-of-year': Math.floor((atMs - jan1) / (7 * 86_400_000)) + 1,
        timezone: 'UTC',
      };
    },
    setCurrentUser(email) {
      user = email;
    },
    deleteAll: () => registry.clear(),
  };
}
