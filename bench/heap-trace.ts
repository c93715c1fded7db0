/**
 * Where the daily run's heap grows: builds one group's project and prints the heap at each
 * service call where it has grown by more than 10 MB since the last line, with the call.
 *   npx tsx bench/heap-trace.ts 1000x10
 */
import { compiledBundle } from '../test/integration/harness';
import { buildGroup } from './fixtures/group';
import { buildProject, layOut, readHeaders, setUpEmptyProject } from './fixtures/project';
import { collectGarbage } from './measure/heap';
import { OPERATIONS } from './measure/operations';
import { getHeapStatistics } from 'node:v8';
import { FakeRange } from '../emulator/services/spreadsheet/range';

const [members, years] = (process.argv[2] ?? '300x3').split('x').map(Number);
const code = compiledBundle();
const group = buildGroup({ members, weeks: Math.round(years * 52) });
const env0 = setUpEmptyProject(code);
const env = buildProject(code, layOut(group, readHeaders(env0)));
const daily = OPERATIONS.find((operation) => operation.id === 'dailyRun')!;
daily.prepare(env);
collectGarbage();
const MB = 1024 * 1024;
const base = getHeapStatistics().used_heap_size;
let last = base;
let peak = base;
const record = env.meter.record;
env.meter.record = (service, method, cost) => {
  const used = getHeapStatistics().used_heap_size;
  peak = Math.max(peak, used);
  if (Math.abs(used - last) > 10 * MB) {
    console.log(`${((used - base) / MB).toFixed(0).padStart(6)} MB  ${service}.${method}`);
    last = used;
  }
  record.call(env.meter, service, method, cost);
};
const rangeProto = FakeRange.prototype as unknown as Record<string, (...a: unknown[]) => unknown>;
for (const method of ['getValues', 'setValues']) {
  const original = rangeProto[method];
  rangeProto[method] = function (this: FakeRange, ...args: unknown[]) {
    const before = getHeapStatistics().used_heap_size;
    const result = original.apply(this, args);
    const after = getHeapStatistics().used_heap_size;
    peak = Math.max(peak, after);
    console.log(
      `${((before - base) / MB).toFixed(0).padStart(6)} -> ${((after - base) / MB).toFixed(0).padStart(6)} MB  ${method} ${this.getSheet().getName()} ${this.getNumRows()}x${this.getNumColumns()}`,
    );
    return result;
  };
}
const started = performance.now();
daily.run(env);
console.log(
  `peak +${((peak - base) / MB).toFixed(0)} MB, ${(performance.now() - started).toFixed(0)} ms`,
);
