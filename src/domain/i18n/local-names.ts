/**
 * A name the code knows by its English text (TAB.members, MEMBER_COLUMNS.id, a Settings label),
 * as the sheet shows it in a language, and back. Unlike englishName, each lookup keeps to one
 * kind of name: the "Members" tab and the "Members" column of Working groups may be translated
 * differently, and a tab is never found under a column's name.
 */
import { ENGLISH, type FormattedKey, type MessageKey } from './catalogue';
import { foldName } from './names';
import { currentLanguage, tIn } from './translate';
import { LANGUAGE_CODES, type LanguageCode } from './languages';

export type NameKind = 'tab.' | 'column.' | 'setting.' | 'value.';

/** kind → folded English text → key. */
let keysByEnglish: Map<NameKind, Map<string, FormattedKey>> | null = null;

function keyOf(kind: NameKind, english: string): FormattedKey | undefined {
  if (!keysByEnglish) {
    keysByEnglish = new Map();
    for (const key of Object.keys(ENGLISH) as MessageKey[]) {
      const prefix = (['tab.', 'column.', 'setting.', 'value.'] as const).find((candidate) =>
        key.startsWith(candidate),
      );
      if (!prefix) continue;
      let byText = keysByEnglish.get(prefix);
      if (!byText) keysByEnglish.set(prefix, (byText = new Map()));
      byText.set(foldName(ENGLISH[key]), key as FormattedKey);
    }
  }
  return keysByEnglish.get(kind)?.get(foldName(english));
}

/** The name in `language` (the current one by default); the English text itself when it has no key. */
export function localName(
  kind: NameKind,
  english: string,
  language: LanguageCode = currentLanguage(),
): string {
  const key = keyOf(kind, english);
  return key ? tIn(language, key) : english;
}

/** Every shipped language's name for it, the current language's first, then English's. */
export function localNames(kind: NameKind, english: string): string[] {
  const names = [localName(kind, english), english];
  for (const language of LANGUAGE_CODES) names.push(localName(kind, english, language));
  return [...new Set(names)];
}

/** folded name in any language → English, per kind. */
const englishByName = new Map<NameKind, Map<string, string>>();

/** The English name of this kind a cell's text stands for in any shipped language, or null. */
export function englishNameOf(kind: NameKind, text: unknown): string | null {
  let table = englishByName.get(kind);
  if (!table) {
    table = new Map();
    for (const key of Object.keys(ENGLISH) as MessageKey[]) {
      if (!key.startsWith(kind)) continue;
      for (const language of LANGUAGE_CODES)
        table.set(foldName(tIn(language, key as FormattedKey)), ENGLISH[key]);
    }
    englishByName.set(kind, table);
  }
  return table.get(foldName(text)) ?? null;
}
