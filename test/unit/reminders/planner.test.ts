import { planReminders } from '../../../src/domain/reminders/planner';
import { ReminderInput } from '../../../src/domain/reminders/types';
import { input, member, withSettings } from './fixtures';

// Monday 30 November 2026: a duty reminder for Wednesday's session, a buddy pair starting and
// baseline surveys are all due; the digest (due from Thursday) is not.
function busyDay(overrides: Partial<ReminderInput> = {}): ReminderInput {
  return input({
    members: [
      member('M1', { name: 'Ann', joined: '2026-11-30' }),
      member('M2', { name: 'Bo', joined: '2026-11-30' }),
    ],
    sessions: [{ date: '2026-12-02', startTime: '18:30', topic: '', status: 'planned' }],
    rotation: [{ date: '2026-12-02', role: 'Greeter', memberId: 'M1' }],
    buddies: [{ cycleStart: '2026-11-30', cycleEnd: '2027-01-24', memberIds: ['M1', 'M2'] }],
    ...overrides,
  });
}

const summary = (plan: ReturnType<typeof planReminders>) =>
  plan.due.map((email) => [email.forDate, email.kind, email.memberId]);

describe('planReminders', () => {
  it('orders what is due by date, kind and member', () => {
    expect(summary(planReminders(busyDay()))).toEqual([
      ['2026-11-30', 'buddy-intro', 'M1'],
      ['2026-11-30', 'buddy-intro', 'M2'],
      ['2026-11-30', 'survey-due', 'M1'],
      ['2026-11-30', 'survey-due', 'M2'],
      ['2026-12-02', 'role-duty', 'M1'],
    ]);
  });

  it('gives the same plan whatever order the sheet rows come in', () => {
    const plain = busyDay();
    const shuffled = busyDay({
      members: [...plain.members].reverse(),
      buddies: [{ ...plain.buddies[0], memberIds: ['M2', 'M1'] }],
    });
    expect(planReminders(shuffled)).toEqual(planReminders(plain));
  });

  it('plans each reminder exactly once: recorded keys, sent or skipped, are never planned again', () => {
    const first = planReminders(
      busyDay({
        members: [member('M1', { joined: '2026-11-30' }), member('M2', { emailReminders: false })],
      }),
    );
    expect(first.due.length).toBeGreaterThan(0);
    expect(first.skipped.length).toBeGreaterThan(0);
    const sentKeys = new Set([...first.due, ...first.skipped].map((item) => item.key));
    for (const today of ['2026-11-30', '2026-12-01']) {
      const again = planReminders(
        busyDay({
          today,
          sentKeys,
          members: [
            member('M1', { joined: '2026-11-30' }),
            member('M2', { emailReminders: false }),
          ],
        }),
      );
      expect(again).toEqual({ due: [], skipped: [] });
    }
  });

  it('plans a duplicated sheet row only once', () => {
    const plain = busyDay();
    const doubled = busyDay({ buddies: [...plain.buddies, ...plain.buddies] });
    expect(planReminders(doubled)).toEqual(planReminders(plain));
  });

  it('skips members with email off, paused or left, recording each once with its reason', () => {
    const plan = planReminders(
      busyDay({
        members: [
          member('M1', { emailReminders: false, joined: '2026-11-30' }),
          member('M2', { status: 'paused', joined: '2026-11-30' }),
          member('M3', { status: 'left', joined: '2026-11-30' }),
        ],
      }),
    );
    expect(plan.due).toEqual([]);
    expect(plan.skipped.map((item) => [item.key, item.reason])).toEqual([
      ['buddy-intro:M1:2026-11-30:M2', 'email off'],
      ['buddy-intro:M2:2026-11-30:M1', 'member paused'],
      ['survey-due:M1:2026-11-30', 'email off'],
      ['survey-due:M2:2026-11-30', 'member paused'],
      ['survey-due:M3:2026-11-30', 'member left'],
      ['role-duty:M1:2026-12-02', 'email off'],
    ]);
  });

  it('sends nothing at all when email is off for the group', () => {
    const plan = planReminders(busyDay({ settings: withSettings({ emailOn: false }) }));
    expect(plan.due).toEqual([]);
    expect(plan.skipped).toHaveLength(5);
    expect(new Set(plan.skipped.map((item) => item.reason))).toEqual(
      new Set(['email off for the group']),
    );
  });

  it('sets the reply-to address from Settings, or leaves it empty', () => {
    expect(
      planReminders(busyDay()).due.every((email) => email.replyTo === 'group@example.org'),
    ).toBe(true);
    const noReplyTo = planReminders(busyDay({ settings: withSettings({ replyTo: '' }) }));
    expect(noReplyTo.due.every((email) => email.replyTo === '')).toBe(true);
  });
});

