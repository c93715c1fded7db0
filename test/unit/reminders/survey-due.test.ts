import { planReminders } from '../../../src/domain/reminders/planner';
import { latestDueDate } from '../../../src/domain/reminders/survey-due';
import { ReminderInput } from '../../../src/domain/reminders/types';
import { input, member, withSettings } from './fixtures';
import { dueOfKind, skippedOfKind } from './helpers';

const surveyDue = (overrides: Partial<ReminderInput>) =>
  dueOfKind(planReminders(input(overrides)), 'survey-due');

describe('latestDueDate', () => {
  it('is the last step of the series on or before today', () => {
    expect(latestDueDate('2026-01-01', 0, 7, '2026-01-01')).toBe('2026-01-01');
    expect(latestDueDate('2026-01-01', 0, 7, '2026-01-20')).toBe('2026-01-15');
    expect(latestDueDate('2026-01-01', 1, 7, '2026-01-07')).toBeNull();
    expect(latestDueDate('2026-01-01', 1, 7, '2026-01-08')).toBe('2026-01-08');
    expect(latestDueDate('2026-02-01', 0, 7, '2026-01-31')).toBeNull();
  });
});

describe('survey reminders', () => {
  it('asks a new member for the baseline survey from the day they join', () => {
    const members = [member('M1', { name: 'Ann', joined: '2026-11-30' })];
    expect(surveyDue({ members, today: '2026-11-29' })).toEqual([]);
    const [due] = surveyDue({ members, today: '2026-11-30' });
    expect(due).toMatchObject({
      key: 'survey-due:M1:2026-11-30',
      forDate: '2026-11-30',
      to: ['m1@example.org'],
      subject: 'Hope Circle: your first survey',
    });
    expect(due.text).toContain('https://forms.example/survey');
    expect(due.html).toContain('<a href="https://forms.example/survey">open the survey</a>');
  });

  it('asks a member who joined long ago and never answered once per interval, not daily', () => {
    // 2026-01-07 + 3 × 84 days = 2026-09-16, the latest due date on or before 2026-11-30.
    const members = [member('M1', { joined: '2026-01-07' })];
    expect(surveyDue({ members }).map((email) => email.key)).toEqual(['survey-due:M1:2026-09-16']);
    expect(
      surveyDue({ members, today: '2026-12-01', sentKeys: new Set(['survey-due:M1:2026-09-16']) }),
    ).toEqual([]);
    expect(surveyDue({ members, today: '2026-12-09' }).map((email) => email.key)).toEqual([
      'survey-due:M1:2026-12-09',
    ]);
  });

  it('asks for a follow-up the configured number of weeks after the last survey', () => {
    const members = [member('M1', { joined: '2026-01-07' })];
    const surveys = [
      { memberId: 'M1', date: '2026-01-10' },
      { memberId: 'M1', date: '2026-09-01' },
    ];
    expect(surveyDue({ members, surveys, today: '2026-11-23' })).toEqual([]);
    const [due] = surveyDue({ members, surveys, today: '2026-11-24' });
    expect(due.key).toBe('survey-due:M1:2026-11-24');
    expect(due.subject).toBe('Hope Circle: time for your next survey');
    expect(due.text).toContain('a short survey every 12 weeks, and yours is due.');

    const sixWeekly = withSettings({ surveyFollowUpWeeks: 6 });
    expect(surveyDue({ members, surveys, settings: sixWeekly, today: '2026-10-13' })[0].key).toBe(
      'survey-due:M1:2026-10-13',
    );
  });

  it('keys the one baseline reminder of a member with no joined date as "baseline"', () => {
    const due = surveyDue({ members: [member('M1', { joined: '' })] });
    expect(due.map((email) => [email.key, email.forDate])).toEqual([
      ['survey-due:M1:baseline', '2026-11-30'],
    ]);
  });

  it('waits, sending nothing, while Settings has no survey form link', () => {
    const settings = withSettings({ surveyFormUrl: '' });
    const result = planReminders(input({ members: [member('M1')], settings }));
    expect(dueOfKind(result, 'survey-due')).toEqual([]);
    expect(skippedOfKind(result, 'survey-due')).toEqual([]);
  });

  it('skips paused and left members, each once, with the reason', () => {
    const result = planReminders(
      input({
        members: [
          member('M1', { status: 'paused' }),
          member('M2', { status: 'left' }),
          member('M3', { email: '' }),
        ],
      }),
    );
    expect(dueOfKind(result, 'survey-due')).toEqual([]);
    expect(skippedOfKind(result, 'survey-due').map((item) => [item.memberId, item.reason])).toEqual(
      [
        ['M1', 'member paused'],
        ['M2', 'member left'],
        ['M3', 'no email address'],
      ],
    );
  });
});
