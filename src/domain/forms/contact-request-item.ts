/**
 * The check-in's optional "get in touch" question (SPEC section 9, "Asking to be contacted"),
 * kept apart from the other check-in items so each feature's additions stay separate.
 */
import { FORMS_EN as EN } from '../i18n/en/forms';
import { FormItemSpec } from './form-spec';

export const CONTACT_REQUEST_TITLE = EN['item.checkin.contactRequest'];

/** The answer that asks for contact; anything else (No, empty) does not. */
export const CONTACT_REQUEST_YES = EN['choice.yes'];

export const CONTACT_REQUEST_ITEMS: readonly FormItemSpec[] = [
  {
    kind: 'choice',
    title: CONTACT_REQUEST_TITLE,
    help: EN['form.checkin.contactRequest.help'],
    required: false,
    choices: [CONTACT_REQUEST_YES, EN['choice.no']],
  },
];
