/**
 * The detailed tables: calls by service and method and data calls by tab (for the largest
 * group), the floor table with its reasoning, compute scaling, and the 10-million-cell
 * projection.
 */
import { CellProjection } from './cells';
import { FLOOR_TABLE } from './floors';
import { OPERATIONS } from './measure/operations';
import { CaseResult } from './run-case';
import { ScalingSeries } from './scaling';
import { fixed, formatTable, grouped } from './table';

export function largestCase(cases: readonly CaseResult[]): CaseResult | undefined {
  return [...cases].sort((a, b) => b.totalRows - a.totalRows)[0];
}

export function callsByMethod(result: CaseResult): string {
  return OPERATIONS.filter((op) => result.operations[op.id].status === 'measured')
    .map((op) => {
      const summary = result.operations[op.id];
      const rows = Object.entries(summary.callsByService).flatMap(([service, methods]) =>
        Object.entries(methods).map(([method, count]) => [service, method, String(count)]),
      );
      return `${op.title}, ${result.members} members x ${fixed(result.years)} y\n${formatTable(
        [
          { title: 'service', align: 'left' },
          { title: 'method', align: 'left' },
          { title: 'calls' },
        ],
        rows,
      )}`;
    })
    .join('\n\n');
}

export function floorsByTab(result: CaseResult): string {
  return OPERATIONS.map((op) => {
    const summary = result.operations[op.id];
    const tabs = new Set([
      ...summary.floor.lines.map((line) => line.tab),
      ...Object.keys(summary.byTab),
    ]);
    const rows = [...tabs].map((tab) => {
      const calls = summary.byTab[tab];
      const floorOf = (access: 'read' | 'write') =>
        summary.floor.lines
          .filter((line) => line.tab === tab && line.access === access)
          .reduce((sum, line) => sum + line.calls, 0);
      const observed = summary.floor.lines.some(
        (line) => line.tab === tab && line.source === 'observed',
      );
      return [
        tab + (observed ? ' (observed)' : ''),
        String(calls?.reads ?? 0),
        String(floorOf('read')),
        String(calls?.writes ?? 0),
        String(floorOf('write')),
        grouped((calls?.cellsRead ?? 0) + (calls?.cellsWritten ?? 0)),
      ];
    });
    return `${op.title}: data calls by tab against the floor, ${result.members} members x ${fixed(result.years)} y (${summary.status})\n${formatTable(
      [
        { title: 'tab', align: 'left' },
        { title: 'reads' },
        { title: 'floor' },
        { title: 'writes' },
        { title: 'floor' },
        { title: 'cells moved' },
      ],
      rows,
    )}`;
  }).join('\n\n');
}

/** The floor table and its reasoning, as the README states it. */
export function floorReasons(): string {
  return OPERATIONS.map((op) => {
    const entries = FLOOR_TABLE[op.id];
    const total = entries.reduce((sum, entry) => sum + entry.calls, 0);
    return `${op.title}: floor ${total}\n${entries
      .map(
        (entry) =>
          `  ${entry.access} ${entry.tab}${entry.calls > 1 ? ` x${entry.calls}` : ''}: ${entry.why}`,
      )
      .join('\n')}`;
  }).join('\n');
}

export function scalingText(series: readonly ScalingSeries[]): string {
  return series
    .map((s) => {
      const rows = s.points.map((p) => [
        String(p.members),
        fixed(p.weeks / 52, p.weeks < 52 ? 2 : 0),
        grouped(p.rows),
        fixed(p.computeMs, 1),
        fixed(p.usPerRow, 2),
        fixed(p.nsPerRowLogRow, 1),
      ]);
      const byMembers = Object.entries(s.exponentByMembers)
        .map(
          ([members, fit]) =>
            `${members} members ${fixed(fit.exponent, 2)} (n log n ${fixed(fit.nLogNExponent, 2)})`,
        )
        .join(', ');
      return `${s.operation}: time ~ rows^${fixed(s.exponent, 2)} (n log n over these rows: ^${fixed(s.nLogNExponent, 2)}); over history length: ${byMembers}\n${formatTable(
        [
          { title: 'members' },
          { title: 'years' },
          { title: 'rows' },
          { title: 'Node ms' },
          { title: 'µs/row' },
          { title: 'ns/(row·log2 row)' },
        ],
        rows,
      )}`;
    })
    .join('\n\n');
}

export function cellsText(projections: readonly CellProjection[]): string {
  const rows = projections.map((p) => [
    String(p.members),
    fixed(p.basedOnWeeks / 52),
    grouped(p.usedCellsNow),
    grouped(p.usedCellsPerWeek),
    fixed(p.usedCellsPerMemberPerWeek, 1),
    fixed(p.yearsToLimitUsed, 1),
    grouped(p.gridCellsPerWeek),
    fixed(p.yearsToLimitGrid, 1),
  ]);
  return formatTable(
    [
      { title: 'members' },
      { title: 'from years' },
      { title: 'cells used now' },
      { title: 'used cells/week' },
      { title: 'per member/week' },
      { title: 'years to 10M (used)' },
      { title: 'grid cells/week' },
      { title: 'years to 10M (grid)' },
    ],
    rows,
  );
}
