/**
 * Which columns retention empties (SPEC section 9), by the question titles the response tabs
 * and Review use as headers.
 *
 * Private comments are the free text members write to the facilitators: the check-in's private
 * comment and the three answers of the Group feedback form. Stories are not among them: a
 * member gives one to be quoted (with its own consent), and it stays while they are a member.
 * "If yes, what was it?" names an outreach activity, not a comment; it goes with a leaver's row.
 */
import { CHECKIN_ITEMS } from '../forms/checkin-form';
import { CONTACT_REQUEST_TITLE } from '../forms/contact-request-item';
import { FEEDBACK_ITEMS } from '../forms/feedback-form';
import { RESPONSE_EMAIL } from '../forms/form-spec';
import { STORY_TEXT } from '../stories';

export const COMMENT_COLUMNS = {
  checkins: [CHECKIN_ITEMS.comment],
  feedback: [FEEDBACK_ITEMS.moreOf, FEEDBACK_ITEMS.lessOf, FEEDBACK_ITEMS.ideas],
  /** Review keeps a rejected response's answers under the same titles. */
  review: [
    CHECKIN_ITEMS.comment,
    FEEDBACK_ITEMS.moreOf,
    FEEDBACK_ITEMS.lessOf,
    FEEDBACK_ITEMS.ideas,
  ],
} as const;

/**
 * What an anonymised leaver's response rows lose: the address, every free-text answer and the
 * contact request. What stays is what a figure reads (the numbers, how they took part, the
 * session and wave, the consent answer) and the submission time.
 */
export const ANONYMISED_BLANK = {
  checkins: [
    RESPONSE_EMAIL,
    CHECKIN_ITEMS.comment,
    CHECKIN_ITEMS.outreachWhat,
    CONTACT_REQUEST_TITLE,
  ],
  surveys: [RESPONSE_EMAIL, STORY_TEXT.story, STORY_TEXT.consent],
} as const;
