/**
 * The deterministic project every fault point starts from: a group of members with a rotation,
 * buddies, processed and pending responses, Review rows (one marked for re-processing),
 * reminders left pending by a short mail quota, and outcome tabs from an earlier refresh. Each
 * call builds it afresh on the compiled bundle (the emulator has no state cloning); it costs
 * tens of milliseconds once warm.
 */
import { Environment } from '../../../emulator/environment';
import { newProject, setSetting, setUpProject } from '../../integration/harness';
import { addMembers, submitCheckin, submitSurvey } from '../../integration/members';
import { cellIndex, editCell } from './sheet-access';

export const MINUTE = 60 * 1000;
export const DAY = 24 * 60 * MINUTE;
const ALL_ROLES = 'Facilitator, Co-facilitator, Timekeeper, Greeter, Note-taker';

/** Members of the fixture group: p1 … p6 from the start, p7 … p9 join on the Wednesday. */
export const memberEmail = (n: number) => `p${n}@example.org`;
export const ORGANISER = 'lead@example.org';
/** The member the "Remove a member's data" operation removes. */
export const REMOVED_MEMBER = memberEmail(2);

/** Submits with triggers deferred and then dropped: the rows stay pending, as after a busy lock. */
function submitPending(env: Environment, submit: () => void): void {
  env.deferFormTriggers = true;
  submit();
  env.runQueuedFormTriggers([]);
  env.deferFormTriggers = false;
}

/** One minute apart, so every submission has its own (timestamp, email) key. */
function tick(env: Environment): void {
  env.clock.advance(MINUTE);
}

export function buildFixture(): Environment {
  // Monday 5 January 2026; the group meets on Wednesdays.
  const env = newProject({ start: Date.UTC(2026, 0, 5, 9, 0, 0) });
  setUpProject(env);
  setSetting(env, 'Organisers', ORGANISER);
  // A short planning window keeps each run (and so each of hundreds of fault points) quick.
  setSetting(env, 'Sessions planned ahead', '3');
  addMembers(
    env,
    [1, 2, 3, 4, 5, 6].map((n) => ({
      name: `Person ${n}`,
      email: memberEmail(n),
      joined: '2025-10-01',
      roles: ALL_ROLES,
      buddy: true,
    })),
  );
  // Wednesday evening. The daily runs in between are skipped (as if the trigger had not
  // been authorised yet): fewer runs keep the fixture cheap, and Thursday's run catches up
  // (it also plans the rotation and starts the first buddy cycle).
  env.clock.set(Date.UTC(2026, 0, 7, 20, 0, 0));

  // Wednesday evening, after the session: check-ins, surveys, two that need review.
  submitPending(env, () => {
    for (const n of [1, 2, 3, 4]) {
      submitCheckin(env, memberEmail(n), { mood: n, comment: `fixture comment ${n}` });
      tick(env);
    }
    submitCheckin(env, 'stranger@example.org');
    tick(env);
    submitCheckin(env, memberEmail(5), { mood: 9 }, true);
    tick(env);
    for (const n of [1, 2, 3]) {
      submitSurvey(env, memberEmail(n), 'Agree');
      tick(env);
    }
  });
  addMembers(
    env,
    [7, 8, 9].map((n) => ({ name: `Person ${n}`, email: memberEmail(n), joined: '2026-01-07' })),
  );

  // Thursday's run has mail quota for one reminder only: the others stay pending.
  env.advanceTo(Date.UTC(2026, 0, 8, 5, 0, 0));
  env.mail.setRemainingQuota(1);
  env.advanceTo(Date.UTC(2026, 0, 8, 8, 0, 0));

  // A facilitator corrects the stranger's row in Review and marks it for re-processing.
  const strangerRow = cellIndex(env, 'Review', 'Email Address', 'stranger@example.org');
  editCell(env, 'Review', strangerRow, 'Email Address', memberEmail(6));
  editCell(env, 'Review', strangerRow, 'Action', 're-process');

  // Responses whose triggers missed the lock wait for the next run.
  submitPending(env, () => {
    submitCheckin(env, memberEmail(5), { comment: 'late fixture comment' });
    tick(env);
    submitCheckin(env, memberEmail(7));
    tick(env);
    submitSurvey(env, memberEmail(4), 'Disagree');
  });
  // Friday 05:00, before the daily run: each operation under test starts here.
  env.advanceTo(Date.UTC(2026, 0, 9, 5, 0, 0));
  env.openSpreadsheet();
  return env;
}