describe('test mode', () => {
  const testSettings = withSettings({
    testMode: true,
    organisers: ['a@example.org', 'b@example.org'],
  });

  it('sends every reminder to the organisers, marked as a test and naming who it was for', () => {
    const plan = planReminders(busyDay({ settings: testSettings }));
    expect(plan.due).toHaveLength(5);
    for (const email of plan.due) {
      expect(email.to).toEqual(['a@example.org', 'b@example.org']);
      expect(email.subject.startsWith('[TEST] Hope Circle: ')).toBe(true);
      expect(email.key.startsWith('test:')).toBe(true);
    }
    const [introToAnn] = plan.due;
    expect(introToAnn.text.split('\n\n')[0]).toBe(
      '*** Test mode: this email would have gone to Ann <m1@example.org>. Only the organisers received it. ***',
    );
    expect(introToAnn.html).toContain('would have gone to Ann &lt;m1@example.org&gt;');
  });

  it('keeps test keys apart from real ones in both directions', () => {
    const real = planReminders(busyDay());
    const realKeys = new Set(real.due.map((email) => email.key));
    const test = planReminders(busyDay({ settings: testSettings, sentKeys: realKeys }));
    expect(test.due.map((email) => email.key)).toEqual(
      real.due.map((email) => `test:${email.key}`),
    );
    const testKeys = new Set(test.due.map((email) => email.key));
    expect(planReminders(busyDay({ sentKeys: testKeys }))).toEqual(real);
  });

  it('applies the same skip rules, so organisers see what members would get', () => {
    const plan = planReminders(
      busyDay({
        settings: testSettings,
        members: [
          member('M1', { emailReminders: false, joined: '2026-11-30' }),
          member('M2', { joined: '2026-11-30' }),
        ],
      }),
    );
    expect(plan.skipped.map((item) => [item.key, item.reason])).toEqual([
      ['test:buddy-intro:M1:2026-11-30:M2', 'email off'],
      ['test:survey-due:M1:2026-11-30', 'email off'],
      ['test:role-duty:M1:2026-12-02', 'email off'],
    ]);
  });

  it('falls back to the account running the script when Settings names no organiser', () => {
    const settings = withSettings({ testMode: true, organisers: [] });
    const plan = planReminders(busyDay({ settings }));
    expect(new Set(plan.due.flatMap((email) => email.to))).toEqual(new Set(['owner@example.org']));

    const nowhere = planReminders(busyDay({ settings, organiserFallback: '' }));
    expect(nowhere.due).toEqual([]);
    expect(new Set(nowhere.skipped.map((item) => item.reason))).toEqual(
      new Set(['test mode: no organiser address']),
    );
  });

  it('marks the digest too, naming its real recipients', () => {
    const plan = planReminders(
      input({
        today: '2026-12-03',
        settings: withSettings({ testMode: true, organisers: [] }),
        members: [member('M1', { roles: ['Facilitator'] })],
      }),
    );
    const digest = plan.due.find((email) => email.kind === 'digest');
    expect(digest).toMatchObject({
      key: 'test:digest:organisers:2026-11-30:M1',
      to: ['owner@example.org'],
    });
    expect(digest?.text).toContain('would have gone to m1@example.org');
  });
});

describe('escaping what members typed', () => {
  const SCRIPT = '<script>alert(1)</script>';

  const plan = planReminders(
    busyDay({
      settings: withSettings({ groupName: 'Tom & Jerry <Circle>' }),
      members: [
        member('M1', { name: 'Ann', joined: '2026-11-30' }),
        member('M2', { name: SCRIPT, joined: '2026-11-30' }),
      ],
      sessions: [
        {
          date: '2026-12-02',
          startTime: '18:30',
          topic: 'Boundaries <b>"yes" & \'no\'</b>',
          status: 'planned',
        },
      ],
      rotation: [
        { date: '2026-12-02', role: 'Greeter', memberId: 'M1' },
        { date: '2026-12-02', role: '<i>Tea</i>', memberId: 'M2' },
      ],
    }),
  );

  it('escapes names, topics, roles and the group name in HTML', () => {
    for (const email of plan.due) {
      expect(email.html).not.toMatch(/<script|<b>|<i>|<Circle>/);
      expect(email.html).toContain('Tom &amp; Jerry &lt;Circle&gt;');
    }
    const duty = plan.due.find((email) => email.kind === 'role-duty' && email.memberId === 'M1');
    expect(duty?.html).toContain('&lt;i&gt;Tea&lt;/i&gt;: &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(duty?.html).toContain(
      'Boundaries &lt;b&gt;&quot;yes&quot; &amp; &#39;no&#39;&lt;/b&gt;',
    );
    const intro = plan.due.find((email) => email.kind === 'buddy-intro' && email.memberId === 'M1');
    expect(intro?.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; (m2@example.org)');
  });

  it('keeps them as typed in the plain-text body and the subject', () => {
    const intro = plan.due.find((email) => email.kind === 'buddy-intro' && email.memberId === 'M1');
    expect(intro?.text).toContain(`- ${SCRIPT} (m2@example.org)`);
    const greeting = plan.due.find(
      (email) => email.kind === 'buddy-intro' && email.memberId === 'M2',
    );
    expect(greeting?.text).toContain(`Hello ${SCRIPT},`);
    expect(greeting?.subject).toBe('Tom & Jerry <Circle>: meet your buddy');
  });
});
