#!/usr/bin/env node
/**
 * npm run mutation [-- FOLDER ...]: mutation testing of src/domain with Stryker (not part of
 * npm test: it runs the unit suite once per mutant and takes minutes per folder).
 *
 * Each folder of src/domain (and the files directly in it, as "(files)") gets a score:
 * detected ÷ (detected + survived + no coverage), where mutants named in
 * mutation/equivalent.json are left out. An equivalent mutant changes the code but not what it
 * does (e.g. a bound that can never be reached), so no test can kill it; the list says why for
 * each, and an entry that no longer matches a mutant is reported, so the list cannot go stale.
 * Exits 1 when a folder scores under 90%. `--concurrency N` is passed on to Stryker (default 2;
 * use 1 on a loaded machine).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const THRESHOLD = 90;
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const domain = path.join(root, 'src/domain');
const report = path.join(root, 'reports/mutation/mutation.json');

const folders = readdirSync(domain).filter((name) =>
  statSync(path.join(domain, name)).isDirectory(),
);
const wanted = [];
const passOn = [];
for (const [index, arg] of process.argv.slice(2).entries()) {
  const previous = process.argv[2 + index - 1];
  if (arg.startsWith('--concurrency')) {
    const value = arg.includes('=') ? arg.split('=')[1] : process.argv[2 + index + 1];
    if (!/^[1-9][0-9]*$/.test(value ?? '')) {
      console.error('--concurrency needs a whole number of at least 1');
      process.exit(2);
    }
    passOn.push('--concurrency', value);
  } else if (previous !== '--concurrency') wanted.push(arg);
}
const unknown = wanted.filter((name) => name !== '(files)' && !folders.includes(name));
if (unknown.length > 0) {
  console.error(
    `Unknown folder(s) of src/domain: ${unknown.join(', ')}. Known: ${folders.join(', ')}, (files)`,
  );
  process.exit(2);
}
const chosen = wanted.length > 0 ? wanted : [...folders, '(files)'];
const globs = chosen.map((name) =>
  name === '(files)' ? 'src/domain/*.ts' : `src/domain/${name}/**/*.ts`,
);

if (!process.env.MUTATION_REPORT_ONLY) {
  // Which tests each test file holds, recorded afresh by the dry run (mutation/*.js).
  const testFiles = path.join(root, 'reports/mutation/test-files.json');
  rmSync(testFiles, { force: true });
  // A fresh clone has no reports/ folder, and the dry run's record cannot create it.
  mkdirSync(path.dirname(testFiles), { recursive: true });
  const run = spawnSync(
    'npx',
    [
      'stryker',
      'run',
      'mutation/stryker.config.json',
      '--mutate',
      globs.join(','),
      // Incremental: a re-run tests only the mutants whose code or covering tests changed.
      // One results file per choice of folders, so running another folder keeps this one's.
      '--incrementalFile',
      `reports/mutation/incremental-${chosen.join('+').replace(/[^a-z+-]/g, '_')}.json`,
      ...passOn,
    ],
    {
      cwd: root,
      stdio: 'inherit',
      env: {
        MUTATION_FC_RUNS: '25',
        ...process.env,
        MUTATION_TEST_FILES: testFiles,
      },
    },
  );
  if (run.status !== 0) process.exit(run.status ?? 1);
}

const equivalent = JSON.parse(readFileSync(path.join(root, 'mutation/equivalent.json'), 'utf8'));
const results = JSON.parse(readFileSync(report, 'utf8'));
const matched = new Set();

function isEquivalent(file, mutant) {
  const index = equivalent.findIndex(
    (entry) =>
      entry.file === file &&
      entry.line === mutant.location.start.line &&
      entry.mutator === mutant.mutatorName &&
      (entry.replacement === undefined || entry.replacement === mutant.replacement),
  );
  if (index >= 0) matched.add(index);
  return index >= 0;
}

const byFolder = new Map();
for (const [file, { mutants }] of Object.entries(results.files)) {
  const relative = path.relative(root, path.resolve(root, file)).split(path.sep).join('/');
  const parts = relative.split('/');
  const folder = parts.length > 3 ? parts[2] : '(files)';
  const tally = byFolder.get(folder) ?? {
    detected: 0,
    undetected: 0,
    equivalent: 0,
    ignoredStatic: 0,
    survivors: [],
  };
  for (const mutant of mutants) {
    if (mutant.status === 'Killed' || mutant.status === 'Timeout') tally.detected += 1;
    else if (mutant.status === 'Ignored') tally.ignoredStatic += 1;
    else if (mutant.status === 'Survived' || mutant.status === 'NoCoverage') {
      if (isEquivalent(relative, mutant)) tally.equivalent += 1;
      else {
        tally.undetected += 1;
        tally.survivors.push(
          `${relative}:${mutant.location.start.line} ${mutant.mutatorName} → ${JSON.stringify(mutant.replacement ?? '')}`,
        );
      }
    }
  }
  byFolder.set(folder, tally);
}

let failing = 0;
console.log('\nsrc/domain folder   score   detected  undetected  equivalent  static (not run)');
for (const folder of [...byFolder.keys()].sort()) {
  const tally = byFolder.get(folder);
  const total = tally.detected + tally.undetected;
  const score = total === 0 ? 100 : (100 * tally.detected) / total;
  if (score < THRESHOLD) failing += 1;
  console.log(
    `${folder.padEnd(18)} ${score.toFixed(1).padStart(6)}%  ${String(tally.detected).padStart(8)}  ${String(tally.undetected).padStart(10)}  ${String(tally.equivalent).padStart(10)}  ${String(tally.ignoredStatic).padStart(16)}`,
  );
}
const stale = equivalent.filter((_, index) => !matched.has(index));
const checkedFiles = new Set(
  Object.keys(results.files).map((file) => path.relative(root, path.resolve(root, file))),
);
for (const entry of stale.filter((entry) => checkedFiles.has(entry.file))) {
  console.log(
    `Stale entry in mutation/equivalent.json (no surviving mutant matches): ${JSON.stringify(entry)}`,
  );
}
if (process.env.MUTATION_LIST_SURVIVORS) {
  for (const tally of byFolder.values()) for (const line of tally.survivors) console.log(line);
}
if (failing > 0) {
  console.log(
    `\n${failing} folder(s) under ${THRESHOLD}%. MUTATION_LIST_SURVIVORS=1 lists the survivors.`,
  );
  process.exit(1);
}
