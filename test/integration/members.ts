/** Test helpers that act as members and facilitators of an emulated group. */
import { Environment } from '../../emulator/environment';
import { setting, typeRows } from './harness';

export const CHECKIN = {
  sessionDate: 'Which session is this check-in for?',
  participation: 'How did you take part?',
  mood: 'How has your mood been this week?',
  coping: 'How well have you been coping this week?',
  supported: 'Did you feel supported by the group?',
  outreach: 'Did you take part in an outreach or community activity?',
  outreachWhat: 'If yes, what was it?',
  comment: 'Anything you would like the facilitators to know? (private)',
  // Openness outside the group (SPEC section 10).
  talkedOutside: 'This week I talked about mental health with someone outside the group',
} as const;

/** The consent question every form opens with (SPEC section 9), and its one answer. */
export const CONSENT = {
  title: 'I have read who sees my answers, and I agree to take part',
  agree: 'I agree',
} as const;

/**
 * The answers without the consent question where the live form does not ask it: a form made by
 * the landed build has none until Set up or repair adds it.
 */
export function askedOnly(
  env: Environment,
  formId: string,
  answers: Record<string, string | number>,
): Record<string, string | number> {
  const asks = env.meter.internal(() =>
    env.forms
      .getById(formId)
      ?.getItems()
      .some((item) => item.getTitle() === CONSENT.title),
  );
  if (asks) return answers;
  const { [CONSENT.title]: _consent, ...rest } = answers;
  return rest;
}

export interface NewMember {
  name: string;
  email: string;
  joined?: string;
  roles?: string;
  buddy?: boolean;
}

/** A facilitator types members into the Members tab (columns as Set up makes them). */
export function addMembers(env: Environment, people: NewMember[]): void {
  typeRows(
    env,
    'Members',
    people.map((person) => [
      '',
      person.name,
      person.email,
      person.joined ?? '2026-01-01',
      'active',
      person.roles ?? '',
      '',
      '',
      'yes',
      person.buddy ? 'yes' : 'no',
      1,
      '',
      '',
    ]),
  );
}

export function checkinAnswers(
  overrides: Partial<Record<keyof typeof CHECKIN | 'consent', string | number>> = {},
): Record<string, string | number> {
  const answers: Record<string, string | number> = {
    [CONSENT.title]: CONSENT.agree,
    [CHECKIN.participation]: 'In person',
    [CHECKIN.mood]: 4,
    [CHECKIN.coping]: 3,
    [CHECKIN.supported]: 5,
    [CHECKIN.outreach]: 'No',
  };
  for (const [key, value] of Object.entries(overrides))
    answers[key === 'consent' ? CONSENT.title : CHECKIN[key as keyof typeof CHECKIN]] = value;
  return answers;
}

export function submitCheckin(
  env: Environment,
  email: string,
  overrides: Parameters<typeof checkinAnswers>[0] = {},
  raw = false,
) {
  const formId = String(setting(env, 'Check-in form ID'));
  return env.submitForm(formId, {
    email,
    answers: askedOnly(env, formId, checkinAnswers(overrides)),
    raw,
  });
}

/** Answers every Rosenberg item (the survey instrument whose wording ships) with one choice. */
export function surveyAnswers(env: Environment, choice: string): Record<string, string> {
  const form = env.forms.getById(String(setting(env, 'Survey form ID')))!;
  const answers: Record<string, string> = {};
  for (const item of form.getItems()) {
    // The member agrees to take part (SPEC section 9), where the form asks.
    if (item.getTitle() === CONSENT.title) answers[CONSENT.title] = CONSENT.agree;
    // Instrument items only: the optional story consent (issue 15 item 3) offers other choices.
    if (
      String(item.getType()) === 'MULTIPLE_CHOICE' &&
      item
        .asMultipleChoiceItem()
        .getChoices()
        .some((option) => option.getValue() === choice)
    )
      answers[item.getTitle()] = choice;
  }
  return answers;
}

export function submitSurvey(env: Environment, email: string, choice = 'Agree', raw = false) {
  return env.submitForm(String(setting(env, 'Survey form ID')), {
    email,
    answers: surveyAnswers(env, choice),
    raw,
  });
}
