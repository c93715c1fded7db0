/**
 * Measures every operation for one group size: the group's history is built once (`prepareCase`);
 * each repetition builds a fresh project in that state (so every daily run does the same work)
 * and measures the daily run, a form submission and the report on it, in that order.
 */
import { Environment } from '../emulator/environment';
import { buildGroup, GroupSize } from './fixtures/group';
import {
  buildProject,
  LaidOutGroup,
  layOut,
  readHeaders,
  setUpEmptyProject,
} from './fixtures/project';
import { FIXTURE_TABS, FixtureTab } from './fixtures/tab-rows';
import { collectGarbage } from './measure/heap';
import { measure, Measurement } from './measure/measure';
import { OPERATIONS, OperationId } from './measure/operations';
import { OperationSummary, spread, summarise } from './summary';

export interface CaseResult {
  members: number;
  weeks: number;
  years: number;
  /** Projects built and measured (repeatable operations were measured several times on each). */
  repetitions: number;
  /** Data rows per tab, below the header. */
  rows: Record<FixtureTab, number>;
  totalRows: number;
  /** Header columns per tab, and the columns of the tab's grid (what Sheets counts). */
  usedColumns: Record<FixtureTab, number>;
  gridColumns: Record<FixtureTab, number>;
  /** Cells of the grids of every other tab, as Set up leaves them (a fixed cost). */
  otherTabsGridCells: number;
  fixtureMs: { group: number; layout: number; projectMedian: number };
  operations: Record<OperationId, OperationSummary>;
}

/** What the results need to know of a group once its rows are gone. */
export interface CaseShape {
  size: GroupSize;
  rows: Record<FixtureTab, number>;
  usedColumns: Record<FixtureTab, number>;
  gridColumns: Record<FixtureTab, number>;
  otherTabsGridCells: number;
  groupMs: number;
  layoutMs: number;
}

export interface PreparedCase {
  shape: CaseShape;
  laidOut: LaidOutGroup;
}

export interface Repetition {
  projectMs: number;
  /** Wall time of the whole repetition, fixture included. */
  elapsedMs: number;
  measurements: Partial<Record<OperationId, Measurement[]>>;
  unavailable: Partial<Record<OperationId, string>>;
}

function gridColumnsOf(env: Environment): Record<FixtureTab, number> {
  return env.meter.internal(() => {
    const columns = {} as Record<FixtureTab, number>;
    for (const tab of FIXTURE_TABS)
      columns[tab] = env.spreadsheet.getSheetByName(tab)?.getMaxColumns() ?? 0;
    return columns;
  });
}

function otherTabsGridCellsOf(env: Environment): number {
  const fixtureTabs = new Set<string>(FIXTURE_TABS);
  return env.meter.internal(() =>
    env.spreadsheet
      .getSheets()
      .filter((sheet) => !fixtureTabs.has(sheet.getName()))
      .reduce((sum, sheet) => sum + sheet.getMaxRows() * sheet.getMaxColumns(), 0),
  );
}

export function prepareCase(code: string, size: GroupSize): PreparedCase {
  let started = performance.now();
  const group = buildGroup(size);
  const groupMs = performance.now() - started;
  started = performance.now();
  const firstProject = setUpEmptyProject(code);
  const laidOut = layOut(group, readHeaders(firstProject));
  const rows = {} as Record<FixtureTab, number>;
  const usedColumns = {} as Record<FixtureTab, number>;
  for (const tab of FIXTURE_TABS) {
    rows[tab] = laidOut.rows[tab].length;
    usedColumns[tab] = laidOut.headers[tab].length;
  }
  return {
    laidOut,
    shape: {
      size,
      rows,
      usedColumns,
      gridColumns: gridColumnsOf(firstProject),
      otherTabsGridCells: otherTabsGridCellsOf(firstProject),
      groupMs,
      layoutMs: performance.now() - started,
    },
  };
}

/** Measurements of a repeatable operation on each project. */
export const REPEATS_ON_ONE_PROJECT = 3;

/** `log` hears one line per measurement (the CLI prints them; tests pass nothing). */
export function measureRepetition(
  code: string,
  prepared: PreparedCase,
  log: (line: string) => void = () => undefined,
): Repetition {
  collectGarbage();
  const started = performance.now();
  const env = buildProject(code, prepared.laidOut);
  const projectMs = performance.now() - started;
  const repetition: Repetition = { projectMs, elapsedMs: 0, measurements: {}, unavailable: {} };
  for (const operation of OPERATIONS) {
    const reason = operation.unavailable(env);
    if (reason !== null) {
      repetition.unavailable[operation.id] = reason;
      continue;
    }
    const measurements: Measurement[] = [];
    for (let n = 0; n < (operation.repeatable ? REPEATS_ON_ONE_PROJECT : 1); n += 1) {
      const measurement = measure(env, operation);
      measurements.push(measurement);
      log(
        `  ${operation.id}: ${measurement.ok ? 'ok' : `FAILED ${measurement.error}`}, ` +
          `${measurement.computeMs.toFixed(0)} ms Node, ${(measurement.serviceMs / 1000).toFixed(1)} s modelled`,
      );
    }
    repetition.measurements[operation.id] = measurements;
  }
  repetition.elapsedMs = performance.now() - started;
  return repetition;
}

export function caseResult(shape: CaseShape, repetitions: readonly Repetition[]): CaseResult {
  const { size, rows } = shape;
  const operations = {} as Record<OperationId, OperationSummary>;
  for (const operation of OPERATIONS) {
    const runs = repetitions.flatMap((repetition) => repetition.measurements[operation.id] ?? []);
    const unavailable = repetitions.find((r) => r.unavailable[operation.id] !== undefined);
    operations[operation.id] = summarise(
      operation.id,
      runs,
      unavailable?.unavailable[operation.id] ?? null,
    );
  }
  return {
    members: size.members,
    weeks: size.weeks,
    years: size.weeks / 52,
    repetitions: repetitions.length,
    rows,
    totalRows: Object.values(rows).reduce((sum, n) => sum + n, 0),
    usedColumns: shape.usedColumns,
    gridColumns: shape.gridColumns,
    otherTabsGridCells: shape.otherTabsGridCells,
    fixtureMs: {
      group: shape.groupMs,
      layout: shape.layoutMs,
      projectMedian: spread(repetitions.map((r) => r.projectMs)).median,
    },
    operations,
  };
}

/** One group, `repetitions` times. */
export function runCase(code: string, size: GroupSize, repetitions: number): CaseResult {
  const prepared = prepareCase(code, size);
  const runs = Array.from({ length: repetitions }, () => measureRepetition(code, prepared));
  return caseResult(prepared.shape, runs);
}
