/**
 * Consent (issue 14 item 3, SPEC section 9) on the compiled bundle: every form opens with the
 * statement of who sees the answers and a required consent question; Set up or repair adds them
 * to a group made by the landed build without breaking its response tabs; a response without
 * consent is kept in Review; and a member who withdraws consent vanishes from every figure (the
 * outcome tabs and the report are exactly those of the group without them), gets no survey
 * reminder, has later responses kept in Review, and saved reports that still count them go.
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
import { addMembers, CONSENT, submitCheckin, submitSurvey, surveyAnswers } from './members';

const DAY = 24 * 60 * 60 * 1000;
const WITHDRAWN = 'p7@example.org';
const CHOICES = ['Strongly agree', 'Agree', 'Disagree', 'Strongly disagree'];

function records(env: Environment, tab: string): Record<string, unknown>[] {
  const [headers, ...rows] = sheetValues(env, tab);
  return rows.map((row) =>
    Object.fromEntries(headers.map((header, index) => [String(header), row[index]])),
  );
}

/** A facilitator types into the member's Members cell under `column`. */
function setMemberCell(env: Environment, email: string, column: string, value: string): void {
  env.meter.internal(() => {
    const sheet = env.spreadsheet.getSheetByName('Members')!;
    const values = sheet.getDataRange().getValues();
    const at = values[0].indexOf(column);
    const row = values.findIndex((cells) => cells[2] === email);
    expect(at).toBeGreaterThanOrEqual(0);
    expect(row).toBeGreaterThan(0);
    sheet.getRange(row + 1, at + 1).setValue(value);
  });
}

const withdraw = (env: Environment, email = WITHDRAWN) =>
  setMemberCell(env, email, 'Consent', 'withdrawn');

/**
 * Seven members over three months: check-ins every week with answers that differ by member,
 * a baseline survey and a follow-up. p7's answers are far from the others', so every mean moves
 * with them.
 */
function season(env: Environment): void {
  setUpProject(env);
  addMembers(
    env,
    Array.from({ length: 7 }, (_, i) => ({
      name: `Person ${i + 1}`,
      email: `p${i + 1}@example.org`,
      joined: '2025-12-01',
    })),
  );
  env.advanceBy(3 * DAY);
  for (let i = 1; i <= 7; i += 1) submitSurvey(env, `p${i}@example.org`, CHOICES[i % 2 ? 2 : 3]);
  for (let week = 0; week < 12; week += 1) {
    for (let i = 1; i <= 7; i += 1) {
      const mood = i === 7 ? 1 : 3 + ((i + week) % 3);
      submitCheckin(env, `p${i}@example.org`, {
        mood,
        coping: i === 7 ? 1 : 4,
        supported: i === 7 ? 5 : 3,
        talkedOutside: i % 2 === 0 || i === 7 ? 'Yes' : 'No',
      });
    }
    env.advanceBy(7 * DAY);
  }
  for (let i = 1; i <= 7; i += 1)
    submitSurvey(env, `p${i}@example.org`, CHOICES[i === 7 ? 3 : i % 2 ? 0 : 1]);
  env.advanceBy(DAY);
}

/** Every outcome tab's cells but the refresh stamp. */
function outcomeTabs(env: Environment): Record<string, unknown[][]> {
  return Object.fromEntries(
    sheetNames(env)
      .filter((name) => name.startsWith('Outcomes:'))
      .map((name) => [
        name,
        sheetValues(env, name).filter((row) => !String(row[0]).startsWith('Last refreshed')),
      ]),
  );
}

/** The report's dialog, without the link to its saved copy (a Drive id that differs). */
function reportFor(env: Environment, period: string): string {
  env.openSpreadsheet();
  env.sheets.ui.queuePromptResponse(period, 'OK');
  expect(env.clickMenu('Generate report').ok).toBe(true);
  return env.sheets.ui.dialogs.at(-1)!.html.replace(/drive-file-\d+/g, 'drive-file');
}

