// Builds the Apps Script bundle: dist/Code.js (one classic script, no modules) and
// dist/appsscript.json. Apps Script finds menu actions and trigger handlers by global function
// name, so after bundling src/main.ts as an IIFE we append a real top-level function for each
// name in src/entry-points.json, forwarding to the bundle's export of the same name.
import { build } from 'esbuild';
import { copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// `--addon` builds the Editor add-on (its menu under Extensions); the default is the script bound
// to the group's sheet. `--out DIR` writes the bundle elsewhere (and no release folder).
const args = process.argv.slice(2);
const asAddon = args.includes('--addon');
const outIndex = args.indexOf('--out');
const dist = outIndex >= 0 ? path.resolve(args[outIndex + 1]) : path.join(root, 'dist');
const writeRelease = outIndex < 0 && !asAddon;
const GLOBAL_NAME = 'PeerCircle';

const entryPoints = JSON.parse(await readFile(path.join(root, 'src/entry-points.json'), 'utf8'));
const strictPatches = JSON.parse(
  await readFile(path.join(root, 'scripts/strict-patches.json'), 'utf8'),
);

/** Declares the implicit globals of the dependencies listed in strict-patches.json. */
const declareImplicitGlobals = {
  name: 'declare-implicit-globals',
  setup(plugin) {
    plugin.onLoad({ filter: /node_modules[\\/].*\.js$/ }, async (args) => {
      const key = Object.keys(strictPatches).find((file) =>
        args.path.replaceAll('\\', '/').endsWith(`node_modules/${file}`),
      );
      if (!key) return undefined;
      const source = await readFile(args.path, 'utf8');
      return { contents: `var ${strictPatches[key].join(', ')};\n${source}`, loader: 'js' };
    });
  },
};

const result = await build({
  entryPoints: [path.join(root, 'src/main.ts')],
  bundle: true,
  format: 'iife',
  globalName: GLOBAL_NAME,
  // Apps Script's V8 runtime accepts ES2020 syntax.
  target: 'es2020',
  platform: 'neutral',
  mainFields: ['main', 'module'],
  write: false,
  plugins: [declareImplicitGlobals],
  define: { BUILT_AS_ADDON: String(asAddon) },
  legalComments: 'inline',
  charset: 'utf8',
  logLevel: 'warning',
  // Apps Script parses the whole project on every execution: a smaller bundle starts faster.
  // BUILD_READABLE=1 keeps names and lines, for a profile (node --cpu-prof) of the bundle.
  minify: process.env.BUILD_READABLE !== '1',
});

const forwarders = entryPoints.map(
  (name) => `function ${name}(e) {\n  return ${GLOBAL_NAME}.${name}(e);\n}`,
);
const bundle = result.outputFiles[0].text;
const code = `${bundle}\n// Entry points Apps Script calls by name (menu items, triggers).\n${forwarders.join('\n')}\n`;

await mkdir(dist, { recursive: true });
await writeFile(path.join(dist, 'Code.js'), code);
await copyFile(path.join(root, 'appsscript.json'), path.join(dist, 'appsscript.json'));

// The release folder: what a volunteer without npm pastes into Extensions > Apps Script.
// Code.gs is the same bundle (the editor names script files .gs); INSTALL.txt lists the folder.
if (writeRelease) {
  const release = path.join(root, 'release');
  await rm(release, { recursive: true, force: true });
  await mkdir(release, { recursive: true });
  await writeFile(path.join(release, 'Code.gs'), code);
  await copyFile(path.join(root, 'appsscript.json'), path.join(release, 'appsscript.json'));
  await copyFile(path.join(root, 'scripts/release/INSTALL.txt'), path.join(release, 'INSTALL.txt'));
}
console.log(
  `built ${path.relative(root, dist) || '.'}/Code.js (${asAddon ? 'add-on' : 'bound'}, ${(code.length / 1024).toFixed(1)} KiB, ${entryPoints.length} entry points)${writeRelease ? ' and release/' : ''}`,
);
