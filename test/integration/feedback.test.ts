/**
 * The anonymous Group feedback form (issue 15 item 4, SPEC section 10) on the compiled bundle:
 * Set up makes a third form that collects no email, its responses land in the Feedback tab for
 * facilitators (or Review when unusable), and the Participation tab and the report count them
 * per month, suppressed, never quoting what anyone wrote. A group set up by the landed build
 * gets the form on Set up or repair without losing anything.
 */
import { Environment } from '../../emulator/environment';
import {
  landedProject,
  newProject,
  setting,
  setUpProject,
  sheetNames,
  sheetValues,
  upgrade,
} from './harness';
import { addMembers, CONSENT, submitCheckin } from './members';

const DAY = 24 * 60 * 60 * 1000;
const FEEDBACK = {
  rating: 'How useful have the recent sessions been for you?',
  moreOf: 'What would you like more of?',
  lessOf: 'What would you like less of?',
  ideas: 'Any ideas for the group?',
};
const HEADING = 'Group feedback per month (anonymous form)';
const SECRET = 'SECRET-IDEA-8812';
const MEMBER_CONSENT_COLUMN = 'Consent';

/** Someone answers the feedback form, agreeing to take part (the form requires it). */
function submitFeedback(env: Environment, answers: Record<string, string | number>, raw = false) {
  return env.submitForm(String(setting(env, 'Group feedback form ID')), {
    email: '',
    answers: { [CONSENT.title]: CONSENT.agree, ...answers },
    raw,
  });
}

function records(env: Environment, tab: string): Record<string, unknown>[] {
  const [headers, ...rows] = sheetValues(env, tab);
  return rows
    .filter((row) => row.some((cell) => cell !== ''))
    .map((row) => Object.fromEntries(headers.map((header, i) => [String(header), row[i]])));
}

function feedbackRows(env: Environment): Record<string, unknown[]> {
  const values = sheetValues(env, 'Outcomes: Participation');
  const start = values.findIndex((row) => row[0] === HEADING);
  expect(start).toBeGreaterThan(0);
  const rows: Record<string, unknown[]> = {};
  for (const row of values.slice(start + 2)) {
    if (row[0] === '' || row[0] === undefined) break;
    rows[String(row[0])] = row.slice(1, 6);
  }
  return rows;
}

