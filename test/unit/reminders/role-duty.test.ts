import { planReminders } from '../../../src/domain/reminders/planner';
import { isRoleDutyDue } from '../../../src/domain/reminders/role-duty';
import { ReminderInput, ReminderSession } from '../../../src/domain/reminders/types';
import { SETTINGS, input, member, withSettings } from './fixtures';
import { dueOfKind } from './helpers';

const SESSION: ReminderSession = {
  date: '2026-12-02',
  startTime: '18:30',
  topic: 'Sleep and stress',
  status: 'planned',
};

function dutyInput(overrides: Partial<ReminderInput> = {}): ReminderInput {
  return input({
    members: [member('M1', { name: 'Ann' }), member('M2', { name: 'Bo' }), member('M3')],
    sessions: [SESSION],
    rotation: [
      { date: '2026-12-02', role: 'Facilitator', memberId: 'M1' },
      { date: '2026-12-02', role: 'Greeter', memberId: 'M2' },
      { date: '2026-12-02', role: 'Timekeeper', memberId: null },
    ],
    ...overrides,
  });
}

const dutyOn = (today: string, overrides: Partial<ReminderInput> = {}) =>
  dueOfKind(planReminders(dutyInput({ today, ...overrides })), 'role-duty');

describe('role duty timing', () => {
  it('is due from the lead day to the day before the session', () => {
    expect(isRoleDutyDue('2026-12-02', 2, '2026-11-29')).toBe(false);
    expect(isRoleDutyDue('2026-12-02', 2, '2026-11-30')).toBe(true);
    expect(isRoleDutyDue('2026-12-02', 2, '2026-12-01')).toBe(true);
    expect(isRoleDutyDue('2026-12-02', 2, '2026-12-02')).toBe(false);
    expect(isRoleDutyDue('2026-12-02', 2, '2026-12-03')).toBe(false);
  });

  it('with a lead of 0 days, goes on the session day only', () => {
    expect(isRoleDutyDue('2026-12-02', 0, '2026-12-01')).toBe(false);
    expect(isRoleDutyDue('2026-12-02', 0, '2026-12-02')).toBe(true);
    expect(isRoleDutyDue('2026-12-02', 0, '2026-12-03')).toBe(false);
  });

  it('sends nothing before the lead day', () => {
    expect(dutyOn('2026-11-29')).toEqual([]);
  });

  it('sends to each member on duty on the lead day', () => {
    const due = dutyOn('2026-11-30');
    expect(due.map((email) => [email.key, email.memberId, email.to])).toEqual([
      ['role-duty:M1:2026-12-02', 'M1', ['m1@example.org']],
      ['role-duty:M2:2026-12-02', 'M2', ['m2@example.org']],
    ]);
    expect(due.every((email) => email.forDate === '2026-12-02')).toBe(true);
  });

  it('still sends late, with the same key, when the lead-day run was missed', () => {
    expect(dutyOn('2026-12-01').map((email) => email.key)).toEqual([
      'role-duty:M1:2026-12-02',
      'role-duty:M2:2026-12-02',
    ]);
  });

  it('never sends on or after the session day', () => {
    expect(dutyOn('2026-12-02')).toEqual([]);
    expect(dutyOn('2026-12-09')).toEqual([]);
  });

  it('follows the configured lead time', () => {
    const settings = withSettings({ reminderLeadDays: 5 });
    expect(dutyOn('2026-11-26', { settings })).toEqual([]);
    expect(dutyOn('2026-11-27', { settings })).toHaveLength(2);
  });

  it('sends nothing for cancelled or already held sessions', () => {
    expect(dutyOn('2026-11-30', { sessions: [{ ...SESSION, status: 'cancelled' }] })).toEqual([]);
    expect(dutyOn('2026-11-30', { sessions: [{ ...SESSION, status: 'held' }] })).toEqual([]);
    expect(dutyOn('2026-11-30', { sessions: [] })).toEqual([]);
  });

  it('is not sent again once its key is in the Sent tab', () => {
    const due = dutyOn('2026-12-01', { sentKeys: new Set(['role-duty:M1:2026-12-02']) });
    expect(due.map((email) => email.memberId)).toEqual(['M2']);
  });
});

describe('role duty message', () => {
  it('names the role, date, time, topic and who else is on duty', () => {
    const [ann] = dutyOn('2026-11-30');
    expect(ann.subject).toBe(
      'Hope Circle: you are on duty as Facilitator on Wednesday 2 December 2026',
    );
    expect(ann.replyTo).toBe('group@example.org');
    expect(ann.text).toContain('Hello Ann,');
    expect(ann.text).toContain(
      'You are on duty as Facilitator at Hope Circle on Wednesday 2 December 2026 at 18:30.',
    );
    expect(ann.text).toContain('The topic is: Sleep and stress');
    expect(ann.text).toContain(
      [
        '- Co-facilitator: not filled yet',
        '- Timekeeper: not filled yet',
        '- Greeter: Bo',
        '- Note-taker: not filled yet',
      ].join('\n'),
    );
    expect(ann.text).not.toContain('Facilitator: Ann');
    expect(ann.text).toContain('https://forms.example/checkin');
    expect(ann.html).toContain('<a href="https://forms.example/checkin">');
  });

  it("uses the session's own start time, else the meeting time", () => {
    const [late] = dutyOn('2026-11-30', { sessions: [{ ...SESSION, startTime: '19:15' }] });
    expect(late.text).toContain('at 19:15.');
    const [fallback] = dutyOn('2026-11-30', { sessions: [{ ...SESSION, startTime: '' }] });
    expect(fallback.text).toContain(`at ${SETTINGS.meetingTime}.`);
  });

  it('sends one email naming both roles when a member holds two', () => {
    const due = dutyOn('2026-11-30', {
      rotation: [
        { date: '2026-12-02', role: 'Note-taker', memberId: 'M1' },
        { date: '2026-12-02', role: 'Greeter', memberId: 'M1' },
      ],
    });
    expect(due).toHaveLength(1);
    expect(due[0].subject).toContain('you are on duty as Greeter and Note-taker on');
  });

  it('leaves out the topic line when there is none, and a check-in link that is not https', () => {
    const [ann] = dutyOn('2026-11-30', {
      sessions: [{ ...SESSION, topic: ' ' }],
      settings: withSettings({ checkinFormUrl: 'javascript:alert(1)' }),
    });
    expect(ann.text).not.toContain('topic');
    expect(ann.text + ann.html).not.toContain('javascript');
  });
});
