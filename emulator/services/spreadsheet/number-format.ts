/**
 * Display values: what a cell shows, given its stored value and number format, as
 * Range.getDisplayValues returns it. Covers the "Automatic" format, plain text ('@'), fixed
 * decimals, thousands separators, percentages and date-time patterns; other formats fall back to
 * Automatic. Number format syntax: https://developers.google.com/sheets/api/guides/formats
 */
import { DateCell, FormulaCell, PLAIN_TEXT_FORMAT, StoredValue } from './cell-values';
import { toWallClock, WallClock } from './time-zone';

/** What Range.getNumberFormat returns for a cell nobody formatted. */
export const DEFAULT_NUMBER_FORMAT = '0.###############';
/** Sheets' default display of a date at midnight and of a date-time (en-US locale). */
export const DEFAULT_DATE_FORMAT = 'M/d/yyyy';
export const DEFAULT_DATE_TIME_FORMAT = 'M/d/yyyy H:mm:ss';
const DEFAULT_TIME_FORMAT = 'H:mm:ss';

export function displayValue(
  value: StoredValue,
  format: string | undefined,
  timeZone: string,
): string {
  if (value === '') return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof FormulaCell) return value.value;
  if (value instanceof DateCell) return displayDate(value.ms, format, timeZone);
  return displayNumber(value, format);
}

function isAutomatic(format: string | undefined): boolean {
  return (
    format === undefined ||
    format === '' ||
    format === DEFAULT_NUMBER_FORMAT ||
    format === 'General'
  );
}

function isDatePattern(format: string): boolean {
  return /[yYdDhHsS]|[mM]/.test(format.replace(/"[^"]*"|\\./g, '')) && !/[0#]/.test(format);
}

function displayDate(ms: number, format: string | undefined, timeZone: string): string {
  const wall = toWallClock(ms, timeZone);
  if (
    format !== undefined &&
    !isAutomatic(format) &&
    format !== PLAIN_TEXT_FORMAT &&
    isDatePattern(format)
  ) {
    return formatDatePattern(wall, format);
  }
  const timeOnly = wall.year === 1899 && wall.month === 12 && wall.day === 30;
  if (timeOnly) return formatDatePattern(wall, DEFAULT_TIME_FORMAT);
  const midnight = wall.hour === 0 && wall.minute === 0 && wall.second === 0;
  return formatDatePattern(wall, midnight ? DEFAULT_DATE_FORMAT : DEFAULT_DATE_TIME_FORMAT);
}

/** Sheets' Automatic format shows up to about ten significant digits. */
export function automaticNumber(n: number): string {
  if (Number.isInteger(n)) return String(n);
  return String(Number(n.toPrecision(10)));
}

const NUMERIC_PATTERN = /^([^#0]*?)(#,##)?(0+)(?:\.(0*)(#*))?(%?)([^#0]*)$/;

function displayNumber(n: number, format: string | undefined): string {
  if (format === undefined || isAutomatic(format) || format === PLAIN_TEXT_FORMAT)
    return automaticNumber(n);
  const m = NUMERIC_PATTERN.exec(format.replace(/"([^"]*)"/g, '$1'));
  if (!m) return automaticNumber(n);
  const [, prefix, grouping, , fixed = '', optional = '', percent, suffix] = m;
  const scaled = percent ? n * 100 : n;
  let text = scaled.toFixed(fixed.length + optional.length);
  if (optional.length > 0) {
    // '#' places are shown only when they are not trailing zeros.
    text = text.replace(new RegExp(`0{1,${optional.length}}$`), '');
    if (text.endsWith('.')) text = text.slice(0, -1);
  }
  if (grouping) {
    const [int, frac] = text.split('.');
    const sign = int.startsWith('-') ? '-' : '';
    const digits = sign ? int.slice(1) : int;
    text =
      sign + digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (frac !== undefined ? `.${frac}` : '');
  }
  return `${prefix}${text}${percent}${suffix}`;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

type Token = { kind: 'literal'; text: string } | { kind: 'field'; text: string };

function tokenize(pattern: string): Token[] {
  const tokens: Token[] = [];
  const re = /"([^"]*)"|\\(.)|(am\/pm|a\/p|y+|m+|d+|h+|s+)|(.)/gi;
  let m: RegExpExecArray | null;
  while ((m = re.exec(pattern)) !== null) {
    if (m[1] !== undefined) tokens.push({ kind: 'literal', text: m[1] });
    else if (m[2] !== undefined) tokens.push({ kind: 'literal', text: m[2] });
    else if (m[3] !== undefined) tokens.push({ kind: 'field', text: m[3] });
    else tokens.push({ kind: 'literal', text: m[4] });
  }
  return tokens;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/**
 * Formats a wall-clock time with a Sheets date-time pattern. Letters are case-insensitive; 'm'
 * means minutes next to an hour or seconds field, months otherwise; hours are 0-23 unless the
 * pattern has an AM/PM field.
 */
export function formatDatePattern(wall: WallClock, pattern: string): string {
  const tokens = tokenize(pattern);
  const fields = tokens.filter((t) => t.kind === 'field').map((t) => t.text.toLowerCase());
  const twelveHour = fields.some((f) => f === 'am/pm' || f === 'a/p');
  let fieldIndex = -1;
  let out = '';
  for (const token of tokens) {
    if (token.kind === 'literal') {
      out += token.text;
      continue;
    }
    fieldIndex += 1;
    const f = token.text.toLowerCase();
    const prev = fields[fieldIndex - 1] ?? '';
    const next = fields[fieldIndex + 1] ?? '';
    switch (f[0]) {
      case 'y':
        out += f.length <= 2 ? pad(wall.year % 100) : String(wall.year);
        break;
      case 'm':
        if (f.length <= 2 && (prev.startsWith('h') || next.startsWith('s'))) {
          out += f.length === 2 ? pad(wall.minute) : String(wall.minute);
        } else if (f.length === 1) out += String(wall.month);
        else if (f.length === 2) out += pad(wall.month);
        else if (f.length === 3) out += MONTHS[wall.month - 1].slice(0, 3);
        else if (f.length === 5) out += MONTHS[wall.month - 1][0];
        else out += MONTHS[wall.month - 1];
        break;
      case 'd':
        if (f.length === 1) out += String(wall.day);
        else if (f.length === 2) out += pad(wall.day);
        else if (f.length === 3) out += DAYS[wall.weekday].slice(0, 3);
        else out += DAYS[wall.weekday];
        break;
      case 'h': {
        const hour = twelveHour ? ((wall.hour + 11) % 12) + 1 : wall.hour;
        out += f.length >= 2 ? pad(hour) : String(hour);
        break;
      }
      case 's':
        out += f.length >= 2 ? pad(wall.second) : String(wall.second);
        break;
      default: {
        // am/pm or a/p: keep the case the pattern used.
        const pm = wall.hour >= 12;
        const upper = token.text[0] === token.text[0].toUpperCase();
        const text = f === 'a/p' ? (pm ? 'p' : 'a') : pm ? 'pm' : 'am';
        out += upper ? text.toUpperCase() : text;
      }
    }
  }
  return out;
}
