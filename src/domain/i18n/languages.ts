/**
 * The languages Peer Circle ships (SPEC section 11). A group picks one in Settings by its code or
 * its own name; Intl formats numbers and dates with its locale. The pseudo-language is English
 * with every message wrapped in markers: under it, any text a person reads that is not wrapped
 * came from code that bypasses the catalogue (the scan of issue 17).
 */
export interface LanguageInfo {
  /** The language's own name, as a speaker would pick it from a list. */
  readonly name: string;
  /** BCP 47 locale for Intl (plurals, numbers, month and weekday names). */
  readonly locale: string;
}

export const LANGUAGES = {
  en: { name: 'English', locale: 'en-GB' },
  // The pseudo-language's locale is English's: only the messages change, so the figures and dates
  // read the same and a scan compares like with like.
  'en-XA': { name: 'Pseudo-language (for testing)', locale: 'en-GB' },
} as const satisfies Readonly<Record<string, LanguageInfo>>;

export type LanguageCode = keyof typeof LANGUAGES;

export const DEFAULT_LANGUAGE: LanguageCode = 'en';
export const PSEUDO_LANGUAGE: LanguageCode = 'en-XA';

export const LANGUAGE_CODES = Object.keys(LANGUAGES) as LanguageCode[];

function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .trim()
    .toLowerCase();
}

/**
 * The language a Settings value names: its code ("es", "ES") or its own name, accents and case
 * aside ("Espanol", "español"); null when it names none.
 */
export function parseLanguage(value: unknown): LanguageCode | null {
  const wanted = fold(String(value ?? ''));
  if (wanted === '') return null;
  for (const code of LANGUAGE_CODES)
    if (fold(code) === wanted || fold(LANGUAGES[code].name) === wanted) return code;
  return null;
}

export function localeOf(code: LanguageCode): string {
  return LANGUAGES[code].locale;
}
