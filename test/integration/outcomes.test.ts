/**
 * Outcome tabs and the report on the compiled bundle: refreshed daily and from the menu, each
 * written in one batch with a stamp and charts, small groups suppressed, no individual exposed.
 */
import { Environment } from '../../emulator/environment';
import { newProject, setting, setUpProject, sheetNames, sheetValues, typeRows } from './harness';
import { addMembers, submitCheckin, submitSurvey } from './members';

const DAY = 24 * 60 * 60 * 1000;
const TABS = [
  'Outcomes: Participation',
  'Outcomes: Growth and stigma',
  'Outcomes: Wellbeing trend',
];
const SECRET = 'SECRET-COMMENT-5521';

function text(env: Environment, tab: string): string {
  return sheetValues(env, tab).flat().map(String).join('\n');
}

function groupOf(env: Environment, size: number): void {
  addMembers(
    env,
    Array.from({ length: size }, (_, i) => ({
      name: `Person ${i + 1}`,
      email: `p${i + 1}@example.org`,
      joined: '2025-12-01',
    })),
  );
}

/** Eight weeks: everyone checks in weekly; surveys at the start and after 12 weeks. */
function season(env: Environment, size: number): void {
  for (let i = 0; i < size; i += 1)
    submitSurvey(env, `p${i + 1}@example.org`, i % 2 === 0 ? 'Disagree' : 'Agree');
  for (let week = 0; week < 13; week += 1) {
    env.advanceBy(7 * DAY);
    for (let i = 0; i < size; i += 1)
      submitCheckin(env, `p${i + 1}@example.org`, {
        mood: 1 + ((i + week) % 5),
        comment: i === 0 ? SECRET : '',
      });
  }
  for (let i = 0; i < size; i += 1)
    submitSurvey(env, `p${i + 1}@example.org`, i % 3 === 0 ? 'Agree' : 'Strongly agree');
  typeRows(env, 'Activities', [
    ['2026-02-10', 'outreach', 'Talk at the library', 'City Library', 'M0001, M0002', 35],
  ]);
}

describe('outcome tabs and report', () => {
  it('the daily run writes the three tabs with a stamp, charts and figures for a group of 8', () => {
    const env = newProject({ start: Date.UTC(2026, 0, 5, 9, 0, 0) });
    setUpProject(env);
    groupOf(env, 8);
    season(env, 8);
    env.advanceBy(DAY);
    expect(env.executions.filter((run) => !run.ok)).toEqual([]);
    expect(sheetNames(env)).toEqual(expect.arrayContaining(TABS));
    for (const tab of TABS) {
      expect(text(env, tab)).toMatch(/Last refreshed: 2026-04-0\d \d\d:\d\d/);
      expect(text(env, tab)).not.toContain(SECRET);
      expect(text(env, tab)).not.toMatch(/p\d@example\.org|Person \d|M000\d/);
    }
    const growth = sheetValues(env, 'Outcomes: Growth and stigma');
    const rses = growth.find((row) => String(row[0]).startsWith('Rosenberg'));
    expect(rses).toBeDefined();
    expect(rses).toContain(8);
    env.meter.internal(() => {
      const charts = env.spreadsheet.getSheetByName('Outcomes: Participation')!.getCharts();
      expect(charts.length).toBeGreaterThan(0);
      // The monthly means, and the openness shares (issue 15 item 2).
      expect(env.spreadsheet.getSheetByName('Outcomes: Wellbeing trend')!.getCharts()).toHaveLength(
        2,
      );
      const values = env.spreadsheet
        .getSheetByName('Outcomes: Participation')!
        .getDataRange()
        .getFormulas()
        .flat();
      expect(values.filter((cell) => cell !== '')).toEqual([]);
      // Title and "Last refreshed" stay in view, and so do the row labels.
      for (const tab of TABS) {
        const sheet = env.spreadsheet.getSheetByName(tab)!;
        expect([tab, sheet.getFrozenRows(), sheet.getFrozenColumns()]).toEqual([tab, 2, 1]);
      }
    });
  });

  it('suppresses every member-derived figure for a group smaller than the minimum', () => {
    const env = newProject({ start: Date.UTC(2026, 0, 5, 9, 0, 0) });
    setUpProject(env);
    groupOf(env, 4);
    season(env, 4);
    env.openSpreadsheet();
    expect(env.clickMenu('Refresh outcomes').ok).toBe(true);
    const growth = text(env, 'Outcomes: Growth and stigma');
    expect(growth).toContain('suppressed (fewer than 5)');
    const wellbeing = sheetValues(env, 'Outcomes: Wellbeing trend');
    const monthRows = wellbeing.filter((row) => /^\d{4}-\d{2}$/.test(String(row[0])));
    expect(monthRows.length).toBeGreaterThan(0);
    for (const row of monthRows)
      expect(row.slice(1).every((cell) => typeof cell !== 'number')).toBe(true);
  });

  it('Generate report asks for a period, shows the report, saves a PDF in Drive and records its link', () => {
    const env = newProject({ start: Date.UTC(2026, 0, 5, 9, 0, 0) });
    setUpProject(env);
    groupOf(env, 6);
    season(env, 6);
    env.openSpreadsheet();
    env.sheets.ui.queuePromptResponse('2026-01-01 to 2026-04-30', 'OK');
    const run = env.clickMenu('Generate report');
    expect(run.ok).toBe(true);
    const dialog = env.sheets.ui.dialogs.at(-1)!;
    expect(dialog.title).toBe('Report 2026-01-01 to 2026-04-30');
    expect(dialog.html).toContain('<svg');
    expect(dialog.html).not.toContain('<script');
    expect(dialog.html).not.toContain(SECRET);
    const files = env.drive.files();
    expect(files).toHaveLength(1);
    expect(files[0].name).toBe('Our peer support group report 2026-01-01 to 2026-04-30.pdf');
    expect(files[0].mimeType).toBe('application/pdf');
    // The file is private to the organiser until they choose to share it.
    expect(files[0].access).toBe('PRIVATE');
    // Saved with Drive v3 under drive.file; the PDF's charts are tables of their figures, since
    // Google's HTML-to-PDF conversion is not documented to draw inline SVG.
    const saved = env.drive.textOf(files[0].id);
    expect(saved).not.toMatch(/<svg|<img/);
    expect(saved).toContain('class="chart-data"');
    expect(files[0].convertedFrom).toBe('text/html');
    expect(env.meter.snapshot()['Drive.Drive.Files.create']).toBe(1);
    expect(env.meter.snapshot()['DriveApp.DriveApp.createFile']).toBeUndefined();
    const url = env.meter.internal(() => env.drive.global.getFileById(files[0].id).getUrl());
    expect(setting(env, 'Last report')).toBe(url);
  });

  it('an unreadable period gets a clear message and nothing is saved', () => {
    const env = newProject({ start: Date.UTC(2026, 0, 5, 9, 0, 0) });
    setUpProject(env);
    env.sheets.ui.queuePromptResponse('since spring', 'OK');
    env.clickMenu('Generate report');
    expect(
      env.sheets.ui.alerts.at(-1)?.prompt ?? JSON.stringify(env.sheets.ui.alerts.at(-1)),
    ).toMatch(/"since spring" is not a period/);
    expect(env.drive.files()).toHaveLength(0);
  });
});
