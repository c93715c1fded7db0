/**
 * Stories (issue 15 item 3, SPEC section 10) on the compiled bundle: an optional survey story
 * with its own consent reaches the Stories tab; only an approved story with consent, naming no
 * member, is quoted in the report, never with a name; a later "no" or removal takes it out.
 */
import { Environment } from '../../emulator/environment';
import { newProject, setting, setUpProject, sheetValues } from './harness';
import { addMembers, surveyAnswers } from './members';

const DAY = 24 * 60 * 60 * 1000;
const STORY = 'In a few sentences, what has the group changed for you?';
const CONSENT = 'May the group quote your story, without your name, in its reports?';
const YES = 'Yes, quote it without my name';
const NO = 'No, only the facilitators may read it';

function survey(env: Environment, email: string, extra: Record<string, string>) {
  return env.submitForm(String(setting(env, 'Survey form ID')), {
    email,
    answers: { ...surveyAnswers(env, 'Agree'), ...extra },
  });
}

function stories(env: Environment): Record<string, unknown>[] {
  const [headers, ...rows] = sheetValues(env, 'Stories');
  return rows
    .filter((row) => row.some((cell) => cell !== ''))
    .map((row) => Object.fromEntries(headers.map((header, i) => [String(header), row[i]])));
}

function approveAll(env: Environment, edit?: (text: string) => string): void {
  env.meter.internal(() => {
    const sheet = env.spreadsheet.getSheetByName('Stories')!;
    const values = sheet.getDataRange().getValues();
    const approved = values[0].indexOf('Approved');
    const forReport = values[0].indexOf('Story for the report');
    const written = values[0].indexOf('Story as written');
    values.slice(1).forEach((row, i) => {
      sheet.getRange(i + 2, approved + 1).setValue('yes');
      if (edit) sheet.getRange(i + 2, forReport + 1).setValue(edit(String(row[written])));
    });
  });
}

function report(env: Environment): string {
  env.openSpreadsheet();
  env.sheets.ui.queuePromptResponse('2026-01-01 to 2026-03-31', 'OK');
  expect(env.clickMenu('Generate report').ok).toBe(true);
  return env.sheets.ui.dialogs.at(-1)!.html;
}

describe('stories', () => {
  let env: Environment;
  beforeEach(() => {
    env = newProject();
    setUpProject(env);
    addMembers(env, [
      { name: 'Ann Lee', email: 'ann@example.org' },
      { name: 'Bo Chen', email: 'bo@example.org' },
      { name: 'Cy Diaz', email: 'cy@example.org' },
    ]);
    env.advanceBy(DAY);
  });

  it('puts an optional story and its consent on the Survey form', () => {
    const form = env.forms.getById(String(setting(env, 'Survey form ID')))!;
    const titles = form.getItems().map((item) => item.getTitle());
    expect(titles).toEqual(expect.arrayContaining([STORY, CONSENT]));
    const consent = form.getItems().find((item) => item.getTitle() === CONSENT)!;
    expect(consent.asMultipleChoiceItem().isRequired()).toBe(false);
  });

  it('quotes only approved stories with consent, edited, without names', () => {
    survey(env, 'ann@example.org', { [STORY]: 'I found people who listen.', [CONSENT]: YES });
    survey(env, 'bo@example.org', { [STORY]: 'Keep this between us.', [CONSENT]: NO });
    survey(env, 'cy@example.org', { [STORY]: 'Ann Lee helped me most.', [CONSENT]: YES });
    survey(env, 'ann@example.org', {}); // a survey with no story adds no row
    const rows = stories(env);
    expect(rows).toHaveLength(3);
    expect(rows.map((row) => row['Consent to quote without a name'])).toEqual(['yes', 'no', 'yes']);
    expect(rows.every((row) => row.Approved === 'no')).toBe(true);

    // Nothing is quoted before a facilitator approves.
    expect(report(env)).not.toContain('people who listen');
    approveAll(env);
    const html = report(env);
    expect(html).toContain('id="stories"');
    expect(html).toContain('I found people who listen.');
    expect(html).not.toContain('Keep this between us.');
    // A story naming a member is held back until edited.
    expect(html).not.toContain('helped me most');
    env.advanceBy(DAY);
    expect(String(stories(env)[2].Status)).toMatch(/name/);
    approveAll(env, (text) => text.replace('Ann Lee', 'Another member'));
    const edited = report(env);
    expect(edited).toContain('Another member helped me most.');
    for (const identity of ['Ann Lee', 'Cy Diaz', 'ann@example.org', 'cy@example.org'])
      expect(edited).not.toContain(identity);
  });

  it('a later "no" withdraws consent, and removal takes the story out', () => {
    survey(env, 'ann@example.org', { [STORY]: 'I found people who listen.', [CONSENT]: YES });
    survey(env, 'bo@example.org', { [STORY]: 'I came back to work.', [CONSENT]: YES });
    approveAll(env);
    expect(report(env)).toContain('I found people who listen.');
    env.advanceBy(7 * DAY);
    survey(env, 'ann@example.org', { [CONSENT]: NO });
    expect(stories(env)[0]['Consent to quote without a name']).toBe('withdrawn');
    expect(report(env)).not.toContain('I found people who listen.');

    expect(report(env)).toContain('I came back to work.');
    const boId = String(
      sheetValues(env, 'Members').find((row) => row.includes('bo@example.org'))![0],
    );
    env.sheets.ui.queuePromptResponse(boId, 'OK');
    env.sheets.ui.queueAlertResponse('YES');
    env.clickMenu("Remove a member's data");
    expect(stories(env).map((row) => row['Member ID'])).not.toContain(boId);
    expect(report(env)).not.toContain('I came back to work.');
  });
});
