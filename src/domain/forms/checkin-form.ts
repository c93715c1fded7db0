/** The weekly Check-in form (SPEC section 2, "Check-ins"). */
import { CONSENT_ITEM, CONSENT_TEXT } from './consent-item';
import { CONTACT_REQUEST_ITEMS } from './contact-request-item';
import { FormSpec } from './form-spec';
import { OPENNESS_ITEM, OPENNESS_TEXT } from './openness-item';

export const CHECKIN_ITEMS = {
  // Consent (SPEC section 9): its own module, shared by every form.
  consent: CONSENT_TEXT.title,
  sessionDate: 'Which session is this check-in for?',
  participation: 'How did you take part?',
  mood: 'How has your mood been this week?',
  coping: 'How well have you been coping this week?',
  supported: 'Did you feel supported by the group?',
  outreach: 'Did you take part in an outreach or community activity?',
  outreachWhat: 'If yes, what was it?',
  // Openness outside the group (SPEC section 10): its own module.
  talkedOutside: OPENNESS_TEXT.title,
  comment: 'Anything you would like the facilitators to know? (private)',
} as const;

export const PARTICIPATION = ['In person', 'Online', 'Could not come'] as const;
export type Participation = (typeof PARTICIPATION)[number];

export const CHECKIN_FORM: FormSpec = {
  kind: 'checkin',
  title: 'Weekly check-in',
  // Honest about who sees what (SPEC 9): the consent statement opens the form.
  description: `A one-minute check-in after each session.\n\n${CONSENT_TEXT.named}`,
  confirmation: 'Thank you for checking in. See you next time.',
  items: [
    // Consent (SPEC section 9): required, first, right under the statement.
    CONSENT_ITEM,
    {
      kind: 'date',
      title: CHECKIN_ITEMS.sessionDate,
      help: 'The date of the meeting. Leave it empty for the most recent one.',
      required: false,
    },
    { kind: 'choice', title: CHECKIN_ITEMS.participation, required: true, choices: PARTICIPATION },
    {
      kind: 'scale',
      title: CHECKIN_ITEMS.mood,
      required: true,
      low: 1,
      high: 5,
      lowLabel: 'Very low',
      highLabel: 'Very good',
    },
    {
      kind: 'scale',
      title: CHECKIN_ITEMS.coping,
      required: true,
      low: 1,
      high: 5,
      lowLabel: 'Not at all',
      highLabel: 'Very well',
    },
    {
      kind: 'scale',
      title: CHECKIN_ITEMS.supported,
      required: true,
      low: 1,
      high: 5,
      lowLabel: 'Not at all',
      highLabel: 'Very much',
    },
    { kind: 'choice', title: CHECKIN_ITEMS.outreach, required: true, choices: ['Yes', 'No'] },
    { kind: 'text', title: CHECKIN_ITEMS.outreachWhat, required: false },
    // Openness outside the group (SPEC section 10).
    OPENNESS_ITEM,
    {
      kind: 'paragraph',
      title: CHECKIN_ITEMS.comment,
      required: false,
      help: 'Only facilitators see this. It is never emailed or reported.',
    },
    // Asking to be contacted (SPEC section 9).
    ...CONTACT_REQUEST_ITEMS,
  ],
};
