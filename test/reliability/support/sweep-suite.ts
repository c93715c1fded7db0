/**
 * One jest suite per fault kind: a test per operation that sweeps the fault over the
 * operation's steps and expects every point to survive, then one summary line of the figures.
 */
import { FaultBudget, pointsFor } from './budget';
import { FaultKind } from './faults';
import { ALL_OPERATIONS, Operation } from './operations';
import { summaryLine, sweep, SweepResult } from './sweep';

const SWEEP_TIMEOUT_MS = 120_000;

export function sweepSuite(
  fault: FaultKind,
  budget: FaultBudget,
  operations: readonly Operation[] = ALL_OPERATIONS,
): void {
  describe(`fault sweep: ${fault.name}`, () => {
    const results: SweepResult[] = [];
    afterAll(() => {
      const tried = results.reduce((sum, result) => sum + result.tried, 0);
      const survived = results.reduce((sum, result) => sum + result.survived, 0);
      console.log(
        [
          `Fault sweep "${fault.name}": ${tried} fault points tried, ${survived} survived.`,
          ...results.map((result) => `  ${summaryLine(result)}`),
        ].join('\n'),
      );
    });

    it.each(operations.map((operation) => [operation.name, operation] as const))(
      '%s survives it at every step tried',
      (_name, operation) => {
        const result = sweep(operation, fault, pointsFor(operation.name, budget));
        results.push(result);
        expect(result.failures).toEqual([]);
        expect(result.survived).toBe(result.tried);
      },
      SWEEP_TIMEOUT_MS,
    );
  });
}
