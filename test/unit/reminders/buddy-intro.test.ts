import { planReminders } from '../../../src/domain/reminders/planner';
import { ReminderBuddyGroup, ReminderInput } from '../../../src/domain/reminders/types';
import { input, member } from './fixtures';
import { dueOfKind, skippedOfKind } from './helpers';

const PAIR: ReminderBuddyGroup = {
  cycleStart: '2026-11-30',
  cycleEnd: '2027-01-24',
  memberIds: ['M1', 'M2'],
};
const MEMBERS = [
  member('M1', { name: 'Ann' }),
  member('M2', { name: 'Bo' }),
  member('M3', { name: 'Cy' }),
];

const plan = (overrides: Partial<ReminderInput>) =>
  planReminders(input({ members: MEMBERS, buddies: [PAIR], ...overrides }));

describe('buddy introductions', () => {
  it('introduces both members of a pair to each other when the cycle starts', () => {
    const due = dueOfKind(plan({ today: '2026-11-30' }), 'buddy-intro');
    expect(due.map((email) => [email.key, email.to, email.forDate])).toEqual([
      ['buddy-intro:M1:2026-11-30:M2', ['m1@example.org'], '2026-11-30'],
      ['buddy-intro:M2:2026-11-30:M1', ['m2@example.org'], '2026-11-30'],
    ]);
    expect(due[0].subject).toBe('Hope Circle: meet your buddy');
    expect(due[0].text).toContain('- Bo (m2@example.org)');
    expect(due[0].text).toContain('From Monday 30 November 2026 to Sunday 24 January 2027');
    expect(due[1].text).toContain('- Ann (m1@example.org)');
    expect(due[1].text).not.toContain('Bo (');
  });

  it('introduces all three of a trio, each to the other two', () => {
    const due = dueOfKind(
      plan({ today: '2026-11-30', buddies: [{ ...PAIR, memberIds: ['M1', 'M2', 'M3'] }] }),
      'buddy-intro',
    );
    expect(due.map((email) => email.to[0])).toEqual([
      'm1@example.org',
      'm2@example.org',
      'm3@example.org',
    ]);
    expect(due[0].subject).toBe('Hope Circle: meet your buddies');
    expect(due[0].text).toContain('- Bo (m2@example.org)\n- Cy (m3@example.org)');
    expect(due[2].text).toContain('- Ann (m1@example.org)\n- Bo (m2@example.org)');
    expect(due[2].key).toBe('buddy-intro:M3:2026-11-30:M1+M2');
  });

  it('is not sent before the cycle starts or after it ends, and is sent late within it', () => {
    expect(dueOfKind(plan({ today: '2026-11-29' }), 'buddy-intro')).toEqual([]);
    expect(dueOfKind(plan({ today: '2027-01-25' }), 'buddy-intro')).toEqual([]);
    expect(dueOfKind(plan({ today: '2026-12-10' }), 'buddy-intro')).toHaveLength(2);
  });

  it('is sent once per pairing, and again when a facilitator re-pairs someone mid-cycle', () => {
    const sentKeys = new Set(['buddy-intro:M1:2026-11-30:M2', 'buddy-intro:M2:2026-11-30:M1']);
    expect(dueOfKind(plan({ today: '2026-12-01', sentKeys }), 'buddy-intro')).toEqual([]);
    const repaired = plan({
      today: '2026-12-01',
      sentKeys,
      buddies: [{ ...PAIR, memberIds: ['M1', 'M3'] }],
    });
    expect(dueOfKind(repaired, 'buddy-intro').map((email) => email.key)).toEqual([
      'buddy-intro:M1:2026-11-30:M3',
      'buddy-intro:M3:2026-11-30:M1',
    ]);
  });

  it('skips a member with email off, while their buddy still hears who they are', () => {
    const result = plan({
      today: '2026-11-30',
      members: [member('M1', { name: 'Ann', emailReminders: false }), MEMBERS[1]],
    });
    expect(skippedOfKind(result, 'buddy-intro')).toEqual([
      {
        key: 'buddy-intro:M1:2026-11-30:M2',
        kind: 'buddy-intro',
        memberId: 'M1',
        forDate: '2026-11-30',
        reason: 'email off',
      },
    ]);
    const [toBo] = dueOfKind(result, 'buddy-intro');
    expect(toBo.to).toEqual(['m2@example.org']);
    expect(toBo.text).toContain('Ann (m1@example.org)');
  });

  it('ignores ids that match no member, and a group left with one known member', () => {
    const due = dueOfKind(
      plan({ today: '2026-11-30', buddies: [{ ...PAIR, memberIds: ['M1', 'M9'] }] }),
      'buddy-intro',
    );
    expect(due).toEqual([]);
  });
});
