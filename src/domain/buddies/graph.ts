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
  /**
   * Edge k joins edgeA[k] and edgeB[k] (edgeA[k] < edgeB[k]) with weight edgeW[k]: three
   * columns rather than an object per edge (125,000 edges for a programme of 500), which is
   * also how the matcher takes them.
   */
  private readonly edgeA: Int32Array;
  private readonly edgeB: Int32Array;
  private readonly edgeW: Float64Array;

  constructor(
    private readonly objective: BuddyObjective,
    extraSlots: ReadonlyArray<number>,
  ) {
    const participantCount = objective.participants.length;
    this.ownerOfVertex = [
      ...Array.from({ length: participantCount }, (_, index) => index),
      ...extraSlots,
    ];
    const most =
      (participantCount * (participantCount - 1)) / 2 + extraSlots.length * participantCount;
    const edgeA = new Int32Array(most);
    const edgeB = new Int32Array(most);
    const edgeW = new Float64Array(most);
    let count = 0;
    const add = (a: number, b: number, weight: number) => {
      edgeA[count] = a;
      edgeB[count] = b;
      edgeW[count] = weight;
      count += 1;
    };
    for (let a = 0; a < participantCount; a += 1) {
      for (let b = a + 1; b < participantCount; b += 1) {
        const tally = objective.pairTally(a, b);
        if (tally !== null) add(a, b, objective.score(tally));
      }
    }
    extraSlots.forEach((mentor, slotIndex) => {
      const slot = participantCount + slotIndex;
      for (let newcomer = 0; newcomer < participantCount; newcomer += 1) {
        const tally = objective.extraMenteeTally(mentor, newcomer);
        if (tally !== null) add(newcomer, slot, objective.score(tally));
      }
    });
    this.edgeA = edgeA.slice(0, count);
    this.edgeB = edgeB.slice(0, count);
    this.edgeW = edgeW.slice(0, count);
  }

  /** Edges between two participants (no slots). */
  participantEdges(): readonly MatchedEdge[] {
    const edges: MatchedEdge[] = [];
    for (let k = 0; k < this.edgeA.length; k += 1) {
      const [a, b] = [this.edgeA[k], this.edgeB[k]];
      if (!this.isSlot(a) && !this.isSlot(b)) edges.push({ a, b, weight: this.edgeW[k] });
    }
    return edges;
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
    let [a, b, w] = [this.edgeA, this.edgeB, this.edgeW];
    if (removed.size > 0) {
      const kept: number[] = [];
      for (let k = 0; k < a.length; k += 1)
        if (!removed.has(a[k]) && !removed.has(b[k])) kept.push(k);
      a = Int32Array.from(kept, (k) => this.edgeA[k]);
      b = Int32Array.from(kept, (k) => this.edgeB[k]);
      w = Float64Array.from(kept, (k) => this.edgeW[k]);
    }
    const mate = a.length === 0 ? [] : blossom({ a, b, w });
    const edges: MatchedEdge[] = [];
    for (let k = 0; k < a.length; k += 1)
      if (mate[a[k]] === b[k]) edges.push({ a: a[k], b: b[k], weight: w[k] });
    return { edges, weight: edges.reduce((sum, edge) => sum + edge.weight, 0) };
  }
}
