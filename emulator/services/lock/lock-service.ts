/**
 * LockService over virtual time. The emulator runs one execution at a time, so contention is
 * staged: another execution "holds" a lock, either until a virtual time (tryLock waits for it,
 * advancing the clock, when that is within the timeout) or until it ends (a suspended
 * execution in an interleaving test: waiting cannot help, so tryLock spends its whole timeout).
 * Locks an execution still holds are released when it ends, as Apps Script does.
 * https://developers.google.com/apps-script/reference/lock/lock
 * https://developers.google.com/apps-script/reference/lock/lock-service
 */
import { EmulatorContext } from '../../core/context';

/**
 * waitLock's timeout error, as scripts report it ("Exception: Lock timeout: ...").
 * The reference only says it "throws an exception"; the wording comes from public reports.
 */
export const LOCK_TIMEOUT = 'Lock timeout: another process was holding the lock for too long.';

/** Execution id used when no execution was begun (e.g. a unit test calling the script). */
export const DEFAULT_EXECUTION = 'default-execution';

interface Holder {
  executionId: string;
  /** Virtual time the holder releases it; null = when its execution ends. */
  untilMs: number | null;
}

class LockTable {
  private readonly holders = new Map<string, Holder>();

  constructor(private readonly ctx: EmulatorContext) {}

  holder(key: string): Holder | undefined {
    const h = this.holders.get(key);
    if (h && h.untilMs !== null && h.untilMs <= this.ctx.clock.nowMs()) {
      this.holders.delete(key);
      return undefined;
    }
    return h;
  }

  set(key: string, holder: Holder): void {
    this.holders.set(key, holder);
  }

  release(key: string, executionId: string): void {
    if (this.holder(key)?.executionId === executionId) this.holders.delete(key);
  }

  releaseAllOf(executionId: string): void {
    for (const [key, h] of [...this.holders]) {
      if (h.executionId === executionId) this.holders.delete(key);
    }
  }
}

export class FakeLock implements GoogleAppsScript.Lock.Lock {
  constructor(
    private readonly ctx: EmulatorContext,
    private readonly table: LockTable,
    private readonly key: string,
    private readonly executionId: string,
  ) {}

  private acquire(timeoutInMillis: number): boolean {
    const timeout = Number(timeoutInMillis) || 0;
    // A negative timeout never acquires, even a free lock: tryLock(-1) is false and waitLock(-1)
    // throws (observed on live Apps Script by the gas-fakes suite; see
    // shared/APPS-SCRIPT-NOTES.md, "Small behaviours from the peer suite").
    if (timeout < 0) return false;
    const holder = this.table.holder(this.key);
    if (holder && holder.executionId !== this.executionId) {
      const waitMs = holder.untilMs === null ? Infinity : holder.untilMs - this.ctx.clock.nowMs();
      if (waitMs > timeout) {
        this.ctx.clock.advance(timeout);
        return false;
      }
      this.ctx.clock.advance(waitMs);
    }
    this.table.set(this.key, { executionId: this.executionId, untilMs: null });
    return true;
  }

  tryLock(timeoutInMillis: number): boolean {
    this.ctx.meter.record('LockService', 'Lock.tryLock');
    return this.acquire(timeoutInMillis);
  }

  waitLock(timeoutInMillis: number): void {
    this.ctx.meter.record('LockService', 'Lock.waitLock');
    if (!this.acquire(timeoutInMillis)) throw new Error(LOCK_TIMEOUT);
  }

  /** "This method has no effect if the lock has not been acquired." */
  releaseLock(): void {
    this.ctx.meter.record('LockService', 'Lock.releaseLock');
    this.table.release(this.key, this.executionId);
  }

  hasLock(): boolean {
    this.ctx.meter.record('LockService', 'Lock.hasLock');
    return this.table.holder(this.key)?.executionId === this.executionId;
  }
}

export type LockKind = 'script' | 'document' | 'user';

export interface LockServiceOptions {
  /** Whose user lock getUserLock returns (default: ctx.accountEmail). */
  currentUser?: () => string;
}

export interface LockServiceHandle {
  global: FakeLockService;
  /** Marks the start of an execution: locks obtained from now on belong to it. */
  beginExecution(executionId: string): void;
  /** Releases what the execution still holds and returns to the execution that was running. */
  endExecution(executionId: string): void;
  /** Another execution holds the script lock until virtual time `untilMs`. */
  holdScriptLockUntil(untilMs: number): void;
  /** An execution holds a lock until it ends (for interleaving tests). */
  holdLockBy(executionId: string, kind?: LockKind): void;
  /** Same as holdLockBy(executionId, 'script'). */
  holdScriptLockBy(executionId: string): void;
  /** The execution holding a lock now, if any. */
  holderOf(kind?: LockKind): string | null;
}

export class FakeLockService implements GoogleAppsScript.Lock.LockService {
  constructor(
    private readonly ctx: EmulatorContext,
    private readonly table: LockTable,
    private readonly currentExecution: () => string,
    private readonly currentUser: () => string,
  ) {}

  private lock(method: string, key: string): FakeLock {
    this.ctx.meter.record('LockService', `LockService.${method}`);
    return new FakeLock(this.ctx, this.table, key, this.currentExecution());
  }

  getScriptLock(): FakeLock {
    return this.lock('getScriptLock', 'script');
  }

  getDocumentLock(): FakeLock {
    return this.lock('getDocumentLock', 'document');
  }

  getUserLock(): FakeLock {
    return this.lock('getUserLock', `user:${this.currentUser()}`);
  }
}

export function createLockService(
  ctx: EmulatorContext,
  options: LockServiceOptions = {},
): LockServiceHandle {
  const table = new LockTable(ctx);
  const running: string[] = [];
  const current = () => running[running.length - 1] ?? DEFAULT_EXECUTION;
  const currentUser = options.currentUser ?? (() => ctx.accountEmail);
  const keyOf = (kind: LockKind) => (kind === 'user' ? `user:${currentUser()}` : kind);
  return {
    global: new FakeLockService(ctx, table, current, currentUser),
    beginExecution(executionId) {
      running.push(executionId);
    },
    endExecution(executionId) {
      table.releaseAllOf(executionId);
      const i = running.lastIndexOf(executionId);
      if (i >= 0) running.splice(i, 1);
    },
    holdScriptLockUntil(untilMs) {
      table.set('script', { executionId: 'another-execution', untilMs });
    },
    holdLockBy(executionId, kind = 'script') {
      table.set(keyOf(kind), { executionId, untilMs: null });
    },
    holdScriptLockBy(executionId) {
      table.set('script', { executionId, untilMs: null });
    },
    holderOf(kind = 'script') {
      return table.holder(keyOf(kind))?.executionId ?? null;
    },
  };
}
