/** How figures read in a cell or a sentence. One place, so the tabs and the report agree. */
import { currentLocale, t } from '../i18n';
import type { Figure, FigureSuppression } from './figure';
import { numberCell, type NumberCell } from './tab';

/**
 * The exact text a figure about too few members shows as, in the tabs and in the report. Each
 * hidden figure says its true reason: a reader must not be told a figure hidden to protect its
 * neighbour was about fewer than the minimum. Saying which cell is the small one reveals nothing
 * the label does not already say (it is below the minimum), and the auditor's bounds take it in.
 */
export function suppressedText(minN: number): string {
  return t('outcomes.suppressed.fewerThan', { minN });
}

/** A figure hidden only because, with a total or a neighbour shown, it would give a small one away. */
export function complementaryText(): string {
  return t('outcomes.suppressed.complementary');
}

export function identicalValuesText(): string {
  return t('outcomes.suppressed.identical');
}

export function suppressionText(reason: FigureSuppression, minN: number): string {
  if (reason === 'identical-values') return identicalValuesText();
  if (reason === 'complementary') return complementaryText();
  return suppressedText(minN);
}

export function notComputableText(): string {
  return t('outcomes.notComputable.cell');
}

/** A figure nobody entered (e.g. people reached left blank): never shown as 0. */
export function notRecordedText(): string {
  return t('outcomes.notRecorded');
}

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
      notes?.add(t('outcomes.notComputable.note', { reason: figure.reason }));
      return notComputableText();
  }
}

/**
 * A number for prose: fixed decimals, a true minus sign, and an explicit + when asked. Digits
 * are never grouped ("1234.5", as the report has always printed them); only the decimal mark is
 * the language's.
 */
export function formatNumber(value: number, decimals: number, signed = false): string {
  const rounded = roundTo(value, decimals);
  const text = Math.abs(rounded).toFixed(decimals).replace('.', decimalMark());
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
      return t('outcomes.notComputable.prose');
  }
}

/** A number as JavaScript writes it ("2.5", "-1"), with the language's decimal mark. */
export function plainNumber(value: number): string {
  return String(value).replace('.', decimalMark());
}

const decimalMarks = new Map<string, string>();

/** The current language's decimal mark: "." in English, "," in Spanish and French. */
function decimalMark(): string {
  const locale = currentLocale();
  let mark = decimalMarks.get(locale);
  if (mark === undefined) {
    mark =
      new Intl.NumberFormat(locale).formatToParts(1.5).find((part) => part.type === 'decimal')
        ?.value ?? '.';
    decimalMarks.set(locale, mark);
  }
  return mark;
}
