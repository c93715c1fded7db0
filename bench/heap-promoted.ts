/**
 * Where the daily run's heap growth comes from, by function. The bench's heap figure is the peak
 * of the heap over its level after a forced collection; no full collection runs during a daily
 * run, so that peak is, in effect, everything the run allocates that outlives a scavenge of the
 * young generation (garbage included). This samples exactly that: V8's sampling heap profiler,
 * keeping objects a full collection would free but not those a scavenge frees, and prints the
 * megabytes each function allocated (a builtin such as `push` or `map` is named with its caller).
 * Run `BUILD_READABLE=1 node scripts/build.mjs` first for the bundle's own function names.
 *   npx tsx bench/heap-promoted.ts 1000x10 [top]
 */
import { Session } from 'node:inspector';
import { compiledBundle } from '../test/integration/harness';
import { buildGroup } from './fixtures/group';
import { buildProject, layOut, readHeaders, setUpEmptyProject } from './fixtures/project';
import { collectGarbage } from './measure/heap';
import { OPERATIONS } from './measure/operations';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}
interface ProfileNode {
  callFrame: CallFrame;
  selfSize: number;
  children: ProfileNode[];
}

const [members, years] = (process.argv[2] ?? '300x3').split('x').map(Number);
const top = Number(process.argv[3] ?? 40);
const code = compiledBundle();
const group = buildGroup({ members, weeks: Math.round(years * 52) });
const env = buildProject(code, layOut(group, readHeaders(setUpEmptyProject(code))));
const daily = OPERATIONS.find((operation) => operation.id === 'dailyRun')!;
daily.prepare(env);
collectGarbage();

const session = new Session();
session.connect();
const post = <T>(method: string, params: object = {}): Promise<T> =>
  new Promise((resolve, reject) =>
    session.post(method, params, (error, result) => (error ? reject(error) : resolve(result as T))),
  );

const where = (frame: CallFrame) =>
  `${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop()}:${frame.lineNumber + 1}`;

void (async () => {
  await post('HeapProfiler.enable');
  await post('HeapProfiler.startSampling', {
    samplingInterval: 16384,
    includeObjectsCollectedByMajorGC: true,
    includeObjectsCollectedByMinorGC: false,
  });
  daily.run(env);
  const { profile } = await post<{ profile: { head: ProfileNode } }>('HeapProfiler.stopSampling');
  const bytes = new Map<string, number>();
  let total = 0;
  const walk = (node: ProfileNode, callers: CallFrame[]) => {
    let caller = callers.length - 1;
    while (node.callFrame.url === '' && caller >= 0 && callers[caller].url === '') caller -= 1;
    const name =
      node.callFrame.url === ''
        ? `${node.callFrame.functionName} < ${caller >= 0 ? where(callers[caller]) : '?'}`
        : where(node.callFrame);
    total += node.selfSize;
    bytes.set(name, (bytes.get(name) ?? 0) + node.selfSize);
    for (const child of node.children) walk(child, [...callers, node.callFrame]);
  };
  walk(profile.head, []);
  console.log(`outlived a scavenge: ${(total / 1e6).toFixed(0)} MB (sampled)`);
  for (const [name, size] of [...bytes].sort((a, b) => b[1] - a[1]).slice(0, top))
    console.log(`${(size / 1e6).toFixed(1).padStart(8)} MB  ${name}`);
})();
