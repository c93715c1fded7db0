/**
 * Installable triggers: the registry the emulator keeps, and the Trigger objects the script
 * receives (fresh wrappers over a snapshot, as getProjectTriggers returns new objects).
 * https://developers.google.com/apps-script/reference/script/trigger
 */
import { EmulatorContext } from '../../core/context';
import { EventTypeName, TriggerSourceName } from './enums';
import { ClockSpec } from './schedule';

export interface TriggerInfo {
  readonly id: string;
  readonly handler: string;
  readonly eventType: EventTypeName;
  readonly source: TriggerSourceName;
  /** Spreadsheet or form id; null for time-driven triggers. */
  readonly sourceId: string | null;
  /** The account that created it; the trigger runs as this account. */
  readonly owner: string;
  readonly createdAtMs: number;
  readonly clock?: ClockSpec;
}

/**
 * "Triggers: 20 / user / script", and the error when a 21st is created.
 * https://developers.google.com/apps-script/guides/services/quotas#current_limitations
 */
export const MAX_TRIGGERS_PER_USER = 20;
export const TOO_MANY_TRIGGERS =
  'This script has too many triggers. Triggers must be deleted from the script before more can be added.';

export class TriggerRegistry {
  private readonly list: TriggerInfo[] = [];

  add(info: TriggerInfo): void {
    const owned = this.list.filter((t) => t.owner === info.owner).length;
    if (owned >= MAX_TRIGGERS_PER_USER) throw new Error(TOO_MANY_TRIGGERS);
    this.list.push(info);
  }

  remove(id: string): boolean {
    const i = this.list.findIndex((t) => t.id === id);
    if (i < 0) return false;
    this.list.splice(i, 1);
    return true;
  }

  all(): TriggerInfo[] {
    return [...this.list];
  }

  clear(): void {
    this.list.length = 0;
  }
}

export class FakeTrigger implements GoogleAppsScript.Script.Trigger {
  constructor(
    private readonly ctx: EmulatorContext,
    /** Emulator-side: the trigger as registered. */
    readonly info: TriggerInfo,
  ) {}

  private record(method: string): void {
    this.ctx.meter.record('ScriptApp', `Trigger.${method}`);
  }

  getUniqueId(): string {
    this.record('getUniqueId');
    return this.info.id;
  }

  getHandlerFunction(): string {
    this.record('getHandlerFunction');
    return this.info.handler;
  }

  getEventType(): GoogleAppsScript.Script.EventType {
    this.record('getEventType');
    return this.info.eventType as unknown as GoogleAppsScript.Script.EventType;
  }

  getTriggerSource(): GoogleAppsScript.Script.TriggerSource {
    this.record('getTriggerSource');
    return this.info.source as unknown as GoogleAppsScript.Script.TriggerSource;
  }

  /** "For clock events, this returns null." */
  getTriggerSourceId(): string {
    this.record('getTriggerSourceId');
    // The type says string, the documented value for clock triggers is null.
    return this.info.sourceId as string;
  }
}
