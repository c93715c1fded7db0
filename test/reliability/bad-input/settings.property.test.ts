/**
 * A facilitator types any value into any Settings cell. Runs either work or stop with a
 * message naming the cell ("Settings!B7 …"); menus explain it in an alert instead of failing;
 * a response that arrives meanwhile waits in its tab, and is processed once the cell is fixed.
 */
import fc from 'fast-check';
import { Environment, ExecutionRecord } from '../../../emulator/environment';
import { checkinAnswers } from '../../integration/members';
import { unexplainedFailures } from '../support/explained';
import { DAY, MINUTE } from '../support/fixture';
import { buildGroup, formId, GROUP_EMAILS } from '../support/group';
import { hostileValue } from '../support/hostile';
import { noFormulas, responsesAccountedFor } from '../support/invariants';
import { executionsDuring } from '../support/operations';
import { tabValues } from '../support/sheet-access';

const RUNS = 60;
let tried = 0;
let refused = 0;

afterAll(() => {
  console.log(
    `Hostile Settings: ${tried} values generated; ${refused} refused with a message naming the cell, the rest ran.`,
  );
});

/** Data rows of Settings that hold a setting (not the How to use note). */
function settingRows(env: Environment): Array<{ row: number; label: string; value: unknown }> {
  return tabValues(env, 'Settings')
    .map((cells, index) => ({ row: index + 1, label: String(cells[0]), value: cells[1] }))
    .filter((entry) => entry.row > 1 && entry.label !== '' && entry.label !== 'How to use');
}

function setCell(env: Environment, row: number, value: unknown): void {
  env.meter.internal(() =>
    env.spreadsheet.getSheetByName('Settings')!.getRange(row, 2).setValue(value),
  );
}

/** A failure caused by Settings must name the cell the facilitator changed. */
function namesCell(message: string, row: number): boolean {
  return !message.includes('Settings need attention') || message.includes(`Settings!B${row}`);
}

describe('hostile Settings values', () => {
  const env = buildGroup();
  const rows = settingRows(env);
  // Members use the form they were given, whatever the Settings cell now says.
  const checkinForm = formId(env, 'Check-in');

  it('every run works or stops with a message naming the cell, and no response is lost', () => {
    fc.assert(
      fc.property(fc.nat({ max: rows.length - 1 }), hostileValue, (pick, value) => {
        const { row, value: original } = rows[pick];
        tried += 1;
        setCell(env, row, value);
        env.clock.advance(MINUTE);
        const alertsBefore = env.sheets.ui.alerts.length;
        let runs: ExecutionRecord[];
        try {
          runs = executionsDuring(env, () => {
            env.submitForm(checkinForm, { email: GROUP_EMAILS[0], answers: checkinAnswers() });
            env.run('dailyRun', undefined, 'trigger');
            env.clickMenu('Plan rotation');
          });
        } finally {
          setCell(env, row, original);
        }
        const menu = runs[runs.length - 1];
        const alerts = env.sheets.ui.alerts.slice(alertsBefore);
        if (runs.some((run) => !run.ok) || alerts.length > 0) refused += 1;
        const problems = [
          ...unexplainedFailures(runs),
          ...runs
            .filter((run) => !run.ok && !namesCell(run.error?.message ?? '', row))
            .map((run) => `${run.handler}: ${run.error?.message} does not name Settings!B${row}`),
          ...(menu.ok ? [] : [`the menu failed instead of explaining: ${menu.error?.message}`]),
          ...alerts
            .filter((alert) => !namesCell(`${alert.title}: ${alert.prompt}`, row))
            .map((alert) => `alert "${alert.prompt}" does not name Settings!B${row}`),
          ...responsesAccountedFor(env, false),
          ...noFormulas(env),
        ];
        env.advanceBy(DAY);
        problems.push(...responsesAccountedFor(env, true));
        expect(problems).toEqual([]);
      }),
      { numRuns: RUNS, seed: 20260110 },
    );
  }, 120_000);
});
