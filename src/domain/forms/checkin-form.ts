/** The weekly Check-in form (SPEC section 2, "Check-ins"). */
import { FORMS_EN as EN } from '../i18n/en/forms';
import { CONSENT_ITEM, CONSENT_TEXT } from './consent-item';
import { CONTACT_REQUEST_ITEMS } from './contact-request-item';
import { FormSpec } from './form-spec';
import { OPENNESS_ITEM, OPENNESS_TEXT } from './openness-item';

export const CHECKIN_ITEMS = {
  // Consent (SPEC section 9): its own module, shared by every form.
  consent: CONSENT_TEXT.title,
  sessionDate: EN['item.checkin.sessionDate'],
  participation: EN['item.checkin.participation'],
  mood: EN['item.checkin.mood'],
  coping: EN['item.checkin.coping'],
  supported: EN['item.checkin.supported'],
  outreach: EN['item.checkin.outreach'],
  outreachWhat: EN['item.checkin.outreachWhat'],
  // Openness outside the group (SPEC section 10): its own module.
  talkedOutside: OPENNESS_TEXT.title,
  comment: EN['item.checkin.comment'],
} as const;

export const PARTICIPATION = [
  EN['value.checkin.inPerson'],
  EN['value.checkin.online'],
  EN['value.checkin.couldNotCome'],
] as const;
export type Participation = (typeof PARTICIPATION)[number];

export const CHECKIN_FORM: FormSpec = {
  kind: 'checkin',
  title: EN['form.checkin.title'],
  // Honest about who sees what (SPEC 9): the consent statement opens the form.
  description: `${EN['form.checkin.intro']}\n\n${CONSENT_TEXT.named}`,
  confirmation: EN['form.checkin.confirmation'],
  items: [
    // Consent (SPEC section 9): required, first, right under the statement.
    CONSENT_ITEM,
    {
      kind: 'date',
      title: CHECKIN_ITEMS.sessionDate,
      help: EN['form.checkin.sessionDate.help'],
      required: false,
    },
    {
      kind: 'choice',
      title: CHECKIN_ITEMS.participation,
      required: true,
      choices: PARTICIPATION,
    },
    {
      kind: 'scale',
      title: CHECKIN_ITEMS.mood,
      required: true,
      low: 1,
      high: 5,
      lowLabel: EN['form.checkin.mood.low'],
      highLabel: EN['form.checkin.mood.high'],
    },
    {
      kind: 'scale',
      title: CHECKIN_ITEMS.coping,
      required: true,
      low: 1,
      high: 5,
      lowLabel: EN['form.checkin.notAtAll'],
      highLabel: EN['form.checkin.coping.high'],
    },
    {
      kind: 'scale',
      title: CHECKIN_ITEMS.supported,
      required: true,
      low: 1,
      high: 5,
      lowLabel: EN['form.checkin.notAtAll'],
      highLabel: EN['form.checkin.supported.high'],
    },
    {
      kind: 'choice',
      title: CHECKIN_ITEMS.outreach,
      required: true,
      choices: [EN['choice.yes'], EN['choice.no']],
    },
    {
      kind: 'text',
      title: CHECKIN_ITEMS.outreachWhat,
      required: false,
    },
    // Openness outside the group (SPEC section 10).
    OPENNESS_ITEM,
    {
      kind: 'paragraph',
      title: CHECKIN_ITEMS.comment,
      required: false,
      help: EN['form.checkin.comment.help'],
    },
    // Asking to be contacted (SPEC section 9).
    ...CONTACT_REQUEST_ITEMS,
  ],
};
