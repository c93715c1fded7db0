/**
 * The four failures the sweeps inject, each at one chosen step of an operation: a Sheets call
 * that times out, the mail quota running out, the script lock held by another execution, and
 * the run reaching Apps Script's time limit.
 */
import { Environment } from '../../../emulator/environment';
import { EXECUTION_LIMIT_MS, TIME_LIMIT_MESSAGE } from '../../../emulator/core/meter';
import { QUOTA_EXCEEDED } from '../../../emulator/services/mail/mail-service';
import { CallTrace, TracedCall } from './call-trace';

export interface FaultKind {
  name: string;
  /** The calls of a clean run at which this fault can be injected. */
  isTarget(call: TracedCall): boolean;
  /** Arms the fault at the k-th (1-based) of the clean run's `targets`. */
  arm(env: Environment, k: number, targets: readonly TracedCall[]): void;
  disarm(env: Environment): void;
  /** Whether the armed fault actually happened during the traced run. */
  fired(trace: CallTrace): boolean;
  /** Whether an execution's error is the fault itself (or a report of it), not a new defect. */
  explains(message: string): boolean;
}

export function sheetsTimeoutMessage(env: Environment): string {
  return `Service Spreadsheets timed out while accessing document with id ${env.spreadsheet.getId()}.`;
}

export const SHEETS_TIMEOUT: FaultKind = {
  name: 'Sheets call times out',
  isTarget: (call) => call.service === 'SpreadsheetApp',
  arm: (env, k) =>
    env.meter.injectFault({
      service: 'SpreadsheetApp',
      nth: k,
      message: sheetsTimeoutMessage(env),
    }),
  disarm: (env) => env.meter.clearFaults(),
  fired: (trace) => trace.thrown.some((message) => message.startsWith('Service Spreadsheets')),
  explains: (message) => message.includes('Service Spreadsheets timed out'),
};

/** From the k-th send on, every send fails: the day's recipients are used up. */
export const MAIL_QUOTA: FaultKind = {
  name: 'mail quota used up',
  isTarget: (call) => call.method === 'MailApp.sendEmail',
  arm: (env, k) =>
    env.meter.injectFault({
      service: 'MailApp',
      method: 'MailApp.sendEmail',
      nth: k,
      times: Number.POSITIVE_INFINITY,
      message: QUOTA_EXCEEDED,
    }),
  disarm: (env) => env.meter.clearFaults(),
  fired: (trace) => trace.thrown.includes(QUOTA_EXCEEDED),
  explains: (message) => message.includes(QUOTA_EXCEEDED),
};

/** Another execution holds the script lock for an hour: tryLock gives up after its wait. */
export const LOCK_BUSY: FaultKind = {
  name: 'script lock busy',
  isTarget: (call) => call.method === 'Lock.tryLock',
  arm: (env) => env.lock.holdScriptLockUntil(env.clock.nowMs() + 60 * 60 * 1000),
  // A hold that ends now has expired.
  disarm: (env) => env.lock.holdScriptLockUntil(env.clock.nowMs()),
  fired: (trace) =>
    trace.calls.some((call) => call.method === 'Lock.tryLock') &&
    !trace.calls.some((call) => call.method === 'Lock.releaseLock'),
  explains: () => false,
};

/**
 * The execution's time limit set between the elapsed times of calls k-1 and k of the clean run,
 * so the k-th call (and every call after it) throws "Exceeded maximum execution time".
 */
export const TIME_LIMIT: FaultKind = {
  name: 'time limit reached',
  isTarget: () => true,
  arm: (env, k, targets) => {
    const at = targets[k - 1].elapsedMs;
    const previous = k >= 2 ? targets[k - 2].elapsedMs : -2;
    env.meter.executionLimitMs = (previous + at) / 2;
  },
  disarm: (env) => {
    env.meter.executionLimitMs = EXECUTION_LIMIT_MS;
  },
  fired: (trace) => trace.thrown.includes(TIME_LIMIT_MESSAGE),
  explains: (message) => message.includes(TIME_LIMIT_MESSAGE),
};

/** Apps Script's generic message when a Google service fails for a moment. */
export const SERVER_ERROR =
  "We're sorry, a server error occurred. Please wait a bit and try again.";

export const FORMS_ERROR: FaultKind = {
  name: 'Forms call fails',
  isTarget: (call) => call.service === 'FormApp',
  arm: (env, k) => env.meter.injectFault({ service: 'FormApp', nth: k, message: SERVER_ERROR }),
  disarm: (env) => env.meter.clearFaults(),
  fired: (trace) => trace.thrown.includes(SERVER_ERROR),
  explains: (message) => message.includes(SERVER_ERROR),
};
