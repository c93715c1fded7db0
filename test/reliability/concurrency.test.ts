/**
 * Many submissions whose triggers run late, in shuffled orders, with daily runs in between and
 * the script lock held by another execution for a while (so some handlers give up waiting):
 * nothing is lost or doubled, derived fields match their rows, survey waves follow the order
 * in which members answered.
 */
import fc from 'fast-check';
import { Environment } from '../../emulator/environment';
import { submitCheckin, submitSurvey } from '../integration/members';
import { unexplainedFailures } from './support/explained';
import { DAY, MINUTE } from './support/fixture';
import { buildGroup, GROUP_EMAILS } from './support/group';
import {
  derivedFieldsMatchTheirRow,
  emailsMatchSentTab,
  noDuplicateRows,
  noFormulas,
  responsesAccountedFor,
  wavesInOrder,
} from './support/invariants';
import { executionsDuring } from './support/operations';

const RUNS = 30;
const seen = { submissions: 0, triggers: 0, skipped: 0, dailyRuns: 0 };

afterAll(() => {
  console.log(
    `Concurrency: ${RUNS} interleavings, ${seen.submissions} submissions, ${seen.triggers} trigger runs ` +
      `(${seen.skipped} gave up on the lock), ${seen.dailyRuns} daily runs in between; none lost or doubled.`,
  );
});

interface Submission {
  kind: 'checkin' | 'survey';
  who: number;
  valid: boolean;
}

const submission: fc.Arbitrary<Submission> = fc.record({
  kind: fc.constantFrom('checkin', 'survey'),
  who: fc.nat({ max: GROUP_EMAILS.length }),
  valid: fc.boolean(),
});

/** One batch: submissions whose triggers wait, a lock held for a while, a daily run after. */
const batch = fc.record({
  submissions: fc.array(submission, { minLength: 1, maxLength: 8 }),
  order: fc.array(fc.nat(), { minLength: 8, maxLength: 8 }),
  holdLockMs: fc.oneof(fc.constant(0), fc.integer({ min: 1_000, max: 90_000 })),
  dailyRunAfter: fc.boolean(),
});

function submit(env: Environment, { kind, who, valid }: Submission): void {
  const email = who === GROUP_EMAILS.length ? 'stranger@example.org' : GROUP_EMAILS[who];
  env.clock.advance(MINUTE);
  if (kind === 'survey') submitSurvey(env, email, valid ? 'Agree' : 'Maybe', !valid);
  else submitCheckin(env, email, valid ? { mood: 1 + (who % 5) } : { mood: 9 }, !valid);
}

/** A permutation of 0..n-1 driven by generated numbers (a Fisher-Yates shuffle). */
function permutation(n: number, draws: readonly number[]): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i -= 1) {
    const j = draws[i % draws.length] % (i + 1);
    [order[i], order[j]] = [order[j], order[i]];
  }
  return order;
}

describe('submissions and daily runs interleaved under the lock', () => {
  it('lose and double nothing, whatever the order and whoever holds the lock', () => {
    fc.assert(
      fc.property(fc.array(batch, { minLength: 1, maxLength: 4 }), (batches) => {
        const env = buildGroup();
        const runs = executionsDuring(env, () => {
          for (const { submissions, order, holdLockMs, dailyRunAfter } of batches) {
            env.deferFormTriggers = true;
            submissions.forEach((each) => submit(env, each));
            env.deferFormTriggers = false;
            seen.submissions += submissions.length;
            if (holdLockMs > 0) env.lock.holdScriptLockUntil(env.clock.nowMs() + holdLockMs);
            const triggers = env.runQueuedFormTriggers(permutation(submissions.length, order));
            seen.triggers += triggers.length;
            seen.skipped += triggers.filter((run) => run.ok && run.elapsedMs >= 30_000).length;
            if (dailyRunAfter) {
              env.run('dailyRun', undefined, 'trigger');
              seen.dailyRuns += 1;
            }
          }
          // The lock is free again by the next morning; that run catches up.
          env.advanceBy(DAY);
        });
        expect([
          ...unexplainedFailures(runs),
          ...responsesAccountedFor(env, true),
          ...noDuplicateRows(env),
          ...derivedFieldsMatchTheirRow(env),
          ...wavesInOrder(env),
          ...emailsMatchSentTab(env, []),
          ...noFormulas(env),
        ]).toEqual([]);
      }),
      { numRuns: RUNS, seed: 20260112 },
    );
  }, 120_000);

  it('a menu action while another execution holds the lock says so and changes nothing', () => {
    const env = buildGroup();
    env.lock.holdScriptLockBy('a-long-daily-run');
    const run = env.clickMenu('Plan rotation');
    expect(run.ok).toBe(true);
    expect(env.sheets.ui.alerts.at(-1)).toEqual(
      expect.objectContaining({ title: 'Peer Circle is busy' }),
    );
    const daily = env.run('dailyRun', undefined, 'trigger');
    expect(daily.ok).toBe(true);
    expect(env.logging.text()).toMatch(/Daily run skipped: another task held the lock/);
  });
});
