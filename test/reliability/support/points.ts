/**
 * Which steps of an operation a sweep tries. Every step when there are at most `max`. Else the
 * steps that matter most first: a fault at any read between two writes leaves the sheet in the
 * same state, so each effectful call (a write, a send, a dialog, a flush) and the read just
 * before it represent their stretch; then, up to `max`, other reads, stratified. When even the
 * effectful steps are more than `max`, they are stratified. The first and last step are always
 * tried, and the PRNG is seeded from `seed`, so a sweep always tries the same steps.
 */
import { TracedCall } from './call-trace';

/** Calls that only read (or configure an in-memory chart builder) change nothing. */
export function isReadOnly(call: TracedCall): boolean {
  return /\.(get|is|has)[A-Z]/.test(call.method) || call.method.startsWith('EmbeddedChartBuilder.');
}

export function choosePoints(targets: readonly TracedCall[], max: number, seed: string): number[] {
  const steps = targets.length;
  if (steps <= max) return Array.from({ length: steps }, (_, index) => index + 1);
  const random = mulberry32(hash(seed));
  const priority = new Set<number>([1, steps]);
  targets.forEach((call, index) => {
    if (isReadOnly(call)) return;
    priority.add(index + 1);
    if (index >= 1) priority.add(index);
  });
  if (priority.size >= max) return stratified([...priority], max, random);
  const rest = Array.from({ length: steps }, (_, index) => index + 1).filter(
    (step) => !priority.has(step),
  );
  return [...priority, ...stratified(rest, max - priority.size, random)].sort((a, b) => a - b);
}

/** `count` of the sorted `steps`: the ends, and one picked at random from each equal stratum. */
function stratified(steps: readonly number[], count: number, random: () => number): number[] {
  const sorted = [...steps].sort((a, b) => a - b);
  if (sorted.length <= count) return sorted;
  if (count <= 0) return [];
  const chosen = new Set<number>([sorted[0], sorted[sorted.length - 1]]);
  const inner = sorted.slice(1, -1);
  const strata = Math.max(0, count - 2);
  const width = inner.length / Math.max(1, strata);
  for (let stratum = 0; stratum < strata; stratum += 1) {
    const low = Math.floor(stratum * width);
    const high = Math.max(low, Math.floor((stratum + 1) * width) - 1);
    chosen.add(inner[low + Math.floor(random() * (high - low + 1))]);
  }
  return [...chosen].sort((a, b) => a - b);
}

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}

function mulberry32(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
