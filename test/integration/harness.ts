/**
 * Integration harness: builds dist/Code.js once per test run (if missing or stale) and loads
 * it into a fresh emulated project, so every test drives the compiled bundle exactly as Apps
 * Script would run it.
 */
import { englishName } from '../../src/domain/i18n';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Environment, EnvironmentOptions } from '../../emulator/environment';

const ROOT = path.resolve(__dirname, '../..');
export const BUNDLE = path.join(ROOT, 'dist/Code.js');

function newestSourceMs(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSourceMs(full) : statSync(full).mtimeMs);
  }
  return newest;
}

let cachedCode: string | null = null;

/** The compiled bundle, rebuilt when src/ changed since the last build. */
export function compiledBundle(): string {
  if (cachedCode !== null) return cachedCode;
  const stale =
    !existsSync(BUNDLE) || statSync(BUNDLE).mtimeMs < newestSourceMs(path.join(ROOT, 'src'));
  if (stale)
    execFileSync(process.execPath, [path.join(ROOT, 'scripts/build.mjs')], {
      cwd: ROOT,
      stdio: 'pipe',
    });
  cachedCode = readFileSync(BUNDLE, 'utf8');
  return cachedCode;
}

export function newProject(options: EnvironmentOptions = {}): Environment {
  const env = new Environment({ start: Date.UTC(2026, 0, 5, 9, 0, 0), ...options });
  env.load(compiledBundle());
  return env;
}

/** Opens the sheet and runs Set up from the menu, failing the test if either fails. */
export function setUpProject(env: Environment): void {
  const opened = env.openSpreadsheet();
  if (!opened.ok) throw opened.error;
  const setup = env.clickMenu('Set up or repair');
  if (!setup.ok) throw setup.error;
}

/**
 * The tab the script knows as `name` (English), under its name in any shipped language: after a
 * change of Language, Set up or repair renames the tabs (issue 17).
 */
function tabNamed(env: Environment, name: string) {
  return (
    env.spreadsheet.getSheetByName(name) ??
    env.spreadsheet.getSheets().find((sheet) => englishName(sheet.getName()) === name) ??
    null
  );
}

/** A sheet's values as the script would read them (uncounted). */
export function sheetValues(env: Environment, name: string): unknown[][] {
  return env.meter.internal(() => {
    const sheet = tabNamed(env, name);
    if (!sheet) throw new Error(`No sheet "${name}"`);
    return sheet.getDataRange().getValues();
  });
}

export function sheetNames(env: Environment): string[] {
  return env.meter.internal(() => env.spreadsheet.getSheets().map((sheet) => sheet.getName()));
}

/** Writes rows below a tab's data, as a facilitator typing (uncounted). */
export function typeRows(env: Environment, name: string, rows: unknown[][]): void {
  env.meter.internal(() => {
    const sheet = tabNamed(env, name);
    if (!sheet) throw new Error(`No sheet "${name}"`);
    for (const row of rows) sheet.appendRow(row);
  });
}

/** Values of one Settings row by its label. */
export function setting(env: Environment, label: string): unknown {
  const row = sheetValues(env, 'Settings').find(
    (cells) => cells[0] === label || englishName(cells[0]) === label,
  );
  return row ? row[1] : undefined;
}

export function setSetting(env: Environment, label: string, value: unknown): void {
  env.meter.internal(() => {
    const sheet = tabNamed(env, 'Settings');
    if (!sheet) throw new Error('No Settings tab');
    const values = sheet.getDataRange().getValues();
    const index = values.findIndex(
      (cells) => cells[0] === label || englishName(cells[0]) === label,
    );
    if (index < 0) throw new Error(`No setting "${label}"`);
    sheet.getRange(index + 1, 2).setValue(value);
  });
}

/**
 * A project running a build that has already landed (test/fixtures/landed), so an upgrade
 * test can make a group's sheet with it, then load the current bundle over it (`upgrade`).
 */
export function landedProject(options: EnvironmentOptions = {}): Environment {
  const env = new Environment({ start: Date.UTC(2026, 0, 5, 9, 0, 0), ...options });
  const packed = readFileSync(path.join(ROOT, 'test/fixtures/landed/Code-51e5d54.js.gz'));
  env.load(gunzipSync(packed).toString('utf8'));
  return env;
}

/** The group installs the current build over the landed one, as README's update steps say. */
export function upgrade(env: Environment): void {
  env.load(compiledBundle());
}
