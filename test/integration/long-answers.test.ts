/**
 * What a member typed is cut to fit a cell (issue 12 item 4): a cell holds at most 50,000
 * characters, so a response that goes to Review with a longer answer keeps the first 50,000
 * and its Reason says how long the answer was; nothing fails and nothing is lost. Emails go
 * out with single-line subjects and sender names whatever the group typed.
 */
import { Environment } from '../../emulator/environment';
import { newProject, setSetting, setUpProject, sheetValues } from './harness';
import { addMembers, CHECKIN, submitCheckin } from './members';

const DAY = 24 * 60 * 60 * 1000;

function rowsOf(env: Environment, tab: string): Record<string, unknown>[] {
  const [headers, ...rows] = sheetValues(env, tab);
  return rows.map((row) =>
    Object.fromEntries(headers.map((header, index) => [String(header), row[index]])),
  );
}

describe('answers longer than a cell', () => {
  let env: Environment;
  beforeEach(() => {
    env = newProject({ start: Date.UTC(2026, 0, 7, 9, 0, 0) });
    setUpProject(env);
    addMembers(env, [{ name: 'Ann', email: 'ann@example.org' }]);
    env.advanceBy(2 * DAY);
  });

  it('keeps the first 50,000 characters in Review and notes the full length in the Reason', () => {
    const long = 'I wanted to say '.repeat(4_000) + 'thank you.';
    expect(long.length).toBeGreaterThan(50_000);
    submitCheckin(env, 'ann@example.org', { mood: 7, comment: long }, true);
    expect(env.executions.filter((run) => !run.ok)).toEqual([]);
    const [row] = rowsOf(env, 'Review');
    expect(row[CHECKIN.comment]).toBe(long.slice(0, 50_000));
    expect(String(row['Reason'])).toMatch(/out of range/);
    expect(String(row['Reason'])).toContain(long.length.toLocaleString('en-GB'));
    expect(rowsOf(env, 'Check-ins')).toHaveLength(0);
  });

  it('keeps an answer of exactly 50,000 characters whole', () => {
    const full = 'Ω'.repeat(25_000) + 'x'.repeat(25_000);
    submitCheckin(env, 'ann@example.org', { mood: 7, comment: full }, true);
    const [row] = rowsOf(env, 'Review');
    expect(row[CHECKIN.comment]).toBe(full);
    expect(String(row['Reason'])).not.toMatch(/50,000/);
  });
});

describe('email headers', () => {
  it('sends with a single-line sender name whatever the group name holds', () => {
    const env = newProject({ start: Date.UTC(2026, 0, 5, 9, 0, 0) });
    setUpProject(env);
    setSetting(env, 'Group name', 'Harbour Lane\nPeer\tSupport\u0007');
    setSetting(env, 'Organisers', 'org@example.org');
    expect(env.clickMenu('Set up or repair').ok).toBe(true);
    addMembers(env, [{ name: 'Ann', email: 'ann@example.org' }]);
    env.advanceBy(8 * DAY);
    const sent = env.mail.outbox();
    expect(sent.length).toBeGreaterThan(0);
    for (const message of sent) {
      expect(message.name).toBe('Harbour Lane Peer Support');
      expect(message.subject).not.toMatch(/[\r\n\t]/);
    }
    expect(env.executions.filter((run) => !run.ok)).toEqual([]);
  });
});
