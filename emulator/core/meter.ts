/**
 * Counts every service call a script makes, charges it virtual latency, enforces the 6-minute
 * execution limit, and lets tests inject faults at any call. One meter serves one emulated
 * project; `beginExecution` marks the start of each trigger or menu run.
 *
 * Latency model (see README "Benchmark"): Google's best-practices page measured ~7 ms per
 * per-cell call; public measurements put a batched range read/write at ~10 ms plus ~0.5 µs per
 * cell, a flush at ~600 ms, a property get/set at ~30/60 ms.
 * https://developers.google.com/apps-script/guides/support/best-practices
 */
import { VirtualClock } from './clock';
import type { ScopeGrant } from './scopes';

export interface CallCost {
  /** Cells moved by the call, for range reads and writes. */
  cells?: number;
  /** Fixed latency override in ms. */
  latencyMs?: number;
}

export interface FaultRule {
  /** e.g. 'SpreadsheetApp' */
  service: string;
  /** e.g. 'Range.setValues'; omitted = any method of the service. */
  method?: string;
  /** Fire on the nth matching call (1-based) of the current rule's life; omitted = the first. */
  nth?: number;
  /**
   * Counts matching calls only once a call to this `Service.method` (e.g. 'MailApp.sendEmail')
   * has happened, so a test can say "the first write after an email" without counting the
   * writes before it, which change whenever the product gains or loses one.
   */
  after?: string;
  /** How many times the fault fires once reached (default 1). */
  times?: number;
  /** The error to throw (Apps Script errors are plain `Error`s with a message). */
  message: string;
}

/** Execution time limit for a script run: 6 minutes. https://developers.google.com/apps-script/guides/services/quotas */
export const EXECUTION_LIMIT_MS = 6 * 60 * 1000;
export const TIME_LIMIT_MESSAGE = 'Exceeded maximum execution time';

const DEFAULT_LATENCY_MS: Record<string, number> = {
  'Range.getValues': 10,
  'Range.getDisplayValues': 10,
  'Range.setValues': 10,
  'Range.getFormulas': 10,
  'SpreadsheetApp.flush': 600,
  'Properties.getProperty': 30,
  'Properties.getProperties': 30,
  'Properties.setProperty': 60,
  'Properties.setProperties': 60,
  'Properties.deleteProperty': 60,
  'MailApp.sendEmail': 100,
};
const DEFAULT_CALL_MS = 5;
const PER_CELL_MS = 0.0005;

interface ActiveFault extends FaultRule {
  seen: number;
  fired: number;
  armed: boolean;
}

export class ServiceMeter {
  private readonly counts = new Map<string, number>();
  private readonly faults: ActiveFault[] = [];
  private executionStartMs: number | null = null;
  private suspended = 0;
  /** Time limit for the current execution; tests may lower it to simulate a long run. */
  executionLimitMs = EXECUTION_LIMIT_MS;
  /** Virtual ms charged to service calls since the meter was created or reset. */
  chargedMs = 0;
  /**
   * Checked before every counted call; throws to refuse it. The environment uses it for what a
   * run may not do in its context (a simple trigger's missing authorisation, no UI in triggers).
   */
  callGuard: ((service: string, method: string) => void) | null = null;
  /**
   * The OAuth scopes the user granted: every counted call must be documented in the scope table
   * and have one of its scopes granted (emulator/core/scopes.ts); null = not checked.
   */
  scopes: ScopeGrant | null = null;

  constructor(private readonly clock: VirtualClock) {}

  beginExecution(): void {
    this.executionStartMs = this.clock.nowMs();
  }

  endExecution(): void {
    this.executionStartMs = null;
  }

  /** Virtual ms elapsed in the current execution (0 outside one). */
  executionElapsedMs(): number {
    return this.executionStartMs === null ? 0 : this.clock.nowMs() - this.executionStartMs;
  }

  /**
   * Called at the top of every public method of every fake. Throws an injected fault or the
   * time-limit error instead of doing the call, exactly where Apps Script would.
   */
  record(service: string, method: string, cost: CallCost = {}): void {
    if (this.suspended > 0) return;
    this.checkTimeLimit();
    this.callGuard?.(service, method);
    this.scopes?.check(service, method);
    this.throwInjectedFault(service, method);
    const key = `${service}.${method}`;
    for (const fault of this.faults) if (fault.after === key) fault.armed = true;
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
    const latency =
      cost.latencyMs ??
      (DEFAULT_LATENCY_MS[method] ?? DEFAULT_LATENCY_MS[key] ?? DEFAULT_CALL_MS) +
        (cost.cells ?? 0) * PER_CELL_MS;
    this.chargedMs += latency;
    this.clock.advance(latency);
  }

  /** Runs emulator-internal work (e.g. a form appending its response row) without counting it. */
  internal<T>(work: () => T): T {
    this.suspended += 1;
    try {
      return work();
    } finally {
      this.suspended -= 1;
    }
  }

  injectFault(rule: FaultRule): void {
    this.faults.push({ ...rule, seen: 0, fired: 0, armed: rule.after === undefined });
  }

  clearFaults(): void {
    this.faults.length = 0;
  }

  /** Calls by `Service.method`, e.g. `{ 'SpreadsheetApp.Range.getValues': 3 }`. */
  snapshot(): Record<string, number> {
    return Object.fromEntries([...this.counts.entries()].sort(([a], [b]) => a.localeCompare(b)));
  }

  total(filter?: (key: string) => boolean): number {
    let sum = 0;
    for (const [key, n] of this.counts) if (!filter || filter(key)) sum += n;
    return sum;
  }

  reset(): void {
    this.counts.clear();
    this.chargedMs = 0;
  }

  private checkTimeLimit(): void {
    if (this.executionStartMs !== null && this.executionElapsedMs() > this.executionLimitMs) {
      throw new Error(TIME_LIMIT_MESSAGE);
    }
  }

  private throwInjectedFault(service: string, method: string): void {
    for (const fault of this.faults) {
      if (fault.service !== service) continue;
      if (fault.method !== undefined && fault.method !== method) continue;
      if (!fault.armed) continue;
      fault.seen += 1;
      const firstFiring = fault.nth ?? 1;
      if (fault.seen >= firstFiring && fault.fired < (fault.times ?? 1)) {
        fault.fired += 1;
        throw new Error(fault.message);
      }
    }
  }
}
