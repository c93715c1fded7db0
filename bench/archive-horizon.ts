/**
 * The cell horizon with archiving, measured: builds a group's fixture (as `bench/main.ts`
 * does), counts the grid cells of every tab, runs Archive old check-ins through the menu
 * (keeping `years` years), counts again, and works out the cells a week of history adds once
 * the group archives every year: what stays in Check-ins (`years` years of rows) is a fixed
 * cost, and the archive grows by its cells per archived check-in.
 *
 *   npx tsx bench/archive-horizon.ts 300x10,1000x10 [years]
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Environment } from '../emulator/environment';
import { SHEETS_CELL_LIMIT } from './cells';
import { buildGroup } from './fixtures/group';
import { buildProject, layOut, readHeaders, setUpEmptyProject } from './fixtures/project';
import { FIXTURE_TABS } from './fixtures/tab-rows';

const WEEKS_PER_YEAR = 365.25 / 7;
const code = readFileSync(path.resolve(__dirname, '../dist/Code.js'), 'utf8');

function gridCells(env: Environment): Record<string, number> {
  return env.meter.internal(() =>
    Object.fromEntries(
      env.spreadsheet
        .getSheets()
        .map((sheet) => [sheet.getName(), sheet.getMaxRows() * sheet.getMaxColumns()]),
    ),
  );
}
const total = (cells: Record<string, number>) => Object.values(cells).reduce((a, b) => a + b, 0);

const [casesArg = '300x10', yearsArg = '3'] = process.argv.slice(2);
console.log(
  'members  years  keep  cells before  cells after  archive cells  cells/week before  cells/week archiving  years to 10M before  years to 10M archiving',
);
for (const spec of casesArg.split(',')) {
  const [members, years] = spec.split('x').map(Number);
  const weeks = Math.round(years * 52);
  const env = buildProject(
    code,
    layOut(buildGroup({ members, weeks }), readHeaders(setUpEmptyProject(code))),
  );
  env.openSpreadsheet();
  const before = gridCells(env);
  const checkinsBefore = env.meter.internal(
    () => env.spreadsheet.getSheetByName('Check-ins')!.getLastRow() - 1,
  );
  env.sheets.ui.queuePromptResponse(yearsArg, 'OK');
  env.sheets.ui.queueAlertResponse('YES');
  const run = env.clickMenu('Archive old check-ins');
  if (!run.ok) throw run.error;
  const after = gridCells(env);
  const checkinsAfter = env.meter.internal(
    () => env.spreadsheet.getSheetByName('Check-ins')!.getLastRow() - 1,
  );
  const moved = checkinsBefore - checkinsAfter;
  const archiveCells = after['Check-in archive'] ?? 0;
  // Growth per week: every tab but Check-ins grows as before; Check-ins' share is replaced by
  // the archive's cells per check-in once the group archives (Check-ins stays at `keep` years).
  const checkinCellsPerRow = before['Check-ins'] / (checkinsBefore + 1);
  const checkinsPerWeek = checkinsBefore / weeks;
  // Tabs the history fills grow; every other tab (Members, Settings, outcome tabs) is fixed.
  const growing = FIXTURE_TABS.filter((tab) => tab !== 'Members' && tab !== 'Check-ins');
  const otherPerWeek = growing.reduce((sum, tab) => sum + before[tab], 0) / weeks;
  const fixed =
    total(before) - before['Check-ins'] - growing.reduce((sum, tab) => sum + before[tab], 0);
  const perWeekBefore = otherPerWeek + checkinsPerWeek * checkinCellsPerRow;
  const perWeekArchiving = otherPerWeek + checkinsPerWeek * (archiveCells / moved);
  const fixedArchiving = fixed + after['Check-ins'];
  const yearsBefore = (SHEETS_CELL_LIMIT - fixed) / perWeekBefore / WEEKS_PER_YEAR;
  const yearsArchiving = (SHEETS_CELL_LIMIT - fixedArchiving) / perWeekArchiving / WEEKS_PER_YEAR;
  console.log(
    [
      members,
      years,
      yearsArg,
      total(before),
      total(after),
      archiveCells,
      perWeekBefore.toFixed(0),
      perWeekArchiving.toFixed(0),
      yearsBefore.toFixed(1),
      yearsArchiving.toFixed(1),
    ].join('  '),
  );
}
