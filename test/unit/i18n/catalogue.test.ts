/**
 * The catalogue's contract (issue 17): every language has exactly the master's keys with the same
 * placeholders, every message is valid ICU, and what a person reads never falls back to a key.
 */
import { IntlMessageFormat } from 'intl-messageformat';
import { ENGLISH, type MessageKey } from '../../../src/domain/i18n/catalogue';
import { CATALOGUES } from '../../../src/domain/i18n/catalogues';
import { isNameKey } from '../../../src/domain/i18n/names';
import {
  englishName,
  foldName,
  namesFor,
  LANGUAGE_CODES,
  PSEUDO_CLOSE,
  PSEUDO_LANGUAGE,
  PSEUDO_OPEN,
  formatLongDate,
  inEveryLanguage,
  isTemplateKey,
  parseLanguage,
  t,
  tIn,
  useLanguage,
  type LanguageCode,
} from '../../../src/domain/i18n';

type Node = ReturnType<IntlMessageFormat['getAst']>[number];

/** The placeholders an ICU message uses, plural and select arguments included, nested or not. */
function placeholders(nodes: readonly Node[], found = new Set<string>()): Set<string> {
  for (const node of nodes) {
    if ('value' in node && typeof node.value === 'string' && node.type !== 0) found.add(node.value);
    if ('options' in node)
      for (const option of Object.values(node.options as Record<string, { value: Node[] }>))
        placeholders(option.value, found);
  }
  return found;
}

function placeholdersOf(key: MessageKey, text: string): string[] {
  if (isTemplateKey(key)) return [...new Set(text.match(/\{\{\s*[A-Za-z]+\s*\}\}/g) ?? [])].sort();
  return [
    ...placeholders(new IntlMessageFormat(text, 'en', undefined, { ignoreTag: true }).getAst()),
  ].sort();
}

const keys = Object.keys(ENGLISH) as MessageKey[];
const translations = LANGUAGE_CODES.filter((code) => code !== 'en');

afterEach(() => useLanguage('en'));

describe('every language against the master', () => {
  it.each(translations)('%s has every key and no other', (code) => {
    const catalogue = CATALOGUES[code];
    expect(Object.keys(catalogue).sort()).toEqual([...keys].sort());
  });

  it.each(translations)('%s uses the same placeholders in every message', (code) => {
    const catalogue = CATALOGUES[code];
    for (const key of keys) {
      const text = catalogue[key];
      if (text === undefined) continue;
      expect({ key, placeholders: placeholdersOf(key, text) }).toEqual({
        key,
        placeholders: placeholdersOf(key, ENGLISH[key]),
      });
    }
  });

  it.each(LANGUAGE_CODES)(
    '%s: every message is non-empty valid ICU with no quote before a brace',
    (code) => {
      for (const key of keys) {
        const text = CATALOGUES[code][key] ?? '';
        expect({ key, empty: text.trim() === '' }).toEqual({ key, empty: false });
        // A quote before a brace starts an ICU literal: the placeholder would print as its name.
        expect({ key, quoted: /'[{}]/.test(text) }).toEqual({ key, quoted: false });
        if (!isTemplateKey(key)) expect(() => new IntlMessageFormat(text, 'en')).not.toThrow();
      }
    },
  );
});

describe('reading the catalogue', () => {
  it('formats placeholders and plurals in the current language', () => {
    expect(formatLongDate('2026-01-07')).toBe('Wednesday 7 January 2026');
    useLanguage(PSEUDO_LANGUAGE);
    const wrapped = formatLongDate('2026-01-07');
    expect(wrapped.startsWith(PSEUDO_OPEN) && wrapped.endsWith(PSEUDO_CLOSE)).toBe(true);
    expect(wrapped).toContain('January');
  });

  it('refuses to format a message with a placeholder left unfilled', () => {
    expect(() => t('date.long', { day: '7' })).toThrow();
  });

  it('wraps every message of the pseudo-language and keeps its placeholders working', () => {
    for (const key of keys) {
      if (isTemplateKey(key)) continue;
      const values = Object.fromEntries(placeholdersOf(key, ENGLISH[key]).map((name) => [name, 2]));
      const text = tIn(PSEUDO_LANGUAGE, key, values);
      expect(text.startsWith(PSEUDO_OPEN) && text.endsWith(PSEUDO_CLOSE)).toBe(true);
    }
  });

  it('gives the text in every language, the current one first, each once', () => {
    useLanguage(PSEUDO_LANGUAGE);
    const names = inEveryLanguage('value.yes');
    expect(names[0]).toBe(tIn(PSEUDO_LANGUAGE, 'value.yes'));
    expect(names).toContain('yes');
    expect(new Set(names).size).toBe(names.length);
    expect(names).toHaveLength(LANGUAGE_CODES.length);
  });
});

describe('the Language setting', () => {
  it.each([
    ['en', 'en'],
    [' EN ', 'en'],
    ['English', 'en'],
    ['english', 'en'],
    ['en-XA', 'en-XA'],
  ] as Array<[string, LanguageCode]>)('reads %j as %s', (typed, code) => {
    expect(parseLanguage(typed)).toBe(code);
  });

  it.each(['', 'Klingon', 'e', 42, null])('names no language in %j', (typed) => {
    expect(parseLanguage(typed)).toBeNull();
  });
});

describe('names a sheet is read by', () => {
  it('never lets one text name two different things, in any language', () => {
    const englishOf = new Map<string, string>();
    for (const key of keys) {
      if (!isNameKey(key)) continue;
      for (const code of LANGUAGE_CODES) {
        const text = CATALOGUES[code][key];
        if (text === undefined) continue;
        const folded = foldName(text);
        const seen = englishOf.get(folded);
        expect({ text, english: seen ?? ENGLISH[key] }).toEqual({ text, english: ENGLISH[key] });
        englishOf.set(folded, ENGLISH[key]);
      }
    }
  });

  it('reads a name in any language back to its English name', () => {
    expect(englishName('  YES ')).toBe('yes');
    expect(englishName(tIn(PSEUDO_LANGUAGE, 'value.no'))).toBe('no');
    expect(englishName('not a name')).toBeNull();
    expect(namesFor('yes')).toEqual(
      expect.arrayContaining(['yes', tIn(PSEUDO_LANGUAGE, 'value.yes')]),
    );
  });
});
