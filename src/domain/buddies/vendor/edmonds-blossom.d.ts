/** Types of the vendored edmonds-blossom (see edmonds-blossom.js and ../edmonds-blossom.d.ts). */
/** [vertexA, vertexB, weight] with 0-based vertex indices; integer weights keep it exact. */
type WeightedEdge = [number, number, number];

/** The same edges as three columns: edge k joins a[k] and b[k] with weight w[k]. */
interface EdgeColumns {
  a: ArrayLike<number>;
  b: ArrayLike<number>;
  w: ArrayLike<number>;
}

/** Maximum weight matching: `mate[v]` is the vertex matched to `v`, or -1. */
declare function blossom(edges: WeightedEdge[] | EdgeColumns, maxCardinality?: boolean): number[];

export = blossom;
