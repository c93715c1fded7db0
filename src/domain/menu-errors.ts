/**
 * What a person sees when a menu action fails: a plain message with what to do, never a stack
 * trace or Google's "Exception:" prefix. The full error still goes to the execution log.
 */
import { errorMessage } from './errors';
import { t } from './i18n';

/** Person-facing wording, from the catalogue in the run's language (read when used). */
export const MENU_ERROR_TEXT = {
  title: (action: string) => t('menuError.title', { action }),
  get advice() {
    return t('menuError.advice');
  },
  get unknown() {
    return t('menuError.unknown');
  },
};

/** The first line of the error's message, without Google's "Exception:"/"Error:" prefixes. */
export function plainErrorMessage(error: unknown): string {
  const firstLine = errorMessage(error).split(/\r?\n/)[0] ?? '';
  const plain = firstLine.replace(/^(?:(?:Exception|Error|TypeError|RangeError):\s*)+/i, '').trim();
  const sentence = plain === '' ? MENU_ERROR_TEXT.unknown : plain;
  return `${/[.!?]$/.test(sentence) ? sentence : `${sentence}.`}\n\n${MENU_ERROR_TEXT.advice}`;
}
