/**
 * A figure that the data at hand may not support (no members, one member, no variation).
 * Outcome tables show the reason instead of a number, so NaN never reaches a sheet or a report.
 *
 * Policy across src/domain/stats: too little data gives a NotComputable result; a broken input
 * contract (NaN in the data, an invalid date, a window of 0) throws a RangeError, because the
 * services validate rows at the boundary and such a value here is a bug, not a fact about the group.
 */
export interface ComputedValue<T> {
  readonly ok: true;
  readonly value: T;
}

export interface NotComputable {
  readonly ok: false;
  readonly reason: string;
}

export type Computed<T> = ComputedValue<T> | NotComputable;

export function computed<T>(value: T): ComputedValue<T> {
  return { ok: true, value };
}

export function notComputable(reason: string): NotComputable {
  return { ok: false, reason };
}

/** Throws when any value is NaN or infinite, naming its position. */
export function assertFiniteValues(values: readonly number[], what = 'value'): void {
  values.forEach((value, index) => {
    if (!Number.isFinite(value)) {
      throw new RangeError(`${what} at position ${index} is ${String(value)}, not a finite number`);
    }
  });
}