describe('group feedback', () => {
  it('Set up makes an anonymous third form linked to a Feedback tab', () => {
    const env = newProject();
    setUpProject(env);
    const form = env.forms.getById(String(setting(env, 'Group feedback form ID')))!;
    expect(form.getTitle()).toBe('Group feedback');
    expect(form.collectsEmail()).toBe(false);
    expect(String(setting(env, 'Group feedback form link'))).toMatch(/^https:/);
    const [headers] = sheetValues(env, 'Feedback');
    expect(headers).not.toContain('Email Address');
    expect(headers).toEqual(expect.arrayContaining([FEEDBACK.rating, 'Processing']));
    // Among the response tabs at the end, before the Community survey's (issue 15 item 1).
    expect(sheetNames(env).slice(-2)).toEqual(['Feedback', 'Community survey']);
  });

  it('keeps responses for facilitators, sends unusable ones to Review, and counts months', () => {
    const env = newProject();
    setUpProject(env);
    env.advanceBy(2 * DAY);
    for (let i = 0; i < 6; i += 1)
      submitFeedback(env, {
        [FEEDBACK.rating]: 2 + (i % 3),
        ...(i < 5 ? { [FEEDBACK.moreOf]: 'More small groups' } : {}),
        ...(i === 0 ? { [FEEDBACK.ideas]: SECRET } : {}),
      });
    // A rating of 9 could not come from the form; it waits in Review.
    submitFeedback(env, { [FEEDBACK.rating]: 9 }, true);
    env.advanceBy(30 * DAY);
    for (let i = 0; i < 2; i += 1) submitFeedback(env, { [FEEDBACK.rating]: 4 });

    const kept = records(env, 'Feedback');
    expect(kept).toHaveLength(8);
    expect(kept.every((row) => row.Processing === 'ok' && row['Member ID'] === '')).toBe(true);
    expect(kept.some((row) => row[FEEDBACK.ideas] === SECRET)).toBe(true);
    const review = records(env, 'Review');
    expect(review).toHaveLength(1);
    expect(review[0].Source).toBe('Feedback');
    expect(String(review[0].Reason)).toMatch(/out of range/);

    env.openSpreadsheet();
    expect(env.clickMenu('Refresh outcomes').ok).toBe(true);
    const rows = feedbackRows(env);
    // January: 6 responses, mean (2+3+4+2+3+4)/6 = 3, 5 said more of; ideas (1) hidden.
    expect(rows['2026-01'].slice(0, 3)).toEqual([6, 3, 5]);
    expect(typeof rows['2026-01'][3]).toBe('string');
    expect(typeof rows['2026-01'][4]).toBe('string');
    // February: 2 responses, below the minimum of 5: nothing shown; so the total is hidden too.
    expect(rows['2026-02'].every((cell) => typeof cell === 'string')).toBe(true);
    expect(typeof rows['Whole period'][0]).toBe('string');
    const tabs = ['Outcomes: Participation', 'Outcomes: Wellbeing trend'];
    for (const tab of tabs) expect(JSON.stringify(sheetValues(env, tab))).not.toContain(SECRET);

    env.sheets.ui.queuePromptResponse('2026-01-01 to 2026-01-31', 'OK');
    expect(env.clickMenu('Generate report').ok).toBe(true);
    const html = env.sheets.ui.dialogs.at(-1)!.html;
    expect(html).toContain('id="feedback"');
    expect(html).toContain('Responses in this period: 6.');
    expect(html).not.toContain(SECRET);
    expect(html).not.toContain('More small groups');
  });

  it('reaches a group set up by the landed build, keeping its tabs and responses', () => {
    const env = landedProject();
    setUpProject(env);
    addMembers(
      env,
      Array.from({ length: 5 }, (_, i) => ({ name: `P ${i}`, email: `p${i}@example.org` })),
    );
    env.advanceBy(3 * DAY);
    for (let i = 0; i < 5; i += 1) submitCheckin(env, `p${i}@example.org`);
    expect(setting(env, 'Group feedback form ID')).toBeUndefined();
    const before = Object.fromEntries(
      ['Members', 'Check-ins', 'Surveys', 'Sessions'].map((tab) => [tab, sheetValues(env, tab)]),
    );
    const checkinForm = setting(env, 'Check-in form ID');

    upgrade(env);
    env.openSpreadsheet();
    expect(env.clickMenu('Set up or repair').ok).toBe(true);
    expect(setting(env, 'Check-in form ID')).toBe(checkinForm);
    expect(String(setting(env, 'Group feedback form ID'))).not.toBe('');
    expect(sheetValues(env, 'Sessions')).toEqual(before['Sessions']);
    // Members gains only its Consent (SPEC section 9) and Left on (retention) columns, at the end.
    const members = sheetValues(env, 'Members');
    const membersWidth = before['Members'][0].length;
    expect(members.map((row) => row.slice(0, membersWidth))).toEqual(before['Members']);
    expect(members[0].slice(membersWidth)).toEqual([MEMBER_CONSENT_COLUMN, 'Left on']);
    // Surveys gains only the consent and story questions' columns (issue 15 item 3), at the end.
    const surveys = sheetValues(env, 'Surveys');
    const width = before['Surveys'][0].length;
    expect(surveys.map((row) => row.slice(0, width))).toEqual(before['Surveys']);
    expect(surveys[0].slice(width)).toEqual([
      CONSENT.title,
      'In a few sentences, what has the group changed for you?',
      'May the group quote your story, without your name, in its reports?',
    ]);
    // Check-ins gains only the new consent and openness questions' columns; the rest is as it was.
    const after = sheetValues(env, 'Check-ins');
    expect(after.length).toBe(before['Check-ins'].length);
    expect(after[0].length).toBe(before['Check-ins'][0].length + 2);

    submitFeedback(env, { [FEEDBACK.rating]: 5 });
    expect(records(env, 'Feedback').map((row) => row.Processing)).toEqual(['ok']);
    // Running it again changes nothing more: one feedback form, one Feedback tab.
    expect(env.clickMenu('Set up or repair').ok).toBe(true);
    expect(sheetNames(env).filter((name) => name.startsWith('Feedback'))).toEqual(['Feedback']);
    // Four forms: the Community survey (issue 15 item 1) came with the same Set up.
    expect(env.forms.all()).toHaveLength(4);
  });
});
