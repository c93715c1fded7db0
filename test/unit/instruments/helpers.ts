import type { InstrumentAnswers, ScoreOutcome } from '../../../src/domain/instruments';
import type { InstrumentDefinition } from '../../../src/domain/instruments';

/** Answers keyed by item id, from values listed in item order (null = unanswered). */
export function answersInOrder(
  definition: InstrumentDefinition,
  values: ReadonlyArray<number | null>,
): InstrumentAnswers {
  if (values.length !== definition.items.length) {
    throw new Error(`expected ${definition.items.length} values, got ${values.length}`);
  }
  return Object.fromEntries(definition.items.map((item, index) => [item.id, values[index]]));
}

export function expectScored(outcome: ScoreOutcome): Extract<ScoreOutcome, { ok: true }> {
  if (!outcome.ok) throw new Error(`expected a score, got: ${outcome.reason}`);
  return outcome;
}

export function expectRejected(outcome: ScoreOutcome): Extract<ScoreOutcome, { ok: false }> {
  if (outcome.ok) throw new Error(`expected a rejection, got score ${outcome.score}`);
  return outcome;
}
