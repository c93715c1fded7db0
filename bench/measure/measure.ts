/**
 * Measures one operation on one project: the service calls it makes (by method, and data calls
 * by tab), the virtual latency the meter charged for them, the Node time of the execution
 * alone (performance.now around `run`, after an untimed `prepare` and a garbage collection),
 * and the heap growth during it.
 */
import { Environment } from '../../emulator/environment';
import { countDataCalls, DataCalls } from './data-calls';
import { collectGarbage, watchHeap } from './heap';
import { Operation } from './operations';
import { startTrace, stopTrace, TabCalls } from './tab-tracer';

export interface Measurement {
  ok: boolean;
  error: string | null;
  /** Executions the operation caused (1 expected). */
  executions: number;
  /** Every counted call, by "Service.Class.method". */
  calls: Record<string, number>;
  dataCalls: DataCalls;
  byTab: Record<string, TabCalls>;
  cellsMoved: number;
  /** Virtual service latency the meter charged (ms). */
  serviceMs: number;
  /** Node wall time of the execution(s) (ms). */
  computeMs: number;
  /** Of which inside the emulator's data calls (ms). */
  dataCallMs: number;
  heapIncreaseBytes: number;
}

/** A run that could not start (its untimed preparation failed). */
function notStarted(error: unknown): Measurement {
  return {
    ok: false,
    error: `preparation failed: ${String(error)}`,
    executions: 0,
    calls: {},
    dataCalls: { reads: 0, writes: 0, total: 0 },
    byTab: {},
    cellsMoved: 0,
    serviceMs: 0,
    computeMs: 0,
    dataCallMs: 0,
    heapIncreaseBytes: 0,
  };
}

export function measure(env: Environment, operation: Operation): Measurement {
  try {
    operation.prepare(env);
  } catch (error) {
    return notStarted(error);
  }
  collectGarbage();
  env.meter.reset();
  const heap = watchHeap(env.meter);
  startTrace(env.meter, heap.sample);
  const started = performance.now();
  let records: ReturnType<Operation['run']> = [];
  let thrown: unknown = null;
  try {
    records = operation.run(env);
  } catch (error) {
    thrown = error;
  }
  const computeMs = performance.now() - started;
  const trace = stopTrace();
  const heapIncreaseBytes = heap.stop();
  const calls = env.meter.snapshot();
  const failed = records.find((record) => !record.ok);
  const error =
    thrown !== null
      ? String(thrown)
      : records.length !== 1
        ? `expected one execution, got ${records.length}`
        : failed
          ? (failed.error?.message ?? 'failed')
          : null;
  return {
    ok: error === null,
    error,
    executions: records.length,
    calls,
    dataCalls: countDataCalls(calls),
    byTab: trace.byTab,
    cellsMoved: trace.cellsMoved,
    serviceMs: env.meter.chargedMs,
    computeMs,
    dataCallMs: trace.dataCallMs,
    heapIncreaseBytes,
  };
}
