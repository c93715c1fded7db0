/**
 * `npm run bench`: builds the bundle (package.json does), then measures, in the emulator, a form
 * submission, the daily run and the report for groups of 30, 300 and 1,000 members with 1, 3
 * and 10 years of weekly history; prints the tables and writes bench/results.json.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { compiledBundle } from '../test/integration/harness';
import { parseOptions } from './options';
import { checksText, LEGEND, operationTables } from './report';
import {
  callsByMethod,
  cellsText,
  floorReasons,
  floorsByTab,
  largestCase,
  scalingText,
} from './report-details';
import { assembleResults } from './results';
import { runWithinBudget } from './schedule';

const ROOT = path.resolve(__dirname, '..');

function main(): void {
  const startedAt = performance.now();
  const options = parseOptions(process.argv.slice(2), ROOT);
  const code = compiledBundle();
  const cases = runWithinBudget(code, options.sizes, {
    repetitions: options.repetitions,
    deadline: startedAt + options.budgetMs,
    log: (line) => console.log(line),
  });
  const totalSeconds = (performance.now() - startedAt) / 1000;
  const results = assembleResults(cases, totalSeconds, process.resourceUsage().maxRSS / 1024);
  writeFileSync(options.out, `${JSON.stringify(results, null, 2)}\n`);

  const largest = largestCase(cases);
  const sections = [
    LEGEND,
    operationTables(cases),
    `Floors (one read per tab read, one write per tab written; tabs a build touches beyond\nthese count once each, as "observed")\n${floorReasons()}`,
    ...(largest ? [callsByMethod(largest), floorsByTab(largest)] : []),
    `Compute time against rows\n${scalingText(results.scaling)}`,
    `Sheets limit of 10 million cells\n${cellsText(results.cells)}`,
    `Done when\n${checksText(results.checks)}`,
    `Total ${totalSeconds.toFixed(0)} s, peak RSS ${results.peakRssMB.toFixed(0)} MB, load average ${results.environment.loadAverage.toFixed(1)} on ${results.environment.cpus} CPUs; wrote ${path.relative(ROOT, options.out)}`,
  ];
  console.log(`\n${sections.join('\n\n')}`);
}

main();
