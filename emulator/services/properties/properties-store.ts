/**
 * One property store (script, user or document). Values are strings; the size limits are the
 * published ones: 9 KB per value, 500 KB per store.
 * https://developers.google.com/apps-script/reference/properties/properties
 * https://developers.google.com/apps-script/guides/services/quotas#current_limitations
 */
import { EmulatorContext } from '../../core/context';

export const MAX_VALUE_BYTES = 9 * 1024;
export const MAX_STORE_BYTES = 500 * 1024;
/**
 * The quota error, as scripts report it both for a store over 500 KB and for a single value over
 * 9 KB (public reports of both cases; the reference does not quote it).
 */
export const PROPERTY_QUOTA_EXCEEDED =
  'You have exceeded the property storage quota. Please remove some properties and try again.';

const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

export class FakeProperties implements GoogleAppsScript.Properties.Properties {
  private readonly values = new Map<string, string>();

  constructor(private readonly ctx: EmulatorContext) {}

  private record(method: string): void {
    this.ctx.meter.record('PropertiesService', `Properties.${method}`);
  }

  /** Emulator-side: bytes used (keys and values, UTF-8). */
  usedBytes(): number {
    let total = 0;
    for (const [k, v] of this.values) total += bytes(k) + bytes(v);
    return total;
  }

  /** Emulator-side: a copy of the store, without metering. */
  snapshot(): Record<string, string> {
    return Object.fromEntries(this.values);
  }

  /** Applies the writes only if the store stays within its limits (all or nothing). */
  private write(entries: [string, string][], deleteAllOthers: boolean): void {
    const next = new Map(deleteAllOthers ? [] : this.values);
    for (const [key, value] of entries) {
      if (bytes(value) > MAX_VALUE_BYTES) throw new Error(PROPERTY_QUOTA_EXCEEDED);
      next.set(key, value);
    }
    let total = 0;
    for (const [k, v] of next) total += bytes(k) + bytes(v);
    if (total > MAX_STORE_BYTES) throw new Error(PROPERTY_QUOTA_EXCEEDED);
    this.values.clear();
    for (const [k, v] of next) this.values.set(k, v);
  }

  getProperty(key: string): string | null {
    this.record('getProperty');
    return this.values.get(String(key)) ?? null;
  }

  getProperties(): { [key: string]: string } {
    this.record('getProperties');
    return this.snapshot();
  }

  getKeys(): string[] {
    this.record('getKeys');
    return [...this.values.keys()];
  }

  /** Non-string values are stored as their string form, as Apps Script does. */
  setProperty(key: string, value: string): FakeProperties {
    this.record('setProperty');
    this.write([[String(key), String(value)]], false);
    return this;
  }

  setProperties(properties: { [key: string]: string }, deleteAllOthers = false): FakeProperties {
    this.record('setProperties');
    const entries = Object.keys(properties).map((k): [string, string] => [
      k,
      String(properties[k]),
    ]);
    this.write(entries, deleteAllOthers === true);
    return this;
  }

  deleteProperty(key: string): FakeProperties {
    this.record('deleteProperty');
    this.values.delete(String(key));
    return this;
  }

  deleteAllProperties(): FakeProperties {
    this.record('deleteAllProperties');
    this.values.clear();
    return this;
  }
}
