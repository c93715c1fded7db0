/**
 * Peer Circle > Remove a member's data: every row that belongs to the member goes, shared rows
 * lose only the member's id, and nothing identifying them is left in any tab.
 */
import { Environment } from '../../emulator/environment';
import { newProject, setUpProject, sheetNames, sheetValues, typeRows } from './harness';
import { addMembers, submitCheckin, submitSurvey } from './members';

const DAY = 24 * 60 * 60 * 1000;

function allCells(env: Environment): string {
  return sheetNames(env)
    .map((name) => sheetValues(env, name).flat().map(String).join('\n'))
    .join('\n');
}

describe("Remove a member's data", () => {
  let env: Environment;
  beforeEach(() => {
    env = newProject({ start: Date.UTC(2026, 0, 5, 9, 0, 0) });
    setUpProject(env);
    addMembers(env, [
      { name: 'Ann Example', email: 'ann@example.org', roles: 'Facilitator, Greeter', buddy: true },
      { name: 'Bo', email: 'bo@example.org', roles: 'Facilitator, Greeter', buddy: true },
      { name: 'Cy', email: 'cy@example.org', roles: 'Facilitator, Greeter', buddy: true },
    ]);
    env.meter.internal(() =>
      env.spreadsheet.getSheetByName('Members')!.getRange('L3').setValue('M0001'),
    );
    typeRows(env, 'Activities', [
      ['2026-01-06', 'outreach', 'Library talk', 'City Library', 'M0001, M0002', 40],
    ]);
    env.clickMenu('Plan rotation');
    env.clickMenu('Assign buddies');
    env.advanceBy(3 * DAY);
    submitCheckin(env, 'ann@example.org');
    submitCheckin(env, 'bo@example.org');
    submitSurvey(env, 'ann@example.org');
    submitCheckin(env, 'Ann@Example.org', { mood: 9 }, true);
    env.advanceBy(DAY);
  });

  it('removes the member everywhere after a confirmation, keeping everyone else', () => {
    expect(allCells(env)).toContain('ann@example.org');
    env.sheets.ui.queuePromptResponse('ANN@example.org', 'OK');
    env.sheets.ui.queueAlertResponse('YES');
    const run = env.clickMenu("Remove a member's data");
    expect(run.ok).toBe(true);
    const everything = allCells(env);
    expect(everything.toLowerCase()).not.toContain('ann@example.org');
    expect(everything).not.toContain('Ann Example');
    const mentions = sheetNames(env).flatMap((name) =>
      sheetValues(env, name).flatMap((row, r) =>
        row.flatMap((cell, c) =>
          /\bM0001\b/.test(String(cell)) ? [`${name}!${r + 1}:${c + 1}=${String(cell)}`] : [],
        ),
      ),
    );
    expect(mentions).toEqual([]);
    expect(everything).toContain('bo@example.org');
    expect(sheetValues(env, 'Check-ins')).toHaveLength(2);
    expect(sheetValues(env, 'Members').map((row) => row[1])).toEqual(['Name', 'Bo', 'Cy']);
    expect(env.sheets.ui.toasts.at(-1)?.message).toMatch(
      /Removed the data of Ann Example \(M0001\)/,
    );
    for (const form of env.forms.all()) {
      const emails = env.meter.internal(() =>
        form.getResponses().map((response) => response.getRespondentEmail().toLowerCase()),
      );
      expect(emails).not.toContain('ann@example.org');
      expect(emails.length).toBeGreaterThanOrEqual(form.getTitle() === 'Weekly check-in' ? 1 : 0);
    }
  });

  it('does nothing when the person answers No', () => {
    const before = allCells(env);
    env.sheets.ui.queuePromptResponse('M0001', 'OK');
    env.sheets.ui.queueAlertResponse('NO');
    env.clickMenu("Remove a member's data");
    expect(allCells(env)).toBe(before);
  });
});

describe("Remove a member's data and the outcome figures", () => {
  it('recomputes the aggregates from what remains', () => {
    const env = newProject({ start: Date.UTC(2026, 0, 5, 9, 0, 0) });
    setUpProject(env);
    addMembers(
      env,
      Array.from({ length: 6 }, (_, i) => ({
        name: `Person ${i + 1}`,
        email: `p${i + 1}@example.org`,
        joined: '2025-12-01',
      })),
    );
    for (let i = 1; i <= 6; i += 1) submitSurvey(env, `p${i}@example.org`, 'Disagree');
    env.advanceBy(90 * DAY);
    for (let i = 1; i <= 6; i += 1) submitSurvey(env, `p${i}@example.org`, 'Agree');
    env.openSpreadsheet();
    env.clickMenu('Refresh outcomes');
    const rosenbergRow = () =>
      sheetValues(env, 'Outcomes: Growth and stigma').find((row) =>
        String(row[0]).startsWith('Rosenberg'),
      )!;
    expect(rosenbergRow()).toContain(6);
    env.sheets.ui.queuePromptResponse('p3@example.org', 'OK');
    env.sheets.ui.queueAlertResponse('YES');
    expect(env.clickMenu("Remove a member's data").ok).toBe(true);
    const after = rosenbergRow();
    expect(after).toContain(5);
    expect(after).not.toContain(6);
  });
});
