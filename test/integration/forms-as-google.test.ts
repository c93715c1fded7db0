/**
 * Set up on forms as Google makes them (issue 12 items 2 and 4): untitled and unpublished when
 * created, response tabs that appear only after a flush, named and headed in the account's
 * language. Set up titles and publishes the forms, lets members type their address, finds the
 * response tabs whatever the language, and intake reads Google's own columns by position.
 */
import { Environment, EnvironmentOptions } from '../../emulator/environment';
import { escapeHtml } from '../../src/domain/html';
import { FORM_TEXTS } from '../../src/services/form-texts';
import { newProject, setting, setUpProject, sheetValues } from './harness';
import { addMembers, CONSENT, submitCheckin } from './members';

const DAY = 24 * 60 * 60 * 1000;

function lastDialog(env: Environment): string {
  return env.sheets.ui.dialogs.at(-1)?.html ?? '';
}

/** Does the last dialog say this text (as its HTML escapes it)? */
function says(env: Environment, text: string): boolean {
  return lastDialog(env).includes(escapeHtml(text));
}

function forms(env: Environment) {
  return ['Check-in form ID', 'Survey form ID'].map((label) =>
    env.forms.getById(String(setting(env, label)))!,
  );
}

function feedbackForm(env: Environment) {
  return env.forms.getById(String(setting(env, 'Group feedback form ID')))!;
}

const FEEDBACK_RATING = 'How useful have the recent sessions been for you?';

/** One anonymous Group feedback response, a day on, and the Feedback tab's row for it. */
function acceptedFeedback(env: Environment): Record<string, unknown> {
  env.advanceBy(DAY);
  env.submitForm(feedbackForm(env).getId(), {
    email: '',
    answers: { [CONSENT.title]: CONSENT.agree, [FEEDBACK_RATING]: 4 },
  });
  const [headers, row] = sheetValues(env, 'Feedback');
  return Object.fromEntries(headers.map((header, index) => [String(header), row[index]]));
}

function project(options: EnvironmentOptions = {}): Environment {
  // Wednesday 7 January 2026, 09:00: the first session is that evening.
  const env = newProject({ start: Date.UTC(2026, 0, 7, 9, 0, 0), ...options });
  setUpProject(env);
  return env;
}

/** Intake of one check-in from a known member, two days on. */
function acceptedCheckin(env: Environment): Record<string, unknown> {
  addMembers(env, [{ name: 'Ann', email: 'ann@example.org' }]);
  env.advanceBy(2 * DAY);
  submitCheckin(env, 'ann@example.org');
  const [headers, row] = sheetValues(env, 'Check-ins');
  return Object.fromEntries(headers.map((header, index) => [String(header), row[index]]));
}

