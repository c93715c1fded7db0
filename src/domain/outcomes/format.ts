/** How figures read in a cell or a sentence. One place, so the tabs and the report agree. */
import type { Figure, FigureSuppression } from './figure';
import { numberCell, type NumberCell } from './tab';

/**
 * The exact text a figure about too few members shows as, in the tabs and in the report. Each
 * hidden figure says its true reason: a reader must not be told a figure hidden to protect its
 * neighbour was about fewer than the minimum. Saying which cell is the small one reveals nothing
 * the label does not already say (it is below the minimum), and the auditor's bounds take it in.
 */
export function suppressedText(minN: number): string {
  return `suppressed (fewer than ${minN})`;
}

/** A figure hidden only because, with a total or a neighbour shown, it would give a small one away. */
export const COMPLEMENTARY_TEXT = 'suppressed (hidden so another figure cannot be worked out)';

export const IDENTICAL_VALUES_TEXT = 'suppressed (all values identical)';

export function suppressionText(reason: FigureSuppression, minN: number): string {
  if (reason === 'identical-values') return IDENTICAL_VALUES_TEXT;
  if (reason === 'complementary') return COMPLEMENTARY_TEXT;
  return suppressedText(minN);
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