const PERIOD = '2026-01-01 to 2026-04-30';

describe('the consent statement and question', () => {
  it('open every form: a required question under a statement of who sees the answers', () => {
    const env = newProject();
    setUpProject(env);
    for (const label of ['Check-in form ID', 'Survey form ID', 'Group feedback form ID']) {
      const form = env.forms.getById(String(setting(env, label)))!;
      const first = form.getItems()[0];
      expect(first.getTitle()).toBe(CONSENT.title);
      const choice = first.asMultipleChoiceItem();
      expect(choice.isRequired()).toBe(true);
      expect(choice.getChoices().map((option) => option.getValue())).toEqual([CONSENT.agree]);
      const description = form.getDescription();
      // Honest: the facilitators read every answer; nothing claims the answers are private.
      expect(description).toMatch(/facilitators and organisers (can )?read every answer/);
      expect(description).not.toMatch(/\bconfidential\b|only you|no one else/i);
    }
    // Named forms say how to withdraw; the anonymous one says why it cannot be withdrawn.
    const named = env.forms.getById(String(setting(env, 'Check-in form ID')))!.getDescription();
    expect(named).toMatch(/next to your name/);
    expect(named).toMatch(/How to withdraw/);
    const anonymous = env.forms
      .getById(String(setting(env, 'Group feedback form ID')))!
      .getDescription();
    expect(anonymous).toMatch(/cannot be withdrawn/);
  });

  it('cannot be skipped on the form, and a row without it is kept in Review, not counted', () => {
    const env = newProject();
    setUpProject(env);
    addMembers(env, [{ name: 'Ann', email: 'ann@example.org' }]);
    env.advanceBy(3 * DAY);
    expect(() => submitCheckin(env, 'ann@example.org', { consent: '' })).toThrow(/Required/);
    // A row that reaches the tab without it anyway (raw: typed, or from an edited copy).
    submitCheckin(env, 'ann@example.org', { consent: '' }, true);
    submitCheckin(env, 'ann@example.org');
    expect(records(env, 'Check-ins').map((row) => row.Processing)).toEqual(['ok']);
    const review = records(env, 'Review');
    expect(review).toHaveLength(1);
    expect(String(review[0].Reason)).toContain(CONSENT.title);
    expect(review[0]['Email Address']).toBe('ann@example.org');
  });
});

describe('Set up or repair on a group made by the landed build', () => {
  it('adds the statement and the question at the top, keeps every response counted', () => {
    const env = landedProject();
    setUpProject(env);
    addMembers(
      env,
      Array.from({ length: 6 }, (_, i) => ({ name: `P ${i}`, email: `p${i}@example.org` })),
    );
    env.advanceBy(3 * DAY);
    for (let i = 0; i < 6; i += 1) submitCheckin(env, `p${i}@example.org`, { mood: 1 + (i % 5) });
    const before = sheetValues(env, 'Check-ins');
    expect(before[0]).not.toContain(CONSENT.title);

    upgrade(env);
    env.openSpreadsheet();
    expect(env.clickMenu('Set up or repair').ok).toBe(true);
    for (const label of ['Check-in form ID', 'Survey form ID', 'Group feedback form ID']) {
      const form = env.forms.getById(String(setting(env, label)))!;
      expect(form.getItems()[0].getTitle()).toBe(CONSENT.title);
      expect(form.getDescription()).toMatch(/Who sees your answers/);
    }
    // The old rows are as they were, with an empty cell in the new column at the end of the
    // questions; they stay counted, as given under the form they were sent on.
    const after = sheetValues(env, 'Check-ins');
    const column = after[0].indexOf(CONSENT.title);
    expect(column).toBeGreaterThan(1);
    const without = (rows: unknown[][]) => rows.map((row) => row.filter((_, i) => i !== column));
    expect(without(after).map((row) => row.slice(0, before[0].length))).toEqual(before);

    env.advanceBy(7 * DAY);
    for (let i = 0; i < 6; i += 1) submitCheckin(env, `p${i}@example.org`);
    submitCheckin(env, 'p0@example.org', { consent: '' }, true);
    env.openSpreadsheet();
    expect(env.clickMenu('Refresh outcomes').ok).toBe(true);
    expect(records(env, 'Check-ins').map((row) => row.Processing)).toEqual(Array(12).fill('ok'));
    expect(records(env, 'Review')).toHaveLength(1);
    const wellbeing = sheetValues(env, 'Outcomes: Wellbeing trend');
    // January: the six old check-ins and the six new ones count together.
    expect(wellbeing.some((row) => row[0] === '2026-01' && row.includes(12))).toBe(true);
  });
});

