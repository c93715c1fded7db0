/**
 * The Google Forms (issue 17): every form's title, description, confirmation, items, help texts,
 * choices and scale labels, and what intake, validation and Set up say about the forms.
 *
 * Item titles are the response tabs' column headers, read back by intake: their keys start
 * 'item.' so englishName() reads any language's header back to the English title. Choices are
 * answers read back by intake and the records: each language's wording of a choice is read as
 * the English choice (forms/choice-text.ts). Yes and No are 'choice.' keys, not 'value.' names:
 * core's 'value.yes' is "yes" in lower case, and one text may name only one English name.
 *
 * Instrument item wording is the group's pasted text, and the instruments' response labels are
 * their published wording: neither is here.
 */
export const FORMS_EN = {
  // ---- Shared by the forms ----
  'choice.yes': 'Yes',
  'choice.no': 'No',

  /**
   * The default support line (support-line.ts), the last paragraph of every form's description
   * while the group has typed none: a Settings cell still holding it is shown in the language.
   */
  'form.supportLine.default':
    'If you are in immediate danger, or worried you might harm yourself, call your local ' +
    'emergency number now or go to the nearest emergency department. A facilitator can tell ' +
    'you about local helplines.',

  // ---- Consent (consent-item.ts, SPEC section 9) ----
  'item.consent': 'I have read who sees my answers, and I agree to take part',
  'value.consent.agree': 'I agree',
  'form.consent.help':
    'Required. If you do not agree, close this form without sending it: nothing is saved.',
  'form.consent.named':
    'Who sees your answers: your answers are saved with your email address in the group’s ' +
    'Google Sheet. The group’s facilitators and organisers can read every answer there, next to ' +
    'your name. The group’s figures (outcome tabs, reports for partners or funders) only count ' +
    'several members together and never show one person’s answers; figures about too few ' +
    'people are hidden. Emails never contain your answers. ' +
    'How to withdraw: tell a facilitator at any time. From then on none of your answers, past ' +
    'or future, count in any figure, and you get no survey reminders. The facilitators can ' +
    'still read what you sent until you ask them to delete it, which they can do at once.',
  'form.consent.community':
    'Who sees your answers: this form does not ask for your name or email, and nothing links ' +
    'your answers to you. The group’s facilitators and organisers can read every answer in the ' +
    'group’s Google Sheet; its figures only count several people together, and figures about ' +
    'too few people are hidden. Because nothing links an answer to you, one answer cannot be ' +
    'withdrawn later.',
  'form.consent.anonymous':
    'Who sees your answers: this form does not ask for your name or email, and nothing links ' +
    'your answers to you. The group’s facilitators and organisers read every answer in the ' +
    'group’s Google Sheet; reports only count how many people gave feedback and never quote ' +
    'what you write. Please leave out names and details that would identify you or anyone ' +
    'else. Because nothing links an answer to you, one answer cannot be withdrawn later.',
  'form.consent.review.unanswered':
    'it was sent without an answer to "{question}" (the form it came from may not have asked yet, or the row was typed by hand), so it counts in no figure and is kept here; if the member does agree, type "{agree}" in that column and re-process it',
  'form.consent.review.otherAnswer':
    'its answer "{answer}" to "{question}" is not "{agree}", so it counts in no figure and is kept here; if the member does agree, type "{agree}" in that column and re-process it',

  // ---- The weekly Check-in (checkin-form.ts) ----
  'form.checkin.title': 'Weekly check-in',
  'form.checkin.intro': 'A one-minute check-in after each session.',
  'form.checkin.confirmation': 'Thank you for checking in. See you next time.',
  'item.checkin.sessionDate': 'Which session is this check-in for?',
  'form.checkin.sessionDate.help':
    'The date of the meeting. Leave it empty for the most recent one.',
  'item.checkin.participation': 'How did you take part?',
  'value.checkin.inPerson': 'In person',
  'value.checkin.online': 'Online',
  'value.checkin.couldNotCome': 'Could not come',
  'item.checkin.mood': 'How has your mood been this week?',
  'form.checkin.mood.low': 'Very low',
  'form.checkin.mood.high': 'Very good',
  'item.checkin.coping': 'How well have you been coping this week?',
  'form.checkin.notAtAll': 'Not at all',
  'form.checkin.coping.high': 'Very well',
  'item.checkin.supported': 'Did you feel supported by the group?',
  'form.checkin.supported.high': 'Very much',
  'item.checkin.outreach': 'Did you take part in an outreach or community activity?',
  'item.checkin.outreachWhat': 'If yes, what was it?',
  'item.checkin.comment': 'Anything you would like the facilitators to know? (private)',
  'form.checkin.comment.help': 'Only facilitators see this. It is never emailed or reported.',
  'item.checkin.talkedOutside':
    'This week I talked about mental health with someone outside the group',
  'form.checkin.talkedOutside.help':
    'A friend, family member, colleague or anyone else. You can skip this question.',
  'item.checkin.contactRequest': 'Would you like someone from the group to get in touch this week?',
  'form.checkin.contactRequest.help':
    "Optional. If you answer Yes, the organisers and this week's facilitators get an email " +
    'at once with your name and email address, and nothing else from this form.',

  // ---- The anonymous Group feedback (feedback-form.ts) ----
  'form.feedback.title': 'Group feedback',
  'form.feedback.intro': 'Tell the group what works and what could be better.',
  'form.feedback.confirmation': 'Thank you for your feedback.',
  'item.feedback.rating': 'How useful have the recent sessions been for you?',
  'form.feedback.rating.low': 'Not useful',
  'form.feedback.rating.high': 'Very useful',
  'item.feedback.moreOf': 'What would you like more of?',
  'item.feedback.lessOf': 'What would you like less of?',
  'item.feedback.ideas': 'Any ideas for the group?',

  // ---- The Wellbeing and stigma survey (survey-form.ts) ----
  'form.survey.title': 'Wellbeing and stigma survey',
  'form.survey.intro':
    'A short survey when you join and every few months after. It helps the group see whether it is helping.',
  'form.survey.confirmation': 'Thank you. Your answers help the group show what it does.',
  /** `period` is the instrument's own recall period ("the last 2 weeks"). */
  'form.survey.recall': 'Think about {period}.',
  'form.survey.review.notAnOption':
    'the answer "{answer}" to "{question}" is not one of its options.',

  // ---- The survey's optional story (stories.ts, SPEC section 10) ----
  'form.story.section': 'Your story (optional)',
  'form.story.section.help':
    'You may skip this part. If you write something, the facilitators read it. It is quoted in ' +
    'a report only if you say yes below, without your name, and after a facilitator has checked ' +
    'it names no one. Answer no on a later survey to withdraw your consent at any time.',
  'item.story.story': 'In a few sentences, what has the group changed for you?',
  'item.story.consent': 'May the group quote your story, without your name, in its reports?',
  'value.story.consentYes': 'Yes, quote it without my name',
  'value.story.consentNo': 'No, only the facilitators may read it',

  // ---- The anonymous Community survey (community-form.ts) ----
  'form.community.title': 'Community survey',
  'form.community.intro':
    'A short anonymous survey for people at one of the group’s events. It helps the group ' +
    'see whether its events change how people think about mental health.',
  'form.community.noWording':
    'The survey questions are not on this form yet: the group must paste their licensed ' +
    'wording first. Please do not send it until they appear.',
  'form.community.confirmation': 'Thank you for taking part.',
  'item.community.eventCode': 'Event code',
  'form.community.eventCode.help':
    'The code the organisers gave you at the event (on a card, a slide or the invitation).',
  'item.community.timing': 'Are you answering before or after the event?',
  'value.community.before': 'Before the event',
  'value.community.after': 'After the event',
  'form.community.setupNoWording':
    'The Community survey asks only for the event code until the RIBS wording is pasted into the "{tab}" tab (with the owner\'s permission); then run Set up or repair again.',
  'form.community.review.noCode': 'there is no answer to "{question}"',
  'form.community.review.unknownCode':
    'the event code "{code}" matches no "Event code" in the Activities tab; correct the code here (or type it into the event\'s Activities row) and re-process it',
  'form.community.review.ambiguousCode':
    'the event code "{code}" is on more than one Activities row, so which event it is for cannot be told; give each row its own code and re-process it',
  'form.community.review.noQuestions':
    'it was sent from the Community survey before the RIBS questions were on it (their wording was not pasted yet), so it has no answers to count',

  // ---- What intake says about a response row (validate-response.ts), read in Review ----
  'form.review.badTimestamp': 'the timestamp "{value}" is not a date',
  'form.review.noEmail': 'no email address was collected',
  'form.review.noColumn': 'the response sheet has no column for the question "{question}"',
  'form.review.requiredEmpty': 'no answer to the required question "{question}"',
  'form.review.outOfRange':
    'the answer "{answer}" to "{question}" is out of range: expected a whole number from {low} to {high}',
  'form.review.notAChoice': 'the answer "{answer}" to "{question}" is not one of {choices}',
  'form.review.notADate': 'the answer "{answer}" to "{question}" is not a date',
  'form.review.formula':
    'the answer to "{question}" starts with "=" like a spreadsheet formula; it is kept here as text for a facilitator to check',
  'form.review.tooLong':
    'the answer to "{question}" is {length} characters long; at most {max} are accepted',

  // ---- What Set up says about the forms (services/form-texts.ts) ----
  'form.setup.emailTyped':
    'Members type their email address on each form: they do not need a Google account or to be signed in. A mistyped address goes to Review.',
  'form.setup.emailVerified':
    'The forms record the Google account each member is signed in to (verified email collection): members need a Google account and must be signed in to answer. To let members answer without one, set the form to ask for the email address (Settings > Responses > Collect email addresses: Responder input).',
  'form.setup.emailTypedOn': '{form}: members type their email address.',
  'form.setup.emailVerifiedOn': '{form}: members must be signed in to a Google account.',
  'form.setup.published': '{form}: published, so members can open it',
  'form.setup.titled': '{form}: title restored',
  'form.setup.notAccepting':
    '{form} is not accepting responses: open the form, go to Responses and switch on "Accepting responses", or members cannot answer.',
  'form.setup.noResponseTab':
    '{form}: its response tab could not be found; run Set up or repair again.',
  'form.setup.googleColumnsMissing':
    '{tab}: the first two columns must be the ones Google Forms writes (the time of the response, then the email address); put them back in columns A and B.',
  'form.setup.googleColumnMissing':
    '{tab}: the first column must be the one Google Forms writes (the time of the response); put it back in column A.',
  'form.setup.consentAdded':
    '{form}: the consent question and the statement of who sees answers added at the top; answers sent before it stay counted, as given under the form they were sent on',
  'form.setup.emailOff': '{form}: email collection switched off again, so the form stays anonymous',
  'form.setup.languageApplied': '{form}: texts put in the group’s language',
} as const;
