/**
 * Group emails never show one facilitator's address to another (issue 14 item 4): the weekly
 * digest goes as one email per recipient, each keyed in Sent, counted one recipient each against
 * the quota; test mode's copies to several organisers go in Bcc behind the sending account.
 */
import { Environment } from '../../emulator/environment';
import { newProject, setSetting, setUpProject, sheetValues } from './harness';
import { addMembers } from './members';

const DAY = 24 * 60 * 60 * 1000;

function sentRows(env: Environment): Record<string, unknown>[] {
  const [headers, ...data] = sheetValues(env, 'Sent');
  return data.map((row) =>
    Object.fromEntries(headers.map((header, index) => [String(header), row[index]])),
  );
}

function group(env: Environment): string[] {
  const facilitators = ['fa@example.org', 'fb@example.org', 'fc@example.org'];
  addMembers(env, [
    ...facilitators.map((email, i) => ({
      name: `Facilitator ${i + 1}`,
      email,
      roles: 'Facilitator, Greeter',
    })),
    { name: 'Member One', email: 'm1@example.org', roles: 'Greeter' },
  ]);
  return [...facilitators, 'lead@example.org', 'chair@example.org'];
}

describe('group emails', () => {
  let env: Environment;
  beforeEach(() => {
    // Monday 5 January 2026; the group meets on Wednesdays, so the digest goes on Thursday.
    env = newProject({ start: Date.UTC(2026, 0, 5, 9, 0, 0) });
    setUpProject(env);
    setSetting(env, 'Organisers', 'lead@example.org, chair@example.org');
  });

  it('send the digest as one email per recipient, once each, whatever the re-runs', () => {
    const everyone = group(env);
    env.advanceBy(4 * DAY); // to Friday: Thursday's daily run sent the digest
    env.run('dailyRun', undefined, 'trigger');
    env.clickMenu('Send due reminders now');
    const digests = env.mail.outbox().filter((message) => /weekly digest/.test(message.subject));
    expect(digests.map((message) => message.to.join()).sort()).toEqual([...everyone].sort());
    for (const message of env.mail.outbox()) {
      expect(message.to).toHaveLength(1);
      expect(message.cc).toEqual([]);
      expect(message.bcc).toEqual([]);
    }
    const keys = sentRows(env)
      .filter((row) => row['Kind'] === 'digest')
      .map((row) => String(row['Key']));
    expect(new Set(keys).size).toBe(everyone.length);
    expect(keys.every((key) => key.startsWith('digest:organisers:2026-01-05:'))).toBe(true);
  });

  it('send the digest in parts when the quota is short, the rest the next day, none twice', () => {
    const everyone = group(env);
    env.advanceTo(Date.UTC(2026, 0, 8, 5, 0, 0)); // Thursday, before the daily run
    // Survey-due reminders for the new members went on Tuesday; 2 recipients left today.
    env.mail.setRemainingQuota(2);
    env.advanceTo(Date.UTC(2026, 0, 8, 12, 0, 0));
    const firstDay = env.mail.outbox().filter((message) => /weekly digest/.test(message.subject));
    expect(firstDay).toHaveLength(2);
    expect(sentRows(env).filter((row) => row['Status'] === 'pending')).toHaveLength(
      everyone.length - 2,
    );
    env.advanceBy(DAY);
    const digests = env.mail.outbox().filter((message) => /weekly digest/.test(message.subject));
    expect(digests.map((message) => message.to.join()).sort()).toEqual([...everyone].sort());
  });

  it('in test mode, copy several organisers in Bcc behind the sending account', () => {
    group(env);
    setSetting(env, 'Test mode', 'yes');
    env.advanceBy(4 * DAY);
    const outbox = env.mail.outbox();
    expect(outbox.length).toBeGreaterThan(0);
    for (const message of outbox) {
      expect(message.to).toEqual([env.ctx.accountEmail]);
      expect(message.cc).toEqual([]);
      expect([...message.bcc].sort()).toEqual(['chair@example.org', 'lead@example.org']);
    }
  });
});
