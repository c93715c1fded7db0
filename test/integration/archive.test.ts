/**
 * Archive old check-ins (issue 18 item 4), on the compiled bundle: on a generated group with
 * three years of history, every outcome tab and the report for a period before the boundary
 * and one crossing it are identical before and after the move; running it again moves nothing;
 * a removed member's archived check-ins go too.
 */
import type { Environment } from '../../emulator/environment';
import { AFTER_DAILY_RUN_MS } from '../../bench/fixtures/calendar';
import { archive, generatedGroup, outcomeCells } from './archive-fixture';
import { sheetValues } from './harness';

const ARCHIVE = 'Check-in archive';
const BEFORE = '2023-03-01 to 2023-12-31';
const CROSSING = '2024-06-15 to 2025-02-20';

function report(env: Environment, period: string): string {
  env.sheets.ui.queuePromptResponse(period, 'OK');
  const run = env.clickMenu('Generate report');
  if (!run.ok) throw run.error;
  // The report itself, without the link to its saved copy (a new Drive file each time).
  return env.sheets.ui.dialogs.at(-1)!.html.replace(/<a href="https:\/\/drive[^"]*"/g, '<a');
}

const rowsOf = (env: Environment, tab: string) => sheetValues(env, tab).length - 1;

describe('Archive old check-ins', () => {
  it('moves old check-ins and leaves every outcome tab and report identical', () => {
    const env = generatedGroup();
    // Each report twice, so that the second of each sees both saved periods, as it will after.
    report(env, BEFORE);
    report(env, CROSSING);
    const beforeReport = report(env, BEFORE);
    const crossingReport = report(env, CROSSING);
    expect(env.clickMenu('Refresh outcomes').ok).toBe(true);
    const tabs = outcomeCells(env);
    expect(Object.keys(tabs).length).toBeGreaterThanOrEqual(3);
    const checkinsBefore = rowsOf(env, 'Check-ins');

    const message = archive(env, '1');
    const moved = checkinsBefore - rowsOf(env, 'Check-ins');
    // About two of the three years moved (sessions before 2025-01-01).
    expect(moved).toBeGreaterThan(checkinsBefore / 2);
    expect(message).toContain(String(moved));
    const archiveRows = sheetValues(env, ARCHIVE).slice(1);
    expect(archiveRows.reduce((sum, row) => sum + Number(row[2]), 0)).toBe(moved);
    // Far fewer cells: a few chunk rows of five columns against 14 columns a check-in.
    expect(archiveRows.length * 5).toBeLessThan(moved);
    // No email or timestamp of a check-in is kept.
    expect(JSON.stringify(archiveRows)).not.toMatch(/@/);
    const remaining = sheetValues(env, 'Check-ins').slice(1);
    const sessionAt = sheetValues(env, 'Check-ins')[0].indexOf('Session date');
    const statusAt = sheetValues(env, 'Check-ins')[0].indexOf('Processing');
    const oldAccepted = remaining.filter(
      (row) => row[statusAt] === 'ok' && (row[sessionAt] as Date) < new Date('2024-12-31'),
    );
    expect(oldAccepted).toEqual([]);

    expect(outcomeCells(env)).toEqual(tabs);
    expect(env.clickMenu('Refresh outcomes').ok).toBe(true);
    expect(outcomeCells(env)).toEqual(tabs);
    expect(report(env, BEFORE)).toEqual(beforeReport);
    expect(report(env, CROSSING)).toEqual(crossingReport);

    // Set up or repair leaves the archive alone, and the figures with it.
    expect(env.clickMenu('Set up or repair').ok).toBe(true);
    expect(env.clickMenu('Refresh outcomes').ok).toBe(true);
    expect(outcomeCells(env)).toEqual(tabs);

    // Idempotent: a second run moves nothing and changes nothing.
    const archiveCells = sheetValues(env, ARCHIVE);
    archive(env, '1');
    expect(sheetValues(env, ARCHIVE)).toEqual(archiveCells);
    expect(rowsOf(env, 'Check-ins')).toBe(checkinsBefore - moved);
  });

  it('the next daily run (reminders, rotation, buddies, outcomes) is the same with or without it', () => {
    const kept = generatedGroup();
    const archived = generatedGroup();
    archive(archived, '1');
    const tabs = ['Sent', 'Rotation', 'Buddies', 'Sessions', 'Members'];
    const after = (env: Environment) => {
      const runs = env.advanceTo(AFTER_DAILY_RUN_MS).filter((run) => run.handler === 'dailyRun');
      expect(runs.map((run) => run.ok)).toEqual([true]);
      return {
        // Sent at: the virtual clock, which charges the archived run's extra tab lookup.
        ...Object.fromEntries(
          tabs.map((tab) => [
            tab,
            sheetValues(env, tab).map((row) => (tab === 'Sent' ? row.slice(0, 5) : row)),
          ]),
        ),
        ...outcomeCells(env),
        mail: env.mail.outbox().map((m) => [m.to, m.subject, m.body]),
      };
    };
    // As text: the two projects' dates come from two emulated runtimes.
    const [one, other] = [after(archived), after(kept)] as Array<Record<string, unknown[]>>;
    const differing = Object.keys(other).flatMap((key) => {
      const rows = (other[key] ?? []).flatMap((row, index) =>
        JSON.stringify(row) === JSON.stringify(one[key]?.[index])
          ? []
          : [[index, row, one[key]?.[index]]],
      );
      return rows.length === 0 && one[key]?.length === other[key].length
        ? []
        : [[key, rows.slice(0, 3)]];
    });
    expect(JSON.stringify(differing)).toEqual('[]');
  });

  it('removing a member removes their archived check-ins too', () => {
    const env = generatedGroup(12, 104);
    archive(env, '1');
    const member = 'M0003';
    const records = () =>
      sheetValues(env, ARCHIVE)
        .slice(1)
        .map((row) => String(row[4]));
    expect(records().join()).toContain(`"${member}"`);
    env.sheets.ui.queuePromptResponse(member, 'OK');
    env.sheets.ui.queueAlertResponse('YES');
    expect(env.clickMenu("Remove a member's data").ok).toBe(true);
    expect(records().join()).not.toContain(`"${member}"`);
    expect(records().join()).toContain('"M0004"');
  });
});
