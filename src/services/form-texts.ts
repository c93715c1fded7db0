/** What Set up says about the forms (for the message catalogue). */
export const FORM_TEXTS = {
  /** Set up's deliberate choice: responder input, so members need no Google account. */
  emailTyped:
    'Members type their email address on each form: they do not need a Google account or to be signed in. A mistyped address goes to Review.',
  emailVerified:
    'The forms record the Google account each member is signed in to (verified email collection): members need a Google account and must be signed in to answer. To let members answer without one, set the form to ask for the email address (Settings > Responses > Collect email addresses: Responder input).',
  emailPerForm: (label: string, typed: boolean) =>
    `${label}: ${typed ? 'members type their email address' : 'members must be signed in to a Google account'}.`,
  published: (label: string) => `${label}: published, so members can open it`,
  titled: (label: string) => `${label}: title restored`,
  notAccepting: (label: string) =>
    `${label} is not accepting responses: open the form, go to Responses and switch on "Accepting responses", or members cannot answer.`,
  noResponseTab: (label: string) =>
    `${label}: its response tab could not be found; run Set up or repair again.`,
  googleColumnsMissing: (tab: string, withEmail: boolean) =>
    withEmail
      ? `${tab}: the first two columns must be the ones Google Forms writes (the time of the response, then the email address); put them back in columns A and B.`
      : `${tab}: the first column must be the one Google Forms writes (the time of the response); put it back in column A.`,
  /** Consent (SPEC section 9) added to a form made before it existed. */
  consentAdded: (label: string) =>
    `${label}: the consent question and the statement of who sees answers added at the top; answers sent before it stay counted, as given under the form they were sent on`,
  /** The anonymous form must not collect addresses; someone had switched it on. */
  emailOff: (label: string) =>
    `${label}: email collection switched off again, so the form stays anonymous`,
} as const;
