/**
 * Reading the catalogue in the group's language. The language is chosen once per execution by
 * the app layer (`useLanguage`, from Settings) before any text is made: Apps Script starts every
 * execution with fresh globals and runs it on one thread, so this one setting cannot leak from
 * one group or run into another. Everything else here is a pure function of it.
 */
import { IntlMessageFormat } from 'intl-messageformat';
import { ENGLISH, type FormattedKey, type MessageKey, type TemplateKey } from './catalogue';
import { CATALOGUES } from './catalogues';
import {
  DEFAULT_LANGUAGE,
  LANGUAGE_CODES,
  PSEUDO_LANGUAGE,
  localeOf,
  type LanguageCode,
} from './languages';
import { pseudoWrap } from './pseudo';

export type MessageValues = Readonly<Record<string, string | number>>;

let current: LanguageCode = DEFAULT_LANGUAGE;
const compiled = new Map<string, IntlMessageFormat>();

export function useLanguage(code: LanguageCode): void {
  current = code;
}

export function currentLanguage(): LanguageCode {
  return current;
}

export function currentLocale(): string {
  return localeOf(current);
}

/** The text of `key` in `language`, or English's where that language lacks it. */
function source(key: MessageKey, language: LanguageCode): string {
  return CATALOGUES[language][key] ?? ENGLISH[key];
}

/** A message in the current language with its placeholders filled. */
export function t(key: FormattedKey, values: MessageValues = {}): string {
  return tIn(current, key, values);
}

export function tIn(language: LanguageCode, key: FormattedKey, values: MessageValues = {}): string {
  const id = `${language}\u0000${key}`;
  let format = compiled.get(id);
  if (!format) {
    // ignoreTag: our texts are plain; "<" in them is a character, not ICU's rich-text tag.
    format = new IntlMessageFormat(source(key, language), localeOf(language), undefined, {
      ignoreTag: true,
    });
    compiled.set(id, format);
  }
  return String(format.format(values));
}

/** An editable email template's default wording in the current language, `{{name}}` kept. */
export function template(key: TemplateKey): string {
  return source(key, current);
}

/**
 * The text of `key` in every shipped language, current language first: a tab, column or
 * Settings row is found under any of them, so a sheet keeps working through a change of
 * language and after a facilitator renames a column back.
 */
export function inEveryLanguage(key: FormattedKey): string[] {
  const names = [tIn(current, key)];
  for (const language of LANGUAGE_CODES) {
    const name = tIn(language, key);
    if (!names.includes(name)) names.push(name);
  }
  return names;
}

const dateParts = new Map<string, Intl.DateTimeFormat>();

function partsOf(iso: string, options: Intl.DateTimeFormatOptions): Record<string, string> {
  const id = `${currentLocale()}|${JSON.stringify(options)}`;
  let format = dateParts.get(id);
  if (!format) {
    format = new Intl.DateTimeFormat(currentLocale(), { ...options, timeZone: 'UTC' });
    dateParts.set(id, format);
  }
  const [year, month, day] = iso.split('-').map(Number);
  const parts: Record<string, string> = {};
  for (const part of format.formatToParts(new Date(Date.UTC(year, month - 1, day, 12))))
    parts[part.type] = part.value;
  return parts;
}

/** A calendar date (YYYY-MM-DD) as a person reads it: "Wednesday 7 January 2026". */
export function formatLongDate(iso: string): string {
  const parts = partsOf(iso, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
  return t('date.long', {
    weekday: parts.weekday,
    day: parts.day,
    month: parts.month,
    year: parts.year,
  });
}

/** "7 January", for dates whose year is plain from the context. */
export function formatDayMonth(iso: string): string {
  const parts = partsOf(iso, { day: 'numeric', month: 'long' });
  return t('date.dayMonth', { day: parts.day, month: parts.month });
}

/** A figure for prose and the report, with the language's separators. */
export function formatNumber(value: number, fractionDigits = 0): string {
  return new Intl.NumberFormat(currentLocale(), {
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  }).format(value);
}

/** "A, B and C" with the language's own conjunction and commas. */
export function formatList(items: readonly string[]): string {
  const format = new Intl.ListFormat(currentLocale(), { style: 'long', type: 'conjunction' });
  if (current !== PSEUDO_LANGUAGE) return format.format(items);
  // Under the pseudo-language the words Intl puts between the items (", ", " and ") are ours, so
  // they are wrapped like a message; each item is left as it came (a name a person typed stays
  // outside the markers, a message keeps its own), so an item written in code is still caught by
  // the scan instead of hiding inside a list's markers.
  return format
    .formatToParts(items)
    .map((part) => (part.type === 'literal' ? pseudoWrap(part.value) : part.value))
    .join('');
}
