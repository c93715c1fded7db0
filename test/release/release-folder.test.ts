/**
 * `npm run build` writes release/, the folder a volunteer without npm installs from. It must hold
 * exactly the files its INSTALL.txt lists, and those must be the bundle and manifest CI tests.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { compiledBundle } from '../integration/harness';

const ROOT = path.join(__dirname, '../..');
const RELEASE = path.join(ROOT, 'release');

/** The file names INSTALL.txt lists in its table: lines of two-space indent, a name, then text. */
function filesInstallLists(install: string): string[] {
  return [...install.matchAll(/^ {2}(\S+\.(?:gs|json|txt)) {2,}\S/gm)].map((match) => match[1]);
}

describe('release folder', () => {
  // The same build the integration tests use (rebuilt only when src/ changed), never a second
  // one racing them: release/ is written by the same run of scripts/build.mjs as dist/.
  let bundle = '';
  beforeAll(() => {
    bundle = compiledBundle();
  });

  it('holds exactly the files INSTALL.txt lists', () => {
    const install = readFileSync(path.join(RELEASE, 'INSTALL.txt'), 'utf8');
    const listed = filesInstallLists(install);
    expect(listed).toEqual(expect.arrayContaining(['Code.gs', 'appsscript.json', 'INSTALL.txt']));
    expect(readdirSync(RELEASE).sort()).toEqual([...listed].sort());
  });

  it('Code.gs is the tested bundle and appsscript.json the manifest', () => {
    expect(readFileSync(path.join(RELEASE, 'Code.gs'), 'utf8')).toBe(bundle);
    expect(JSON.parse(readFileSync(path.join(RELEASE, 'appsscript.json'), 'utf8'))).toEqual(
      JSON.parse(readFileSync(path.join(ROOT, 'appsscript.json'), 'utf8')),
    );
  });

  it('every step INSTALL.txt names for the editor refers to a file in the folder', () => {
    const install = readFileSync(path.join(RELEASE, 'INSTALL.txt'), 'utf8');
    const mentioned = new Set(
      [...install.matchAll(/\b([\w-]+\.(?:gs|json))\b/g)].map((match) => match[1]),
    );
    for (const name of mentioned) expect(readdirSync(RELEASE)).toContain(name);
  });
});
