/**
 * The vendored matcher (src/domain/buddies/vendor) resets its per-stage arrays in place instead
 * of allocating them afresh: it must return exactly what the published edmonds-blossom returns.
 */
import fc from 'fast-check';
import published from 'edmonds-blossom';
import vendored from '../../src/domain/buddies/vendor/edmonds-blossom';

type Edge = [number, number, number];

const graph = fc.integer({ min: 2, max: 14 }).chain((vertices) =>
  fc
    .uniqueArray(
      fc
        .tuple(fc.nat(vertices - 1), fc.nat(vertices - 1))
        .filter(([a, b]) => a !== b)
        .map(([a, b]) => (a < b ? [a, b] : [b, a]) as [number, number]),
      { selector: ([a, b]) => `${a} ${b}`, maxLength: (vertices * (vertices - 1)) / 2 },
    )
    .chain((pairs) =>
      fc
        .array(fc.integer({ min: 1, max: 2 ** 40 }), {
          minLength: pairs.length,
          maxLength: pairs.length,
        })
        .map((weights) => pairs.map(([a, b], k): Edge => [a, b, weights[k]])),
    ),
);

describe('the vendored blossom matcher', () => {
  it('finds the same matching as the published package, with and without max cardinality', () => {
    fc.assert(
      fc.property(graph, fc.boolean(), (edges, maxCardinality) => {
        const copy = () => edges.map((edge): Edge => [...edge]);
        expect(vendored(copy(), maxCardinality)).toEqual(published(copy(), maxCardinality));
      }),
      { numRuns: 400 },
    );
  });

  it('agrees on a complete graph of 60 members with tied weights', () => {
    const edges: Edge[] = [];
    for (let a = 0; a < 60; a += 1)
      for (let b = a + 1; b < 60; b += 1) edges.push([a, b, 1 + ((a * 7 + b * 13) % 5)]);
    expect(vendored(edges.map((e): Edge => [...e]))).toEqual(
      published(edges.map((e): Edge => [...e])),
    );
  });
});
