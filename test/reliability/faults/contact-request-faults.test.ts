/**
 * A contact request under fault injection at every service call of the form-submit execution
 * that raises it (issue 14 item 2): a Sheets call timing out, a MailApp call failing, the mail
 * quota running out, the script lock busy, and the time limit reached. After the faulted
 * execution the next daily run happens; then the request is in the Contact requests tab exactly
 * once and each organiser and facilitator of that week has had its email exactly once.
 *
 * The one case no design can settle offline: Apps Script stopping the run (the time limit)
 * between the Sent row written "sending" and the send itself. The script cannot tell whether the
 * email left, so it never resends (no duplicate), the row reads "unconfirmed", and the request
 * stays open in its tab and in the weekly digest. The test checks exactly that.
 */
import { Environment } from '../../../emulator/environment';
import { traceCalls, TracedCall } from '../support/call-trace';
import {
  FaultKind,
  LOCK_BUSY,
  MAIL_QUOTA,
  SERVER_ERROR,
  SHEETS_TIMEOUT,
  TIME_LIMIT,
} from '../support/faults';
import {
  contactEmails,
  DAY,
  rows,
  submitContactCheckin,
  contactFixture,
} from '../../integration/contact-fixture';

const MAIL_ERROR: FaultKind = {
  name: 'MailApp call fails',
  isTarget: (call) => call.service === 'MailApp',
  arm: (env, k) => env.meter.injectFault({ service: 'MailApp', nth: k, message: SERVER_ERROR }),
  disarm: (env) => env.meter.clearFaults(),
  fired: (trace) => trace.thrown.includes(SERVER_ERROR),
  explains: (message) => message.includes(SERVER_ERROR),
};

interface Prepared {
  env: Environment;
  expected: string[];
}

/** The group on Thursday, the check-in submitted and its trigger waiting to run. */
function prepare(): Prepared {
  const { env, expected } = contactFixture({ quick: true });
  env.deferFormTriggers = true;
  submitContactCheckin(env, 'cy@example.org');
  return { env, expected };
}

function runSubmission(env: Environment) {
  return env.runQueuedFormTriggers();
}

function cleanTrace(): TracedCall[] {
  const { env } = prepare();
  const trace = traceCalls(env);
  runSubmission(env);
  trace.stop();
  return trace.calls;
}

/** Problems with the request after the faulted execution and the next daily run. */
function check(
  env: Environment,
  expected: string[],
  mayBeUnconfirmed: boolean,
): { problems: string[]; notReceived: number } {
  const problems: string[] = [];
  let notReceived = 0;
  const requests = rows(env, 'Contact requests');
  if (requests.length !== 1) problems.push(`${requests.length} Contact requests rows`);
  const checkins = rows(env, 'Check-ins');
  if (checkins.length !== 1 || checkins[0]['Processing'] !== 'ok')
    problems.push(
      `check-in not processed once: ${JSON.stringify(checkins.map((r) => r['Processing']))}`,
    );
  const sent = rows(env, 'Sent').filter((row) => row['Kind'] === 'contact-request');
  for (const address of expected) {
    const got = contactEmails(env).filter((message) => message.to.join() === address).length;
    if (got === 1) continue;
    const key = sent.find((row) => String(row['Key']).endsWith(`:${idOf(env, address)}`));
    const unconfirmed = String(key?.['Status'] ?? '').startsWith('unconfirmed');
    if (got === 0 && mayBeUnconfirmed && unconfirmed && requests[0]?.['Status'] === 'open') {
      notReceived += 1;
      continue;
    }
    problems.push(`${address} got ${got} (Sent: ${String(key?.['Status'] ?? 'no row')})`);
  }
  const stray = contactEmails(env).filter((message) => !expected.includes(message.to.join()));
  if (stray.length > 0) problems.push(`stray: ${stray.map((m) => m.to.join()).join(', ')}`);
  return { problems, notReceived };
}

function idOf(env: Environment, address: string): string {
  const member = rows(env, 'Members').find((row) => row['Email'] === address);
  return member ? String(member['Member ID']) : address;
}

const KINDS: Array<{ fault: FaultKind; mayBeUnconfirmed: boolean }> = [
  { fault: SHEETS_TIMEOUT, mayBeUnconfirmed: false },
  { fault: MAIL_ERROR, mayBeUnconfirmed: false },
  { fault: MAIL_QUOTA, mayBeUnconfirmed: false },
  { fault: LOCK_BUSY, mayBeUnconfirmed: false },
  { fault: TIME_LIMIT, mayBeUnconfirmed: true },
];

describe('a contact request under faults at every call of its form-submit execution', () => {
  const calls = cleanTrace();

  it('the clean execution sends every email itself', () => {
    const { env, expected } = prepare();
    runSubmission(env);
    expect(check(env, expected, false)).toEqual({ problems: [], notReceived: 0 });
    expect(calls.filter((call) => call.method === 'MailApp.sendEmail')).toHaveLength(
      expected.length,
    );
  });

  for (const { fault, mayBeUnconfirmed } of KINDS) {
    it(`${fault.name}: no duplicate, none lost`, () => {
      const targets = calls.filter((call) => fault.isTarget(call));
      const points = fault === LOCK_BUSY ? 1 : targets.length;
      expect(points).toBeGreaterThan(0);
      const failures: string[] = [];
      let fired = 0;
      const unsentAt: string[] = [];
      for (let k = 1; k <= points; k += 1) {
        const { env, expected } = prepare();
        const trace = traceCalls(env);
        fault.arm(env, k, targets);
        runSubmission(env);
        fault.disarm(env);
        trace.stop();
        if (fault.fired(trace)) fired += 1;
        env.advanceBy(DAY);
        const daily = env.executions.filter((execution) => execution.handler === 'dailyRun');
        if (!daily.at(-1)?.ok) failures.push(`step ${k}: the daily run failed`);
        const { problems, notReceived } = check(env, expected, mayBeUnconfirmed);
        if (notReceived > 0) unsentAt.push(targets[k - 1].method);
        failures.push(
          ...problems.map((problem) => `step ${k} (${targets[k - 1]?.method}): ${problem}`),
        );
      }
      expect(failures).toEqual([]);
      expect(fired).toBe(points);
      // Only the time limit stopping the run at a send itself leaves that one email unsent (and
      // "unconfirmed", the request open in its tab and the digest); nowhere else.
      expect(unsentAt.every((method) => method === 'MailApp.sendEmail')).toBe(true);
      const sends = calls.filter((call) => call.method === 'MailApp.sendEmail').length;
      expect(unsentAt).toEqual(mayBeUnconfirmed ? new Array(sends).fill('MailApp.sendEmail') : []);
    });
  }
});
