/**
 * Suppression across everything published at once, on the compiled bundle (issue 13 item 8):
 * a saved report for a period that ends inside a month, set beside the Wellbeing tab's whole
 * month, would give back the one member who checked in only after the report's end
 * (6 × the tab's mean − 5 × the report's). The report and the tabs refreshed after it hide that
 * month's means; without the saved report the tab shows them.
 */
import type { Environment } from '../../emulator/environment';
import { newProject, setUpProject, sheetValues } from './harness';
import { addMembers, submitCheckin } from './members';

const DAY = 24 * 60 * 60 * 1000;
const WELLBEING = 'Outcomes: Wellbeing trend';

/**
 * Six members (minimum group size 5). Sessions are on Wednesdays from 2026-01-07; p1-p5 check
 * in after each one until 2026-02-18, p6 only after the next, 2026-02-25.
 */
function season(): Environment {
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
  for (let week = 0; week < 7; week += 1) {
    env.advanceBy(7 * DAY);
    for (let i = 0; i < 5; i += 1) {
      const answer = 1 + ((i + week) % 5);
      submitCheckin(env, `p${i + 1}@example.org`, {
        mood: answer,
        coping: answer,
        supported: answer,
      });
    }
  }
  env.advanceBy(7 * DAY);
  submitCheckin(env, 'p6@example.org', { mood: 2, coping: 1, supported: 1 });
  env.advanceBy(DAY);
  return env;
}

/** The tab's mean mood, coping and support for a month, as the sheet holds them. */
function tabMeans(env: Environment, month: string): unknown[] {
  const row = sheetValues(env, WELLBEING).find((cells) => String(cells[0]) === month);
  if (row === undefined) throw new Error(`no row for ${month} in ${WELLBEING}`);
  return row.slice(3, 6);
}

/** The report's wellbeing table row for a month, as text cells. */
function reportMeans(html: string, month: string): string[] {
  const table = html.slice(html.lastIndexOf('Group means per month'));
  const rows = [...table.slice(0, table.indexOf('</table>')).matchAll(/<tr>(.*?)<\/tr>/gs)];
  const row = rows
    .map((match) => [...match[1].matchAll(/<t[dh][^>]*>(.*?)<\/t[dh]>/gs)].map((cell) => cell[1]))
    .find((cells) => cells[0] === month);
  if (row === undefined) throw new Error(`no row for ${month} in the report's wellbeing table`);
  return row.slice(3, 6);
}

describe('figures published together', () => {
  it('a report ending inside a month and the whole-month tab do not give one member back', () => {
    const alone = season();
    expect(alone.executions.filter((run) => !run.ok)).toEqual([]);
    // Only the tabs: February (six members) and January are shown.
    expect(tabMeans(alone, '2026-02').every((cell) => typeof cell === 'number')).toBe(true);

    const env = season();
    env.openSpreadsheet();
    env.sheets.ui.queuePromptResponse('2026-01-01 to 2026-02-20', 'OK');
    expect(env.clickMenu('Generate report').ok).toBe(true);
    const html = env.sheets.ui.dialogs.at(-1)!.html;
    // In the report, February 1-20 has five members, one fewer than the tab's February.
    expect(reportMeans(html, '2026-02').every((cell) => cell.startsWith('suppressed'))).toBe(true);
    expect(reportMeans(html, '2026-01').every((cell) => /^\d/.test(cell))).toBe(true);

    expect(env.clickMenu('Refresh outcomes').ok).toBe(true);
    expect(tabMeans(env, '2026-02').every((cell) => typeof cell === 'string')).toBe(true);
    expect(tabMeans(env, '2026-01').every((cell) => typeof cell === 'number')).toBe(true);
  });
});
