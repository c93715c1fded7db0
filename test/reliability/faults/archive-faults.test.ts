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

const checkinsHeld = (env: ReturnType<typeof generatedGroup>) =>
  sheetValues(env, 'Check-ins').length - 1;

describe('Archive old check-ins: a Sheets timeout at any step', () => {
  it('loses nothing, counts nothing twice, and a second run completes the move', () => {
    const clean = generatedGroup(MEMBERS, WEEKS);
    const expected = refreshed(clean);
    archive(clean, '1');
    const expectedLeft = checkinsHeld(clean);
    let fired = 0;
    for (let step = 1; step <= MAX_STEPS; step += 1) {
      const env = generatedGroup(MEMBERS, WEEKS);
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
