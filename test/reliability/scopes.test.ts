/**
 * OAuth scopes against drift. A season runs every entry point (each menu item, both triggers,
 * onOpen and onInstall) under exactly the manifest's scopes, which the emulator enforces per
 * method from Google's reference (emulator/core/scopes.ts): a change that needs another scope
 * fails here, naming the method. Then the fewest scopes: each declared scope must be the only
 * declared one that some call of the product accepts. README's scope table is checked against
 * the same calls.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { requiredScopes } from '../../emulator/core/scopes';
import { Environment } from '../../emulator/environment';
import { readManifest } from '../../emulator/manifest';
import { compiledBundle } from '../integration/harness';
import { simulatePrivateSeason } from './support/privacy-simulation';

const ROOT = path.resolve(__dirname, '../..');
const AUTH = 'https://www.googleapis.com/auth/';
const short = (scope: string) => scope.replace(AUTH, '');

/** Replies to the prompts of the menu items that ask something; others take the defaults. */
const ANSWERS: Record<string, (env: Environment) => void> = {
  'Generate report': (env) => env.sheets.ui.queuePromptResponse('', 'OK'),
  "Remove a member's data": (env) => {
    env.sheets.ui.queuePromptResponse('p1@example.org', 'OK');
    env.sheets.ui.queueAlertResponse('YES');
  },
};

/** `SpreadsheetApp.Range.setValues` (the meter's key) → service and method. */
function split(call: string): { service: string; method: string } {
  const dot = call.indexOf('.');
  return { service: call.slice(0, dot), method: call.slice(dot + 1) };
}

/** The declared scopes a call accepts (any one suffices); [] for a call that needs none. */
function acceptedBy(call: string, declared: readonly string[]): string[] {
  const { service, method } = split(call);
  const scopes = requiredScopes(service, method);
  if (scopes === undefined) throw new Error(`${call} is not in the scope table`);
  return scopes.filter((scope) => declared.includes(scope));
}

/** The calls in a README cell: the classes of the calls, alphabetical (`Form`, `FormApp`). */
function summary(calls: ReadonlySet<string>): string {
  const classes = new Set([...calls].map((call) => call.slice(0, call.lastIndexOf('.'))));
  return [...classes]
    .sort()
    .map((className) => `\`${className}\``)
    .join(', ');
}

describe('OAuth scopes: every entry point under exactly the manifest’s scopes', () => {
  const declared = readManifest().oauthScopes ?? [];
  let env: Environment;

  beforeAll(() => {
    compiledBundle();
    env = simulatePrivateSeason();
    env.openSpreadsheet();
    for (const { caption } of env.menuItems()) {
      ANSWERS[caption]?.(env);
      env.clickMenu(caption);
    }
    env.run('onInstall', { authMode: 'FULL' }, 'simple', 'FULL');
  }, 120_000);

  it('the environment enforces the repository’s manifest, scopes as declared', () => {
    expect(env.meter.scopes?.declared).toEqual(declared);
    expect(env.meter.scopes?.grantedScopes()).toEqual(declared);
    // The build ships the same manifest beside the bundle.
    expect(JSON.parse(readFileSync(path.join(ROOT, 'dist/appsscript.json'), 'utf8'))).toEqual(
      readManifest(),
    );
  });

  it('runs every entry point the build exposes', () => {
    const entryPoints = JSON.parse(
      readFileSync(path.join(ROOT, 'src/entry-points.json'), 'utf8'),
    ) as string[];
    const ran = new Set(env.executions.map((execution) => execution.handler));
    expect(entryPoints.filter((name) => !ran.has(name))).toEqual([]);
  });

  it('no execution needs a scope the manifest lacks (the message names the method)', () => {
    const refused = env.executions
      .filter((execution) => /permission to call/.test(execution.error?.message ?? ''))
      .map((execution) => `${execution.handler}: ${execution.error?.message}`);
    expect(refused).toEqual([]);
  });

  it('every menu action and trigger ran to the end', () => {
    const failed = env.executions
      .filter((execution) => !execution.ok && execution.kind !== 'simple')
      .map((execution) => `${execution.handler}: ${execution.error?.message}`);
    expect(failed).toEqual([]);
  });

  /** Per declared scope, the calls of the product that no other declared scope allows. */
  const onlyBy = (): Map<string, Set<string>> => {
    const needs = new Map(declared.map((scope) => [scope, new Set<string>()]));
    for (const call of Object.keys(env.meter.snapshot())) {
      const accepted = acceptedBy(call, declared);
      if (accepted.length === 1) needs.get(accepted[0])?.add(split(call).method);
    }
    return needs;
  };

  it('asks for the fewest scopes: each declared scope is the only one some call accepts', () => {
    const unneeded = [...onlyBy()].filter(([, calls]) => calls.size === 0).map(([s]) => s);
    expect(unneeded).toEqual([]);
  });

  it('README’s scope table lists the manifest’s scopes and the calls that need each', () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const section = readme.split(/^## /m).find((part) => part.startsWith('OAuth scopes')) ?? '';
    const rows = [...section.matchAll(/^\|\s*`([a-z._]+)`\s*\|[^|]*\|([^|]*)\|/gm)].map(
      (match) => [match[1], match[2].trim()] as const,
    );
    const expected = [...onlyBy()].map(([scope, calls]) => [short(scope), summary(calls)] as const);
    expect(rows).toEqual(expected);
  });
});
