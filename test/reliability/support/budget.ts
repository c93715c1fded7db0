/**
 * How many fault points each sweep tries. Every point rebuilds the fixture on the compiled
 * bundle and runs the operation, a re-run and a daily run: 30-150 ms on the 2-core CI machine.
 * Sheets timeouts are tried at every step of every operation except the two longest (the daily
 * run and a first Set up, hundreds of steps each), which are sampled (stratified, always with
 * every write and the step before it: see points.ts). The time limit, which stops a run at a
 * step and every step after, is sampled the same way. RELIABILITY_FULL=1 tries every step of
 * every operation for every fault (several minutes).
 */
export const FULL_SWEEP = process.env.RELIABILITY_FULL === '1';

export type FaultBudget = 'sheets' | 'time' | 'mail' | 'lock' | 'forms';

const LONGEST = new Set(['Daily run', 'Set up (first time)']);

/** Most points per (operation, fault): steps beyond it are sampled. */
export function pointsFor(operation: string, fault: FaultBudget): number {
  if (FULL_SWEEP || fault === 'mail' || fault === 'lock') return Number.POSITIVE_INFINITY;
  if (fault === 'sheets') return LONGEST.has(operation) ? 60 : Number.POSITIVE_INFINITY;
  if (fault === 'time') return LONGEST.has(operation) ? 20 : 10;
  return 40;
}
