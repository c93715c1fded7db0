/**
 * Runs every group within a time budget: first one repetition of each group (always, so every
 * figure exists), then further repetitions, cheapest groups first, as long as each one is
 * expected to finish before the deadline. A group's repetition is expected to take as long as
 * its first one did, plus rebuilding its rows.
 */
import { GroupSize } from './fixtures/group';
import {
  CaseResult,
  caseResult,
  CaseShape,
  measureRepetition,
  prepareCase,
  Repetition,
} from './run-case';

export interface ScheduleOptions {
  /** Repetitions wanted per group. */
  repetitions: number;
  /** performance.now() after which no repetition starts. */
  deadline: number;
  log?: (line: string) => void;
}

interface Planned {
  shape: CaseShape;
  runs: Repetition[];
  /** Expected ms of one more repetition, its rows rebuilt. */
  costMs: number;
}

const label = (size: GroupSize) => `${size.members} members, ${size.weeks} weeks`;

export function runWithinBudget(
  code: string,
  sizes: readonly GroupSize[],
  options: ScheduleOptions,
): CaseResult[] {
  const log = options.log ?? (() => undefined);
  const planned: Planned[] = sizes.map((size) => {
    log(`${label(size)}: repetition 1`);
    const prepared = prepareCase(code, size);
    const first = measureRepetition(code, prepared, log);
    return {
      shape: prepared.shape,
      runs: [first],
      costMs: first.elapsedMs + prepared.shape.groupMs + prepared.shape.layoutMs,
    };
  });
  for (const entry of [...planned].sort((a, b) => a.costMs - b.costMs)) {
    if (entry.runs.length >= options.repetitions) continue;
    if (performance.now() + entry.costMs > options.deadline) break;
    const prepared = prepareCase(code, entry.shape.size);
    while (
      entry.runs.length < options.repetitions &&
      performance.now() + entry.costMs <= options.deadline
    ) {
      log(`${label(entry.shape.size)}: repetition ${entry.runs.length + 1}`);
      entry.runs.push(measureRepetition(code, prepared, log));
    }
  }
  return planned.map((entry) => caseResult(entry.shape, entry.runs));
}
