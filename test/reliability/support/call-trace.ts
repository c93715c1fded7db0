/**
 * Watches the meter of one environment: every counted service call in order (with the
 * execution's elapsed virtual time just before it), and every error a call threw. It wraps the
 * meter's public `record` method rather than changing the emulator: a call is "counted" exactly
 * when `meter.total()` grows, so calls made inside `meter.internal` are left out, as the meter
 * leaves them out of `snapshot()`.
 */
import { Environment } from '../../../emulator/environment';
import { CallCost } from '../../../emulator/core/meter';

export interface TracedCall {
  service: string;
  method: string;
  /** Virtual ms since the execution began, when the call was made. */
  elapsedMs: number;
}

export interface CallTrace {
  readonly calls: TracedCall[];
  /** Messages of the errors calls threw (injected faults, the time limit, guards). */
  readonly thrown: string[];
  stop(): void;
}

export function traceCalls(env: Environment): CallTrace {
  const meter = env.meter;
  const record = meter.record;
  const calls: TracedCall[] = [];
  const thrown: string[] = [];
  meter.record = (service: string, method: string, cost?: CallCost): void => {
    const before = meter.total();
    const elapsedMs = meter.executionElapsedMs();
    try {
      record.call(meter, service, method, cost);
    } catch (error) {
      thrown.push(error instanceof Error ? error.message : String(error));
      throw error;
    }
    if (meter.total() > before) calls.push({ service, method, elapsedMs });
  };
  return {
    calls,
    thrown,
    stop: () => {
      meter.record = record;
    },
  };
}
