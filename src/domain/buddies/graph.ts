/**
 * The matching graph. Vertices are the participants (by index) followed by "extra mentee slots":
 * a mentor with capacity c gets c - 1 slot vertices joined only to newcomers, so one mentor can
 * be matched to several newcomers (one pair each). A slot used while its mentor is not also
 * mentoring a newcomer is never optimal: moving that newcomer onto the mentor itself keeps
 * every newcomer mentored and removes one excess load, a tier above everything the move could
 * lose. Slots are created only when one-to-one mentoring cannot reach every newcomer, because
 * otherwise the optimum never uses them.
 */
import blossom from './vendor/edmonds-blossom';
import { BuddyObjective } from './objective';

export interface MatchedEdge {
  /** Vertex indices; `a` < `b`. */
  a: number;
  b: number;
  weight: number;
}

export interface Matching {
  edges: MatchedEdge[];
  weight: number;
}

export class BuddyGraph {
  /** ownerOfVertex[v] is the participant a vertex stands for (itself, or a slot's mentor). */
  readonly ownerOfVertex: number[];
  private readonly edges: MatchedEdge[] = [];

  constructor(
    private readonly objective: BuddyObjective,
    extraSlots: ReadonlyArray<number>,
  ) {
    const participantCount = objective.participants.length;
    this.ownerOfVertex = [
      ...Array.from({ length: participantCount }, (_, index) => index),
      ...extraSlots,
    ];
    for (let a = 0; a < participantCount; a += 1) {
      for (let b = a + 1; b < participantCount; b += 1) {
        const tally = objective.pairTally(a, b);
        if (tally !== null) this.edges.push({ a, b, weight: objective.score(tally) });
      }
    }
    extraSlots.forEach((mentor, slotIndex) => {
      const slot = participantCount + slotIndex;
      for (let newcomer = 0; newcomer < participantCount; newcomer += 1) {
        const tally = objective.extraMenteeTally(mentor, newcomer);
        if (tally !== null)
          this.edges.push({ a: newcomer, b: slot, weight: objective.score(tally) });
      }
    });
  }

  /** Edges between two participants (no slots). */
  participantEdges(): readonly MatchedEdge[] {
    return this.edges.filter((edge) => !this.isSlot(edge.a) && !this.isSlot(edge.b));
  }

  get vertexCount(): number {
    return this.ownerOfVertex.length;
  }

  isSlot(vertex: number): boolean {
    return vertex >= this.objective.participants.length;
  }

  /** Vertices standing for any of `participants` (the participants and their slots). */
  verticesOf(participants: Iterable<number>): Set<number> {
    const owners = new Set(participants);
    const vertices = new Set<number>();
    this.ownerOfVertex.forEach((owner, vertex) => {
      if (owners.has(owner)) vertices.add(vertex);
    });
    return vertices;
  }

  /** Maximum weight matching on the graph without the `removed` vertices. */
  bestMatching(removed: ReadonlySet<number> = new Set()): Matching {
    const kept =
      removed.size === 0
        ? this.edges
        : this.edges.filter((edge) => !removed.has(edge.a) && !removed.has(edge.b));
    // The matcher takes the edges as three columns: no [a, b, weight] array per edge (125,000
    // of them for a programme of 500).
    const a = new Int32Array(kept.length);
    const b = new Int32Array(kept.length);
    const w = new Float64Array(kept.length);
    kept.forEach((edge, k) => {
      a[k] = edge.a;
      b[k] = edge.b;
      w[k] = edge.weight;
    });
    const mate = kept.length === 0 ? [] : blossom({ a, b, w });
    const edges = kept.filter((edge) => mate[edge.a] === edge.b);
    return { edges, weight: edges.reduce((sum, edge) => sum + edge.weight, 0) };
  }
}
