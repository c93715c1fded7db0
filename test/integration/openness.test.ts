/**
 * Openness outside the group (issue 15 item 2, SPEC section 10) on the compiled bundle: the
 * Check-in form asks it (optionally), accepted answers give monthly shares in the Wellbeing
 * tab and the report, suppressed below the minimum; and a group set up by the landed build
 * gets the question on its existing form without losing a response.
 */
import { Environment } from '../../emulator/environment';
import { landedProject, newProject, setting, setUpProject, sheetValues, upgrade } from './harness';
import { addMembers, CHECKIN, CONSENT, submitCheckin } from './members';

const DAY = 24 * 60 * 60 * 1000;
const HEADING = 'Talking about mental health outside the group, per month';

function group(env: Environment, size: number): void {
  addMembers(
    env,
    Array.from({ length: size }, (_, i) => ({
      name: `Person ${i + 1}`,
      email: `p${i + 1}@example.org`,
      joined: '2025-12-01',
    })),
  );
}

/** The openness block's data rows in the Wellbeing tab, keyed by month. */
function opennessRows(env: Environment): Record<string, unknown[]> {
  const values = sheetValues(env, 'Outcomes: Wellbeing trend');
  const start = values.findIndex((row) => row[0] === HEADING);
  expect(start).toBeGreaterThan(0);
  expect(values[start + 1].slice(0, 5)).toEqual([
    'Month',
    'Members answering (n)',
    'Check-ins answering',
    'Check-ins saying yes (%)',
    'Members saying yes at least once (%)',
  ]);
  const rows: Record<string, unknown[]> = {};
  for (const row of values.slice(start + 2)) {
    if (!/^\d{4}-\d{2}$/.test(String(row[0]))) break;
    rows[String(row[0])] = row.slice(1, 5);
  }
  return rows;
}

function checkinForm(env: Environment) {
  return env.forms.getById(String(setting(env, 'Check-in form ID')))!;
}

describe('openness outside the group', () => {
  it('is an optional yes/no question on a new Check-in form', () => {
    const env = newProject();
    setUpProject(env);
    const item = checkinForm(env)
      .getItems()
      .find((candidate) => candidate.getTitle() === CHECKIN.talkedOutside);
    expect(item).toBeDefined();
    const choice = item!.asMultipleChoiceItem();
    expect(choice.isRequired()).toBe(false);
    expect(choice.getChoices().map((option) => option.getValue())).toEqual(['Yes', 'No']);
  });

  it('gives monthly shares of check-ins and members, hiding what few members said', () => {
    const env = newProject();
    setUpProject(env);
    group(env, 12);
    // Week 1 (January): p1-p6 yes, p7-p11 no, p12 skips the question.
    env.advanceBy(3 * DAY);
    for (let i = 1; i <= 12; i += 1)
      submitCheckin(
        env,
        `p${i}@example.org`,
        i === 12 ? {} : { talkedOutside: i <= 6 ? 'Yes' : 'No' },
      );
    // February: ten answer, but only p1 and p2 say yes: the shares would tell on them.
    env.advanceBy(28 * DAY);
    for (let i = 1; i <= 10; i += 1)
      submitCheckin(env, `p${i}@example.org`, { talkedOutside: i <= 2 ? 'Yes' : 'No' });
    env.openSpreadsheet();
    expect(env.clickMenu('Refresh outcomes').ok).toBe(true);
    expect(sheetValues(env, 'Review')).toHaveLength(1);

    const rows = opennessRows(env);
    expect(rows['2026-01'].slice(0, 2)).toEqual([11, 11]);
    for (const share of rows['2026-01'].slice(2)) expect(share).toBeCloseTo((100 * 6) / 11, 10);
    expect(rows['2026-02'].slice(0, 2)).toEqual([10, 10]);
    expect(rows['2026-02'].slice(2).every((cell) => typeof cell === 'string')).toBe(true);

    env.sheets.ui.queuePromptResponse('2026-01-01 to 2026-02-28', 'OK');
    expect(env.clickMenu('Generate report').ok).toBe(true);
    const html = env.sheets.ui.dialogs.at(-1)!.html;
    expect(html).toContain('id="openness"');
    expect(html).toContain('aria-labelledby="chart-openness-title');
    expect(html).toContain('54.5%');
  });

  it('hides every figure when fewer members than the minimum answered', () => {
    const env = newProject();
    setUpProject(env);
    group(env, 6);
    env.advanceBy(3 * DAY);
    for (let i = 1; i <= 6; i += 1)
      submitCheckin(env, `p${i}@example.org`, i <= 4 ? { talkedOutside: 'Yes' } : {});
    env.openSpreadsheet();
    env.clickMenu('Refresh outcomes');
    const january = opennessRows(env)['2026-01'];
    expect(january.every((cell) => typeof cell !== 'number')).toBe(true);
  });

  it('reaches a group set up by the landed build without touching its responses', () => {
    const env = landedProject();
    setUpProject(env);
    group(env, 6);
    env.advanceBy(3 * DAY);
    for (let i = 1; i <= 6; i += 1) submitCheckin(env, `p${i}@example.org`, { mood: 1 + (i % 5) });
    const formId = setting(env, 'Check-in form ID');
    const before = sheetValues(env, 'Check-ins');
    expect(before[0]).not.toContain(CHECKIN.talkedOutside);

    upgrade(env);
    env.openSpreadsheet();
    expect(env.clickMenu('Set up or repair').ok).toBe(true);
    // The same form, now with the question; every old response and its derived cells as it was.
    expect(setting(env, 'Check-in form ID')).toBe(formId);
    const titles = checkinForm(env)
      .getItems()
      .map((item) => item.getTitle());
    expect(titles.filter((title) => title === CHECKIN.talkedOutside)).toHaveLength(1);
    const after = sheetValues(env, 'Check-ins');
    const column = after[0].indexOf(CHECKIN.talkedOutside);
    expect(column).toBeGreaterThan(0);
    // The consent question (SPEC section 9) arrives with the same repair.
    const consentColumn = after[0].indexOf(CONSENT.title);
    expect(consentColumn).toBeGreaterThan(0);
    const withoutNew = (rows: unknown[][]) =>
      rows.map((row) => row.filter((_, index) => index !== column && index !== consentColumn));
    expect(withoutNew(after).slice(0, before.length)).toEqual(before);

    // Old check-ins (no answer) and new ones count side by side.
    env.advanceBy(7 * DAY);
    for (let i = 1; i <= 6; i += 1)
      submitCheckin(env, `p${i}@example.org`, { talkedOutside: 'No' });
    env.openSpreadsheet();
    expect(env.clickMenu('Refresh outcomes').ok).toBe(true);
    const checkins = sheetValues(env, 'Check-ins');
    const status = checkins[0].indexOf('Processing');
    expect(checkins.slice(1).map((row) => row[status])).toEqual(Array(12).fill('ok'));
    expect(opennessRows(env)['2026-01'].slice(0, 2)).toEqual([6, 6]);
  });
});
