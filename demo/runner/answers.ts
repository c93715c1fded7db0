/**
 * Turns a scenario's answers into what a member enters on the Google Form: check-in answers
 * under the questions' titles, survey answers as the chosen option's label under the wording
 * the form shows. Survey titles are looked up on the live form, so an instrument the form does
 * not carry is reported rather than silently dropped.
 */
import type { AnswerInput } from '../../emulator/services/forms';
import { CHECKIN_ITEMS } from '../../src/domain/forms/checkin-form';
import {
  CONTACT_REQUEST_TITLE,
  CONTACT_REQUEST_YES,
} from '../../src/domain/forms/contact-request-item';
import { OPENNESS_TEXT } from '../../src/domain/forms/openness-item';
import { CONSENT_TEXT } from '../../src/domain/forms/consent-item';
import type { CheckinAnswers, FeedbackAnswers } from '../scenario-schema';
import { FEEDBACK_ITEMS } from '../../src/domain/forms/feedback-form';
import { COMMUNITY_ITEMS, COMMUNITY_TIMING } from '../../src/domain/forms/community-form';
import { STORY_TEXT } from '../../src/domain/stories';
import { ITEMS } from '../scenario-terms';
import { DemoStepError } from './sheet-desk';

/**
 * The consent question (SPEC section 9) is required on every form: a scenario member agrees, as
 * scenarios written before the question existed expect (their members answered everything else).
 */
const CONSENT_ANSWER = { [CONSENT_TEXT.title]: CONSENT_TEXT.agree } as const;

export function checkinFormAnswers(answers: CheckinAnswers): Record<string, AnswerInput> {
  const out: Record<string, AnswerInput> = {
    ...CONSENT_ANSWER,
    [CHECKIN_ITEMS.participation]: answers.participation,
    [CHECKIN_ITEMS.mood]: answers.mood,
    [CHECKIN_ITEMS.coping]: answers.coping,
    [CHECKIN_ITEMS.supported]: answers.supported,
    [CHECKIN_ITEMS.outreach]: answers.outreach ? 'Yes' : 'No',
  };
  if (answers.sessionDate !== undefined) out[CHECKIN_ITEMS.sessionDate] = answers.sessionDate;
  if (answers.outreachWhat !== undefined) out[CHECKIN_ITEMS.outreachWhat] = answers.outreachWhat;
  if (answers.comment !== undefined) out[CHECKIN_ITEMS.comment] = answers.comment;
  if (answers.contactRequest !== undefined)
    out[CONTACT_REQUEST_TITLE] = answers.contactRequest ? CONTACT_REQUEST_YES : 'No';
  if (answers.talkedOutside !== undefined)
    out[CHECKIN_ITEMS.talkedOutside] = answers.talkedOutside ? OPENNESS_TEXT.yes : OPENNESS_TEXT.no;
  return out;
}

export function feedbackFormAnswers(answers: FeedbackAnswers): Record<string, AnswerInput> {
  const out: Record<string, AnswerInput> = {
    ...CONSENT_ANSWER,
    [FEEDBACK_ITEMS.rating]: answers.rating,
  };
  if (answers.moreOf !== undefined) out[FEEDBACK_ITEMS.moreOf] = answers.moreOf;
  if (answers.lessOf !== undefined) out[FEEDBACK_ITEMS.lessOf] = answers.lessOf;
  if (answers.ideas !== undefined) out[FEEDBACK_ITEMS.ideas] = answers.ideas;
  return out;
}

/**
 * Check-in answers the form would refuse, keyed by the scenario's short names ("consent" for the
 * consent question, agreed unless the scenario gives it, "" to send it unanswered).
 */
export function rawCheckinAnswers(
  answers: Record<string, string | number>,
): Record<string, AnswerInput> {
  const out: Record<string, AnswerInput> = { ...CONSENT_ANSWER };
  for (const [key, value] of Object.entries(answers)) {
    const title = CHECKIN_ITEMS[key as keyof typeof CHECKIN_ITEMS];
    if (title === undefined) throw new DemoStepError(`"${key}" is not a check-in question`);
    out[title] = value;
  }
  return out;
}

/**
 * Survey answers under the form's titles. `formTitles` are the questions the live form asks;
 * `wording` is what the scenario pasted for items whose wording does not ship.
 */
export function surveyFormAnswers(
  answers: Record<string, string | number>,
  formTitles: ReadonlySet<string>,
  wording: Readonly<Record<string, string>>,
  formName = 'Survey form',
): Record<string, AnswerInput> {
  // The live form asks for consent (unless Set up has not added it yet): the member agrees.
  const out: Record<string, AnswerInput> = formTitles.has(CONSENT_TEXT.title)
    ? { ...CONSENT_ANSWER }
    : {};
  for (const [itemId, value] of Object.entries(answers)) {
    if (itemId === 'consent') {
      out[CONSENT_TEXT.title] = value;
      continue;
    }
    const known = ITEMS.get(itemId);
    if (!known) throw new DemoStepError(`"${itemId}" is not an instrument item`);
    const title = known.item.text ?? wording[itemId]?.trim();
    if (title === undefined || !formTitles.has(title))
      throw new DemoStepError(
        `the ${formName} does not ask ${known.instrument.shortTitle} ${known.item.label} (is the instrument switched on and its wording pasted?)`,
      );
    const option = known.item.scale.options.find((candidate) => candidate.value === value);
    out[title] = option ? option.label : String(value);
  }
  return out;
}

/** A survey's optional story and the consent to quote it (SPEC section 10), as the form asks. */
export function storyAnswers(event: {
  story?: string;
  storyConsent?: boolean;
}): Record<string, AnswerInput> {
  const out: Record<string, AnswerInput> = {};
  if (event.story !== undefined) out[STORY_TEXT.story] = event.story;
  if (event.storyConsent !== undefined)
    out[STORY_TEXT.consent] = event.storyConsent ? STORY_TEXT.consentYes : STORY_TEXT.consentNo;
  return out;
}

/** The Community survey: the code as typed, before or after, and the RIBS answers. */
export function communityFormAnswers(
  event: { eventCode: string; timing: 'before' | 'after'; answers: Record<string, number> },
  formTitles: ReadonlySet<string>,
  wording: Readonly<Record<string, string>>,
): Record<string, AnswerInput> {
  return {
    ...surveyFormAnswers(event.answers, formTitles, wording, 'Community survey'),
    [COMMUNITY_ITEMS.eventCode]: event.eventCode,
    [COMMUNITY_ITEMS.timing]: COMMUNITY_TIMING[event.timing],
  };
}
