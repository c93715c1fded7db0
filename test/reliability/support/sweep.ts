/**
 * A fault sweep: run an operation clean on the fixture and trace its calls; then, for each
 * chosen step k, build the fixture afresh, inject the fault at step k, run the operation (it may
 * fail), remove the fault, let a person repeat the operation and the daily run happen, and
 * check that nothing was lost, doubled or left half-written.
 */
import { Environment, ExecutionRecord } from '../../../emulator/environment';
import { traceCalls } from './call-trace';
import { buildFixture, DAY } from './fixture';
import { FaultKind } from './faults';
import {
  emailsMatchSentTab,
  noDuplicateRows,
  noFormulas,
  responsesAccountedFor,
} from './invariants';
import { Operation } from './operations';
import { outcomeTabsWholeOrOld, snapshotOutcomeTabs } from './outcome-tabs';
import { choosePoints } from './points';
import { tabRows } from './sheet-access';

export interface SweepResult {
  operation: string;
  fault: string;
  /** Fault points (steps) of the clean run. */
  steps: number;
  tried: number;
  survived: number;
  /** One line per problem, prefixed with the step it happened at. */
  failures: string[];
}

function failedRuns(records: readonly ExecutionRecord[]): string[] {
  return records
    .filter((record) => !record.ok)
    .map((record) => `${record.handler} failed: ${record.error?.message ?? '?'}`);
}

/** Errors of the faulted run that the fault does not explain (a second, real defect). */
function unexplainedErrors(records: readonly ExecutionRecord[], fault: FaultKind): string[] {
  return records
    .filter((record) => !record.ok && !fault.explains(record.error?.message ?? ''))
    .map((record) => `unexplained error in ${record.handler}: ${record.error?.message ?? '?'}`);
}

function removedMemberLeft(env: Environment, operation: Operation): string[] {
  const left = tabRows(env, 'Members').filter((row) =>
    operation.removes.includes(String(row['Email'] ?? '').toLowerCase()),
  );
  return left.length > 0 ? [`the removed member is still in Members`] : [];
}

export function sweep(operation: Operation, fault: FaultKind, maxPoints: number): SweepResult {
  const build = operation.fixture ?? buildFixture;
  const cleanEnv = build();
  const cleanTrace = traceCalls(cleanEnv);
  const cleanRecords = operation.run(cleanEnv);
  cleanTrace.stop();
  const targets = cleanTrace.calls.filter((call) => fault.isTarget(call));
  const cleanOutcomes = snapshotOutcomeTabs(cleanEnv);
  // The stamp is formatted just before the outcome step writes: from there on, a run with the
  // fault must write exactly what the clean run wrote.
  const refreshStarts = cleanTrace.calls.findIndex(
    (call) => call.method === 'Utilities.formatDate',
  );
  const result: SweepResult = {
    operation: operation.name,
    fault: fault.name,
    steps: targets.length,
    tried: 0,
    survived: 0,
    failures: [...failedRuns(cleanRecords), ...(operation.checks?.(cleanEnv) ?? [])].map(
      (line) => `clean run: ${line}`,
    ),
  };
  for (const k of choosePoints(targets, maxPoints, `${operation.name}/${fault.name}`)) {
    const env = build();
    const before = snapshotOutcomeTabs(env);
    const trace = traceCalls(env);
    fault.arm(env, k, targets);
    const records = operation.run(env);
    fault.disarm(env);
    trace.stop();
    const faultAt = cleanTrace.calls.indexOf(targets[k - 1]);
    const exact = !operation.stepwise || (refreshStarts >= 0 && faultAt >= refreshStarts);
    const problems: string[] = [];
    if (!fault.fired(trace)) problems.push('the fault did not happen');
    else result.tried += 1;
    problems.push(
      ...unexplainedErrors(records, fault),
      ...outcomeTabsWholeOrOld(env, before, exact ? cleanOutcomes : null),
      ...responsesAccountedFor(env, false, operation.removes),
    );
    const again = [...operation.rerun(env), ...env.advanceBy(DAY)];
    problems.push(
      ...failedRuns(again).map((line) => `re-run: ${line}`),
      ...responsesAccountedFor(env, true, operation.removes),
      ...noDuplicateRows(env),
      ...emailsMatchSentTab(env, operation.removes),
      ...outcomeTabsWholeOrOld(env, before, null),
      ...noFormulas(env),
      ...removedMemberLeft(env, operation),
      ...(operation.checks?.(env) ?? []),
    );
    if (problems.length === 0) result.survived += 1;
    else result.failures.push(...problems.map((problem) => `step ${k}: ${problem}`));
  }
  return result;
}

export function summaryLine(result: SweepResult): string {
  return `${result.operation} / ${result.fault}: ${result.tried} fault points tried, ${result.survived} survived (of ${result.steps} steps)`;
}
