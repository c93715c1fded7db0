/**
 * Retention under fault injection (the fault-sweep pattern of this folder): a Sheets call that
 * times out at each step of the daily run in turn, on the day a leaver's window ends. Whatever
 * step fails, the next run finishes the leaver under the same pseudonym: one anonymous row, no
 * trace of their id, and every outcome figure exactly as before retention.
 */
import { SHEETS_TIMEOUT, sheetsTimeoutMessage } from '../support/faults';
import { generatedGroup, outcomeCells } from '../../integration/archive-fixture';
import { sheetValues } from '../../integration/harness';

const MEMBERS = 8;
const WEEKS = 20;
/** More steps than a clean daily run makes; the sweep stops at the first that is not reached. */
const MAX_STEPS = 200;
/** The first call of the daily run's retention step that no earlier step makes. */
const RETENTION_STARTS = 'FormApp.FormApp.openById';

type Env = ReturnType<typeof generatedGroup>;

function refreshed(env: Env) {
  const run = env.clickMenu('Refresh outcomes');
  if (!run.ok) throw run.error;
  return outcomeCells(env);
}

/** The fixture's group with M0001 left long ago, its figures refreshed. */
function group(): Env {
  const env = generatedGroup(MEMBERS, WEEKS);
  env.meter.internal(() => {
    const sheet = env.spreadsheet.getSheetByName('Members')!;
    const values = sheet.getDataRange().getValues();
    const row = values.findIndex((cells) => cells[0] === 'M0001') + 1;
    sheet.getRange(row, values[0].indexOf('Status') + 1).setValue('left');
    sheet.getRange(row, values[0].indexOf('Left on') + 1).setValue('2020-01-01');
  });
  refreshed(env);
  return env;
}

function traces(env: Env) {
  const tabs = ['Members', 'Check-ins', 'Surveys', 'Rotation', 'Sent', 'Buddies'];
  const cells = tabs.flatMap((tab) => sheetValues(env, tab).flat().map(String));
  return {
    oldId: cells.filter((cell) => /\bM0001\b/.test(cell)).length,
    pseudonyms: [...new Set(cells.filter((cell) => /^F\d{4}$/.test(cell)))],
  };
}

describe('Retention: a Sheets timeout at any step of the daily run', () => {
  it('finishes the leaver under one pseudonym the next run, every figure unchanged', () => {
    const clean = group();
    const expected = outcomeCells(clean);
    expect(clean.run('dailyRun', undefined, 'trigger').ok).toBe(true);
    expect(traces(clean)).toEqual({ oldId: 0, pseudonyms: ['F0001'] });
    expect(refreshed(clean)).toEqual(expected);
    let fired = 0;
    for (let step = 1; step <= MAX_STEPS; step += 1) {
      const env = group();
      // Counted from retention's sweep of the forms' copies, so the steps before retention
      // (swept in sheets-timeout-runs.test.ts) are not swept again here.
      env.meter.injectFault({
        service: 'SpreadsheetApp',
        nth: step,
        after: RETENTION_STARTS,
        message: sheetsTimeoutMessage(env),
      });
      const run = env.run('dailyRun', undefined, 'trigger');
      SHEETS_TIMEOUT.disarm(env);
      if (run.ok) break;
      fired += 1;
      expect([step, env.run('dailyRun', undefined, 'trigger').ok]).toEqual([step, true]);
      expect([step, traces(env)]).toEqual([step, { oldId: 0, pseudonyms: ['F0001'] }]);
      expect([step, refreshed(env)]).toEqual([step, expected]);
    }
    expect(fired).toBeGreaterThan(10);
  });
});
