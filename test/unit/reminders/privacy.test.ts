/**
 * No survey answer, score, check-in comment or facilitator note may ever reach an email. The
 * input types refuse such fields (the @ts-expect-error lines fail `tsc` if they are accepted),
 * and at run time the planner copies only what it needs: these properties feed random groups
 * whose private fields carry a marker and check that no output field contains it.
 */
import fc from 'fast-check';
import { addDays } from '../../../src/domain/dates';
import { planReminders } from '../../../src/domain/reminders/planner';
import {
  CheckinTaken,
  ReminderInput,
  ReminderMember,
  SurveyTaken,
} from '../../../src/domain/reminders/types';
import { DEFAULT_ROLES } from '../../../src/domain/settings';
import { SETTINGS, input, member } from './fixtures';

const MARKER = 'PRIVATE-MARKER-7f3a';
const privateText = fc.string({ maxLength: 8 }).map((text) => `${text}${MARKER}${text}`);

// Names and topics a person could type, including HTML specials, but never the marker.
const typedText = fc
  .array(fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzAB <>&"\''.split('')), { maxLength: 12 })
  .map((chars) => chars.join(''));

const BASE_DAY = '2026-06-01';
const dayNear = fc.integer({ min: -60, max: 60 }).map((offset) => addDays(BASE_DAY, offset));
// Sessions fall weekly on BASE_DAY's weekday, often on BASE_DAY itself, and runs happen in the
// week before it, so duty reminders (due only in a short window) come up in most runs.
const sessionDay = fc.oneof(
  { arbitrary: fc.constant(BASE_DAY), weight: 2 },
  {
    arbitrary: fc.integer({ min: -4, max: 4 }).map((week) => addDays(BASE_DAY, week * 7)),
    weight: 1,
  },
);
const runDay = fc.integer({ min: 0, max: 8 }).map((daysBefore) => addDays(BASE_DAY, -daysBefore));
const memberIds = Array.from({ length: 8 }, (_, index) => `M${index + 1}`);
const memberId = fc.constantFrom(...memberIds);

const memberWithNotes = (id: string) =>
  fc.record({
    id: fc.constant(id),
    name: typedText,
    email: fc.constantFrom(...Array(3).fill(`${id.toLowerCase()}@example.org`), ''),
    joined: fc.oneof(dayNear, fc.constant('')),
    status: fc.constantFrom('active', 'active', 'active', 'paused', 'left'),
    roles: fc.subarray(['Facilitator', 'Greeter']),
    emailReminders: fc.constantFrom(true, true, true, false),
    facilitatorNotes: privateText,
    notes: privateText,
  });

const sessionWithNotes = fc.record({
  date: fc.oneof({ arbitrary: sessionDay, weight: 3 }, { arbitrary: dayNear, weight: 1 }),
  startTime: fc.constantFrom('18:30', ''),
  topic: typedText,
  status: fc.constantFrom('planned', 'planned', 'held', 'cancelled'),
  notes: privateText,
});

const checkinWithAnswers = fc.record({
  memberId,
  sessionDate: sessionDay,
  comment: privateText,
  mood: privateText,
  coping: privateText,
  supported: privateText,
  privateComment: privateText,
});

const surveyWithAnswers = fc.record({
  memberId,
  date: dayNear,
  answers: fc.dictionary(fc.constantFrom('q1', 'q2'), privateText),
  score: privateText,
  scores: fc.dictionary(fc.constantFrom('swemwbs', 'ismi10'), privateText),
  wave: privateText,
});

const groupWithPrivateData = fc.record({
  today: runDay,
  settings: fc.record({
    emailOn: fc.constantFrom(true, true, true, false),
    testMode: fc.boolean(),
    reminderLeadDays: fc.integer({ min: 0, max: 7 }),
    surveyFollowUpWeeks: fc.integer({ min: 1, max: 26 }),
    meetingWeekday: fc.constantFrom('Monday', 'Wednesday', 'Sunday' as const),
    organisers: fc.subarray(['org@example.org']),
  }),
  members: fc.tuple(...memberIds.map(memberWithNotes)),
  sessions: fc.array(sessionWithNotes, { maxLength: 10 }),
  rotation: fc.array(
    fc.record({
      date: sessionDay,
      role: fc.constantFrom(...DEFAULT_ROLES),
      memberId: fc.option(memberId),
      locked: fc.boolean(),
    }),
    { maxLength: 12 },
  ),
  buddies: fc.array(
    fc.record({
      cycleStart: dayNear,
      length: fc.integer({ min: 0, max: 60 }),
      memberIds: fc.uniqueArray(memberId, { minLength: 2, maxLength: 3 }),
    }),
    { maxLength: 3 },
  ),
  checkins: fc.array(checkinWithAnswers, { maxLength: 20 }),
  surveys: fc.array(surveyWithAnswers, { maxLength: 10 }),
  reviewWaiting: fc.nat(9),
});

type Group = typeof groupWithPrivateData extends fc.Arbitrary<infer G> ? G : never;

function toInput(group: Group, sentKeys: ReadonlySet<string> = new Set()): ReminderInput {
  // The records carry private fields on purpose, as a careless caller's rows would at run
  // time; the cast stands in for data that bypassed the types (e.g. read from a sheet).
  return {
    ...input(),
    today: group.today,
    settings: { ...SETTINGS, ...group.settings },
    members: group.members as unknown as ReminderMember[],
    sessions: group.sessions as unknown as ReminderInput['sessions'],
    rotation: group.rotation,
    buddies: group.buddies.map(({ cycleStart, length, memberIds }) => ({
      cycleStart,
      cycleEnd: addDays(cycleStart, length),
      memberIds,
    })),
    checkins: group.checkins as unknown as CheckinTaken[],
    surveys: group.surveys as unknown as SurveyTaken[],
    reviewWaiting: group.reviewWaiting,
    sentKeys,
  };
}

describe('privacy', () => {
  it('rejects private fields at compile time', () => {
    const checkin = { memberId: 'M1', sessionDate: '2026-11-25', comment: MARKER };
    const survey = { memberId: 'M1', date: '2026-11-25', score: 23 };
    const noted = { ...member('M1'), facilitatorNotes: MARKER };
    // @ts-expect-error a check-in's comment is not accepted
    const checkins: CheckinTaken[] = [checkin];
    // @ts-expect-error a survey's score is not accepted
    const surveys: SurveyTaken[] = [survey];
    // @ts-expect-error a facilitator's note is not accepted
    const members: ReminderMember[] = [noted];
    // Had they got through, they still would not reach a message:
    const plan = planReminders(
      input({ today: '2026-11-26', members, checkins, surveys, settings: SETTINGS }),
    );
    expect(plan.due.length).toBeGreaterThan(0);
    expect(JSON.stringify(plan)).not.toContain(MARKER);
  });

  it('never puts a note, comment, answer or score in any output field', () => {
    const kindsChecked = new Set<string>();
    fc.assert(
      fc.property(groupWithPrivateData, (group) => {
        const plan = planReminders(toInput(group));
        for (const email of plan.due) kindsChecked.add(email.kind);
        expect(JSON.stringify(plan)).not.toContain(MARKER);
      }),
      { numRuns: 300 },
    );
    // Guards against a generator that never produces some kind of email, which would prove
    // nothing about that kind's template.
    expect([...kindsChecked].sort()).toEqual(['buddy-intro', 'digest', 'role-duty', 'survey-due']);
  });
});

describe('invariants over random groups', () => {
  it('plans each key once, and nothing once every key is recorded', () => {
    fc.assert(
      fc.property(groupWithPrivateData, (group) => {
        const plan = planReminders(toInput(group));
        const keys = [...plan.due, ...plan.skipped].map((item) => item.key);
        expect(new Set(keys).size).toBe(keys.length);
        expect(planReminders(toInput(group, new Set(keys)))).toEqual({ due: [], skipped: [] });
      }),
      { numRuns: 200 },
    );
  });

  it('sends only to active members with email on, or to organisers in test mode', () => {
    fc.assert(
      fc.property(groupWithPrivateData, (group) => {
        const plan = planReminders(toInput(group));
        if (!group.settings.emailOn) expect(plan.due).toEqual([]);
        for (const email of plan.due) {
          if (group.settings.testMode) {
            expect(email.key.startsWith('test:')).toBe(true);
            expect(email.subject.startsWith('[TEST]')).toBe(true);
            expect(email.to).toEqual(
              group.settings.organisers.length > 0
                ? group.settings.organisers
                : ['owner@example.org'],
            );
          } else if (email.kind !== 'digest') {
            const recipient = group.members.find((candidate) => candidate.id === email.memberId);
            expect(recipient).toMatchObject({ status: 'active', emailReminders: true });
            expect(email.to).toEqual([recipient?.email]);
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('never sends a duty reminder on or after the session (the session day itself only with a lead of 0)', () => {
    fc.assert(
      fc.property(groupWithPrivateData, (group) => {
        const plan = planReminders(toInput(group));
        for (const email of plan.due.filter((item) => item.kind === 'role-duty')) {
          if (group.settings.reminderLeadDays === 0) expect(email.forDate).toBe(group.today);
          else expect(email.forDate > group.today).toBe(true);
          expect(email.forDate <= addDays(group.today, group.settings.reminderLeadDays)).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('orders its output by date, kind and member', () => {
    fc.assert(
      fc.property(groupWithPrivateData, (group) => {
        const plan = planReminders(toInput(group));
        for (const list of [plan.due, plan.skipped]) {
          const order = list.map(
            (item) => `${item.forDate}|${item.kind}|${item.memberId}|${item.key}`,
          );
          expect(order).toEqual([...order].sort());
        }
      }),
      { numRuns: 100 },
    );
  });
});
