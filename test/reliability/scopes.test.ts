/**
 * The manifest asks for exactly the OAuth scopes the README documents, and a full simulated
 * season uses services that need exactly those scopes: none missing, none unused, and no call
 * that would need a broader one (opening other spreadsheets, listing Drive files).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Environment } from '../../emulator/environment';
import { compiledBundle } from '../integration/harness';
import { simulatePrivateSeason } from './support/privacy-simulation';

const ROOT = path.resolve(__dirname, '../..');
const AUTH = 'https://www.googleapis.com/auth/';

/** The scope each service call needs; null for services that need none. */
function scopeOf(call: string): string | null {
  const [service, method] = [call.slice(0, call.indexOf('.')), call.slice(call.indexOf('.') + 1)];
  if (service === 'SpreadsheetApp') {
    if (/^(Ui|Menu|PromptResponse)\.|getUi$|\.toast$/.test(method)) return 'script.container.ui';
    return 'spreadsheets.currentonly';
  }
  const scopes: Record<string, string | null> = {
    FormApp: 'forms',
    DriveApp: 'drive.file',
    MailApp: 'script.send_mail',
    ScriptApp: 'script.scriptapp',
    HtmlService: 'script.container.ui',
    Session: 'userinfo.email',
    LockService: null,
    PropertiesService: null,
    CacheService: null,
    Utilities: null,
    Logger: null,
  };
  if (!(service in scopes))
    throw new Error(`No scope known for ${call}: add it here and to README`);
  return scopes[service];
}

/** Calls a narrow scope does not allow (they would need spreadsheets, drive or drive.readonly). */
const BROADER =
  /^SpreadsheetApp\.SpreadsheetApp\.(openById|openByUrl|create)$|^DriveApp\.DriveApp\.(get|search)/;

describe('OAuth scopes', () => {
  let env: Environment;
  beforeAll(() => {
    compiledBundle();
    env = simulatePrivateSeason();
    env.openSpreadsheet();
    for (const caption of ['Plan rotation', 'Assign buddies', 'Refresh outcomes'])
      env.clickMenu(caption);
    env.sheets.ui.queuePromptResponse('', 'OK');
    env.clickMenu('Generate report');
    env.sheets.ui.queuePromptResponse('p1@example.org', 'OK');
    env.sheets.ui.queueAlertResponse('YES');
    env.clickMenu("Remove a member's data");
  }, 60_000);

  const manifest = () =>
    JSON.parse(readFileSync(path.join(ROOT, 'dist/appsscript.json'), 'utf8')) as {
      oauthScopes: string[];
    };
  /** The first column of the table in the README's "OAuth scopes" section. */
  const documented = () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const section = readme.split(/^## /m).find((part) => part.startsWith('OAuth scopes')) ?? '';
    return [...section.matchAll(/^\|\s*`([a-z._]+)`\s*\|/gm)].map((match) => match[1]).sort();
  };

  it('the manifest lists exactly the documented scopes', () => {
    expect(
      manifest()
        .oauthScopes.map((scope) => scope.replace(AUTH, ''))
        .sort(),
    ).toEqual(documented());
  });

  it('a full season needs every documented scope and no other', () => {
    const calls = Object.keys(env.meter.snapshot());
    const needed = [...new Set(calls.map(scopeOf).filter((scope) => scope !== null))].sort();
    expect(needed).toEqual(documented());
    expect(calls.filter((call) => BROADER.test(call))).toEqual([]);
  });
});
