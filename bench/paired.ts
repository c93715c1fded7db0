/**
 * Paired timing of two bundles on one fixture, alternately, so that both see the same load:
 *   (build the other commit, copy its dist/Code.js aside, build this one)
 *   npx tsx bench/paired.ts /tmp/base-Code.js 300x3 3
 * prints, per repetition and bundle, the daily run's Node ms and heap growth, then the form
 * submission's and the report's.
 */
import { readFileSync } from 'node:fs';
import { buildGroup } from './fixtures/group';
import { buildProject, layOut, readHeaders, setUpEmptyProject } from './fixtures/project';
import { measure } from './measure/measure';
import { OPERATIONS } from './measure/operations';

const [basePath, size = '300x3', repetitions = '2'] = process.argv.slice(2);
if (!basePath) throw new Error('usage: npx tsx bench/paired.ts BASE_BUNDLE [MEMBERSxYEARS] [REPS]');
const [members, years] = size.split('x').map(Number);
const reps = Number(repetitions);
const bundles = {
  base: readFileSync(basePath, 'utf8'),
  this: readFileSync('dist/Code.js', 'utf8'),
};
const group = buildGroup({ members, weeks: Math.round(years * 52) });
const daily = OPERATIONS.find((operation) => operation.id === 'dailyRun')!;
const report = OPERATIONS.find((operation) => operation.id === 'report')!;
const sub = OPERATIONS.find((operation) => operation.id === 'formSubmission')!;
for (let r = 0; r < reps; r += 1) {
  for (const [name, code] of Object.entries(bundles)) {
    const env = buildProject(code, layOut(group, readHeaders(setUpEmptyProject(code))));
    const d = measure(env, daily);
    const s = measure(env, sub);
    const p = measure(env, report);
    console.log(
      `${name} daily ${d.computeMs.toFixed(0)} ms ${(d.heapIncreaseBytes / 1e6).toFixed(0)} MB | submission ${s.computeMs.toFixed(0)} ms | report ${p.computeMs.toFixed(0)} ms ${(p.heapIncreaseBytes / 1e6).toFixed(0)} MB`,
    );
  }
}
