/**
 * Scopes per method: the table is the reference's (regenerated here and compared), every call
 * is checked against what the user granted, with Google's error, and a method the table does not
 * know is refused rather than allowed.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Environment } from '../environment';
import { readManifest } from '../manifest';
import { createTestingContext } from '../services/testing-context';
import { SCOPE_TABLE, permissionError, requiredScopes, ScopeGrant } from './scopes';

const ROOT = path.resolve(__dirname, '../..');
const AUTH = 'https://www.googleapis.com/auth/';
const scope = (name: string) => `${AUTH}${name}`;

describe('the scope table', () => {
  it('is generated from the pinned gas-types-detailed and is up to date', () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
      devDependencies: Record<string, string>;
    };
    expect(SCOPE_TABLE.source.package).toBe('gas-types-detailed');
    expect(SCOPE_TABLE.source.version).toBe(pkg.devDependencies['gas-types-detailed']);
    const regenerated = execFileSync(
      process.execPath,
      [path.join(ROOT, 'scripts/scope-table.mjs'), '--stdout'],
      { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
    );
    const committed = readFileSync(path.join(__dirname, 'scopes.generated.json'), 'utf8');
    // Not toBe on 270 KB of text: a stale table should say so in one line.
    expect(regenerated === committed).toBe(true);
  });

  it('holds the reference’s lists, in the reference’s order', () => {
    expect(requiredScopes('SpreadsheetApp', 'Range.setValues')).toEqual([
      scope('spreadsheets.currentonly'),
      scope('spreadsheets'),
    ]);
    expect(requiredScopes('DriveApp', 'DriveApp.createFile')).toEqual([scope('drive')]);
    expect(requiredScopes('FormApp', 'FormApp.create')).toEqual([scope('forms')]);
    expect(requiredScopes('MailApp', 'MailApp.sendEmail')).toEqual([scope('script.send_mail')]);
    expect(requiredScopes('Session', 'Session.getEffectiveUser')).toEqual([
      scope('userinfo.email'),
    ]);
    expect(requiredScopes('Drive', 'Drive.Files.create')).toContain(scope('drive.file'));
  });

  it('gives [] where the reference lists no scope, and undefined where it has no such method', () => {
    for (const [service, method] of [
      ['Logger', 'Logger.log'],
      ['Utilities', 'Utilities.formatDate'],
      ['SpreadsheetApp', 'SpreadsheetApp.getUi'],
      ['SpreadsheetApp', 'Ui.alert'],
      ['LockService', 'LockService.getScriptLock'],
      ['PropertiesService', 'PropertiesService.getScriptProperties'],
      ['CacheService', 'CacheService.getScriptCache'],
      ['Session', 'User.getEmail'],
    ])
      expect([method, requiredScopes(service, method)]).toEqual([method, []]);
    expect(requiredScopes('SpreadsheetApp', 'Range.setValuesPlease')).toBeUndefined();
    // Only typed chart builders have setTitle: the plain EmbeddedChartBuilder does not.
    expect(requiredScopes('SpreadsheetApp', 'EmbeddedChartBuilder.setTitle')).toBeUndefined();
    expect(requiredScopes('SpreadsheetApp', 'EmbeddedLineChartBuilder.setTitle')).toEqual([]);
  });

  it('words the error as Google does, one scope bare and several bracketed with ||', () => {
    expect(permissionError('DriveApp.createFile', [scope('drive')]).message).toBe(
      'You do not have permission to call DriveApp.createFile. Required permissions: https://www.googleapis.com/auth/drive',
    );
    expect(
      permissionError('Range.setValues', [scope('spreadsheets.currentonly'), scope('spreadsheets')])
        .message,
    ).toBe(
      'You do not have permission to call Range.setValues. Required permissions: (https://www.googleapis.com/auth/spreadsheets.currentonly || https://www.googleapis.com/auth/spreadsheets)',
    );
  });
});

describe('every counted call is checked', () => {
  it('refuses a method the table does not know, but not the emulator’s internal work', () => {
    const ctx = createTestingContext();
    expect(() => ctx.meter.record('SpreadsheetApp', 'Range.setValuesPlease')).toThrow(
      /scope table .* does not list/,
    );
    expect(() =>
      ctx.meter.internal(() => ctx.meter.record('SpreadsheetApp', 'Range.setValuesPlease')),
    ).not.toThrow();
  });

  it('refuses a call none of whose scopes is granted, and counts nothing for it', () => {
    const ctx = createTestingContext({ declaredScopes: [scope('drive.file')] });
    expect(() => ctx.meter.record('DriveApp', 'DriveApp.createFile')).toThrow(
      'You do not have permission to call DriveApp.createFile. Required permissions: https://www.googleapis.com/auth/drive',
    );
    expect(ctx.meter.snapshot()).toEqual({});
    expect(() => ctx.meter.record('Drive', 'Drive.Files.create')).not.toThrow();
  });

  it('takes granted scopes only from the declared ones', () => {
    expect(() => new ScopeGrant([scope('forms')], [scope('drive')])).toThrow(/not declared/);
  });
});

/** A project with a tiny script, for what the script sees. */
function project(code: string, options: ConstructorParameters<typeof Environment>[0] = {}) {
  const env = new Environment(options);
  env.load(code);
  return env;
}

