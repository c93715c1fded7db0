/**
 * Archive old check-ins under fault injection (the fault-sweep pattern of this folder): a Sheets
 * call that times out at each step of the action in turn. Whatever step fails, no check-in is
 * lost or counted twice (the outcome tabs, refreshed, are exactly those of the group before
 * archiving), and running the action again finishes the move with the same figures.
 */
import { SHEETS_TIMEOUT } from '../support/faults';
import { archive, generatedGroup, outcomeCells } from '../../integration/archive-fixture';
import { sheetValues } from '../../integration/harness';

const MEMBERS = 12;
const WEEKS = 104;
/** More steps than a clean archiving makes; the sweep stops at the first that is not reached. */
const MAX_STEPS = 120;

function refreshed(env: ReturnType<typeof generatedGroup>) {
  const run = env.clickMenu('Refresh outcomes');
  if (!run.ok) throw run.error;
  return outcomeCells(env);
}

/**
 * A group whose old check-ins include three rows waiting in Review, which stay: the move then
 * deletes three separate runs of rows, and the sweep also stops it between them.
 */
function group() {
  const env = generatedGroup(MEMBERS, WEEKS);
  env.meter.internal(() => {
    const sheet = env.spreadsheet.getSheetByName('Check-ins')!;
    const headers = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0];
    const status = headers.indexOf('Processing') + 1;
    for (const row of [11, 12, 51]) sheet.getRange(row, status).setValue('moved to Review');
  });
  return env;
}

const checkinsHeld = (env: ReturnType<typeof generatedGroup>) =>
  sheetValues(env, 'Check-ins').length - 1;

describe('Archive old check-ins: a Sheets timeout at any step', () => {
  it('loses nothing, counts nothing twice, and a second run completes the move', () => {
    const clean = group();
    const expected = refreshed(clean);
    archive(clean, '1');
    const expectedLeft = checkinsHeld(clean);
    // The three rows in Review stayed among the newer ones.
    const statuses = sheetValues(clean, 'Check-ins').map((row) => row.join('|'));
    expect(statuses.filter((row) => row.includes('moved to Review'))).toHaveLength(3);
    let fired = 0;
    for (let step = 1; step <= MAX_STEPS; step += 1) {
      const env = group();
      refreshed(env);
      SHEETS_TIMEOUT.arm(env, step, []);
      const message = archive(env, '1');
      SHEETS_TIMEOUT.disarm(env);
      const completed = env.sheets.ui.alerts.at(-1)?.title === 'Archive old check-ins';
      if (completed && !message.includes('timed out')) break;
      fired += 1;
      expect([step, refreshed(env)]).toEqual([step, expected]);
      archive(env, '1');
      expect([step, checkinsHeld(env)]).toEqual([step, expectedLeft]);
      expect([step, refreshed(env)]).toEqual([step, expected]);
    }
    // The sweep reached every step of the move (reads, the archive write, each deletion).
    expect(fired).toBeGreaterThan(5);
  });
});
