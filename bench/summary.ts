/**
 * Folds the repetitions of one operation on one group into the figures reported: calls from
 * the first run (and whether every run made the same calls), the floor and the ratio, the
 * median Node time, the largest heap growth, and the Apps Script time estimate.
 */
import { floorFor, Floor } from './floors';
import { estimate, Estimate } from './latency';
import { byService, DataCalls } from './measure/data-calls';
import { Measurement } from './measure/measure';
import { OperationId } from './measure/operations';
import { TabCalls } from './measure/tab-tracer';

export interface Spread {
  median: number;
  min: number;
  max: number;
  runs: number[];
}

export type OperationStatus = 'measured' | 'failed' | 'not available in this build';

export interface OperationSummary {
  status: OperationStatus;
  /** Why it failed or is not available. */
  reason: string | null;
  /** Measurements made. */
  repetitions: number;
  calls: Record<string, number>;
  callsByService: Record<string, Record<string, number>>;
  /** Every repetition made exactly the same calls. */
  callsStable: boolean;
  dataCalls: DataCalls;
  byTab: Record<string, TabCalls>;
  floor: Floor;
  /** Data calls / floor (NaN when not measured). */
  ratio: number;
  cellsMoved: number;
  serviceMs: number;
  computeMs: Spread;
  dataCallMs: number;
  heapIncreaseMB: number;
  estimate: Estimate;
}

export function spread(values: readonly number[]): Spread {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median =
    sorted.length === 0
      ? NaN
      : sorted.length % 2 === 1
        ? sorted[middle]
        : (sorted[middle - 1] + sorted[middle]) / 2;
  return {
    median,
    min: sorted[0] ?? NaN,
    max: sorted[sorted.length - 1] ?? NaN,
    runs: [...values],
  };
}

const sameCalls = (a: Record<string, number>, b: Record<string, number>) =>
  JSON.stringify(a) === JSON.stringify(b);

export function summarise(
  operation: OperationId,
  runs: readonly Measurement[],
  unavailable: string | null,
): OperationSummary {
  const first = runs[0];
  const failed = runs.find((run) => !run.ok);
  const status: OperationStatus =
    unavailable !== null ? 'not available in this build' : failed || !first ? 'failed' : 'measured';
  const byTab = first?.byTab ?? {};
  const floor = floorFor(operation, byTab);
  const dataCalls = first?.dataCalls ?? { reads: 0, writes: 0, total: 0 };
  const compute = spread(runs.map((run) => run.computeMs));
  const serviceMs = first?.serviceMs ?? 0;
  const cellsMoved = first?.cellsMoved ?? 0;
  return {
    status,
    reason: unavailable ?? failed?.error ?? (first ? null : 'no run'),
    repetitions: runs.length,
    calls: first?.calls ?? {},
    callsByService: byService(first?.calls ?? {}),
    callsStable: runs.every((run) => sameCalls(run.calls, runs[0].calls)),
    dataCalls,
    byTab,
    floor,
    ratio: status !== 'measured' || floor.total === 0 ? NaN : dataCalls.total / floor.total,
    cellsMoved,
    serviceMs,
    computeMs: compute,
    dataCallMs: spread(runs.map((run) => run.dataCallMs)).median,
    heapIncreaseMB: Math.max(0, ...runs.map((run) => run.heapIncreaseBytes)) / 1e6,
    estimate: estimate(serviceMs, compute.median, cellsMoved),
  };
}
