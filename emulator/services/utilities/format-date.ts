/**
 * Java SimpleDateFormat patterns, as Utilities.formatDate applies them (English names, US week
 * rules: weeks start on Sunday and week 1 holds 1 January).
 * https://developers.google.com/apps-script/reference/utilities/utilities#formatDate(Date,String,String)
 * https://docs.oracle.com/javase/8/docs/api/java/text/SimpleDateFormat.html
 */
import { dateOfEpochDay, epochDay, offsetMinutesAt, resolveZone, zonedParts } from './time-zone';

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
/** Every letter SimpleDateFormat defines; any other unquoted letter is an error in Java. */
const JAVA_LETTERS = 'GyYMLwWDdFEuaHkKhmsSzZX';

type Token = { literal: string } | { letter: string; count: number };

export function tokenize(pattern: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < pattern.length) {
    const c = pattern[i];
    if (c === "'") {
      if (pattern[i + 1] === "'") {
        tokens.push({ literal: "'" });
        i += 2;
        continue;
      }
      let text = '';
      i += 1;
      for (;;) {
        if (i >= pattern.length) throw new Error('Unterminated quote');
        if (pattern[i] === "'") {
          if (pattern[i + 1] === "'") {
            text += "'";
            i += 2;
            continue;
          }
          i += 1;
          break;
        }
        text += pattern[i];
        i += 1;
      }
      tokens.push({ literal: text });
    } else if (/[A-Za-z]/.test(c)) {
      if (!JAVA_LETTERS.includes(c)) throw new Error(`Illegal pattern character '${c}'`);
      let count = 1;
      while (pattern[i + count] === c) count += 1;
      tokens.push({ letter: c, count });
      i += count;
    } else {
      tokens.push({ literal: c });
      i += 1;
    }
  }
  return tokens;
}

const pad = (n: number, width: number): string => {
  const s = String(Math.abs(n)).padStart(width, '0');
  return n < 0 ? `-${s}` : s;
};

function offsetText(minutes: number, withColon: boolean, hoursOnly = false): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  const hh = pad(Math.floor(abs / 60), 2);
  if (hoursOnly) return `${sign}${hh}`;
  return `${sign}${hh}${withColon ? ':' : ''}${pad(abs % 60, 2)}`;
}

function zoneName(ms: number, timeZone: string, long: boolean): string {
  const zone = resolveZone(timeZone);
  const offset = offsetMinutesAt(ms, timeZone);
  const javaCustom = `GMT${offset === 0 ? '' : offsetText(offset, true)}`;
  if (zone.kind === 'fixed') return javaCustom;
  // Java's English names include abbreviations en-US lacks: BST/CET (en-GB), IST (en-IN), AEST.
  for (const locale of long ? ['en-US'] : ['en-US', 'en-GB', 'en-IN', 'en-AU']) {
    const name = new Intl.DateTimeFormat(locale, {
      timeZone: zone.id,
      timeZoneName: long ? 'long' : 'short',
    })
      .formatToParts(new Date(ms))
      .find((p) => p.type === 'timeZoneName')?.value;
    if (name && !/^(GMT|UTC)[+-−]/.test(name)) return name;
  }
  return javaCustom;
}

/** Year and week number under US rules (Sunday-first weeks; week 1 contains 1 January). */
function usWeek(year: number, month: number, day: number): { weekYear: number; week: number } {
  const today = epochDay(year, month, day);
  const weekday = (((today + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
  const saturday = dateOfEpochDay(today + 6 - weekday);
  const weekYear = saturday.year > year ? saturday.year : year;
  const jan1 = epochDay(weekYear, 1, 1);
  const firstSunday = jan1 - ((((jan1 + 4) % 7) + 7) % 7);
  return { weekYear, week: Math.floor((today - firstSunday) / 7) + 1 };
}

export function formatDateInZone(ms: number, timeZone: string, pattern: string): string {
  const p = zonedParts(ms, timeZone);
  let out = '';
  for (const token of tokenize(pattern)) {
    if ('literal' in token) {
      out += token.literal;
      continue;
    }
    const { letter, count } = token;
    switch (letter) {
      case 'G':
        out += p.year > 0 ? 'AD' : 'BC';
        break;
      case 'y':
      case 'Y': {
        const year = letter === 'y' ? p.year : usWeek(p.year, p.month, p.day).weekYear;
        out += count === 2 ? pad(year % 100, 2) : pad(year, count);
        break;
      }
      case 'M':
      case 'L':
        if (count >= 4) out += MONTHS[p.month - 1];
        else if (count === 3) out += MONTHS[p.month - 1].slice(0, 3);
        else out += pad(p.month, count);
        break;
      case 'w':
        out += pad(usWeek(p.year, p.month, p.day).week, count);
        break;
      case 'W': {
        const first = epochDay(p.year, p.month, 1);
        const firstSunday = first - ((((first + 4) % 7) + 7) % 7);
        out += pad(Math.floor((epochDay(p.year, p.month, p.day) - firstSunday) / 7) + 1, count);
        break;
      }
      case 'D':
        out += pad(epochDay(p.year, p.month, p.day) - epochDay(p.year, 1, 1) + 1, count);
        break;
      case 'd':
        out += pad(p.day, count);
        break;
      case 'F':
        out += pad(Math.floor((p.day - 1) / 7) + 1, count);
        break;
      case 'E':
        out += count >= 4 ? DAYS[p.weekday] : DAYS[p.weekday].slice(0, 3);
        break;
      case 'u':
        out += pad(p.weekday === 0 ? 7 : p.weekday, count);
        break;
      case 'a':
        out += p.hour < 12 ? 'AM' : 'PM';
        break;
      case 'H':
        out += pad(p.hour, count);
        break;
      case 'k':
        out += pad(p.hour === 0 ? 24 : p.hour, count);
        break;
      case 'K':
        out += pad(p.hour % 12, count);
        break;
      case 'h':
        out += pad(p.hour % 12 === 0 ? 12 : p.hour % 12, count);
        break;
      case 'm':
        out += pad(p.minute, count);
        break;
      case 's':
        out += pad(p.second, count);
        break;
      case 'S':
        out += pad(p.millisecond, count);
        break;
      case 'z':
        out += zoneName(ms, timeZone, count >= 4);
        break;
      case 'Z':
        out += offsetText(offsetMinutesAt(ms, timeZone), false);
        break;
      case 'X': {
        if (count > 3) throw new Error(`invalid ISO 8601 format: length=${count}`);
        const offset = offsetMinutesAt(ms, timeZone);
        out += offset === 0 ? 'Z' : offsetText(offset, count === 3, count === 1);
        break;
      }
    }
  }
  return out;
}
