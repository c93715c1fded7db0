/**
 * How compute time grows with the spreadsheet's rows: per case, time/rows and
 * time/(rows·log2 rows), and the growth exponent b of time ~ rows^b fitted on a log-log scale,
 * over all cases and per group size (history growing from 1 to 10 years). For comparison, a
 * cost exactly proportional to n·log n has an exponent a little above 1 over the same rows
 * (`nLogNExponent`); "no faster than n log n" means b <= that exponent.
 */
import { OperationId, OPERATION_IDS } from './measure/operations';
import { CaseResult } from './run-case';

export interface ScalingPoint {
  members: number;
  weeks: number;
  rows: number;
  computeMs: number;
  usPerRow: number;
  nsPerRowLogRow: number;
}

export interface ScalingSeries {
  operation: OperationId;
  points: ScalingPoint[];
  /** Fitted exponent over every case, and the n·log n exponent over the same rows. */
  exponent: number;
  nLogNExponent: number;
  /** Fitted exponents per group size (members), over its history lengths. */
  exponentByMembers: Record<string, { exponent: number; nLogNExponent: number }>;
  withinNLogN: boolean;
}

/** Least-squares slope of log(y) on log(x). */
export function logLogSlope(points: ReadonlyArray<readonly [number, number]>): number {
  const usable = points.filter(([x, y]) => x > 0 && y > 0);
  if (usable.length < 2) return NaN;
  const xs = usable.map(([x]) => Math.log(x));
  const ys = usable.map(([, y]) => Math.log(y));
  const mean = (values: number[]) => values.reduce((sum, v) => sum + v, 0) / values.length;
  const [mx, my] = [mean(xs), mean(ys)];
  let covariance = 0;
  let variance = 0;
  xs.forEach((x, i) => {
    covariance += (x - mx) * (ys[i] - my);
    variance += (x - mx) ** 2;
  });
  return variance === 0 ? NaN : covariance / variance;
}

const nLogN = (n: number) => n * Math.log2(Math.max(2, n));

function exponents(points: readonly ScalingPoint[]) {
  return {
    exponent: logLogSlope(points.map((p) => [p.rows, p.computeMs] as const)),
    nLogNExponent: logLogSlope(points.map((p) => [p.rows, nLogN(p.rows)] as const)),
  };
}

/** Slack for timing noise when comparing a fitted exponent with the n·log n one. */
const NOISE = 0.05;

export function scaling(cases: readonly CaseResult[]): ScalingSeries[] {
  return OPERATION_IDS.flatMap((operation) => {
    const points = cases
      .filter((result) => result.operations[operation].status === 'measured')
      .map((result): ScalingPoint => {
        const computeMs = result.operations[operation].computeMs.median;
        return {
          members: result.members,
          weeks: result.weeks,
          rows: result.totalRows,
          computeMs,
          usPerRow: (computeMs * 1000) / result.totalRows,
          nsPerRowLogRow: (computeMs * 1e6) / nLogN(result.totalRows),
        };
      });
    if (points.length === 0) return [];
    const overall = exponents(points);
    const exponentByMembers: ScalingSeries['exponentByMembers'] = {};
    for (const members of new Set(points.map((p) => p.members))) {
      const series = points.filter((p) => p.members === members);
      if (series.length >= 2) exponentByMembers[String(members)] = exponents(series);
    }
    const fits = [overall, ...Object.values(exponentByMembers)];
    return [
      {
        operation,
        points,
        ...overall,
        exponentByMembers,
        withinNLogN: fits.every((fit) => !(fit.exponent > fit.nLogNExponent + NOISE)),
      },
    ];
  });
}
