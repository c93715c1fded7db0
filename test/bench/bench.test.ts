/**
 * Smoke test of the benchmark (npm run bench is not part of npm test): the measurement code
 * runs on a tiny group, produces every figure results.json carries, and a form submission
 * costs the same calls for two history sizes.
 */
import { compiledBundle } from '../integration/harness';
import { floorFor } from '../../bench/floors';
import { NOT_AVAILABLE } from '../../bench/measure/operations';
import { assembleResults } from '../../bench/results';
import { CaseResult, runCase } from '../../bench/run-case';
import { logLogSlope } from '../../bench/scaling';

describe('benchmark smoke test', () => {
  let short: CaseResult;
  let long: CaseResult;
  beforeAll(() => {
    const code = compiledBundle();
    short = runCase(code, { members: 10, weeks: 8 }, 1);
    long = runCase(code, { members: 10, weeks: 16 }, 2);
  });

  it('measures the daily run and a form submission on a tiny group, and the report if the build has it', () => {
    for (const result of [short, long]) {
      const { dailyRun, formSubmission, report } = result.operations;
      expect([dailyRun.status, dailyRun.reason]).toEqual(['measured', null]);
      expect([formSubmission.status, formSubmission.reason]).toEqual(['measured', null]);
      if (report.status !== 'measured') expect(report.reason).toBe(NOT_AVAILABLE);
      expect(dailyRun.computeMs.median).toBeGreaterThan(0);
      expect(dailyRun.serviceMs).toBeGreaterThan(0);
      expect(dailyRun.estimate.appsScriptMs).toBeCloseTo(
        dailyRun.serviceMs + dailyRun.computeMs.median,
      );
      expect(dailyRun.heapIncreaseMB).toBeGreaterThanOrEqual(0);
    }
    expect(long.operations.dailyRun.computeMs.runs).toHaveLength(2);
    expect(long.rows['Check-ins']).toBeGreaterThan(short.rows['Check-ins']);
  });

  it('a form submission makes the same calls for 8 and 16 weeks of history, within its floor of 6 tabs', () => {
    const calls = (result: CaseResult) => result.operations.formSubmission.calls;
    expect(calls(long)).toEqual(calls(short));
    const submission = short.operations.formSubmission;
    // Measured three times on each project: every measurement made the same calls.
    expect(long.operations.formSubmission.repetitions).toBe(6);
    expect(long.operations.formSubmission.callsStable).toBe(true);
    expect(submission.floor.total).toBe(6);
    expect(submission.floor.lines.every((line) => line.touched)).toBe(true);
    expect(submission.dataCalls.writes).toBe(1);
  });

  it('attributes every data call the meter counted to a tab', () => {
    for (const result of [short, long]) {
      for (const summary of [result.operations.dailyRun, result.operations.formSubmission]) {
        const byTab = Object.values(summary.byTab);
        expect(byTab.reduce((sum, tab) => sum + tab.reads, 0)).toBe(summary.dataCalls.reads);
        expect(byTab.reduce((sum, tab) => sum + tab.writes, 0)).toBe(summary.dataCalls.writes);
      }
    }
    // The daily run on the measured Thursday starts a buddy cycle and extends the rotation.
    const daily = long.operations.dailyRun;
    expect(daily.byTab['Buddies']?.writes).toBeGreaterThan(0);
    expect(daily.byTab['Rotation']?.writes).toBeGreaterThan(0);
  });

  it('assembles results.json with checks, scaling and the 10-million-cell projection', () => {
    const results = JSON.parse(JSON.stringify(assembleResults([short, long], 1, 1)));
    expect(results.cases).toHaveLength(2);
    expect(results.checks.map((check: { name: string }) => check.name)).toHaveLength(6);
    expect(results.checks[0].holds).toBe(true);
    // The daily run stays within 1.5 x its floor of data calls (each tab read once between steps).
    expect(results.checks[1]).toMatchObject({ holds: true });
    // ... and at the floor: a step's write keeps the tab as written, so nothing is read twice.
    expect(results.checks[2]).toMatchObject({ holds: true });
    expect(results.checks[2].figure).not.toMatch(/read again/);
    // No 1,000-member group here, so the heap check cannot hold.
    expect(results.checks[3]).toMatchObject({ holds: false });
    expect(results.scaling.map((series: { operation: string }) => series.operation)).toEqual(
      expect.arrayContaining(['formSubmission', 'dailyRun']),
    );
    const [cells] = results.cells;
    expect(cells.members).toBe(10);
    expect(cells.basedOnWeeks).toBe(16);
    expect(cells.usedCellsPerWeek).toBeGreaterThan(0);
    expect(cells.yearsToLimitUsed).toBeGreaterThan(cells.yearsToLimitGrid);
    expect(results.latencyModel.length).toBeGreaterThan(0);
  });

  it('counts a tab the table does not list once in the floor, as observed', () => {
    const floor = floorFor('formSubmission', {
      Outcomes: { reads: 0, writes: 3, cellsRead: 0, cellsWritten: 30 },
      Settings: { reads: 2, writes: 0, cellsRead: 10, cellsWritten: 0 },
    });
    expect(floor.total).toBe(7);
    expect(floor.lines.filter((line) => line.source === 'observed')).toEqual([
      expect.objectContaining({ tab: 'Outcomes', access: 'write', calls: 1 }),
    ]);
  });

  it('fits the growth exponent of n log n a little above 1, and of n exactly 1', () => {
    const sizes = [1_000, 10_000, 100_000, 400_000];
    expect(logLogSlope(sizes.map((n) => [n, 3 * n] as const))).toBeCloseTo(1, 10);
    const nLogN = logLogSlope(sizes.map((n) => [n, n * Math.log2(n)] as const));
    expect(nLogN).toBeGreaterThan(1.05);
    expect(nLogN).toBeLessThan(1.15);
  });
});
