/**
 * Every handler that writes runs under the script lock, so concurrent form submissions and the
 * daily run never interleave their read-modify-write of a tab.
 */
export const LOCK_WAIT_MS = 30_000;

export class LockBusyError extends Error {
  constructor() {
    super('Peer Circle is busy with another task. Nothing was lost: please try again in a minute.');
    this.name = 'LockBusyError';
  }
}

/** Runs `work` holding the script lock; returns null without running it if the lock is busy. */
export function withScriptLock<T>(
  work: () => T,
  waitMs = LOCK_WAIT_MS,
): { ran: true; value: T } | { ran: false } {
  const lock = LockService.getScriptLock();
  if (!lock.tryLock(waitMs)) return { ran: false };
  try {
    const value = work();
    // Pending writes must reach the sheet before another execution can read it.
    SpreadsheetApp.flush();
    return { ran: true, value };
  } finally {
    lock.releaseLock();
  }
}