describe('Set up makes the forms usable by members', () => {
  it('titles both forms, publishes them and lets members type their address', () => {
    const env = project();
    for (const form of forms(env)) {
      expect(form.title).not.toBe('');
      expect(form.title).toBe(form.fileName);
      expect(form.published).toBe(true);
      expect(form.emailCollection).toBe('RESPONDER_INPUT');
    }
    expect(says(env, FORM_TEXTS.emailTyped)).toBe(true);
    expect(says(env, FORM_TEXTS.noResponseTab('Check-in form'))).toBe(false);
    expect(env.executions.filter((execution) => !execution.ok)).toEqual([]);
  });

  it('a fresh sheet is not reported broken: the new response tabs are found after a flush', () => {
    const env = project();
    for (const label of ['Check-in form', 'Survey form'])
      expect(says(env, FORM_TEXTS.noResponseTab(label))).toBe(false);
    expect(says(env, FORM_TEXTS.googleColumnsMissing('Check-ins', true))).toBe(false);
    expect(acceptedCheckin(env)['Processing']).toBe('ok');
  });

  it('works with legacy forms, which have no publish state', () => {
    const env = project({ formsSupportPublishing: false });
    expect(env.executions.filter((execution) => !execution.ok)).toEqual([]);
    expect(forms(env).every((form) => form.acceptingResponses)).toBe(true);
    expect(acceptedCheckin(env)['Member ID']).toBe('M0001');
  });

  it('repairs a form left untitled, unpublished and collecting no address', () => {
    const env = project();
    const [checkin] = forms(env);
    checkin.title = '';
    checkin.published = false;
    checkin.emailCollection = 'DO_NOT_COLLECT';
    const again = env.clickMenu('Set up or repair');
    expect(again.ok).toBe(true);
    expect(checkin.title).toBe(checkin.fileName);
    expect(checkin.published).toBe(true);
    expect(checkin.emailCollection).toBe('RESPONDER_INPUT');
    expect(says(env, FORM_TEXTS.titled('Check-in form'))).toBe(true);
    expect(says(env, FORM_TEXTS.published('Check-in form'))).toBe(true);
  });

  it('leaves the anonymous feedback form collecting no address, and switches it off again', () => {
    const env = project();
    const feedback = feedbackForm(env);
    expect(feedback.title).toBe(feedback.fileName);
    expect(feedback.published).toBe(true);
    expect(feedback.emailCollection).toBe('DO_NOT_COLLECT');
    expect(says(env, FORM_TEXTS.googleColumnsMissing('Feedback', false))).toBe(false);
    feedback.emailCollection = 'RESPONDER_INPUT';
    expect(env.clickMenu('Set up or repair').ok).toBe(true);
    expect(feedback.emailCollection).toBe('DO_NOT_COLLECT');
    expect(says(env, FORM_TEXTS.emailOff('Group feedback form'))).toBe(true);
    // Setting it right once is enough: the next run changes nothing.
    env.clickMenu('Set up or repair');
    expect(says(env, FORM_TEXTS.emailOff('Group feedback form'))).toBe(false);
    expect(says(env, FORM_TEXTS.emailTyped)).toBe(true);
  });

  it('says so when a form is closed to responses, and leaves it closed', () => {
    const env = project();
    const [checkin] = forms(env);
    checkin.acceptingResponses = false;
    env.clickMenu('Set up or repair');
    expect(says(env, FORM_TEXTS.notAccepting('Check-in form'))).toBe(true);
    expect(checkin.acceptingResponses).toBe(false);
  });

  it('says members need a Google account where the organiser chose verified collection', () => {
    const env = project();
    for (const form of forms(env)) form.emailCollection = 'VERIFIED';
    env.clickMenu('Set up or repair');
    expect(says(env, FORM_TEXTS.emailVerified)).toBe(true);
    expect(forms(env).every((form) => form.emailCollection === 'VERIFIED')).toBe(true);
  });
});

describe.each(['es', 'de'] as const)('an account in %s', (accountLanguage) => {
  it("finds the response tabs and reads Google's columns by position", () => {
    const env = project({ accountLanguage });
    const [headers] = sheetValues(env, 'Check-ins');
    expect(headers[0]).not.toBe('Timestamp');
    expect(says(env, FORM_TEXTS.noResponseTab('Check-in form'))).toBe(false);
    expect(says(env, FORM_TEXTS.googleColumnsMissing('Check-ins', true))).toBe(false);
    const row = acceptedCheckin(env);
    expect(row['Processing']).toBe('ok');
    expect(row['Member ID']).toBe('M0001');
  });

  it('reads the Feedback tab, which has only the time before its questions', () => {
    const env = project({ accountLanguage });
    const [headers] = sheetValues(env, 'Feedback');
    expect(headers[0]).not.toBe('Timestamp');
    // Its first question is the consent item (SPEC section 9), then the rating.
    expect(headers.slice(1, 3)).toEqual([CONSENT.title, FEEDBACK_RATING]);
    expect(says(env, FORM_TEXTS.googleColumnsMissing('Feedback', false))).toBe(false);
    const row = acceptedFeedback(env);
    expect(row['Processing']).toBe('ok');
    expect(row[FEEDBACK_RATING]).toBe(4);
    expect(sheetValues(env, 'Review')).toHaveLength(1);
  });

  it('sends a check-in from an unknown address to Review with the address', () => {
    const env = project({ accountLanguage });
    addMembers(env, [{ name: 'Ann', email: 'ann@example.org' }]);
    env.advanceBy(2 * DAY);
    submitCheckin(env, 'stranger@example.org');
    const [headers, row] = sheetValues(env, 'Review');
    expect(row[headers.indexOf('Email Address')]).toBe('stranger@example.org');
    expect(sheetValues(env, 'Check-ins')).toHaveLength(1);
  });

  it("removes a member's responses, found by the address in Google's second column", () => {
    const env = project({ accountLanguage });
    acceptedCheckin(env);
    env.sheets.ui.queuePromptResponse('ann@example.org', 'OK');
    env.sheets.ui.queueAlertResponse('YES');
    expect(env.clickMenu("Remove a member's data").ok).toBe(true);
    expect(sheetValues(env, 'Check-ins')).toHaveLength(1);
    expect(forms(env)[0].getResponses()).toHaveLength(0);
  });
});
