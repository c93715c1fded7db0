// Writes emulator/core/scopes.generated.json: for every method of the Apps Script services the
// emulator implements, the OAuth scopes Google's reference says it needs (any one suffices), or
// [] where the reference lists none. The source is the reference itself, as shipped in the JSDoc
// of the npm package gas-types-detailed ("Scripts that use this method require authorization
// with one or more of the following scopes: …"), never memory.
//
//   npm run scopes            regenerate the committed table
//   node scripts/scope-table.mjs --stdout   print it (the freshness test compares the two)
//
// A few entries are not in that package and are cited one by one in SUPPLEMENTS below.
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const ts = require('typescript');

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const PACKAGE = 'gas-types-detailed';
const packageDir = path.dirname(require.resolve(`${PACKAGE}/package.json`));
const { version } = JSON.parse(readFileSync(path.join(packageDir, 'package.json'), 'utf8'));
const OUTPUT = path.join(root, 'emulator/core/scopes.generated.json');

/** The reference's files for the services the emulator implements (and their namespaces). */
const FILES = [
  'google-apps-script.base.d.ts',
  'google-apps-script.cache.d.ts',
  'google-apps-script.charts.d.ts',
  'google-apps-script.drive.d.ts',
  'google-apps-script.forms.d.ts',
  'google-apps-script.html.d.ts',
  'google-apps-script.lock.d.ts',
  'google-apps-script.mail.d.ts',
  'google-apps-script.properties.d.ts',
  'google-apps-script.script.d.ts',
  'google-apps-script.spreadsheet.d.ts',
  'google-apps-script.utilities.d.ts',
];

/**
 * Methods the package does not carry, each with the page that documents its scopes.
 * - The advanced Drive service (v3) is Google's Drive API: files.create's reference lists its
 *   authorization scopes as drive, drive.appdata and drive.file (any one), and the Drive scopes
 *   page says drive.file lets an app "create new Drive files".
 *   https://developers.google.com/workspace/drive/api/reference/rest/v3/files/create
 *   https://developers.google.com/workspace/drive/api/guides/api-specific-auth
 * - `console` is V8's, routed to Cloud Logging by Apps Script; the logging guide documents it
 *   with no scope. https://developers.google.com/apps-script/guides/logging
 */
const SUPPLEMENTS = {
  'Drive.Files.create': {
    scopes: [
      'https://www.googleapis.com/auth/drive',
      'https://www.googleapis.com/auth/drive.appdata',
      'https://www.googleapis.com/auth/drive.file',
    ],
    reference: 'https://developers.google.com/workspace/drive/api/reference/rest/v3/files/create',
  },
  // files.update lists drive, drive.appdata, drive.file, drive.metadata and drive.scripts;
  // drive.file reaches only files the app created (the saved reports).
  'Drive.Files.update': {
    scopes: [
      'https://www.googleapis.com/auth/drive',
      'https://www.googleapis.com/auth/drive.appdata',
      'https://www.googleapis.com/auth/drive.file',
      'https://www.googleapis.com/auth/drive.metadata',
      'https://www.googleapis.com/auth/drive.scripts',
    ],
    reference: 'https://developers.google.com/workspace/drive/api/reference/rest/v3/files/update',
  },
  // Form.setEmailCollectionType / getEmailCollectionType are not in the reference snapshot
  // (2025-11); public scripts call them beside setCollectEmail, whose scopes (forms.currentonly,
  // forms) they are given here: the same as every other Form setting. Unverified.
  ...Object.fromEntries(
    ['Form.setEmailCollectionType', 'Form.getEmailCollectionType'].map((method) => [
      method,
      {
        scopes: [
          'https://www.googleapis.com/auth/forms.currentonly',
          'https://www.googleapis.com/auth/forms',
        ],
        reference: 'https://developers.google.com/apps-script/reference/forms/form',
      },
    ]),
  ),
  ...Object.fromEntries(
    ['log', 'info', 'warn', 'error', 'time', 'timeEnd'].map((level) => [
      `console.${level}`,
      { scopes: [], reference: 'https://developers.google.com/apps-script/guides/logging' },
    ]),
  ),
};

