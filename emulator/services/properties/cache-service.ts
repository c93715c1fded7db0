/**
 * CacheService with expiry on the virtual clock. Limits from the reference: keys up to 250
 * characters, values up to 100 KB, expiry 1 s to 21600 s (default 600 s), about 1,000 items.
 * Real caches may also drop entries early; `evictAll()` lets a test simulate that.
 * https://developers.google.com/apps-script/reference/cache/cache
 */
import { EmulatorContext } from '../../core/context';

export const DEFAULT_EXPIRATION_S = 600;
export const MAX_EXPIRATION_S = 21_600;
export const MAX_KEY_LENGTH = 250;
export const MAX_VALUE_BYTES = 100 * 1024;
export const MAX_ITEMS = 1000;
/** Error wording seen from the real service for oversized values (key: by analogy). */
export const VALUE_TOO_LARGE = 'Argument too large: value';
export const KEY_TOO_LARGE = 'Argument too large: key';

interface Entry {
  value: string;
  expiresAtMs: number;
}

export class FakeCache implements GoogleAppsScript.Cache.Cache {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly ctx: EmulatorContext) {}

  private record(method: string): void {
    this.ctx.meter.record('CacheService', `Cache.${method}`);
  }

  private live(key: string): Entry | undefined {
    const e = this.entries.get(key);
    if (e && e.expiresAtMs <= this.ctx.clock.nowMs()) {
      this.entries.delete(key);
      return undefined;
    }
    return e;
  }

  private store(key: string, value: unknown, expirationInSeconds?: number): void {
    const k = String(key);
    const v = String(value);
    if (k.length > MAX_KEY_LENGTH) throw new Error(KEY_TOO_LARGE);
    if (Buffer.byteLength(v, 'utf8') > MAX_VALUE_BYTES) throw new Error(VALUE_TOO_LARGE);
    const seconds = Math.min(
      MAX_EXPIRATION_S,
      Math.max(1, Number(expirationInSeconds ?? DEFAULT_EXPIRATION_S)),
    );
    this.entries.delete(k); // re-insert at the end: Map order is the eviction order
    this.entries.set(k, { value: v, expiresAtMs: this.ctx.clock.nowMs() + seconds * 1000 });
    while (this.entries.size > MAX_ITEMS) {
      this.entries.delete(this.entries.keys().next().value as string);
    }
  }

  /** Emulator-side: drops every entry, as a real cache may at any time. */
  evictAll(): void {
    this.entries.clear();
  }

  get(key: string): string | null {
    this.record('get');
    return this.live(String(key))?.value ?? null;
  }

  getAll(keys: string[]): { [key: string]: string } {
    this.record('getAll');
    const out: { [key: string]: string } = {};
    for (const key of keys) {
      const e = this.live(String(key));
      if (e) out[String(key)] = e.value;
    }
    return out;
  }

  put(key: string, value: string, expirationInSeconds?: number): void {
    this.record('put');
    this.store(key, value, expirationInSeconds);
  }

  putAll(values: { [key: string]: string }, expirationInSeconds?: number): void {
    this.record('putAll');
    for (const key of Object.keys(values)) this.store(key, values[key], expirationInSeconds);
  }

  remove(key: string): void {
    this.record('remove');
    this.entries.delete(String(key));
  }

  removeAll(keys: string[]): void {
    this.record('removeAll');
    for (const key of keys) this.entries.delete(String(key));
  }
}

export interface CacheServiceOptions {
  currentUser?: () => string;
}

export class FakeCacheService implements GoogleAppsScript.Cache.CacheService {
  private readonly users = new Map<string, FakeCache>();

  constructor(
    private readonly ctx: EmulatorContext,
    readonly scriptCache: FakeCache,
    readonly documentCache: FakeCache,
    private readonly currentUser: () => string,
  ) {}

  private record(method: string): void {
    this.ctx.meter.record('CacheService', `CacheService.${method}`);
  }

  /** Emulator-side: every cache created so far. */
  allCaches(): FakeCache[] {
    return [this.scriptCache, this.documentCache, ...this.users.values()];
  }

  /** Emulator-side: a user's cache. */
  userCache(email: string): FakeCache {
    let cache = this.users.get(email);
    if (!cache) {
      cache = new FakeCache(this.ctx);
      this.users.set(email, cache);
    }
    return cache;
  }

  getScriptCache(): FakeCache {
    this.record('getScriptCache');
    return this.scriptCache;
  }

  getDocumentCache(): FakeCache {
    this.record('getDocumentCache');
    return this.documentCache;
  }

  getUserCache(): FakeCache {
    this.record('getUserCache');
    return this.userCache(this.currentUser());
  }
}

export interface CacheServiceHandle {
  global: FakeCacheService;
  /** Drops every cached entry in every cache. */
  evictAll(): void;
}

export function createCacheService(
  ctx: EmulatorContext,
  options: CacheServiceOptions = {},
): CacheServiceHandle {
  const global = new FakeCacheService(
    ctx,
    new FakeCache(ctx),
    new FakeCache(ctx),
    options.currentUser ?? (() => ctx.accountEmail),
  );
  return {
    global,
    evictAll: () => global.allCaches().forEach((c) => c.evictAll()),
  };
}
