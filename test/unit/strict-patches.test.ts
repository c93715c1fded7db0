/**
 * The bundle runs in strict mode in Apps Script. Dependencies that assign to undeclared
 * variables are patched by the build (scripts/strict-patches.json); this checks the list is
 * complete, so a dependency upgrade that adds one fails here rather than in production.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import fc from 'fast-check';

const patches: Record<string, string[]> = JSON.parse(
  readFileSync(path.join(__dirname, '../../scripts/strict-patches.json'), 'utf8'),
);

type Blossom = (edges: number[][], maxCardinality?: boolean) => number[];

function load(file: string, strict: boolean): Blossom {
  const source = readFileSync(require.resolve(file), 'utf8');
  const prefix = strict ? `'use strict'; var ${patches[file].join(', ')};\n` : '';
  const module = { exports: {} as unknown };
  vm.runInNewContext(`${prefix}${source}`, { module, exports: module.exports, require, console });
  return module.exports as Blossom;
}

describe('strict-mode patches of dependencies', () => {
  it('edmonds-blossom runs in strict mode with its implicit globals declared, giving the same matchings', () => {
    const strict = load('edmonds-blossom/app/blossom.js', true);
    const sloppy = load('edmonds-blossom/app/blossom.js', false);
    const graph = fc
      .integer({ min: 2, max: 12 })
      .chain((n) =>
        fc.uniqueArray(
          fc.tuple(
            fc.integer({ min: 0, max: n - 1 }),
            fc.integer({ min: 0, max: n - 1 }),
            fc.integer({ min: 1, max: 50 }),
          ),
          {
            selector: ([a, b]) => `${Math.min(a, b)}-${Math.max(a, b)}`,
            maxLength: 40,
          },
        ),
      )
      .map((edges) => edges.filter(([a, b]) => a !== b));
    fc.assert(
      fc.property(graph, fc.boolean(), (edges, maxCardinality) => {
        expect(strict(edges, maxCardinality)).toEqual(sloppy(edges, maxCardinality));
      }),
      { numRuns: 200 },
    );
  });
});
