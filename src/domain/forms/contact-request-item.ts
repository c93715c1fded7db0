/**
 * The check-in's optional "get in touch" question (SPEC section 9, "Asking to be contacted"),
 * kept apart from the other check-in items so each feature's additions stay separate.
 */
import { FormItemSpec } from './form-spec';

export const CONTACT_REQUEST_TITLE =
  'Would you like someone from the group to get in touch this week?';

/** The answer that asks for contact; anything else (No, empty) does not. */
export const CONTACT_REQUEST_YES = 'Yes';

export const CONTACT_REQUEST_ITEMS: readonly FormItemSpec[] = [
  {
    kind: 'choice',
    title: CONTACT_REQUEST_TITLE,
    help:
      "Optional. If you answer Yes, the organisers and this week's facilitators get an email " +
      'at once with your name and email address, and nothing else from this form.',
    required: false,
    choices: [CONTACT_REQUEST_YES, 'No'],
  },
];