describe('withdrawing consent', () => {
  it('takes the member out of every outcome tab and the report: the figures of the group without them', () => {
    const withdrawn = newProject();
    const removed = newProject();
    season(withdrawn);
    season(removed);
    withdrawn.openSpreadsheet();
    expect(withdrawn.clickMenu('Refresh outcomes').ok).toBe(true);
    const beforeTabs = outcomeTabs(withdrawn);
    const beforeReport = reportFor(withdrawn, PERIOD);

    withdraw(withdrawn);
    withdrawn.openSpreadsheet();
    expect(withdrawn.clickMenu('Refresh outcomes').ok).toBe(true);
    // The baseline: the same season, with the member's data removed altogether.
    removed.openSpreadsheet();
    removed.sheets.ui.queuePromptResponse(WITHDRAWN, 'OK');
    removed.sheets.ui.queueAlertResponse('YES');
    expect(removed.clickMenu("Remove a member's data").ok).toBe(true);
    // The report saved before the withdrawal was deleted with it, so both publish the same.
    const afterTabs = outcomeTabs(withdrawn);
    expect(afterTabs).toEqual(outcomeTabs(removed));
    // The figures did move: the test would catch answers left in.
    for (const title of Object.keys(afterTabs))
      expect({ title, cells: afterTabs[title] }).not.toEqual({ title, cells: beforeTabs[title] });

    const note = /<li>Some members withdrew their consent[^<]*<\/li>/;
    const afterReport = reportFor(withdrawn, PERIOD);
    expect(afterReport).toMatch(note);
    expect(beforeReport).not.toMatch(note);
    expect(afterReport.replace(note, '')).toEqual(reportFor(removed, PERIOD));
    expect(afterReport).not.toEqual(beforeReport);
    // Their rows stay for the facilitators, marked as counted before.
    expect(
      records(withdrawn, 'Check-ins').filter((row) => row['Member ID'] === 'M0007'),
    ).toHaveLength(12);
  });

  it('deletes a saved report from before, says so in Review, and keeps later responses out', () => {
    const env = newProject();
    season(env);
    const early = reportFor(env, PERIOD);
    expect(early).toBeTruthy();
    const [saved] = env.drive.files();
    expect(saved.trashed).toBe(false);

    withdraw(env);
    env.openSpreadsheet();
    expect(env.clickMenu('Refresh outcomes').ok).toBe(true);
    // Beside the tabs after the withdrawal it would give p7's answers back by subtraction.
    expect(env.drive.files().map((file) => file.trashed)).toEqual([true]);
    expect(env.sheets.ui.toasts.at(-1)?.message).toMatch(
      /withdrew consent.*Deleted 1 saved report/,
    );
    const notices = records(env, 'Review').filter((row) => row.Source === 'Members');
    expect(notices).toHaveLength(1);
    expect(String(notices[0].Reason)).toMatch(/M0007.*withdrew consent/);
    // Once: a second refresh deletes nothing more and adds no second notice.
    const report = reportFor(env, PERIOD);
    expect(report).toBeTruthy();
    env.openSpreadsheet();
    expect(env.clickMenu('Refresh outcomes').ok).toBe(true);
    expect(env.drive.files().map((file) => file.trashed)).toEqual([true, false]);
    expect(records(env, 'Review').filter((row) => row.Source === 'Members')).toHaveLength(1);

    // A later check-in from them is kept in Review with the reason, and counts nowhere.
    const checkinsBefore = records(env, 'Check-ins').length;
    submitCheckin(env, WITHDRAWN);
    expect(records(env, 'Check-ins')).toHaveLength(checkinsBefore);
    const later = records(env, 'Review').filter((row) => row['Email Address'] === WITHDRAWN);
    // The notice and the check-in: the notice carries their address so removal takes it too.
    expect(later).toHaveLength(2);
    expect(later.some((row) => /has withdrawn consent/.test(String(row.Reason)))).toBe(true);
  });

  it("takes the member's story off the Stories tab and out of the report", () => {
    const env = newProject();
    setUpProject(env);
    addMembers(env, [
      { name: 'Ann', email: 'ann@example.org' },
      { name: 'Bo', email: 'bo@example.org' },
    ]);
    env.advanceBy(3 * DAY);
    const STORY = 'In a few sentences, what has the group changed for you?';
    const QUOTE = 'May the group quote your story, without your name, in its reports?';
    for (const [email, text] of [
      ['ann@example.org', 'ANN-STORY-4411'],
      ['bo@example.org', 'BO-STORY-7723'],
    ])
      env.submitForm(String(setting(env, 'Survey form ID')), {
        email,
        answers: {
          ...surveyAnswers(env, 'Agree'),
          [STORY]: text,
          [QUOTE]: 'Yes, quote it without my name',
        },
      });
    env.meter.internal(() => {
      const sheet = env.spreadsheet.getSheetByName('Stories')!;
      const at = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0].indexOf('Approved');
      for (const row of [2, 3]) sheet.getRange(row, at + 1).setValue('yes');
    });
    expect(reportFor(env, PERIOD)).toContain('BO-STORY-7723');

    withdraw(env, 'bo@example.org');
    const report = reportFor(env, PERIOD);
    expect(report).not.toContain('BO-STORY-7723');
    expect(report).toContain('ANN-STORY-4411');
    env.advanceBy(DAY); // the daily run tidies the Stories tab
    const stories = sheetValues(env, 'Stories').flat().map(String).join('\n');
    expect(stories).not.toContain('BO-STORY-7723');
    expect(stories).toContain('ANN-STORY-4411');
  });

  it('sends no survey reminder to the member, while the others get theirs', () => {
    const env = newProject({ start: Date.UTC(2026, 0, 5, 9, 0, 0) });
    setUpProject(env);
    addMembers(env, [
      { name: 'Ann', email: 'ann@example.org', joined: '2026-01-05' },
      { name: 'Bo', email: 'bo@example.org', joined: '2026-01-05' },
    ]);
    withdraw(env, 'bo@example.org');
    env.advanceBy(2 * DAY);
    const surveyMail = env.mail.outbox().filter((message) => /survey/i.test(message.subject));
    expect(surveyMail.map((message) => message.to.join())).toEqual(['ann@example.org']);
  });

  it('names a Consent cell that is neither given nor withdrawn, and counts it as withdrawn', () => {
    const env = newProject();
    setUpProject(env);
    addMembers(env, [{ name: 'Ann', email: 'ann@example.org' }]);
    env.meter.internal(() => {
      const sheet = env.spreadsheet.getSheetByName('Members')!;
      const at = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0].indexOf('Consent');
      // Typed past the drop-down (a paste), as facilitators do.
      sheet
        .getRange(2, at + 1)
        .clearDataValidations()
        .setValue('not sure');
    });
    env.advanceBy(3 * DAY);
    submitCheckin(env, 'ann@example.org');
    expect(records(env, 'Check-ins')).toHaveLength(0);
    env.openSpreadsheet();
    expect(env.clickMenu('Set up or repair').ok).toBe(true);
    expect(String(records(env, 'Members')[0]['Needs attention'])).toMatch(/consent "not sure"/);
  });
});
