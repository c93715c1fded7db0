/**
 * The build makes a classic script whose entry points are real top-level functions, and the
 * menu onOpen builds calls only functions that exist as globals, as Apps Script requires.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { compiledBundle, newProject, setUpProject } from './harness';

const entryPoints: string[] = JSON.parse(
  readFileSync(path.join(__dirname, '../../src/entry-points.json'), 'utf8'),
);

describe('compiled bundle', () => {
  it('is a classic script: no ES module syntax, every entry point a top-level function', () => {
    const code = compiledBundle();
    expect(code).not.toMatch(/^\s*(import|export)\s/m);
    for (const name of entryPoints)
      expect(code).toMatch(new RegExp(`^function ${name}\\(e\\) \\{`, 'm'));
    const env = newProject();
    for (const name of entryPoints) expect(env.loaded.hasFunction(name)).toBe(true);
  });

  it('onOpen, run as a simple trigger without authorisation, builds the Peer Circle menu of existing globals', () => {
    const env = newProject();
    const opened = env.openSpreadsheet();
    expect(opened.ok).toBe(true);
    const menu = env.sheets.ui.menus.at(-1);
    expect(menu?.name).toBe('Peer Circle');
    const items = env.menuItems();
    expect(items.map((item) => item.caption)).toEqual(
      expect.arrayContaining(['Set up or repair', 'Re-process reviewed rows']),
    );
    for (const item of items) {
      expect(env.loaded.hasFunction(item.functionName)).toBe(true);
      expect(entryPoints).toContain(item.functionName);
    }
  });

  it('every handler a trigger is installed for exists as a global', () => {
    const env = newProject();
    setUpProject(env);
    const triggers = env.scriptApp.triggers();
    expect(triggers.length).toBeGreaterThan(0);
    for (const trigger of triggers) expect(env.loaded.hasFunction(trigger.handler)).toBe(true);
  });

  it('the manifest runs on V8 with a time zone and exception logging', () => {
    // That its scopes are exactly the README's list is test/reliability/scopes.test.ts.
    const manifest = JSON.parse(
      readFileSync(path.join(__dirname, '../../dist/appsscript.json'), 'utf8'),
    );
    expect(manifest.runtimeVersion).toBe('V8');
    expect(manifest.timeZone).toBeTruthy();
    expect(manifest.exceptionLogging).toBe('STACKDRIVER');
  });
});
