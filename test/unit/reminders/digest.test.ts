import { buildContext } from '../../../src/domain/reminders/context';
import { digestWeekday, isDigestDue } from '../../../src/domain/reminders/digest';
import { lapsedMembers } from '../../../src/domain/reminders/lapsed';
import { planReminders } from '../../../src/domain/reminders/planner';
import { ReminderInput, ReminderSession } from '../../../src/domain/reminders/types';
import { input, member, withSettings } from './fixtures';
import { dueOfKind, skippedOfKind } from './helpers';

// 2026-12-03 is a Thursday: the day after the group's Wednesday meeting.
const THURSDAY = '2026-12-03';

const session = (date: string, status: ReminderSession['status']): ReminderSession => ({
  date,
  startTime: '18:30',
  topic: '',
  status,
});

const digestOf = (overrides: Partial<ReminderInput>) =>
  dueOfKind(planReminders(input({ today: THURSDAY, ...overrides })), 'digest');

describe('digest day', () => {
  it('is the day after the meeting, or any later day of the same week', () => {
    expect(digestWeekday('Wednesday')).toBe(3);
    expect(isDigestDue('2026-12-02', 'Wednesday')).toBe(false);
    expect(isDigestDue('2026-12-03', 'Wednesday')).toBe(true);
    expect(isDigestDue('2026-12-06', 'Wednesday')).toBe(true);
    expect(isDigestDue('2026-12-07', 'Wednesday')).toBe(false);
  });

  it('is Monday, so any day of the week, for a group meeting on Sunday', () => {
    expect(digestWeekday('Sunday')).toBe(0);
    expect(isDigestDue('2026-11-30', 'Sunday')).toBe(true);
  });

  it('is keyed by the Monday of the week and the recipient, so each gets it once a week', () => {
    const members = [member('M1', { roles: ['Facilitator'] })];
    const digests = digestOf({ members });
    expect(digests).toHaveLength(2);
    const organiser = digests.find((email) => email.memberId === 'organisers')!;
    const facilitator = digests.find((email) => email.memberId === 'M1')!;
    expect(organiser).toMatchObject({
      key: `digest:organisers:2026-11-30:${organiser.to[0].toLowerCase()}`,
      memberId: 'organisers',
      forDate: '2026-11-30',
    });
    expect(facilitator).toMatchObject({
      key: 'digest:organisers:2026-11-30:M1',
      memberId: 'M1',
      to: ['m1@example.org'],
    });
    const sentKeys = new Set([organiser.key]);
    // The organiser had it; the facilitator (left pending, say) still gets it later that week.
    expect(digestOf({ members, today: '2026-12-05', sentKeys }).map((d) => d.key)).toEqual([
      'digest:organisers:2026-11-30:M1',
    ]);
    expect(digestOf({ members, today: '2026-12-10', sentKeys })[0].key).toMatch(
      /^digest:organisers:2026-12-07:/,
    );
  });

  it('is not sent again to anyone in a week an older build sent it as one email', () => {
    const sentKeys = new Set(['digest:organisers:2026-11-30']);
    expect(digestOf({ members: [member('M1', { roles: ['Facilitator'] })], sentKeys })).toEqual([]);
  });
});

describe('digest recipients', () => {
  it('are the organisers and active facilitators with email on, once each', () => {
    const digests = digestOf({
      settings: withSettings({ organisers: ['Org@Example.org', 'chair@example.org'] }),
      members: [
        member('M1', { roles: ['Facilitator', 'Greeter'] }),
        member('M2', { roles: ['Greeter'] }),
        member('M3', { roles: ['facilitator'], status: 'paused' }),
        member('M4', { roles: ['Facilitator'], emailReminders: false }),
        member('M5', { roles: ['Facilitator'], email: 'org@example.org' }),
      ],
    });
    // One email each: nobody sees another recipient's address.
    expect(digests.map((email) => email.to.join('|')).sort()).toEqual([
      'Org@Example.org',
      'chair@example.org',
      'm1@example.org',
    ]);
    // The organiser who is also member M5 is recorded under M5's id.
    expect(digests.find((email) => email.to[0] === 'Org@Example.org')?.memberId).toBe('M5');
  });

  it('use the first leading role as the facilitator role', () => {
    const [digest] = digestOf({
      settings: withSettings({ organisers: [], leadingRoles: ['Lead', 'Facilitator'] }),
      members: [member('M1', { roles: ['Facilitator'] }), member('M2', { roles: ['Lead'] })],
    });
    expect(digest.to).toEqual(['m2@example.org']);
  });

  it('is skipped when there is no one to send it to', () => {
    const result = planReminders(
      input({ today: THURSDAY, settings: withSettings({ organisers: [] }) }),
    );
    expect(dueOfKind(result, 'digest')).toEqual([]);
    expect(skippedOfKind(result, 'digest')).toEqual([
      {
        key: 'digest:organisers:2026-11-30',
        kind: 'digest',
        memberId: 'organisers',
        forDate: '2026-11-30',
        reason: 'no facilitator or organiser to send to',
      },
    ]);
  });
});