const SCOPE_LINE = /^\s*\*?\s*-\s*(https:\/\/www\.googleapis\.com\/auth\/\S+)\s*$/;
const REFERENCE = /https:\/\/developers\.google\.com\/apps-script\/reference\/[^\s#]+/;

/** The JSDoc text right above a node. */
function docOf(node, source) {
  const ranges = ts.getLeadingCommentRanges(source.text, node.pos) ?? [];
  return ranges.map((range) => source.text.slice(range.pos, range.end)).join('\n');
}

/** The scopes a JSDoc block lists after "require authorization", or null if it lists none. */
function scopesIn(doc) {
  const lines = doc.split('\n');
  const start = lines.findIndex((line) => line.includes('require authorization with one or more'));
  if (start < 0) return null;
  const scopes = [];
  for (const line of lines.slice(start + 1)) {
    const match = SCOPE_LINE.exec(line);
    if (match) scopes.push(match[1]);
    else if (scopes.length > 0) break;
  }
  return scopes;
}

/** Every interface of every namespace: `Namespace.Class` → { methods, bases, reference }. */
function readInterfaces() {
  const interfaces = new Map();
  for (const file of FILES) {
    const fullPath = path.join(packageDir, file);
    const source = ts.createSourceFile(
      fullPath,
      readFileSync(fullPath, 'utf8'),
      ts.ScriptTarget.ES2020,
      true,
    );
    const visit = (node, names) => {
      if (ts.isModuleDeclaration(node)) {
        const inner = [...names, node.name.text];
        ts.forEachChild(node, (child) => visit(child, inner));
        return;
      }
      // Names below the outer `declare namespace GoogleAppsScript`: `Spreadsheet.Range`.
      const namespace = names.slice(1).join('.');
      if (ts.isInterfaceDeclaration(node) && namespace) {
        const key = `${namespace}.${node.name.text}`;
        const entry = interfaces.get(key) ?? { methods: new Map(), bases: [], reference: null };
        for (const clause of node.heritageClauses ?? [])
          for (const type of clause.types) entry.bases.push(type.expression.getText(source));
        for (const member of node.members) {
          if (!ts.isMethodSignature(member) || !member.name) continue;
          const doc = docOf(member, source);
          if (doc.includes('@deprecated')) continue;
          const method = member.name.getText(source);
          const overloads = entry.methods.get(method) ?? [];
          overloads.push(scopesIn(doc));
          entry.methods.set(method, overloads);
          entry.reference ??= REFERENCE.exec(doc)?.[0] ?? null;
        }
        interfaces.set(key, entry);
        return;
      }
      ts.forEachChild(node, (child) => visit(child, names));
    };
    ts.forEachChild(source, (node) => visit(node, []));
  }
  return interfaces;
}

/**
 * One scope list for a method from its overloads. Where overloads differ, the stricter reading:
 * only scopes every overload accepts (a call cannot be told apart by overload at run time), and
 * an overload with no list does not make another's list optional.
 */
function mergeOverloads(overloads) {
  const lists = overloads.filter((list) => list !== null);
  if (lists.length === 0) return [];
  return lists[0].filter((scope) => lists.every((list) => list.includes(scope)));
}

/** Methods of an interface including those it inherits (`extends`), nearest first. */
function methodsOf(key, interfaces, seen = new Set()) {
  const entry = interfaces.get(key);
  if (!entry || seen.has(key)) return new Map();
  seen.add(key);
  const methods = new Map(entry.methods);
  const namespace = key.slice(0, key.indexOf('.'));
  for (const base of entry.bases) {
    const baseKey = base.includes('.') ? base : `${namespace}.${base}`;
    for (const [name, overloads] of methodsOf(baseKey, interfaces, seen))
      if (!methods.has(name)) methods.set(name, overloads);
  }
  return methods;
}

export function buildScopeTable() {
  const interfaces = readInterfaces();
  const qualified = {};
  const classes = {};
  for (const key of [...interfaces.keys()].sort()) {
    const methods = methodsOf(key, interfaces);
    if (methods.size === 0) continue;
    classes[key] = interfaces.get(key).reference?.replace(/#.*$/, '') ?? null;
    for (const [name, overloads] of [...methods].sort(([a], [b]) => a.localeCompare(b)))
      qualified[`${key}.${name}`] = mergeOverloads(overloads);
  }
  // `Class.method` where the class name is unique across namespaces (or every namespace agrees);
  // otherwise only the namespaced key, and the emulator names the namespace from its service.
  const byShortKey = new Map();
  for (const [key, scopes] of Object.entries(qualified)) {
    const short = key.slice(key.indexOf('.') + 1);
    const lists = byShortKey.get(short) ?? [];
    lists.push(JSON.stringify(scopes));
    byShortKey.set(short, lists);
  }
  const methods = {};
  for (const [key, scopes] of Object.entries(qualified)) {
    const short = key.slice(key.indexOf('.') + 1);
    const lists = byShortKey.get(short);
    if (new Set(lists).size === 1) methods[short] = scopes;
    else methods[key] = scopes;
  }
  for (const [key, { scopes }] of Object.entries(SUPPLEMENTS)) methods[key] = scopes;
  return {
    source: {
      package: PACKAGE,
      version,
      generatedBy: 'scripts/scope-table.mjs (npm run scopes)',
      meaning:
        'Scopes Google’s Apps Script reference lists per method; any one of them suffices; [] = the reference lists none.',
    },
    supplements: Object.fromEntries(
      Object.entries(SUPPLEMENTS).map(([key, { reference }]) => [key, reference]),
    ),
    classes,
    methods: Object.fromEntries(Object.entries(methods).sort(([a], [b]) => a.localeCompare(b))),
  };
}

export function scopeTableText() {
  return `${JSON.stringify(buildScopeTable(), null, 2)}\n`;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (process.argv.includes('--stdout')) process.stdout.write(scopeTableText());
  else {
    writeFileSync(OUTPUT, scopeTableText());
    console.log(`wrote ${path.relative(root, OUTPUT)} from ${PACKAGE}@${version}`);
  }
}
