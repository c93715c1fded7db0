/**
 * The issue's "done when" figures, computed from the results: each with the figure, whether it
 * holds, and, where it does not, what the figures say dominates.
 */
import { OperationSummary } from './summary';
import { CaseResult } from './run-case';
import { ScalingSeries } from './scaling';

export interface Check {
  name: string;
  holds: boolean;
  figure: string;
}

export const DAILY_RATIO_TARGET = 1.5;
export const DAILY_TIME_TARGET_MS = 60_000;
/** Issue 18: the daily run's heap growth at 1,000 members and 10 years. */
export const DAILY_HEAP_TARGET_MB = 250;
/**
 * Why the daily run may read a tab again: a step wrote a value whose read-back Sheets decides
 * (a number, or text Sheets parses), so the tab as written is not known without asking.
 */
export const REPEAT_REASON =
  'read again after a step wrote a value whose read-back Sheets decides (a number, or text it parses: readBack in src/services/sheets.ts)';

const describe = (result: CaseResult) => `${result.members} members x ${result.years.toFixed(0)} y`;

/** Tabs read or written more often than the floor needs, largest excess first. */
export function repeatedTabs(summary: OperationSummary): string {
  const floorOf = (tab: string, access: 'read' | 'write') =>
    summary.floor.lines
      .filter((line) => line.tab === tab && line.access === access)
      .reduce((sum, line) => sum + line.calls, 0);
  return Object.entries(summary.byTab)
    .map(([tab, calls]) => ({
      tab,
      calls,
      extra:
        Math.max(0, calls.reads - floorOf(tab, 'read')) +
        Math.max(0, calls.writes - floorOf(tab, 'write')),
    }))
    .filter(({ extra }) => extra > 0)
    .sort((a, b) => b.extra - a.extra || a.tab.localeCompare(b.tab))
    .map(
      ({ tab, calls, extra }) => `${tab} +${extra} (${calls.reads} reads, ${calls.writes} writes)`,
    )
    .join(', ');
}

export function doneWhenChecks(
  cases: readonly CaseResult[],
  series: readonly ScalingSeries[],
): Check[] {
  const submissions = cases.filter((c) => c.operations.formSubmission.status === 'measured');
  const reference = JSON.stringify(submissions[0]?.operations.formSubmission.calls ?? null);
  const constant =
    submissions.length === cases.length &&
    submissions.every((c) => JSON.stringify(c.operations.formSubmission.calls) === reference);
  const first = submissions[0]?.operations.formSubmission;

  const daily = cases.filter((c) => c.operations.dailyRun.status === 'measured');
  const worstRatio = daily.reduce<CaseResult | null>(
    (worst, c) =>
      !worst || c.operations.dailyRun.ratio > worst.operations.dailyRun.ratio ? c : worst,
    null,
  );
  const largest = [...daily].sort((a, b) => b.totalRows - a.totalRows)[0];
  const largestDaily = largest?.operations.dailyRun;

  return [
    {
      name: 'a form submission costs the same service calls whatever the history size',
      holds: constant,
      figure: first
        ? `${first.dataCalls.total} data calls (${first.dataCalls.reads} reads, ${first.dataCalls.writes} writes), ` +
          `${Object.values(first.calls).reduce((s, n) => s + n, 0)} calls in all, identical in ${submissions.length} of ${cases.length} cases`
        : 'not measured',
    },
    {
      name: `the daily run's data calls are within ${DAILY_RATIO_TARGET} x the floor`,
      holds:
        daily.length === cases.length &&
        daily.every((c) => c.operations.dailyRun.ratio <= DAILY_RATIO_TARGET),
      figure: worstRatio
        ? `worst ${worstRatio.operations.dailyRun.ratio.toFixed(2)} x (${worstRatio.operations.dailyRun.dataCalls.total} calls / floor ${worstRatio.operations.dailyRun.floor.total}, ${describe(worstRatio)}); repeated: ${repeatedTabs(worstRatio.operations.dailyRun) || 'none'}`
        : 'not measured',
    },
    {
      name: "the daily run's data calls are at the floor (ratio 1.00 at every size)",
      holds: daily.length === cases.length && daily.every((c) => c.operations.dailyRun.ratio <= 1),
      figure: daily
        .map((c) => {
          const repeated = repeatedTabs(c.operations.dailyRun);
          return `${describe(c)}: ${c.operations.dailyRun.ratio.toFixed(2)}${repeated ? ` (${repeated}: ${REPEAT_REASON})` : ''}`;
        })
        .join('; '),
    },
    {
      name: `the daily run's heap grows by less than ${DAILY_HEAP_TARGET_MB} MB for 1000 members x 10 y`,
      holds: daily.some(
        (c) =>
          c.members >= 1000 &&
          c.years >= 10 &&
          c.operations.dailyRun.heapIncreaseMB < DAILY_HEAP_TARGET_MB,
      ),
      figure: daily
        .map((c) => `${describe(c)}: ${c.operations.dailyRun.heapIncreaseMB.toFixed(0)} MB`)
        .join(', '),
    },
    {
      name: `the estimated Apps Script time of the daily run for the largest group is under ${DAILY_TIME_TARGET_MS / 1000} s`,
      holds:
        largestDaily !== undefined && largestDaily.estimate.appsScriptMs < DAILY_TIME_TARGET_MS,
      figure: largestDaily
        ? `${(largestDaily.estimate.appsScriptMs / 1000).toFixed(1)} s for ${describe(largest)} ` +
          `(${(largestDaily.serviceMs / 1000).toFixed(1)} s modelled service calls + ${(largestDaily.computeMs.median / 1000).toFixed(1)} s Node compute; ` +
          `${(largestDaily.estimate.pessimisticCellsMs / 1000).toFixed(1)} s at 5 µs a cell)`
        : 'not measured',
    },
    {
      name: 'compute time grows no faster than n log n in the number of rows',
      holds: series.length > 0 && series.every((s) => s.withinNLogN),
      figure: series
        .map(
          (s) =>
            `${s.operation}: exponent ${s.exponent.toFixed(2)} (n log n: ${s.nLogNExponent.toFixed(2)}); by group size ` +
            Object.entries(s.exponentByMembers)
              .map(
                ([members, fit]) =>
                  `${members}: ${fit.exponent.toFixed(2)}/${fit.nLogNExponent.toFixed(2)}`,
              )
              .join(', '),
        )
        .join('; '),
    },
  ];
}
