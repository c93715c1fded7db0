/**
 * The anonymous Group feedback form (SPEC section 10, "Group feedback"): no email is
 * collected, so nothing links an answer to a member. Facilitators read the answers in the
 * Feedback tab; the report only counts them per month, and never quotes the free text.
 */
import { CONSENT_ITEM, CONSENT_TEXT } from './consent-item';
import { FormSpec } from './form-spec';

export const FEEDBACK_ITEMS = {
  rating: 'How useful have the recent sessions been for you?',
  moreOf: 'What would you like more of?',
  lessOf: 'What would you like less of?',
  ideas: 'Any ideas for the group?',
} as const;

export const FEEDBACK_FORM: FormSpec = {
  kind: 'feedback',
  collectEmail: false,
  title: 'Group feedback',
  description: `Tell the group what works and what could be better.\n\n${CONSENT_TEXT.anonymous}`,
  confirmation: 'Thank you for your feedback.',
  items: [
    // Consent (SPEC section 9): required, first, right under the statement.
    CONSENT_ITEM,
    {
      kind: 'scale',
      title: FEEDBACK_ITEMS.rating,
      required: true,
      low: 1,
      high: 5,
      lowLabel: 'Not useful',
      highLabel: 'Very useful',
    },
    { kind: 'paragraph', title: FEEDBACK_ITEMS.moreOf, required: false },
    { kind: 'paragraph', title: FEEDBACK_ITEMS.lessOf, required: false },
    { kind: 'paragraph', title: FEEDBACK_ITEMS.ideas, required: false },
  ],
};
