/**
 * Removal leaves no copy behind (issue 13, item 7): a response sent from an address the member
 * used before (a typo a facilitator fixed in Review) goes from Google Forms' own store too, and
 * saved reports whose period included the member are deleted, with a message that says which
 * and warns about copies already shared.
 */
import { Environment } from '../../emulator/environment';
import { compiledBundle, newProject, setting, setUpProject, sheetValues } from './harness';
import { addMembers, submitCheckin } from './members';

const DAY = 24 * 60 * 60 * 1000;

function fixReviewEmail(env: Environment, email: string): void {
  env.meter.internal(() => {
    const sheet = env.spreadsheet.getSheetByName('Review')!;
    const headers = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0];
    sheet.getRange(2, headers.indexOf('Email Address') + 1).setValue(email);
    sheet.getRange(2, headers.indexOf('Action') + 1).setValue('re-process');
  });
  env.openSpreadsheet();
  expect(env.clickMenu('Re-process reviewed rows').ok).toBe(true);
  expect(sheetValues(env, 'Review')).toHaveLength(1);
}

function respondents(env: Environment): string[] {
  return env.forms
    .all()
    .flatMap((form) =>
      env.meter.internal(() =>
        form.getResponses().map((response) => response.getRespondentEmail().toLowerCase()),
      ),
    )
    .sort();
}

function generateReport(env: Environment, period: string): void {
  env.openSpreadsheet();
  env.sheets.ui.queuePromptResponse(period, 'OK');
  expect(env.clickMenu('Generate report').ok).toBe(true);
}

function removeAnn(env: Environment): string {
  env.openSpreadsheet();
  env.sheets.ui.queuePromptResponse('ann@example.org', 'OK');
  env.sheets.ui.queueAlertResponse('YES');
  expect(env.clickMenu("Remove a member's data").ok).toBe(true);
  return env.sheets.ui.toasts.at(-1)?.message ?? '';
}

describe("Remove a member's data leaves no copy", () => {
  let env: Environment;
  beforeEach(() => {
    // Wednesday 7 January 2026.
    env = newProject({ start: Date.UTC(2026, 0, 7, 9, 0, 0) });
    setUpProject(env);
    addMembers(env, [
      { name: 'Ann Example', email: 'ann@example.org', joined: '2026-02-02' },
      { name: 'Bo', email: 'bo@example.org', joined: '2025-06-01' },
    ]);
    env.advanceBy(40 * DAY);
  });

  it('deletes the form copy of a response sent from a mistyped address fixed in Review', () => {
    submitCheckin(env, 'ann.typo@example.org');
    fixReviewEmail(env, 'ann@example.org');
    env.advanceBy(DAY);
    submitCheckin(env, 'ann@example.org');
    submitCheckin(env, 'bo@example.org');
    expect(respondents(env)).toEqual(['ann.typo@example.org', 'ann@example.org', 'bo@example.org']);

    removeAnn(env);
    expect(respondents(env)).toEqual(['bo@example.org']);
    const checkins = sheetValues(env, 'Check-ins').flat().map(String).join('\n');
    expect(checkins).not.toMatch(/ann/i);
    expect(checkins).toMatch(/bo@example.org/);
  });

  it('trashes the saved reports whose period included the member, through the advanced Drive service', () => {
    submitCheckin(env, 'ann@example.org');
    generateReport(env, '2025-12-01 to 2026-01-31');
    generateReport(env, '2026-01-01 to 2026-02-28');
    const [before, covering] = env.drive.files();
    expect(String(setting(env, 'Last report'))).toContain(covering.id);

    const message = removeAnn(env);
    expect(env.drive.files().map((file) => [file.id, file.trashed])).toEqual([
      [before.id, false],
      [covering.id, true],
    ]);
    expect(message).toMatch(
      /Deleted 1 saved report whose period included them \(2026-01-01 to 2026-02-28\)/,
    );
    expect(message).toMatch(/cannot be recalled/);
    expect(setting(env, 'Last report')).toBe('');
    // drive.file reaches the script's own files only through Drive v3, never DriveApp.
    expect(env.meter.snapshot()['DriveApp.DriveApp.getFileById']).toBeUndefined();
    // Bo's removal trashes the earlier report (Bo was a member then); the one already deleted
    // was forgotten and is not touched again (two updates in all, not three).
    env.sheets.ui.queuePromptResponse('bo@example.org', 'OK');
    env.sheets.ui.queueAlertResponse('YES');
    env.clickMenu("Remove a member's data");
    expect(env.drive.files().map((file) => file.trashed)).toEqual([true, true]);
    expect(env.meter.snapshot()['Drive.Drive.Files.update']).toBe(2);
  });

  it('asks the facilitator to delete them where the advanced Drive service was switched off', () => {
    submitCheckin(env, 'ann@example.org');
    generateReport(env, '2025-12-01 to 2026-01-31');
    generateReport(env, '2026-01-01 to 2026-02-28');
    const [before, covering] = env.drive.files();
    // The organiser later removed the Drive service from the project: the script loads without it.
    const globals = env.globals.bind(env);
    env.globals = () => {
      const all: Record<string, unknown> = { ...globals() };
      delete all.Drive;
      return all;
    };
    env.load(compiledBundle());

    removeAnn(env);
    const alerted = env.sheets.ui.alerts.at(-1)!.prompt;
    expect(alerted).toMatch(/Delete this saved report from Drive now/);
    expect(alerted).toContain('2026-01-01 to 2026-02-28');
    expect(alerted).toContain(covering.id);
    expect(alerted).not.toContain(before.id);
    expect(alerted).toMatch(/cannot be recalled/);
    expect(env.drive.files().map((file) => file.trashed)).toEqual([false, false]);
    expect(setting(env, 'Last report')).toBe('');
  });
});
