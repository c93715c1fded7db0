import { t } from '../i18n';
import { describeAllowedValues, findOption, reverseKey } from './scales';
import type { InstrumentDefinition, InstrumentItem, ScoreBand } from './types';

/** One respondent's answers to one instrument, keyed by item id; null or absent = unanswered. */
export type InstrumentAnswers = Readonly<Record<string, number | null | undefined>>;

export type ItemProblemKind = 'unanswered' | 'out-of-range' | 'unknown-item' | 'too-few-answered';

export interface ItemProblem {
  /** null for a problem with the response as a whole (too few items answered). */
  readonly itemId: string | null;
  readonly kind: ItemProblemKind;
  readonly message: string;
}

export interface ScoreSuccess {
  readonly ok: true;
  readonly score: number;
  /** The raw sum, when the score is a converted one (SWEMWBS). */
  readonly raw?: number;
  readonly band?: string;
  /** Scored items answered. */
  readonly answered: number;
  /** Answers to 'counted' items tallied by option label (RIBS reported behaviour). */
  readonly counted?: Readonly<Record<string, number>>;
}

export interface ScoreFailure {
  readonly ok: false;
  /** All problems in one sentence each, for the Review tab. */
  readonly reason: string;
  readonly problems: readonly ItemProblem[];
}

export type ScoreOutcome = ScoreSuccess | ScoreFailure;

/**
 * Scores one response. Every problem is reported at once (not just the first), so a
 * facilitator fixing a row in Review sees everything that is wrong with it.
 */
export function scoreInstrument(
  definition: InstrumentDefinition,
  answers: InstrumentAnswers,
): ScoreOutcome {
  const problems: ItemProblem[] = [];
  const knownIds = new Set(definition.items.map((item) => item.id));
  for (const key of Object.keys(answers)) {
    if (!knownIds.has(key)) {
      problems.push({
        itemId: key,
        kind: 'unknown-item',
        message: t('review.instrument.unknownItem', {
          instrument: definition.shortTitle,
          itemId: key,
          itemIds: [...knownIds].join(', '),
        }),
      });
    }
  }

  const scoredPoints: Array<{ item: InstrumentItem; points: number }> = [];
  const counted: Record<string, number> = {};
  for (const item of definition.items) {
    const value = answers[item.id];
    if (value === null || value === undefined) {
      if (item.required) {
        problems.push({
          itemId: item.id,
          kind: 'unanswered',
          message: t('review.instrument.unanswered', {
            item: describeItem(definition, item),
            allowed: describeAllowedValues(item.scale),
          }),
        });
      }
      continue;
    }
    const option = findOption(item.scale, value);
    if (option === undefined) {
      problems.push({
        itemId: item.id,
        kind: 'out-of-range',
        message: t('review.instrument.outOfRange', {
          item: describeItem(definition, item),
          value: String(value),
          allowed: describeAllowedValues(item.scale),
        }),
      });
      continue;
    }
    if (item.role === 'counted') {
      counted[option.label] = (counted[option.label] ?? 0) + 1;
      continue;
    }
    const points = option.scoredAs ?? option.value;
    scoredPoints.push({
      item,
      points: item.reverseKeyed ? reverseKey(points, item.scale) : points,
    });
  }

  if (definition.scoring.kind === 'mean-of-answered') {
    problems.push(...coverageProblems(definition, definition.scoring, scoredPoints));
  }

  if (problems.length > 0) {
    return { ok: false, reason: problems.map((problem) => problem.message).join(' '), problems };
  }

  const sum = scoredPoints.reduce((total, { points }) => total + points, 0);
  const hasCountedItems = definition.items.some((item) => item.role === 'counted');
  const base = {
    ok: true as const,
    answered: scoredPoints.length,
    ...(hasCountedItems ? { counted } : {}),
  };

  if (definition.scoring.kind === 'mean-of-answered') {
    const score = sum / scoredPoints.length;
    return { ...base, score, ...bandOf(definition.bands, score) };
  }
  const conversion = definition.scoring.conversion;
  if (conversion === undefined) {
    return { ...base, score: sum, ...bandOf(definition.bands, sum) };
  }
  const converted = conversion.table[sum];
  if (converted === undefined) {
    // Every possible raw sum has an entry (checked in the tests), so this is a definition bug.
    throw new Error(`${definition.shortTitle} conversion table has no entry for raw score ${sum}`);
  }
  return { ...base, score: converted, raw: sum, ...bandOf(definition.bands, converted) };
}

function coverageProblems(
  definition: InstrumentDefinition,
  rule: { minAnswered: number; minAnsweredPerSubscale: number },
  scoredPoints: ReadonlyArray<{ item: InstrumentItem }>,
): ItemProblem[] {
  const problems: ItemProblem[] = [];
  const scoredItems = definition.items.filter((item) => item.role === 'scored');
  if (scoredPoints.length < rule.minAnswered) {
    problems.push({
      itemId: null,
      kind: 'too-few-answered',
      message: t('review.instrument.tooFewAnswered', {
        instrument: definition.shortTitle,
        minimum: String(rule.minAnswered),
        total: String(scoredItems.length),
        answered: scoredPoints.length,
      }),
    });
  }
  const subscales = [...new Set(scoredItems.map((item) => item.subscale ?? ''))];
  for (const subscale of subscales) {
    const answeredInSubscale = scoredPoints.filter(
      ({ item }) => (item.subscale ?? '') === subscale,
    ).length;
    if (answeredInSubscale < rule.minAnsweredPerSubscale) {
      problems.push({
        itemId: null,
        kind: 'too-few-answered',
        message: t('review.instrument.tooFewInSubscale', {
          instrument: definition.shortTitle,
          minimum: rule.minAnsweredPerSubscale,
          subscale,
          answered: answeredInSubscale,
        }),
      });
    }
  }
  return problems;
}

function bandOf(bands: readonly ScoreBand[] | null, score: number): { band?: string } {
  const band = bands?.find((candidate) => score <= candidate.upTo);
  return band === undefined ? {} : { band: band.label };
}

function describeItem(definition: InstrumentDefinition, item: InstrumentItem): string {
  return t('review.instrument.item', {
    instrument: definition.shortTitle,
    label: item.label,
    itemId: item.id,
  });
}
