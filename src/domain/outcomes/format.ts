/** How figures read in a cell or a sentence. One place, so the tabs and the report agree. */
import type { Figure, FigureSuppression } from './figure';
import { numberCell, type NumberCell } from './tab';

/**
 * The exact text a suppressed figure shows as, in the tabs and in the report. A complementary
 * cell reads the same as a small one, so nobody can tell which of two hidden cells is the small.
 */
export function suppressedText(minN: number): string {
  return `suppressed (fewer than ${minN})`;
}

export const IDENTICAL_VALUES_TEXT = 'suppressed (all values identical)';

function suppressionText(reason: FigureSuppression, minN: number): string {
  return reason === 'identical-values' ? IDENTICAL_VALUES_TEXT : suppressedText(minN);
}

export const NOT_COMPUTABLE_TEXT = 'n/a';

/** A figure nobody entered (e.g. people reached left blank): never shown as 0. */
export const NOT_RECORDED = 'not recorded';

/** Decimal places by kind of figure. */
export const DECIMALS = { count: 0, mean: 2, percent: 1, effectSize: 2 } as const;

/** Rounds half away from zero, so +0.125 and -0.125 round alike, and never returns -0. */
export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  const rounded = (Math.sign(value) * Math.round(Math.abs(value) * factor)) / factor;
  return rounded === 0 ? 0 : rounded;
}

/**
 * A figure as a sheet cell: the exact number where there is one (the cell's number format shows
 * `decimals` places), else text. Reasons a figure is not computable go to `notes` (they are too
 * long for a cell).
 */
export function figureCell(
  figure: Figure,
  decimals: number,
  minN: number,
  notes?: Set<string>,
): string | NumberCell {
  switch (figure.kind) {
    case 'shown':
      return numberCell(figure.value, decimals);
    case 'suppressed':
      return suppressionText(figure.reason, minN);
    case 'not-computable':
      notes?.add(`${NOT_COMPUTABLE_TEXT}: ${figure.reason}`);
      return NOT_COMPUTABLE_TEXT;
  }
}

/** A number for prose: fixed decimals, a true minus sign, and an explicit + when asked. */
export function formatNumber(value: number, decimals: number, signed = false): string {
  const rounded = roundTo(value, decimals);
  const text = Math.abs(rounded).toFixed(decimals);
  if (rounded < 0) return `\u2212${text}`;
  return signed && rounded > 0 ? `+${text}` : text;
}

/** A figure for prose: the number, or the suppressed text, or "not computable". */
export function figureText(figure: Figure, decimals: number, minN: number, signed = false): string {
  switch (figure.kind) {
    case 'shown':
      return formatNumber(figure.value, decimals, signed);
    case 'suppressed':
      return suppressionText(figure.reason, minN);
    case 'not-computable':
      return 'not computable';
  }
}
