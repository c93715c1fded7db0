/**
 * The anonymous Group feedback form (SPEC section 10, "Group feedback"): no email is
 * collected, so nothing links an answer to a member. Facilitators read the answers in the
 * Feedback tab; the report only counts them per month, and never quotes the free text.
 */
import { FORMS_EN as EN } from '../i18n/en/forms';
import { CONSENT_ITEM, CONSENT_TEXT } from './consent-item';
import { FormSpec } from './form-spec';

export const FEEDBACK_ITEMS = {
  rating: EN['item.feedback.rating'],
  moreOf: EN['item.feedback.moreOf'],
  lessOf: EN['item.feedback.lessOf'],
  ideas: EN['item.feedback.ideas'],
} as const;

export const FEEDBACK_FORM: FormSpec = {
  kind: 'feedback',
  collectEmail: false,
  title: EN['form.feedback.title'],
  description: `${EN['form.feedback.intro']}\n\n${CONSENT_TEXT.anonymous}`,
  confirmation: EN['form.feedback.confirmation'],
  items: [
    // Consent (SPEC section 9): required, first, right under the statement.
    CONSENT_ITEM,
    {
      kind: 'scale',
      title: FEEDBACK_ITEMS.rating,
      required: true,
      low: 1,
      high: 5,
      lowLabel: EN['form.feedback.rating.low'],
      highLabel: EN['form.feedback.rating.high'],
    },
    {
      kind: 'paragraph',
      title: FEEDBACK_ITEMS.moreOf,
      required: false,
    },
    {
      kind: 'paragraph',
      title: FEEDBACK_ITEMS.lessOf,
      required: false,
    },
    { kind: 'paragraph', title: FEEDBACK_ITEMS.ideas, required: false },
  ],
};
