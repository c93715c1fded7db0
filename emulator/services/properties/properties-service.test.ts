import { createTestingContext } from '../testing-context';
import { createPropertiesService } from './properties-service';
import { MAX_STORE_BYTES, MAX_VALUE_BYTES, PROPERTY_QUOTA_EXCEEDED } from './properties-store';

function setup() {
  const ctx = createTestingContext();
  let user = 'ana@example.org';
  const props = createPropertiesService(ctx, { currentUser: () => user });
  return { ctx, props, PropertiesService: props.global, setUser: (u: string) => (user = u) };
}

describe('Properties basics', () => {
  it('returns null for a missing key and strings for stored ones', () => {
    const { PropertiesService } = setup();
    const p = PropertiesService.getScriptProperties();
    expect(p.getProperty('missing')).toBeNull();
    p.setProperty('count', 42 as unknown as string).setProperty('flag', true as unknown as string);
    expect(p.getProperty('count')).toBe('42');
    expect(p.getProperty('flag')).toBe('true');
  });

  it('getProperties returns a copy; getKeys lists keys', () => {
    const { PropertiesService } = setup();
    const p = PropertiesService.getScriptProperties();
    p.setProperties({ a: '1', b: '2' });
    const all = p.getProperties();
    all.a = 'changed';
    expect(p.getProperty('a')).toBe('1');
    expect(p.getKeys().sort()).toEqual(['a', 'b']);
  });

  it('setProperties(obj, true) deletes all others', () => {
    const { PropertiesService } = setup();
    const p = PropertiesService.getScriptProperties();
    p.setProperties({ a: '1', b: '2' });
    p.setProperties({ c: '3' }, true);
    expect(p.getProperties()).toEqual({ c: '3' });
  });

  it('deletes one or all properties', () => {
    const { PropertiesService } = setup();
    const p = PropertiesService.getScriptProperties();
    p.setProperties({ a: '1', b: '2' });
    p.deleteProperty('a');
    expect(p.getKeys()).toEqual(['b']);
    p.deleteAllProperties();
    expect(p.getKeys()).toEqual([]);
  });
});

describe('Properties stores are separate', () => {
  it('keeps script, user and document properties apart', () => {
    const { PropertiesService, props } = setup();
    PropertiesService.getScriptProperties().setProperty('k', 'script');
    PropertiesService.getUserProperties().setProperty('k', 'user');
    PropertiesService.getDocumentProperties().setProperty('k', 'document');
    expect(PropertiesService.getScriptProperties().getProperty('k')).toBe('script');
    expect(PropertiesService.getUserProperties().getProperty('k')).toBe('user');
    expect(PropertiesService.getDocumentProperties().getProperty('k')).toBe('document');
    expect(props.scriptProperties()).toEqual({ k: 'script' });
  });

  it('gives each user their own user properties', () => {
    const { PropertiesService, props, setUser } = setup();
    PropertiesService.getUserProperties().setProperty('pref', 'ana');
    setUser('bo@example.org');
    expect(PropertiesService.getUserProperties().getProperty('pref')).toBeNull();
    expect(props.userProperties('ana@example.org')).toEqual({ pref: 'ana' });
  });
});

describe('Properties size limits', () => {
  it('accepts a 9 KB value and rejects a larger one, leaving the store unchanged', () => {
    const { PropertiesService } = setup();
    const p = PropertiesService.getScriptProperties();
    p.setProperty('ok', 'x'.repeat(MAX_VALUE_BYTES));
    expect(() => p.setProperty('big', 'x'.repeat(MAX_VALUE_BYTES + 1))).toThrow(
      PROPERTY_QUOTA_EXCEEDED,
    );
    expect(p.getProperty('big')).toBeNull();
  });

  it('measures values in UTF-8 bytes', () => {
    const { PropertiesService } = setup();
    const p = PropertiesService.getScriptProperties();
    expect(() => p.setProperty('k', 'é'.repeat(MAX_VALUE_BYTES / 2 + 1))).toThrow(
      PROPERTY_QUOTA_EXCEEDED,
    );
  });

  it('rejects writes past 500 KB per store with the real message, all or nothing', () => {
    const { PropertiesService, props } = setup();
    const p = PropertiesService.getScriptProperties();
    const nineKb = 'y'.repeat(9000);
    let n = 0;
    expect(() => {
      for (;;) p.setProperty(`K${n++}`, nineKb);
    }).toThrow(
      'You have exceeded the property storage quota. Please remove some properties and try again.',
    );
    expect(n).toBe(Math.floor(MAX_STORE_BYTES / 9003) + 1);
    expect(props.stores.script.usedBytes()).toBeLessThanOrEqual(MAX_STORE_BYTES);
    const before = p.getKeys().length;
    expect(() => p.setProperties({ x: 'small', y: nineKb, z: nineKb })).toThrow(
      PROPERTY_QUOTA_EXCEEDED,
    );
    expect(p.getKeys()).toHaveLength(before);
    // Overwriting an existing key counts its new size only.
    expect(() => p.setProperty('K0', 'small')).not.toThrow();
  });

  it('the user store has its own 500 KB', () => {
    const { PropertiesService } = setup();
    const nineKb = 'y'.repeat(9000);
    for (let i = 0; i < 50; i++)
      PropertiesService.getScriptProperties().setProperty(`K${i}`, nineKb);
    expect(() => PropertiesService.getUserProperties().setProperty('K', nineKb)).not.toThrow();
  });
});

describe('Properties metering', () => {
  it('charges get 30 ms and set 60 ms, and counts them', () => {
    const { ctx, PropertiesService } = setup();
    const p = PropertiesService.getScriptProperties();
    const t0 = ctx.clock.nowMs();
    p.setProperty('a', '1');
    p.getProperty('a');
    expect(ctx.clock.nowMs() - t0).toBe(90);
    expect(ctx.meter.snapshot()).toMatchObject({
      'PropertiesService.Properties.getProperty': 1,
      'PropertiesService.Properties.setProperty': 1,
    });
  });

  it('throws an injected fault at the chosen call', () => {
    const { ctx, PropertiesService } = setup();
    ctx.meter.injectFault({
      service: 'PropertiesService',
      method: 'Properties.setProperty',
      message: 'Service error: Properties',
    });
    const p = PropertiesService.getScriptProperties();
    expect(() => p.setProperty('a', '1')).toThrow('Service error: Properties');
    expect(p.getProperty('a')).toBeNull();
  });
});
