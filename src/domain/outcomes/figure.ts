/**
 * A figure as the tabs and the report show it: a number, a suppressed cell, or a reason it
 * cannot be computed. Suppression is decided before computability, because "not computable:
 * only one member" would itself say how many members there were.
 */
import type { Computed } from '../stats/computed';
import type { Suppressible, SuppressionReason } from '../stats/suppression';

/**
 * Why a figure is hidden: too few members, hidden alongside another (complementary), or a mean
 * of identical values, which would be every member's own answer.
 */
export type FigureSuppression = SuppressionReason | 'identical-values';

export type Figure =
  | { readonly kind: 'shown'; readonly value: number }
  | { readonly kind: 'suppressed'; readonly reason: FigureSuppression }
  | { readonly kind: 'not-computable'; readonly reason: string };

export function shownFigure(value: number): Figure {
  if (!Number.isFinite(value)) {
    throw new RangeError(`a shown figure must be a finite number, got ${String(value)}`);
  }
  return { kind: 'shown', value };
}

export function suppressedFigure(reason: FigureSuppression = 'fewer-than-minimum'): Figure {
  return { kind: 'suppressed', reason };
}

export function notComputableFigure(reason: string): Figure {
  return { kind: 'not-computable', reason };
}

/**
 * A figure computed from `memberCount` distinct members: suppressed below the minimum group
 * size whatever its value, else the value or the reason it has none.
 */
export function memberFigure(value: Computed<number>, memberCount: number, minN: number): Figure {
  if (memberCount < minN) return suppressedFigure();
  return value.ok ? shownFigure(value.value) : notComputableFigure(value.reason);
}

/**
 * The mean of one value per member. When every value is the same the mean is each member's
 * own value (five members all answering 5 give a mean of 5), so it is hidden like a small cell.
 */
export function memberMeanFigure(
  value: Computed<number>,
  perMemberValues: readonly number[],
  minN: number,
): Figure {
  if (perMemberValues.length < minN) return suppressedFigure();
  if (allIdentical(perMemberValues)) return suppressedFigure('identical-values');
  return value.ok ? shownFigure(value.value) : notComputableFigure(value.reason);
}

/**
 * True when the values are all the same, allowing for floating-point noise: 23.21 - 19.98 and
 * 3.23 differ in the 16th digit, and a mean of "different" values that agree to 15 digits
 * discloses just as much.
 */
export function allIdentical(values: readonly number[]): boolean {
  if (values.length === 0) return false;
  const lowest = Math.min(...values);
  const highest = Math.max(...values);
  return highest - lowest <= IDENTICAL_TOLERANCE * Math.max(1, Math.abs(lowest), Math.abs(highest));
}

const IDENTICAL_TOLERANCE = 1e-9;

/** A count of members is a figure about that many members. */
export function memberCountFigure(count: number, minN: number): Figure {
  return count < minN ? suppressedFigure() : shownFigure(count);
}

export function fromSuppressible(value: Suppressible<number>): Figure {
  return value.shown ? shownFigure(value.value) : suppressedFigure(value.reason);
}

export function isShown(figure: Figure): figure is { kind: 'shown'; value: number } {
  return figure.kind === 'shown';
}
