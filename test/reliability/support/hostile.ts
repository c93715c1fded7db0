/**
 * Random and hostile values people type (or paste) into forms and tabs: empty and huge text,
 * wrong types, dates in other formats and zones, formula prefixes, markup, right-to-left and
 * emoji text, broken surrogates.
 */
import fc from 'fast-check';

/** 50,000 characters: the most a single cell holds in Google Sheets. */
export const HUGE = 'Ω'.repeat(25_000) + 'x'.repeat(25_000);

export const FORMULA_PREFIXES = ['=', '+', '-', '@'] as const;

const SPECIAL_TEXT = [
  '',
  ' ',
  '\t\n',
  HUGE,
  '=1+1',
  '=IMPORTXML("http://evil.example","//x")',
  '+1',
  '-1',
  '-',
  '@SUM(A1:A9)',
  ' =HYPERLINK("http://evil.example","click")',
  "'=already quoted",
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"; DROP TABLE members; --',
  '\u202Egnp.exe',
  'مرحبا بالمجموعة',
  'שלום חברים',
  '😀🔥👩‍👩‍👧‍👦',
  '\uD800',
  'TRUE',
  '1,000,000',
  '1e999',
  'NaN',
  'null',
  'undefined',
  '07/01/2026',
  '2026-13-45',
  '2026-01-07T23:30:00-05:00',
  'Jan 7',
] as const;

/** A string from the special list, or a random one (graphemes or raw UTF-16, short or long). */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...SPECIAL_TEXT) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.constantFrom(...FORMULA_PREFIXES), fc.string({ maxLength: 20 }))
      .map(([prefix, rest]) => prefix + rest),
  },
);

/** Any value a cell or an answer could be given: hostile text, numbers, booleans, dates. */
export const hostileValue: fc.Arbitrary<string | number | boolean | Date> = fc.oneof(
  { weight: 4, arbitrary: hostileText },
  {
    weight: 1,
    arbitrary: fc.constantFrom(0, -1, 1.5, 7, 1e12, Number.MAX_SAFE_INTEGER, -0),
  },
  { weight: 1, arbitrary: fc.boolean() },
  {
    weight: 1,
    arbitrary: fc.date({
      min: new Date(Date.UTC(1899, 11, 30)),
      max: new Date(Date.UTC(2100, 0, 1)),
      noInvalidDate: true,
    }),
  },
);

/** Does the text begin like a spreadsheet formula (after optional spaces)? */
export function looksLikeFormula(text: string): boolean {
  return /^\s*[=+\-@]/.test(text);
}
