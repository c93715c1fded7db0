/**
 * English texts of the reasons a row goes to the Review tab, as a facilitator reads them there:
 * why a survey cannot be scored (src/domain/instruments/scoring.ts, scales.ts,
 * src/domain/forms/survey-form.ts) and why a response matches no member or session
 * (src/domain/intake.ts). Item labels, option labels and short titles stay the instrument's own.
 *
 * A count placed in a sentence is written `{count}` inside its plural branch, not `#`: `#`
 * groups thousands ("1,234"), which the English of today does not.
 */
export const REVIEW_EN = {
  // Why one instrument of a survey cannot be scored; several are joined with a space.
  'review.instrument.unknownItem': '{instrument} has no item "{itemId}" (its items are {itemIds}).',
  'review.instrument.unanswered': '{item} is not answered (expected {allowed}).',
  'review.instrument.outOfRange':
    '{item} has {value}, which is not on its scale (expected {allowed}).',
  'review.instrument.tooFewAnswered':
    '{instrument} needs at least {minimum} of its {total} items answered; {answered, plural, one {{answered} was} other {{answered} were}}.',
  'review.instrument.tooFewInSubscale':
    '{instrument} needs at least {minimum, plural, one {{minimum} answered item} other {{minimum} answered items}} from the {subscale} subscale; {answered, plural, one {{answered} was} other {{answered} were}}.',
  /** How an item is named in those reasons: short title, the item's label, its id. */
  'review.instrument.item': '{instrument} {label} ({itemId})',

  // The values an item accepts, e.g. "1-5", or "1-5, or 9 (Don't know)".
  'review.allowed.range': '{lowest}-{highest}',
  /** An answer outside the score, with the instrument's own label for it. */
  'review.allowed.offScale': '{value} ({label})',
  /** {allowed} is the values so far; each off-scale answer is added with this sentence. */
  'review.allowed.orOffScale': '{allowed}, or {offScale}',

  /** One survey's reason in Review: {instrument} is the short title. */
  'review.survey.cannotScore': '{instrument}: {reason}',
  // Why a response matches no member or no session ({membersTab}, {sessionsTab}: tab names).
  'review.intake.ambiguousEmail': 'the email {email} belongs to more than one row of {membersTab}',
  'review.intake.unknownEmail':
    'the email {email} does not match any member in the {membersTab} tab',
  'review.intake.noSession': 'there is no session on or before {date} in the {sessionsTab} tab',
  /** {question} is the check-in's question of which session it is for, as the form shows it. */
  'review.intake.cancelledNamed':
    'the session it names, on {date}, was cancelled, so it is kept here rather than counted for another session: if it belongs to a session that was held, type that date under "{question}" and re-process it',
  'review.intake.cancelledLatest':
    'the latest session before it was sent, on {date}, was cancelled, so it is kept here rather than counted for another session: if it belongs to a session that was held, type that date under "{question}" and re-process it',
} as const;
