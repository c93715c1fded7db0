import { createTestingContext } from '../testing-context';
import { LOCK_TIMEOUT, createLockService } from './lock-service';

function setup() {
  const ctx = createTestingContext();
  const locks = createLockService(ctx);
  return { ctx, locks, LockService: locks.global };
}

describe('Lock basics', () => {
  it('tryLock acquires a free lock, hasLock reports it, releaseLock frees it', () => {
    const { LockService, locks } = setup();
    const lock = LockService.getScriptLock();
    expect(lock.hasLock()).toBe(false);
    expect(lock.tryLock(1000)).toBe(true);
    expect(lock.hasLock()).toBe(true);
    expect(locks.holderOf()).toBe('default-execution');
    lock.releaseLock();
    expect(lock.hasLock()).toBe(false);
    expect(locks.holderOf()).toBeNull();
  });

  it('releaseLock without the lock has no effect', () => {
    const { LockService, locks } = setup();
    locks.holdLockBy('other');
    LockService.getScriptLock().releaseLock();
    expect(locks.holderOf()).toBe('other');
  });

  it('keeps script, document and user locks separate', () => {
    const { LockService } = setup();
    expect(LockService.getScriptLock().tryLock(0)).toBe(true);
    expect(LockService.getDocumentLock().tryLock(0)).toBe(true);
    expect(LockService.getUserLock().tryLock(0)).toBe(true);
  });
});

describe('Lock contention in virtual time', () => {
  it('tryLock waits for a holder that releases within the timeout', () => {
    const { ctx, locks, LockService } = setup();
    const t0 = ctx.clock.nowMs();
    locks.holdScriptLockUntil(t0 + 3000);
    const lock = LockService.getScriptLock();
    expect(lock.tryLock(5000)).toBe(true);
    // The two calls cost 10 ms; the rest is the wait until the holder let go.
    expect(ctx.clock.nowMs()).toBe(t0 + 3000);
    expect(lock.hasLock()).toBe(true);
  });

  it('tryLock returns false after waiting out its timeout', () => {
    const { ctx, locks, LockService } = setup();
    const t0 = ctx.clock.nowMs();
    locks.holdScriptLockUntil(t0 + 60_000);
    const lock = LockService.getScriptLock();
    const before = ctx.clock.nowMs();
    expect(lock.tryLock(10_000)).toBe(false);
    expect(ctx.clock.nowMs() - before).toBe(5 + 10_000);
    expect(lock.hasLock()).toBe(false);
  });

  it('waitLock throws the lock-timeout error when the holder keeps it', () => {
    const { ctx, locks, LockService } = setup();
    locks.holdScriptLockUntil(ctx.clock.nowMs() + 60_000);
    expect(() => LockService.getScriptLock().waitLock(30_000)).toThrow(LOCK_TIMEOUT);
    expect(LOCK_TIMEOUT).toBe('Lock timeout: another process was holding the lock for too long.');
  });

  it('waitLock succeeds once the holder releases within the timeout', () => {
    const { ctx, locks, LockService } = setup();
    locks.holdScriptLockUntil(ctx.clock.nowMs() + 20_000);
    const lock = LockService.getScriptLock();
    expect(() => lock.waitLock(30_000)).not.toThrow();
    expect(lock.hasLock()).toBe(true);
  });

  it('interleaved executions: B cannot get the lock A holds until A ends', () => {
    const { locks, LockService } = setup();
    locks.beginExecution('A');
    const a = LockService.getScriptLock();
    expect(a.tryLock(1000)).toBe(true);

    locks.beginExecution('B'); // A is suspended mid-run
    const b = LockService.getScriptLock();
    expect(b.tryLock(30_000)).toBe(false);
    expect(() => b.waitLock(30_000)).toThrow(LOCK_TIMEOUT);
    locks.endExecution('B');

    expect(a.hasLock()).toBe(true);
    locks.endExecution('A'); // Apps Script releases locks when the script ends
    expect(locks.holderOf()).toBeNull();

    locks.beginExecution('C');
    expect(LockService.getScriptLock().tryLock(0)).toBe(true);
  });

  it('holdScriptLockBy: a suspended execution keeps the lock until it ends', () => {
    const { locks, LockService } = setup();
    locks.holdScriptLockBy('trigger-run-1');
    expect(LockService.getScriptLock().tryLock(5000)).toBe(false);
    locks.endExecution('trigger-run-1');
    expect(LockService.getScriptLock().tryLock(0)).toBe(true);
  });

  it('a lock obtained again in the same execution is already held', () => {
    const { locks, LockService } = setup();
    locks.beginExecution('A');
    expect(LockService.getScriptLock().tryLock(0)).toBe(true);
    expect(LockService.getScriptLock().hasLock()).toBe(true);
    expect(LockService.getScriptLock().tryLock(0)).toBe(true);
  });

  it('user locks are per user', () => {
    const ctx = createTestingContext();
    let user = 'a@example.org';
    const locks = createLockService(ctx, { currentUser: () => user });
    locks.beginExecution('A');
    expect(locks.global.getUserLock().tryLock(0)).toBe(true);
    locks.beginExecution('B');
    user = 'b@example.org';
    expect(locks.global.getUserLock().tryLock(0)).toBe(true);
    expect(locks.global.getScriptLock().tryLock(0)).toBe(true);
  });
});

describe('Lock metering', () => {
  it('counts calls and throws an injected fault at tryLock', () => {
    const { ctx, LockService } = setup();
    ctx.meter.injectFault({
      service: 'LockService',
      method: 'Lock.tryLock',
      message: 'Too many LockService operations.',
    });
    const lock = LockService.getScriptLock();
    expect(() => lock.tryLock(100)).toThrow('Too many LockService operations.');
    expect(lock.tryLock(100)).toBe(true);
    expect(ctx.meter.snapshot()).toEqual({
      'LockService.LockService.getScriptLock': 1,
      'LockService.Lock.tryLock': 1,
    });
  });
});
