/**
 * A header note (ColumnSpec.help, English in the specs) in the current language: the spec's
 * English text is the note's id, as a column's English name is the column's.
 */
import { ENGLISH, type FormattedKey, type MessageKey } from '../i18n/catalogue';
import { t, tIn } from '../i18n';

/** The one note with a placeholder shows the Messages tab's placeholder syntax as is. */
const HELP_VALUES = { placeholders: '{{placeholders}}' } as const;

let keyByEnglish: Map<string, FormattedKey> | null = null;

export function localHelp(english: string): string {
  if (!keyByEnglish) {
    keyByEnglish = new Map();
    for (const key of Object.keys(ENGLISH) as MessageKey[])
      if (key.startsWith('sheet.help.'))
        keyByEnglish.set(tIn('en', key as FormattedKey, HELP_VALUES), key as FormattedKey);
  }
  const key = keyByEnglish.get(english);
  return key ? t(key, HELP_VALUES) : english;
}
