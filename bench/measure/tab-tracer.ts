/**
 * Attributes each data call (see data-calls.ts) to the tab it touched, and times the Node work
 * the emulator does inside those calls. The meter counts calls by method only; to say which
 * tab is read twice, the tracer wraps the data methods of the emulator's Range and Sheet fakes
 * once per process and records a call only while a trace is active, only for the traced
 * project's meter, and only when the meter counted it (calls the emulator makes for itself
 * under `meter.internal` are left out). The fakes themselves are not changed.
 */
import { ServiceMeter } from '../../emulator/core/meter';
import { FakeRange, FakeSheet } from '../../emulator/services/spreadsheet';
import { DataAccess, DATA_READ_METHODS, DATA_WRITE_METHODS } from './data-calls';

export interface TabCalls {
  reads: number;
  writes: number;
  cellsRead: number;
  cellsWritten: number;
}

export interface Trace {
  byTab: Record<string, TabCalls>;
  /** Node time spent inside data calls (the emulator copying cells in and out). */
  dataCallMs: number;
  cellsMoved: number;
}

interface ActiveTrace extends Trace {
  meter: ServiceMeter;
  onDataCall: () => void;
}

type Method = (...args: unknown[]) => unknown;
/** Where a call landed: the tab, the project's meter and the cells it moved. */
type Locate<T> = (
  self: T,
  args: readonly unknown[],
) => { tab: string; meter: ServiceMeter; cells: number };

let active: ActiveTrace | null = null;
let depth = 0;
let installed = false;

function wrapMethods<T extends object>(
  prototype: T,
  prefix: 'Range' | 'Sheet',
  locate: Locate<T>,
): void {
  const accessOf = new Map<string, DataAccess>([
    ...DATA_READ_METHODS.map((name) => [name, 'read'] as const),
    ...DATA_WRITE_METHODS.map((name) => [name, 'write'] as const),
  ]);
  // Methods are looked up by name on the prototype, which TypeScript cannot index.
  const table = prototype as unknown as Record<string, Method | undefined>;
  for (const [qualified, access] of accessOf) {
    const [owner, name] = qualified.split('.');
    const original = table[name];
    if (owner !== prefix || typeof original !== 'function') continue;
    table[name] = function traced(this: T, ...args: unknown[]): unknown {
      const trace = active;
      if (trace === null || depth > 0) return original.apply(this, args);
      const where = locate(this, args);
      if (where.meter !== trace.meter) return original.apply(this, args);
      const before = trace.meter.total();
      const started = performance.now();
      depth += 1;
      try {
        return original.apply(this, args);
      } finally {
        depth -= 1;
        trace.dataCallMs += performance.now() - started;
        if (trace.meter.total() > before) record(trace, where.tab, access, where.cells);
      }
    };
  }
}

function record(trace: ActiveTrace, tab: string, access: DataAccess, cells: number): void {
  const calls = (trace.byTab[tab] ??= { reads: 0, writes: 0, cellsRead: 0, cellsWritten: 0 });
  if (access === 'read') {
    calls.reads += 1;
    calls.cellsRead += cells;
  } else {
    calls.writes += 1;
    calls.cellsWritten += cells;
  }
  trace.cellsMoved += cells;
  trace.onDataCall();
}

function install(): void {
  if (installed) return;
  installed = true;
  wrapMethods(FakeRange.prototype, 'Range', (range) => ({
    tab: range.sheet.name,
    meter: range.sheet.ctx.meter,
    cells: range.numRows * range.numColumns,
  }));
  wrapMethods(FakeSheet.prototype, 'Sheet', (sheet, args) => ({
    tab: sheet.name,
    meter: sheet.ctx.meter,
    cells: Array.isArray(args[0])
      ? args[0].length
      : typeof args[2] === 'number' && typeof args[3] === 'number'
        ? args[2] * args[3]
        : 0,
  }));
}

/** Starts tracing the data calls counted by `meter`; `onDataCall` runs after each one. */
export function startTrace(meter: ServiceMeter, onDataCall: () => void = () => undefined): void {
  install();
  if (active !== null) throw new Error('A trace is already running');
  active = { meter, onDataCall, byTab: {}, dataCallMs: 0, cellsMoved: 0 };
}

export function stopTrace(): Trace {
  if (active === null) throw new Error('No trace is running');
  const { byTab, dataCallMs, cellsMoved } = active;
  active = null;
  return { byTab, dataCallMs, cellsMoved };
}
