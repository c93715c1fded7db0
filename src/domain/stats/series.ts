import type { IsoDate } from '../types';
import { monthOf } from './calendar';
import { assertFiniteValues } from './computed';
import { mean } from './descriptive';

export interface DatedValue {
  readonly date: IsoDate;
  readonly value: number;
}

export interface MonthlyMean {
  /** 'YYYY-MM' */
  readonly month: string;
  /** How many values the mean is of, so the caller can suppress small months. */
  readonly n: number;
  readonly mean: number;
}

/**
 * Mean value per calendar month, in month order. Only months with at least one value appear:
 * a month with no check-ins has no mean, and a chart should show a gap there, not a zero.
 */
export function monthlyMeans(observations: readonly DatedValue[]): MonthlyMean[] {
  assertFiniteValues(
    observations.map((observation) => observation.value),
    'value',
  );
  const valuesByMonth = new Map<string, number[]>();
  for (const observation of observations) {
    const month = monthOf(observation.date);
    const values = valuesByMonth.get(month) ?? [];
    values.push(observation.value);
    valuesByMonth.set(month, values);
  }
  return [...valuesByMonth.keys()].sort().map((month) => {
    const values = valuesByMonth.get(month) ?? [];
    const monthMean = mean(values);
    // Every listed month has at least one value, so its mean always exists.
    if (!monthMean.ok) throw new Error(`unreachable: empty month ${month}`);
    return { month, n: values.length, mean: monthMean.value };
  });
}

/**
 * Trailing moving average over `window` consecutive points (e.g. attendance over the last 4
 * sessions). Position i averages points i - window + 1 .. i; the first window - 1 positions are
 * null because a shorter window would make the early points noisier than the rest of the line.
 */
export function trailingMovingAverage(
  values: readonly number[],
  window: number,
): Array<number | null> {
  if (!Number.isInteger(window) || window < 1) {
    throw new RangeError(`the moving-average window must be a whole number >= 1, got ${window}`);
  }
  assertFiniteValues(values);
  return values.map((_, index) => {
    if (index < window - 1) return null;
    const windowMean = mean(values.slice(index - window + 1, index + 1));
    return windowMean.ok ? windowMean.value : null;
  });
}
