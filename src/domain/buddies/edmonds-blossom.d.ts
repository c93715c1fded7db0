/**
 * Types for edmonds-blossom 1.0.0 (CommonJS, no bundled types): a port of Joris van Rantwijk's
 * maximum weight matching. Weights should be integers so the algorithm's dual arithmetic stays
 * exact; the result has one entry per vertex up to the largest index seen in `edges`.
 */
declare module 'edmonds-blossom' {
  /** [vertexA, vertexB, weight] with 0-based vertex indices. */
  type WeightedEdge = [number, number, number];

  /**
   * Maximum weight matching on a general graph. Returns `mate`, where `mate[v]` is the vertex
   * matched to `v`, or -1. With `maxCardinality`, only maximum-cardinality matchings are
   * considered. An empty edge list returns an empty array.
   */
  function blossom(edges: WeightedEdge[], maxCardinality?: boolean): number[];

  export = blossom;
}
