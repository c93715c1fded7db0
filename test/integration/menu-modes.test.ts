/**
 * Bound to the sheet, Peer Circle adds a top-level menu; installed as an Editor add-on, its menu
 * must live under Extensions (createAddonMenu), including in a document where the add-on has not
 * been used yet and onOpen runs in AuthMode.NONE.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Environment } from '../../emulator/environment';
import { compiledBundle, newProject } from './harness';

const ROOT = path.resolve(__dirname, '../..');

let addonBundle = '';
beforeAll(() => {
  const out = mkdtempSync(path.join(os.tmpdir(), 'peer-circle-addon-'));
  execFileSync(process.execPath, [path.join(ROOT, 'scripts/build.mjs'), '--addon', '--out', out], {
    cwd: ROOT,
    stdio: 'pipe',
  });
  addonBundle = readFileSync(path.join(out, 'Code.js'), 'utf8');
});

function addonProject(code: string): Environment {
  const env = new Environment({ start: Date.UTC(2026, 0, 5, 9, 0, 0), installedAs: 'addon' });
  env.load(code);
  return env;
}

describe('menu', () => {
  it('bound to the sheet: a top-level "Peer Circle" menu', () => {
    const env = newProject();
    expect(env.openSpreadsheet().ok).toBe(true);
    const menu = env.sheets.ui.menus.at(-1);
    expect(menu).toMatchObject({ name: 'Peer Circle', addon: false });
    expect(env.menuItems().map((item) => item.caption)).toContain('Set up or repair');
  });

  it('as an add-on not yet used in this document (AuthMode.NONE): the Extensions menu, even from the bound build', () => {
    const env = addonProject(compiledBundle());
    const opened = env.openSpreadsheet();
    expect(opened.ok).toBe(true);
    expect(env.sheets.ui.menus.at(-1)?.addon).toBe(true);
    expect(env.menuItems().map((item) => item.caption)).toContain('Set up or repair');
  });

  it('as an add-on: onInstall shows the add-on menu, and every later open keeps it', () => {
    const env = addonProject(addonBundle);
    expect(env.installAddon().ok).toBe(true);
    expect(env.sheets.ui.menus.at(-1)?.addon).toBe(true);
    expect(env.clickMenu('Set up or repair').ok).toBe(true);
    // Used in this document now: onOpen runs in LIMITED, and the add-on build still uses Extensions.
    env.sheets.ui.clear();
    const reopened = env.openSpreadsheet();
    expect(reopened.ok).toBe(true);
    expect(env.sheets.ui.menus).toHaveLength(1);
    expect(env.sheets.ui.menus[0].addon).toBe(true);
  });

  it('the bound build opened as a used add-on fails on the emulator, as a top-level menu would for a published add-on', () => {
    const env = addonProject(compiledBundle());
    env.installAddon();
    const reopened = env.openSpreadsheet();
    // onInstall itself uses the add-on menu; the bound build's LIMITED onOpen asks for a top-level one.
    expect(reopened.ok).toBe(false);
    expect(reopened.error?.message).toMatch(/createAddonMenu/);
  });
});
