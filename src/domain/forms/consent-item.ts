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
import type { FormItemSpec } from './form-spec';

export const CONSENT_TEXT = {
  title: 'I have read who sees my answers, and I agree to take part',
  agree: 'I agree',
  help: 'Required. If you do not agree, close this form without sending it: nothing is saved.',
  /** The statement for the forms that collect the member's email (check-in and survey). */
  named:
    'Who sees your answers: your answers are saved with your email address in the group’s ' +
    'Google Sheet. The group’s facilitators and organisers can read every answer there, next to ' +
    'your name. The group’s figures (outcome tabs, reports for partners or funders) only count ' +
    'several members together and never show one person’s answers; figures about too few ' +
    'people are hidden. Emails never contain your answers. ' +
    'How to withdraw: tell a facilitator at any time. From then on none of your answers, past ' +
    'or future, count in any figure, and you get no survey reminders. The facilitators can ' +
    'still read what you sent until you ask them to delete it, which they can do at once.',
  /** The statement for the anonymous Community survey (outreach audiences, not members). */
  community:
    'Who sees your answers: this form does not ask for your name or email, and nothing links ' +
    'your answers to you. The group’s facilitators and organisers can read every answer in the ' +
    'group’s Google Sheet; its figures only count several people together, and figures about ' +
    'too few people are hidden. Because nothing links an answer to you, one answer cannot be ' +
    'withdrawn later.',
  /** The statement for the anonymous Group feedback form. */
  anonymous:
    'Who sees your answers: this form does not ask for your name or email, and nothing links ' +
    'your answers to you. The group’s facilitators and organisers read every answer in the ' +
    'group’s Google Sheet; reports only count how many people gave feedback and never quote ' +
    'what you write. Please leave out names and details that would identify you or anyone ' +
    'else. Because nothing links an answer to you, one answer cannot be withdrawn later.',
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
  if (text.toLowerCase() === CONSENT_TEXT.agree.toLowerCase()) return null;
  return CONSENT_REVIEW_TEXT.notGiven(text);
}

export const CONSENT_REVIEW_TEXT = {
  notGiven: (answer: string) =>
    (answer === ''
      ? `it was sent without an answer to "${CONSENT_TEXT.title}" (the form it came from may not have asked yet, or the row was typed by hand)`
      : `its answer "${answer}" to "${CONSENT_TEXT.title}" is not "${CONSENT_TEXT.agree}"`) +
    ', so it counts in no figure and is kept here; if the member does agree, type ' +
    `"${CONSENT_TEXT.agree}" in that column and re-process it`,
} as const;
