import { createTestingContext } from '../testing-context';
import {
  KEY_TOO_LARGE,
  MAX_VALUE_BYTES,
  VALUE_TOO_LARGE,
  createCacheService,
} from './cache-service';

function setup() {
  const ctx = createTestingContext();
  let user = 'ana@example.org';
  const cache = createCacheService(ctx, { currentUser: () => user });
  return { ctx, cache, CacheService: cache.global, setUser: (u: string) => (user = u) };
}

describe('Cache', () => {
  it('stores strings and returns null for missing keys', () => {
    const { CacheService } = setup();
    const c = CacheService.getScriptCache();
    expect(c.get('k')).toBeNull();
    c.put('k', 5 as unknown as string);
    expect(c.get('k')).toBe('5');
  });

  it('expires entries on the virtual clock, by default after 600 s', () => {
    const { ctx, CacheService } = setup();
    const c = CacheService.getScriptCache();
    c.put('default', 'v');
    c.put('short', 'v', 10);
    ctx.clock.advance(10_000);
    expect(c.get('short')).toBeNull();
    expect(c.get('default')).toBe('v');
    ctx.clock.advance(600_000);
    expect(c.get('default')).toBeNull();
  });

  it('caps expiry at 21600 s (6 hours)', () => {
    const { ctx, CacheService } = setup();
    const c = CacheService.getScriptCache();
    c.put('k', 'v', 100_000);
    ctx.clock.advance(21_600_000 - 1000);
    expect(c.get('k')).toBe('v');
    ctx.clock.advance(1000);
    expect(c.get('k')).toBeNull();
  });

  it('getAll, putAll, remove and removeAll', () => {
    const { CacheService } = setup();
    const c = CacheService.getScriptCache();
    c.putAll({ a: '1', b: '2', c: '3' }, 60);
    expect(c.getAll(['a', 'b', 'zz'])).toEqual({ a: '1', b: '2' });
    c.remove('a');
    c.removeAll(['b']);
    expect(c.getAll(['a', 'b', 'c'])).toEqual({ c: '3' });
  });

  it('rejects values over 100 KB and keys over 250 characters', () => {
    const { CacheService } = setup();
    const c = CacheService.getScriptCache();
    c.put('ok', 'x'.repeat(MAX_VALUE_BYTES));
    expect(() => c.put('big', 'x'.repeat(MAX_VALUE_BYTES + 1))).toThrow(VALUE_TOO_LARGE);
    c.put('k'.repeat(250), 'v');
    expect(() => c.put('k'.repeat(251), 'v')).toThrow(KEY_TOO_LARGE);
  });

  it('keeps script, document and per-user caches apart', () => {
    const { CacheService, setUser } = setup();
    CacheService.getScriptCache().put('k', 'script');
    CacheService.getDocumentCache().put('k', 'doc');
    CacheService.getUserCache().put('k', 'ana');
    setUser('bo@example.org');
    expect(CacheService.getUserCache().get('k')).toBeNull();
    expect(CacheService.getScriptCache().get('k')).toBe('script');
    expect(CacheService.getDocumentCache()!.get('k')).toBe('doc');
  });

  it('evictAll drops everything, as a real cache may', () => {
    const { cache, CacheService } = setup();
    CacheService.getScriptCache().put('k', 'v');
    CacheService.getUserCache().put('k', 'v');
    cache.evictAll();
    expect(CacheService.getScriptCache().get('k')).toBeNull();
    expect(CacheService.getUserCache().get('k')).toBeNull();
  });

  it('counts calls', () => {
    const { ctx, CacheService } = setup();
    const c = CacheService.getScriptCache();
    c.put('k', 'v');
    c.get('k');
    expect(ctx.meter.snapshot()).toEqual({
      'CacheService.CacheService.getScriptCache': 1,
      'CacheService.Cache.put': 1,
      'CacheService.Cache.get': 1,
    });
  });
});
