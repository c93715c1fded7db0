/**
 * The check-in's openness item (SPEC section 10, "Openness outside the group"): whether the
 * member talked about mental health with someone outside the group that week. Optional, so
 * check-ins sent before the item existed, or left unanswered, stay valid; an empty answer
 * counts in no openness figure.
 */
import { FORMS_EN as EN } from '../i18n/en/forms';
import { inEnglish } from './choice-text';
import type { FormItemSpec } from './form-spec';

export const OPENNESS_TEXT = {
  title: EN['item.checkin.talkedOutside'],
  help: EN['form.checkin.talkedOutside.help'],
  yes: EN['choice.yes'],
  no: EN['choice.no'],
} as const;

export const OPENNESS_ITEM: FormItemSpec = {
  kind: 'choice',
  title: OPENNESS_TEXT.title,
  help: OPENNESS_TEXT.help,
  required: false,
  choices: [OPENNESS_TEXT.yes, OPENNESS_TEXT.no],
};

/** The stored answer (in any shipped language) as yes (true), no (false) or not answered (null). */
export function opennessAnswer(cell: unknown): boolean | null {
  const text = String(inEnglish(cell) ?? '')
    .trim()
    .toLowerCase();
  if (text === OPENNESS_TEXT.yes.toLowerCase()) return true;
  if (text === OPENNESS_TEXT.no.toLowerCase()) return false;
  return null;
}
