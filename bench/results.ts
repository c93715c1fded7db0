/** Everything the benchmark measured and assumed, as written to bench/results.json. */
import { cpus, loadavg } from 'node:os';
import { CellProjection, projectCells } from './cells';
import { Check, doneWhenChecks } from './checks';
import { FLOOR_TABLE } from './floors';
import { FIXTURE_ASSUMPTIONS } from './fixtures/assumptions';
import { LATENCY_MODEL } from './latency';
import { DATA_READ_METHODS, DATA_WRITE_METHODS } from './measure/data-calls';
import { CaseResult } from './run-case';
import { scaling, ScalingSeries } from './scaling';

export interface BenchResults {
  generatedAt: string;
  environment: {
    node: string;
    platform: string;
    cpus: number;
    cpuModel: string;
    /** 1-minute load average at the end: other work on the machine slows the Node figures. */
    loadAverage: number;
  };
  totalSeconds: number;
  peakRssMB: number;
  dataCalls: { definition: string; reads: readonly string[]; writes: readonly string[] };
  latencyModel: typeof LATENCY_MODEL;
  floorTable: typeof FLOOR_TABLE;
  fixtureAssumptions: readonly string[];
  cases: CaseResult[];
  scaling: ScalingSeries[];
  cells: CellProjection[];
  checks: Check[];
}

export function assembleResults(
  cases: CaseResult[],
  totalSeconds: number,
  peakRssMB: number,
): BenchResults {
  const series = scaling(cases);
  const processors = cpus();
  return {
    generatedAt: new Date().toISOString(),
    environment: {
      node: process.version,
      platform: `${process.platform} ${process.arch}`,
      cpus: processors.length,
      cpuModel: processors[0]?.model ?? 'unknown',
      loadAverage: loadavg()[0],
    },
    totalSeconds,
    peakRssMB,
    dataCalls: {
      definition:
        'Range reads and writes: the calls that move cell data. Other calls are counted by method and charged in the estimate, not in the ratio.',
      reads: DATA_READ_METHODS,
      writes: DATA_WRITE_METHODS,
    },
    latencyModel: LATENCY_MODEL,
    floorTable: FLOOR_TABLE,
    fixtureAssumptions: FIXTURE_ASSUMPTIONS,
    cases,
    scaling: series,
    cells: projectCells(cases),
    checks: doneWhenChecks(cases, series),
  };
}
