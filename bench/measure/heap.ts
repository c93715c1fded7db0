/**
 * Heap growth during one operation. A script run is synchronous, so no timer can sample it:
 * the heap is sampled at every service call (the meter's `record`, wrapped on this project's
 * meter only), after every data call (when the rows just read exist), and at the end. The
 * baseline is taken after a full garbage collection. The peak is a lower bound of the true
 * peak, since a collection between two samples can hide a short-lived high.
 */
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { ServiceMeter } from '../../emulator/core/meter';

type Collect = () => void;

let collect: Collect | null | undefined;

/** A full garbage collection, if the runtime lets us trigger one (it does on Node 20). */
export function collectGarbage(): void {
  if (collect === undefined) {
    setFlagsFromString('--expose-gc');
    const gc: unknown = runInNewContext('typeof gc === "function" ? gc : null');
    collect = typeof gc === 'function' ? (gc as Collect) : null;
  }
  collect?.();
}

const usedHeap = (): number => getHeapStatistics().used_heap_size;

export interface HeapWatch {
  /** Records the heap now (call at any point of the operation). */
  sample(): void;
  /** Stops watching; the largest growth over the baseline, in bytes. */
  stop(): number;
}

export function watchHeap(meter: ServiceMeter): HeapWatch {
  collectGarbage();
  const baseline = usedHeap();
  let peak = baseline;
  const sample = () => {
    const used = usedHeap();
    if (used > peak) peak = used;
  };
  const record = meter.record;
  meter.record = (service, method, cost) => {
    sample();
    record.call(meter, service, method, cost);
  };
  return {
    sample,
    stop() {
      sample();
      meter.record = record;
      return peak - baseline;
    },
  };
}