describe('digest content', () => {
  it('lists unfilled roles in the next four weeks, the Review count and lapsed members', () => {
    const [digest] = digestOf({
      members: [
        member('M1', { name: 'Ann' }),
        member('M2', { name: 'Bo', status: 'paused' }),
        member('M3', { name: 'Cy' }),
      ],
      sessions: [
        session('2026-11-11', 'held'),
        session('2026-11-18', 'held'),
        session('2026-11-25', 'held'),
        session('2026-12-09', 'planned'),
        session('2026-12-16', 'planned'),
        session('2026-12-23', 'cancelled'),
        session('2027-01-06', 'planned'),
      ],
      rotation: [
        { date: '2026-12-09', role: 'Facilitator', memberId: 'M1' },
        { date: '2026-12-09', role: 'Co-facilitator', memberId: 'M2' },
        { date: '2026-12-09', role: 'Timekeeper', memberId: null },
        { date: '2026-12-09', role: 'Greeter', memberId: 'M3' },
        { date: '2026-12-09', role: 'Note-taker', memberId: 'M3' },
      ],
      checkins: [
        { memberId: 'M3', sessionDate: '2026-10-28' },
        { memberId: 'M1', sessionDate: '2026-11-18' },
      ],
      reviewWaiting: 4,
    });
    expect(digest.subject).toBe(
      'Hope Circle: weekly digest for the week of Monday 30 November 2026',
    );
    expect(digest.text).toContain(
      '- Wednesday 9 December 2026 at 18:30: Co-facilitator (Bo is paused), Timekeeper (not filled)',
    );
    expect(digest.text).toContain(
      '- Wednesday 16 December 2026 at 18:30: the rotation is not planned yet',
    );
    expect(digest.text).not.toContain('23 December');
    expect(digest.text).not.toContain('6 January');
    expect(digest.text).toContain('Review: 4 rows are waiting');
    expect(digest.text).toContain('not at any of the last 3 sessions');
    expect(digest.text).toContain('- Cy');
    expect(digest.text).not.toContain('- Ann');
    expect(digest.text).not.toContain('Survey reminders are waiting');
  });

  it('says when every role is filled', () => {
    const roles = ['Facilitator', 'Co-facilitator', 'Timekeeper', 'Greeter', 'Note-taker'];
    const [digest] = digestOf({
      members: roles.map((_, index) => member(`M${index + 1}`)),
      sessions: [session('2026-12-09', 'planned')],
      rotation: roles.map((role, index) => ({
        date: '2026-12-09',
        role,
        memberId: `M${index + 1}`,
      })),
    });
    expect(digest.text).toContain('Roles: every role is filled for the next 4 weeks.');
  });

  it('says when all is well, and when the survey form link is missing', () => {
    const [digest] = digestOf({ settings: withSettings({ surveyFormUrl: '' }) });
    expect(digest.text).toContain('Roles: no planned session in the next 4 weeks.');
    expect(digest.text).toContain('Review: nothing is waiting.');
    expect(digest.text).toContain('Members not seen lately: none');
    expect(digest.text).toContain('Settings has no survey form link');
  });
});

describe('lapsed members', () => {
  const sessions = [
    session('2026-10-28', 'held'),
    session('2026-11-04', 'held'),
    session('2026-11-11', 'cancelled'),
    session('2026-11-18', 'held'),
    // Still marked planned, but past: it took place.
    session('2026-11-25', 'planned'),
    session('2026-12-09', 'planned'),
  ];
  const members = [
    member('M1', { name: 'Ann' }),
    member('M2', { name: 'Bo' }),
    member('M3', { name: 'Cy' }),
    member('M4', { name: 'Di', status: 'paused' }),
    member('M5', { name: 'Ed' }),
  ];
  const lapsed = (overrides: Partial<ReminderInput>) =>
    lapsedMembers(buildContext(input({ today: THURSDAY, members, sessions, ...overrides }))).map(
      (found) => found.id,
    );

  it('are active members who checked in before but at none of the last 3 held sessions', () => {
    expect(
      lapsed({
        checkins: [
          { memberId: 'M1', sessionDate: '2026-10-28' },
          { memberId: 'M2', sessionDate: '2026-10-28' },
          { memberId: 'M2', sessionDate: '2026-11-04' },
          { memberId: 'M4', sessionDate: '2026-10-28' },
          { memberId: 'M5', sessionDate: '2026-11-25' },
        ],
      }),
    ).toEqual(['M1']);
  });

  it('counts the cancelled session out, so the window reaches back to 4 November', () => {
    expect(lapsed({ checkins: [{ memberId: 'M1', sessionDate: '2026-11-04' }] })).toEqual([]);
    expect(lapsed({ checkins: [{ memberId: 'M1', sessionDate: '2026-10-28' }] })).toEqual(['M1']);
  });

  it('needs 3 held sessions before anyone counts as lapsed', () => {
    expect(
      lapsed({
        sessions: sessions.slice(0, 3),
        checkins: [{ memberId: 'M1', sessionDate: '2026-09-01' }],
      }),
    ).toEqual([]);
  });
});
