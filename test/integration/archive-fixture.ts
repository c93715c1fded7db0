/**
 * A generated group for the archiving tests (the benchmark's seeded fixture, small), the outcome
 * tabs' cells, and the menu action driven with its answers.
 */
import type { Environment } from '../../emulator/environment';
import { buildGroup } from '../../bench/fixtures/group';
import { buildProject, layOut, readHeaders, setUpEmptyProject } from '../../bench/fixtures/project';
import { compiledBundle, sheetValues } from './harness';

export function generatedGroup(members = 24, weeks = 156): Environment {
  const code = compiledBundle();
  const group = buildGroup({ members, weeks });
  const env = buildProject(code, layOut(group, readHeaders(setUpEmptyProject(code))));
  env.openSpreadsheet();
  return env;
}

/** Every outcome tab's cells but the "Last refreshed" stamp. */
export function outcomeCells(env: Environment): Record<string, unknown[][]> {
  const tabs = env.meter.internal(() =>
    env.spreadsheet
      .getSheets()
      .map((sheet) => sheet.getName())
      .filter((name) => name.startsWith('Outcomes')),
  );
  return Object.fromEntries(
    tabs.map((tab) => [
      tab,
      sheetValues(env, tab).filter((row) => !String(row[0]).startsWith('Last refreshed')),
    ]),
  );
}

export function archive(env: Environment, years: string): string {
  env.sheets.ui.queuePromptResponse(years, 'OK');
  env.sheets.ui.queueAlertResponse('YES');
  const run = env.clickMenu('Archive old check-ins');
  if (!run.ok) throw run.error;
  return String(env.sheets.ui.alerts.at(-1)?.prompt ?? '');
}
