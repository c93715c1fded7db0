/**
 * Consent (SPEC section 9): each form opens with a plain statement of who sees the answers and a
 * required consent item. The wording says exactly what exists and no more: the facilitators (and
 * organisers) can read every answer row with the member's name; the group's figures never show
 * one person; withdrawing stops the answers counting but does not delete them (a facilitator
 * deletes them on request with "Remove a member's data").
 *
 * The item is a required multiple-choice question with one option, so Google refuses a
 * submission without it. Intake checks it again (validate-response.ts): a row can reach the tab
 * without it (a form copy someone edited, a row typed or re-processed by hand), and such a row is
 * kept in Review, never counted.
 */
import { FORMS_EN as EN } from '../i18n/en/forms';
import { t } from '../i18n';
import { inEnglish } from './choice-text';
import type { FormItemSpec } from './form-spec';

/** The English texts (the code's names for the item and its one choice); forms show t()'s. */
export const CONSENT_TEXT = {
  title: EN['item.consent'],
  agree: EN['value.consent.agree'],
  help: EN['form.consent.help'],
  /** The statement for the forms that collect the member's email (check-in and survey). */
  named: EN['form.consent.named'],
  /** The statement for the anonymous Community survey (outreach audiences, not members). */
  community: EN['form.consent.community'],
  /** The statement for the anonymous Group feedback form. */
  anonymous: EN['form.consent.anonymous'],
} as const;

export const CONSENT_ITEM: FormItemSpec = {
  kind: 'choice',
  title: CONSENT_TEXT.title,
  help: CONSENT_TEXT.help,
  required: true,
  choices: [CONSENT_TEXT.agree],
};

export function isConsentItem(item: { title: string }): boolean {
  return item.title === CONSENT_TEXT.title;
}

/**
 * Why a response cannot count for want of consent (words a facilitator reads in Review), or
 * null when the stored answer gives it. A tab without the consent column at all received the
 * response from a form that did not ask yet (Set up or repair has not added the item since the
 * upgrade): it is read as given, like the rows accepted before the item existed, because the
 * member answered the form as it was, under the statement it then carried (which already said
 * the facilitators read every row); refusing those would fill Review with every response of a
 * group that has not re-run Set up, and re-asking would not change what they agreed to.
 */
export function consentProblem(hasColumn: boolean, cell: unknown): string | null {
  if (!hasColumn) return null;
  const text = String(cell ?? '').trim();
  // "I agree" in any shipped language: the form may have been in another one when it was sent.
  if (String(inEnglish(text)).toLowerCase() === CONSENT_TEXT.agree.toLowerCase()) return null;
  return CONSENT_REVIEW_TEXT.notGiven(text);
}

export const CONSENT_REVIEW_TEXT = {
  notGiven: (answer: string) =>
    answer === ''
      ? t('form.consent.review.unanswered', {
          question: t('item.consent'),
          agree: t('value.consent.agree'),
        })
      : t('form.consent.review.otherAnswer', {
          answer,
          question: t('item.consent'),
          agree: t('value.consent.agree'),
        }),
} as const;
