/**
 * The cell horizon with archiving, measured: builds a group's fixture (as the benchmark does),
 * counts the grid cells of every tab, runs Archive old check-ins through the menu (keeping
 * `keepYears` years), counts again, and works out the cells a week of history adds once the
 * group archives every year: what stays in Check-ins (`keepYears` years of rows) is then a fixed
 * cost, and the archive grows by its measured cells per archived check-in. Tabs the fixture does
 * not fill (Settings, the outcome tabs, ...) and Members are fixed costs.
 *
 * `npm run bench` prints it for the longest case of each group size; on its own:
 *   npx tsx bench/archive-horizon.ts 300x10,1000x10 [keep years]
 */
import { Environment } from '../emulator/environment';
import { compiledBundle } from '../test/integration/harness';
import { SHEETS_CELL_LIMIT } from './cells';
import { buildGroup, GroupSize } from './fixtures/group';
import { buildProject, layOut, readHeaders, setUpEmptyProject } from './fixtures/project';
import { FIXTURE_TABS } from './fixtures/tab-rows';
import { measure } from './measure/measure';
import { OPERATIONS } from './measure/operations';
import { formatTable } from './table';

const WEEKS_PER_YEAR = 365.25 / 7;
export const DEFAULT_KEEP_YEARS = 3;

export interface ArchiveHorizon {
  members: number;
  weeks: number;
  keepYears: number;
  checkinsMoved: number;
  gridCellsBefore: number;
  gridCellsAfter: number;
  archiveCells: number;
  cellsPerWeekBefore: number;
  cellsPerWeekArchiving: number;
  yearsToLimitBefore: number;
  yearsToLimitArchiving: number;
  /** The measured day's daily run on the archived group (compare with the tables above). */
  dailyRunAfter: { ok: boolean; dataCalls: string; computeMs: number; heapIncreaseMB: number };
}

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

function dataRows(env: Environment, tab: string): number {
  return env.meter.internal(() => (env.spreadsheet.getSheetByName(tab)?.getLastRow() ?? 1) - 1);
}

export function measureArchiveHorizon(
  code: string,
  size: GroupSize,
  keepYears = DEFAULT_KEEP_YEARS,
): ArchiveHorizon {
  const env = buildProject(code, layOut(buildGroup(size), readHeaders(setUpEmptyProject(code))));
  env.openSpreadsheet();
  const before = gridCells(env);
  const checkinsBefore = dataRows(env, 'Check-ins');
  env.sheets.ui.queuePromptResponse(String(keepYears), 'OK');
  env.sheets.ui.queueAlertResponse('YES');
  const run = env.clickMenu('Archive old check-ins');
  if (!run.ok) throw run.error;
  const after = gridCells(env);
  const moved = checkinsBefore - dataRows(env, 'Check-ins');
  if (moved <= 0) throw new Error(`Archiving moved nothing for ${size.members}x${size.weeks}`);
  const archiveCells = after['Check-in archive'] ?? 0;
  const growing = FIXTURE_TABS.filter((tab) => tab !== 'Members' && tab !== 'Check-ins');
  const growingCells = growing.reduce((sum, tab) => sum + (before[tab] ?? 0), 0);
  const fixed = total(before) - before['Check-ins'] - growingCells;
  const checkinsPerWeek = checkinsBefore / size.weeks;
  const otherPerWeek = growingCells / size.weeks;
  const cellsPerWeekBefore = otherPerWeek + before['Check-ins'] / size.weeks;
  const cellsPerWeekArchiving = otherPerWeek + checkinsPerWeek * (archiveCells / moved);
  const dailyRun = OPERATIONS.find((operation) => operation.id === 'dailyRun');
  if (!dailyRun) throw new Error('no daily run operation');
  const run2 = measure(env, dailyRun);
  const dailyRunAfter = {
    ok: run2.ok,
    dataCalls: `${run2.dataCalls.reads}/${run2.dataCalls.writes}`,
    computeMs: run2.computeMs,
    heapIncreaseMB: run2.heapIncreaseBytes / 1e6,
  };
  return {
    dailyRunAfter,
    members: size.members,
    weeks: size.weeks,
    keepYears,
    checkinsMoved: moved,
    gridCellsBefore: total(before),
    gridCellsAfter: total(after),
    archiveCells,
    cellsPerWeekBefore,
    cellsPerWeekArchiving,
    yearsToLimitBefore: (SHEETS_CELL_LIMIT - fixed) / cellsPerWeekBefore / WEEKS_PER_YEAR,
    yearsToLimitArchiving:
      (SHEETS_CELL_LIMIT - fixed - after['Check-ins']) / cellsPerWeekArchiving / WEEKS_PER_YEAR,
  };
}

const grouped = (value: number) => Math.round(value).toLocaleString('en-GB');

export function archiveHorizonText(horizons: readonly ArchiveHorizon[]): string {
  return formatTable(
    [
      { title: 'members' },
      { title: 'from years' },
      { title: 'keep years' },
      { title: 'moved' },
      { title: 'grid cells before' },
      { title: 'after' },
      { title: 'archive cells' },
      { title: 'cells/week' },
      { title: 'archiving yearly' },
      { title: 'years to 10M' },
      { title: 'archiving yearly' },
      { title: 'daily run after: data r/w' },
      { title: 'Node ms' },
      { title: 'heap +MB' },
    ],
    horizons.map((h) => [
      String(h.members),
      (h.weeks / 52).toFixed(0),
      String(h.keepYears),
      grouped(h.checkinsMoved),
      grouped(h.gridCellsBefore),
      grouped(h.gridCellsAfter),
      grouped(h.archiveCells),
      grouped(h.cellsPerWeekBefore),
      grouped(h.cellsPerWeekArchiving),
      h.yearsToLimitBefore.toFixed(1),
      h.yearsToLimitArchiving.toFixed(1),
      h.dailyRunAfter.ok ? h.dailyRunAfter.dataCalls : 'FAILED',
      h.dailyRunAfter.computeMs.toFixed(0),
      h.dailyRunAfter.heapIncreaseMB.toFixed(1),
    ]),
  );
}

if (require.main === module) {
  const [casesArg = '300x10', keepArg = String(DEFAULT_KEEP_YEARS)] = process.argv.slice(2);
  const code = compiledBundle();
  const horizons = casesArg.split(',').map((spec) => {
    const [members, years] = spec.split('x').map(Number);
    return measureArchiveHorizon(code, { members, weeks: years * 52 }, Number(keepArg));
  });
  console.log(archiveHorizonText(horizons));
}
