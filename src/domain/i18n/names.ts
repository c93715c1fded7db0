/**
 * Names a sheet is read by: tabs, columns, Settings rows, drop-down values and form items. Inside
 * the code each is known by its English text (TAB.members is "Members"); a sheet may hold it in
 * any shipped language, because the group changed language or renamed a column back. This turns
 * whatever a cell says into that English name.
 *
 * A name's key starts with one of NAME_PREFIXES. Two keys may share a text in some language only
 * when they share it in English (the catalogue test holds every language to that), so a cell's
 * text never names two different things.
 */
import { ENGLISH, type MessageKey } from './catalogue';
import { CATALOGUES } from './catalogues';
import { LANGUAGE_CODES } from './languages';

export const NAME_PREFIXES = ['tab.', 'column.', 'setting.', 'value.', 'item.'] as const;

export function isNameKey(key: MessageKey): boolean {
  return NAME_PREFIXES.some((prefix) => key.startsWith(prefix));
}

/** How a name is compared: spaces trimmed and collapsed, case ignored (as HeaderMap does). */
export function foldName(text: unknown): string {
  return String(text ?? '')
    .trim()
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

let englishByText: Map<string, string> | null = null;

function table(): Map<string, string> {
  if (englishByText) return englishByText;
  englishByText = new Map();
  for (const key of Object.keys(ENGLISH) as MessageKey[]) {
    if (!isNameKey(key)) continue;
    for (const code of LANGUAGE_CODES) {
      const text = CATALOGUES[code][key];
      if (text !== undefined) englishByText.set(foldName(text), ENGLISH[key]);
    }
  }
  return englishByText;
}

/** The English name a cell's text stands for in any shipped language, or null. */
export function englishName(text: unknown): string | null {
  return table().get(foldName(text)) ?? null;
}

/** Every shipped language's text for the English name `english` (itself included). */
export function namesFor(english: string): string[] {
  const wanted = foldName(english);
  const names = new Set<string>([english]);
  for (const key of Object.keys(ENGLISH) as MessageKey[]) {
    if (!isNameKey(key) || foldName(ENGLISH[key]) !== wanted) continue;
    for (const code of LANGUAGE_CODES) {
      const text = CATALOGUES[code][key];
      if (text !== undefined) names.add(text);
    }
  }
  return [...names];
}
