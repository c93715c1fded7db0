/**
 * How a cell stores what was written to it, and how writes are parsed "as if typed"
 * (USER_ENTERED), which Apps Script's setValue/setValues do:
 * https://developers.google.com/apps-script/reference/spreadsheet/range#setvaluevalue
 * https://developers.google.com/sheets/api/reference/rest/v4/ValueInputOption
 *
 * Plain values (string, number, boolean, '' for empty) are stored as themselves so big ranges
 * stay cheap; only dates and formulas get a small wrapper object.
 */
import { fromWallClock } from './time-zone';

/** A date-time value; `ms` is the instant (Sheets stores a serial number, we keep the instant). */
export class DateCell {
  constructor(readonly ms: number) {}
}

/**
 * A formula. The emulator evaluates no formulas: `value` is what getValues returns, '#NAME?' for
 * real formulas and '#ERROR!' for text Sheets tried to parse as one ("-foo", "+foo"). So a name
 * typed as "=Sam" reads back as '#NAME?' and getFormula() gives "=Sam", as in Sheets: an unknown
 * name in a formula is #NAME?, a formula that does not parse is #ERROR!
 * (https://support.google.com/docs/answer/3093340, Sheets' formula error types), and getValues
 * returns a formula cell's computed value, getFormulas its text
 * (https://developers.google.com/apps-script/reference/spreadsheet/range#getformulas).
 */
export class FormulaCell {
  constructor(
    readonly formula: string,
    readonly value: string,
  ) {}
}

export type StoredValue = string | number | boolean | DateCell | FormulaCell;

/**
 * The number format that makes Sheets keep typed text verbatim: a cell formatted as plain text
 * stores "=x", "+1" or "007" as the text typed (Format > Number > Plain text;
 * https://developers.google.com/sheets/api/guides/formats, TEXT type, pattern "@"). Unverified:
 * whether a leading apostrophe typed into such a cell is kept; the emulator keeps it (the
 * stricter reading: text the script writes as "'x" into a plain-text cell reads back "'x").
 */
export const PLAIN_TEXT_FORMAT = '@';
export const FORMULA_PLACEHOLDER = '#NAME?';
export const FORMULA_PARSE_ERROR = '#ERROR!';

export function isDateLike(v: unknown): v is Date {
  // Dates from the script come from another vm realm, where `instanceof Date` is false.
  return Object.prototype.toString.call(v) === '[object Date]';
}

/**
 * "A cell can contain up to 50,000 characters"; Sheets refuses longer input, and the Sheets API
 * answers "Your input contains more than the maximum of 50000 characters in a single cell."
 * (reported verbatim: https://github.com/airbytehq/airbyte/issues/15500,
 * https://github.com/moevm/github_repo_commitment_calc/issues/67). Apps Script's setValue(s)
 * and appendRow throw the same message (wording from those reports; the Apps Script exception
 * itself is unverified). Stricter reading: the input is counted as written, a leading
 * apostrophe included.
 */
export const MAX_CELL_CHARACTERS = 50_000;
export const CELL_TOO_LONG = `Your input contains more than the maximum of ${MAX_CELL_CHARACTERS} characters in a single cell.`;

function checkCellLength(text: string): string {
  if (text.length > MAX_CELL_CHARACTERS) throw new Error(CELL_TOO_LONG);
  return text;
}

/** Converts a value written by the script into what the cell stores. */
export function parseWrittenValue(
  input: unknown,
  numberFormat: string | undefined,
  timeZone: string,
): StoredValue {
  if (input === null || input === undefined) return '';
  switch (typeof input) {
    case 'string':
      return parseTypedString(checkCellLength(input), numberFormat === PLAIN_TEXT_FORMAT, timeZone);
    case 'number':
      return Number.isFinite(input) ? input : '#NUM!';
    case 'boolean':
      return input;
    default:
      if (isDateLike(input)) {
        const ms = Date.prototype.getTime.call(input);
        return Number.isNaN(ms) ? '' : new DateCell(ms);
      }
      return checkCellLength(String(input));
  }
}

const NUMBER = /^([+-])?(\$)?((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d*)?|\.\d+)(?:[eE]([+-]?\d+))?(%)?$/;
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const US_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?: (\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const TIME = /^(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([AaPp])[Mm])?$/;

/** Parses a string the way Sheets parses text typed into a cell. */
export function parseTypedString(text: string, plainText: boolean, timeZone: string): StoredValue {
  if (plainText || text === '') return text;
  const first = text.charCodeAt(0);
  if (first === 39 /* ' */) return text.slice(1);
  if (first === 61 /* = */)
    return text.length > 1 ? new FormulaCell(text, FORMULA_PLACEHOLDER) : text;
  const trimmed = text.trim();
  const number = parseNumber(trimmed);
  if (number !== null) return number;
  const lower = trimmed.toLowerCase();
  if (lower === 'true') return true;
  if (lower === 'false') return false;
  const date = parseDate(trimmed, timeZone);
  if (date !== null) return date;
  // Sheets reads a leading + or - as the start of a formula: "- item" shows #ERROR!.
  if ((first === 43 || first === 45) /* + - */ && text.length > 1) {
    return new FormulaCell(`=${text}`, FORMULA_PARSE_ERROR);
  }
  return text;
}

function parseNumber(text: string): number | null {
  const c = text.charCodeAt(0);
  // Fast exit for ordinary words: a number starts with a digit, sign, '.', or '$'.
  if (!((c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46 || c === 36)) return null;
  const m = NUMBER.exec(text);
  if (!m) return null;
  let value = Number(m[3].replace(/,/g, '') + (m[4] !== undefined ? `e${m[4]}` : ''));
  if (!Number.isFinite(value)) return null;
  if (m[5]) value /= 100;
  return m[1] === '-' ? -value : value;
}

function validDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function parseDate(text: string, timeZone: string): DateCell | null {
  const c = text.charCodeAt(0);
  if (!(c >= 48 && c <= 57)) return null;
  let m = ISO_DATE.exec(text);
  let year: number, month: number, day: number;
  if (m) {
    [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  } else {
    m = US_DATE.exec(text);
    if (m) {
      [month, day, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
    } else {
      return parseTime(text, timeZone);
    }
  }
  if (!validDay(year, month, day)) return null;
  const hour = m[4] === undefined ? 0 : Number(m[4]);
  const minute = m[5] === undefined ? 0 : Number(m[5]);
  const second = m[6] === undefined ? 0 : Number(m[6]);
  if (hour > 23 || minute > 59 || second > 59) return null;
  return new DateCell(fromWallClock(timeZone, year, month, day, hour, minute, second));
}

/** A time of day alone is a date-time on Sheets' epoch day, 30 December 1899. */
function parseTime(text: string, timeZone: string): DateCell | null {
  const m = TIME.exec(text);
  if (!m) return null;
  let hour = Number(m[1]);
  const minute = Number(m[2]);
  const second = m[3] === undefined ? 0 : Number(m[3]);
  if (m[4] !== undefined) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (m[4].toLowerCase() === 'p' ? 12 : 0);
  }
  if (hour > 23 || minute > 59 || second > 59) return null;
  return new DateCell(fromWallClock(timeZone, 1899, 12, 30, hour, minute, second));
}
