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
  if (value === '') return '';
  if (value.length < MAX_CELL_CHARACTERS) return `'${value}`;
  // At the limit the apostrophe itself would not fit (Sheets counts the input as written).
  // Text that Sheets could not read as anything else is written as it is; other text is cut.
  if (!couldBeEvaluated(value)) return cutToFit(value, MAX_CELL_CHARACTERS);
  return `'${cutToFit(value, MAX_CELL_CHARACTERS - 1)}`;
}

/**
 * "A cell can hold up to 50,000 characters": Sheets refuses longer input ("Your input contains
 * more than the maximum of 50000 characters in a single cell.").
 */
export const MAX_CELL_CHARACTERS = 50_000;

/** How many characters of `value` a cell keeps once written through asText. */
export function keptCharacters(value: string): number {
  const written = asText(value);
  return written.startsWith("'") ? written.length - 1 : written.length;
}

/** The first `max` characters, never splitting a surrogate pair (an emoji stays whole or goes). */
export function cutToFit(value: string, max: number): string {
  if (value.length <= max) return value;
  const last = value.charCodeAt(max - 1);
  return value.slice(0, last >= 0xd800 && last <= 0xdbff ? max - 1 : max);
}

/**
 * Could Sheets read this text, written without an apostrophe, as something other than the same
 * text: a formula, a number, a date, a boolean, or text whose leading apostrophe it would drop?
 * Errs on the side of yes.
 */
function couldBeEvaluated(value: string): boolean {
  return (
    /^\s*[=+\-@']/.test(value) ||
    /^[\s\d.,:/%$eE+\-()]*$/.test(value) ||
    /^\s*(true|false)\s*$/i.test(value)
  );
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
