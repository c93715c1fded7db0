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
import { archiveHorizonText, DEFAULT_KEEP_YEARS, measureArchiveHorizon } from './archive-horizon';
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
  // The horizon with archiving: the longest history of each group size, archived through the
  // menu (a history no longer than the years kept has nothing to archive).
  const longest = new Map<number, (typeof cases)[number]>();
  for (const result of cases)
    if ((longest.get(result.members)?.weeks ?? 0) < result.weeks)
      longest.set(result.members, result);
  const archiveHorizon = [...longest.values()]
    .filter((result) => result.weeks > DEFAULT_KEEP_YEARS * 52)
    .sort((a, b) => a.members - b.members)
    .map((result) => measureArchiveHorizon(code, { members: result.members, weeks: result.weeks }));
  const totalSeconds = (performance.now() - startedAt) / 1000;
  const results = {
    ...assembleResults(cases, totalSeconds, process.resourceUsage().maxRSS / 1024),
    archiveHorizon,
  };
  writeFileSync(options.out, `${JSON.stringify(results, null, 2)}\n`);

  const largest = largestCase(cases);
  const sections = [
    LEGEND,
    operationTables(cases),
    `Floors (one read per tab read, one write per tab written; tabs a build touches beyond\nthese count once each, as "observed")\n${floorReasons()}`,
    ...(largest ? [callsByMethod(largest), floorsByTab(largest)] : []),
    `Compute time against rows\n${scalingText(results.scaling)}`,
    `Sheets limit of 10 million cells\n${cellsText(results.cells)}`,
    `The same limit with Archive old check-ins once a year, keeping ${DEFAULT_KEEP_YEARS} years (grid cells of every tab, measured by archiving the fixture through the menu)\n${archiveHorizonText(archiveHorizon)}`,
    `Done when\n${checksText(results.checks)}`,
    `Total ${totalSeconds.toFixed(0)} s, peak RSS ${results.peakRssMB.toFixed(0)} MB, load average ${results.environment.loadAverage.toFixed(1)} on ${results.environment.cpus} CPUs; wrote ${path.relative(ROOT, options.out)}`,
  ];
  console.log(`\n${sections.join('\n\n')}`);
}

main();
