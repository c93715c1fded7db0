/**
 * What a person sees when a menu action fails: a plain message with what to do, never a stack
 * trace or Google's "Exception:" prefix. The full error still goes to the execution log.
 */
import { errorMessage } from './errors';

/** Person-facing wording (the message catalogue takes these over). */
export const MENU_ERROR_TEXT = {
  title: (action: string) => `${action} did not finish`,
  advice:
    'Nothing that was already saved has been lost. Please try again in a few minutes. If it keeps happening, choose Peer Circle > Set up or repair, then try again; if it still fails, send this message to whoever looks after your Peer Circle sheet.',
  unknown: 'Something went wrong.',
} as const;

/** The first line of the error's message, without Google's "Exception:"/"Error:" prefixes. */
export function plainErrorMessage(error: unknown): string {
  const firstLine = errorMessage(error).split(/\r?\n/)[0] ?? '';
  const plain = firstLine.replace(/^(?:(?:Exception|Error|TypeError|RangeError):\s*)+/i, '').trim();
  const sentence = plain === '' ? MENU_ERROR_TEXT.unknown : plain;
  return `${/[.!?]$/.test(sentence) ? sentence : `${sentence}.`}\n\n${MENU_ERROR_TEXT.advice}`;
}
