/**
 * What a cell holds as Apps Script's getValues returns it, and the rules for writing values
 * that members typed so that Sheets never evaluates them.
 */
export type CellValue = string | number | boolean | Date;

/**
 * A string written through setValues is parsed as if typed: "=..." becomes a formula and
 * "+1", "-x", "@x", "TRUE", "1,000" change type. A leading apostrophe makes Sheets store the
 * rest verbatim as text (and getValues returns it without the apostrophe), so every string a
 * member or facilitator typed goes through here before it is written.
 */
export function asText(value: string): string {
  return value === '' ? '' : `'${value}`;
}

/** Strings that Sheets would try to evaluate as a formula if written unprotected. */
export function looksLikeFormula(value: string): boolean {
  return /^\s*=/.test(value);
}

export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

/** A cell as the text a person would read, for messages and Review (dates as ISO). */
export function cellToText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (isDate(value)) return Number.isNaN(value.getTime()) ? '' : value.toISOString();
  return String(value);
}

/** Column letter(s) of a 1-based column index, e.g. 1 → A, 27 → AA. */
export function columnLetter(column: number): string {
  let letters = '';
  let n = column;
  while (n > 0) {
    const remainder = (n - 1) % 26;
    letters = String.fromCharCode(65 + remainder) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** A1 name of a cell, e.g. cellName(2, 3) → "C2". */
export function cellName(row: number, column: number): string {
  return `${columnLetter(column)}${row}`;
}
