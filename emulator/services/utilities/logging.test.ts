import { createTestingContext } from '../testing-context';
import { createLoggingService } from './logging';

describe('Logger and console capture', () => {
  it('captures Logger and console output with virtual timestamps and levels', () => {
    const ctx = createTestingContext();
    const logs = createLoggingService(ctx);
    const t0 = ctx.clock.nowMs();
    logs.global.log('Sent %s reminders to %s', 3, 'members');
    logs.console.warn('quota low:', { remaining: 2 });
    const entries = logs.entries();
    expect(entries.map((e) => [e.source, e.level, e.message])).toEqual([
      ['Logger', 'log', 'Sent 3 reminders to members'],
      ['console', 'warn', 'quota low: { remaining: 2 }'],
    ]);
    expect(entries[0].atMs).toBeGreaterThan(t0);
    expect(entries[1].atMs).toBeGreaterThan(entries[0].atMs);
  });

  it('lets a test scan every log line for private data', () => {
    const ctx = createTestingContext();
    const logs = createLoggingService(ctx);
    logs.console.log('processed row', 7);
    logs.console.error(new Error('bad answer from ana@example.com'));
    expect(logs.text()).toContain('ana@example.com');
    logs.clearEntries();
    expect(logs.text()).toBe('');
  });

  it('Logger.getLog returns Logger messages since clear()', () => {
    const ctx = createTestingContext();
    const logs = createLoggingService(ctx);
    logs.global.log('one').log('two');
    logs.console.log('not in getLog');
    expect(logs.global.getLog()).toBe('one\ntwo');
    logs.global.clear();
    logs.global.log('three');
    expect(logs.global.getLog()).toBe('three');
  });

  it('counts calls per method', () => {
    const ctx = createTestingContext();
    const logs = createLoggingService(ctx);
    logs.global.log('a');
    logs.console.info('b');
    logs.console.info('c');
    expect(ctx.meter.snapshot()).toMatchObject({
      'Logger.Logger.log': 1,
      'console.console.info': 2,
    });
  });
});
