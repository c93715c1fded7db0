/**
 * When a group reaches the Sheets limit of 10 million cells. From the longest fixture of each
 * group size: rows each tab gains per week of history (its rows / weeks), times its columns,
 * gives the cells used per week; Members is a fixed cost. Two counts:
 * - used: the columns with a header (what the data needs);
 * - grid: the columns of the tab's grid, which is what Sheets counts, empty or not (a tab Sheets
 *   inserts has 26 columns; Set up now deletes the empty ones, bringing the grid down to "used"),
 *   plus the grids of the tabs no fixture fills (Settings, Instrument wording, Messages, ...),
 *   as Set up leaves them.
 * https://support.google.com/drive/answer/37603 (10 million cells per spreadsheet)
 */
import { TAB } from '../src/domain/sheet/tabs';
import { FIXTURE_TABS, FixtureTab } from './fixtures/tab-rows';
import { CaseResult } from './run-case';

export const SHEETS_CELL_LIMIT = 10_000_000;
const WEEKS_PER_YEAR = 365.25 / 7;

export interface TabGrowth {
  rowsPerWeek: number;
  usedColumns: number;
  gridColumns: number;
  usedCellsPerWeek: number;
}

export interface CellProjection {
  members: number;
  basedOnWeeks: number;
  usedCellsNow: number;
  usedCellsPerWeek: number;
  usedCellsPerMemberPerWeek: number;
  gridCellsPerWeek: number;
  byTab: Record<string, TabGrowth>;
  /** Years of history at which the spreadsheet reaches 10 million cells. */
  yearsToLimitUsed: number;
  yearsToLimitGrid: number;
}

const growing = (tab: FixtureTab) => tab !== TAB.members;

export function projectCells(cases: readonly CaseResult[]): CellProjection[] {
  const longest = new Map<number, CaseResult>();
  for (const result of cases) {
    const known = longest.get(result.members);
    if (!known || result.weeks > known.weeks) longest.set(result.members, result);
  }
  return [...longest.values()]
    .sort((a, b) => a.members - b.members)
    .map((result) => {
      const byTab: Record<string, TabGrowth> = {};
      let usedPerWeek = 0;
      let gridPerWeek = 0;
      let usedNow = 0;
      for (const tab of FIXTURE_TABS) {
        usedNow += result.rows[tab] * result.usedColumns[tab];
        if (!growing(tab)) continue;
        const rowsPerWeek = result.rows[tab] / result.weeks;
        const growth: TabGrowth = {
          rowsPerWeek,
          usedColumns: result.usedColumns[tab],
          gridColumns: result.gridColumns[tab],
          usedCellsPerWeek: rowsPerWeek * result.usedColumns[tab],
        };
        byTab[tab] = growth;
        usedPerWeek += growth.usedCellsPerWeek;
        gridPerWeek += rowsPerWeek * growth.gridColumns;
      }
      const membersUsed = result.rows[TAB.members] * result.usedColumns[TAB.members];
      const membersGrid = result.rows[TAB.members] * result.gridColumns[TAB.members];
      return {
        members: result.members,
        basedOnWeeks: result.weeks,
        usedCellsNow: usedNow,
        usedCellsPerWeek: usedPerWeek,
        usedCellsPerMemberPerWeek: usedPerWeek / result.members,
        gridCellsPerWeek: gridPerWeek,
        byTab,
        yearsToLimitUsed: (SHEETS_CELL_LIMIT - membersUsed) / (usedPerWeek * WEEKS_PER_YEAR),
        yearsToLimitGrid:
          (SHEETS_CELL_LIMIT - membersGrid - result.otherTabsGridCells) /
          (gridPerWeek * WEEKS_PER_YEAR),
      };
    });
}