describe('the manifest decides (default: the repository’s appsscript.json)', () => {
  const manifest = readManifest();

  it('refuses DriveApp.createFile under drive.file, as Google does', () => {
    const env = project("function save() { return DriveApp.createFile('r.txt', 'x').getId(); }");
    const record = env.run('save');
    expect(record.ok).toBe(false);
    expect(record.error?.message).toBe(
      'You do not have permission to call DriveApp.createFile. Required permissions: https://www.googleapis.com/auth/drive',
    );
    expect(env.drive.files()).toHaveLength(0);
  });

  it('lets a manifest with auth/drive call it', () => {
    const env = project("function save() { return DriveApp.createFile('r.txt', 'x').getId(); }", {
      manifest: { ...manifest, oauthScopes: [scope('drive')] },
    });
    expect(env.run('save').ok).toBe(true);
  });

  it('refuses what the user unticked at consent (granular consent)', () => {
    const declared = manifest.oauthScopes ?? [];
    const env = project(
      'function read() { return SpreadsheetApp.getActiveSpreadsheet().getName(); }',
      { grantedScopes: declared.filter((s) => s !== scope('spreadsheets.currentonly')) },
    );
    expect(env.run('read').error?.message).toBe(
      'You do not have permission to call SpreadsheetApp.getActiveSpreadsheet. Required permissions: (https://www.googleapis.com/auth/spreadsheets.currentonly || https://www.googleapis.com/auth/spreadsheets)',
    );
  });

  it('gives the script the advanced Drive service only where the manifest enables it', () => {
    const code = 'function has() { return typeof Drive; }';
    expect(project(code).call('has')).toBe('object');
    const { dependencies: _dropped, ...without } = manifest;
    expect(project(code, { manifest: without }).call('has')).toBe('undefined');
  });
});

describe('ScriptApp.getAuthorizationInfo', () => {
  const declared = readManifest().oauthScopes ?? [];
  const code = `
    function info(scopes) {
      const info = scopes
        ? ScriptApp.getAuthorizationInfo(ScriptApp.AuthMode.FULL, scopes)
        : ScriptApp.getAuthorizationInfo(ScriptApp.AuthMode.FULL);
      return {
        status: String(info.getAuthorizationStatus()),
        url: info.getAuthorizationUrl(),
        scopes: info.getAuthorizedScopes(),
      };
    }`;

  it('is NOT_REQUIRED with no URL when every declared scope is granted', () => {
    expect(project(code).call('info')).toEqual({
      status: 'NOT_REQUIRED',
      url: null,
      scopes: declared,
    });
  });

  it('is REQUIRED with a URL, and lists only the granted scopes, after an unticked one', () => {
    const granted = declared.filter((s) => s !== scope('script.send_mail'));
    const answer = project(code, { grantedScopes: granted }).call('info') as {
      status: string;
      url: string;
      scopes: string[];
    };
    expect(answer.status).toBe('REQUIRED');
    expect(answer.url).toMatch(/^https:\/\/script\.google\.com\//);
    expect(answer.scopes).toEqual(granted);
  });

  it('answers for the listed scopes only, and refuses one the script does not declare', () => {
    const env = project(code, {
      grantedScopes: declared.filter((s) => s !== scope('script.send_mail')),
    });
    expect(env.call('info', [scope('forms')])).toEqual({
      status: 'NOT_REQUIRED',
      url: null,
      scopes: [scope('forms')],
    });
    expect(env.call('info', [scope('script.send_mail'), scope('forms')])).toMatchObject({
      status: 'REQUIRED',
      scopes: [scope('forms')],
    });
    expect(env.run('info', [scope('drive')]).error?.message).toMatch(/not a scope this script/i);
  });
});
