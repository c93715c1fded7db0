/**
 * The printed summary: one table per operation across group sizes, then the done-when checks.
 * The details (calls by method, by tab, floors, scaling, cells) are in report-details.ts.
 */
import { Check } from './checks';
import { NOT_AVAILABLE, OPERATIONS } from './measure/operations';
import { CaseResult } from './run-case';
import { Column, fixed, formatTable, grouped } from './table';

const OPERATION_COLUMNS: Column[] = [
  { title: 'members' },
  { title: 'years' },
  { title: 'rows' },
  { title: 'data r/w' },
  { title: 'floor' },
  { title: 'ratio' },
  { title: 'all calls' },
  { title: 'service s' },
  { title: 'Node ms (min-max, n)' },
  { title: 'in data calls ms' },
  { title: 'heap +MB' },
  { title: 'est. s' },
  { title: 'margin s' },
  { title: 'est. @5µs/cell s' },
];

export function operationTables(cases: readonly CaseResult[]): string {
  return OPERATIONS.map((operation) => {
    const measured = cases.filter((c) => c.operations[operation.id].status === 'measured');
    const missing = cases.find((c) => c.operations[operation.id].status !== 'measured');
    const heading = `${operation.title}`;
    if (measured.length === 0)
      return `${heading}: ${missing?.operations[operation.id].reason ?? NOT_AVAILABLE}`;
    const rows = measured.map((c) => {
      const s = c.operations[operation.id];
      const total = Object.values(s.calls).reduce((sum, n) => sum + n, 0);
      return [
        String(c.members),
        fixed(c.years, c.years < 1 ? 2 : 0),
        grouped(c.totalRows),
        `${s.dataCalls.reads}/${s.dataCalls.writes}`,
        String(s.floor.total),
        fixed(s.ratio, 2),
        String(total) + (s.callsStable ? '' : '*'),
        fixed(s.serviceMs / 1000, 1),
        `${fixed(s.computeMs.median)} (${fixed(s.computeMs.min)}-${fixed(s.computeMs.max)}, ${s.repetitions})`,
        fixed(s.dataCallMs),
        fixed(s.heapIncreaseMB, 1),
        fixed(s.estimate.appsScriptMs / 1000, 1),
        fixed(s.estimate.marginMs / 1000, 0),
        fixed(s.estimate.pessimisticCellsMs / 1000, 1),
      ];
    });
    const failures = cases
      .filter((c) => c.operations[operation.id].status === 'failed')
      .map(
        (c) =>
          `  FAILED at ${c.members} x ${fixed(c.years)} y: ${c.operations[operation.id].reason}`,
      );
    return [heading, formatTable(OPERATION_COLUMNS, rows), ...failures].join('\n');
  }).join('\n\n');
}

export function checksText(checks: readonly Check[]): string {
  return checks
    .map((check) => `[${check.holds ? 'holds' : 'MISSES'}] ${check.name}\n    ${check.figure}`)
    .join('\n');
}

export const LEGEND = [
  'data r/w: range reads/writes (getValues, setValues, clearContent ...); ratio = data calls / floor.',
  'all calls: every counted service call (* = not the same in every repetition).',
  'service s: latency charged by the model; Node ms: median compute time of the execution',
  '(n = measurements: the daily run once per project built, the others 3 times on each;',
  'a group gets fewer projects than asked when the time budget runs out).',
  'est. s = service + Node; margin = 360 s - est.; last column: 5 µs instead of 0.5 µs a cell.',
].join('\n');
