/**
 * Peer Circle > Check installation (issue 12 item 5): on a freshly set up group every condition
 * is in place; breaking each one in turn (a permission not granted, a form closed or untitled,
 * the triggers gone, another account running the group, no mail quota left, invalid settings,
 * the Drive service off) puts exactly that condition under "Needs attention", with what to do.
 * The Start here tab's check step shows the last result.
 */
import { Environment, EnvironmentOptions } from '../../emulator/environment';
import { readManifest } from '../../emulator/manifest';
import { newProject, setSetting, setUpProject, setting, sheetValues } from './harness';

const FIRST = 'first@example.org';
const TOPICS = [
  'Permissions',
  'Check-in form',
  'Survey form',
  'Group feedback form',
  'Community survey form',
  'Daily run and form processing',
  'Email quota',
  'Settings',
  'Saving the report',
];

/** Each topic's section in the last dialog: 'Needs attention', 'OK' or 'Good to know'. */
function statuses(env: Environment): Record<string, string> {
  const html = env.sheets.ui.dialogs.at(-1)?.html ?? '';
  const result: Record<string, string> = {};
  for (const [, heading, list] of html.matchAll(/<h3>([\s\S]*?)<\/h3><ul>([\s\S]*?)<\/ul>/g)) {
    for (const [, line] of list.matchAll(/<li>([\s\S]*?)<\/li>/g)) {
      const topic = TOPICS.find((name) => line.startsWith(`${name}:`));
      if (topic) result[topic] = heading;
    }
  }
  return result;
}

function check(env: Environment, as?: string): Record<string, string> {
  const run = as
    ? env.actAs(as, () => env.clickMenu('Check installation'))
    : env.clickMenu('Check installation');
  expect(run.ok).toBe(true);
  return statuses(env);
}

function problems(env: Environment, as?: string): string[] {
  return Object.entries(check(env, as))
    .filter(([, status]) => status === 'Needs attention')
    .map(([topic]) => topic);
}

function groupReady(options: EnvironmentOptions = {}): Environment {
  const env = newProject({ accountEmail: FIRST, ...options });
  setUpProject(env);
  setSetting(env, 'Group name', 'Harbour Lane');
  setSetting(env, 'Organisers', 'org@example.org');
  return env;
}

const form = (env: Environment, label: string) => env.forms.getById(String(setting(env, label)))!;

function startHereCheckStep(env: Environment): string {
  const row = sheetValues(env, 'Start here').find((cells) => cells[0] === 'Run Check installation');
  return String(row?.[1] ?? 'missing');
}

describe('Check installation', () => {
  it('finds everything in place after Set up, and marks the Start here step done', () => {
    const env = groupReady();
    expect(startHereCheckStep(env)).toBe('to do');
    const found = check(env);
    expect(Object.keys(found).sort()).toEqual([...TOPICS].sort());
    expect(Object.values(found).every((status) => status === 'OK')).toBe(true);
    expect(startHereCheckStep(env)).toBe('done');
  });

  it('works before Set up ran, naming what Set up will do', () => {
    const env = newProject({ accountEmail: FIRST });
    expect(env.openSpreadsheet().ok).toBe(true);
    expect(problems(env)).toEqual(
      expect.arrayContaining([
        'Check-in form',
        'Survey form',
        'Group feedback form',
        'Community survey form',
        'Daily run and form processing',
      ]),
    );
  });

  it('names permissions that were not granted', () => {
    const granted = (readManifest().oauthScopes ?? []).filter(
      (scope) => !scope.endsWith('/drive.file'),
    );
    const env = groupReady({ grantedScopes: granted });
    expect(problems(env)).toEqual(['Permissions', 'Saving the report']);
    expect(startHereCheckStep(env)).toBe('to do');
  });

  it('names a form that is closed, and one that lost its title', () => {
    const env = groupReady();
    env.meter.internal(() => form(env, 'Check-in form ID').setAcceptingResponses(false));
    expect(problems(env)).toEqual(['Check-in form']);
    env.meter.internal(() => {
      form(env, 'Check-in form ID').setAcceptingResponses(true);
      form(env, 'Survey form ID').setTitle('');
    });
    expect(problems(env)).toEqual(['Survey form']);
  });

  it('names a form whose ID is missing from Settings', () => {
    const env = groupReady();
    setSetting(env, 'Survey form ID', '');
    expect(problems(env)).toContain('Survey form');
  });

  it('names missing triggers', () => {
    const env = groupReady();
    env.scriptApp.deleteAll();
    expect(problems(env)).toEqual(['Daily run and form processing']);
  });

  it('tells another organiser whose account runs the group, without calling it a problem', () => {
    const env = groupReady();
    const found = check(env, 'second@example.org');
    expect(found['Daily run and form processing']).toBe('Good to know');
    const html = env.sheets.ui.dialogs.at(-1)?.html ?? '';
    expect(html).toContain(FIRST);
  });

  it('names a used-up mail quota', () => {
    const env = groupReady();
    env.mail.setRemainingQuota(0);
    expect(problems(env)).toEqual(['Email quota']);
  });

  it('names invalid settings', () => {
    const env = groupReady();
    setSetting(env, 'Minimum group size for reporting', 1);
    expect(problems(env)).toEqual(['Settings']);
  });

  it('names a Language setting that names no shipped language', () => {
    const env = groupReady();
    setSetting(env, 'Language', 'Klingon');
    expect(problems(env)).toEqual(['Settings']);
    setSetting(env, 'Language', 'en');
    expect(problems(env)).toEqual([]);
  });

  it('names a report that cannot be saved when the Drive service is off', () => {
    const manifest = { ...readManifest(), dependencies: {} };
    const env = groupReady({ manifest });
    expect(problems(env)).toEqual(['Saving the report']);
  });
});
