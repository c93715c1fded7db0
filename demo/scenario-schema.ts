/**
 * The scenario format: one JSON document describing a group (its settings, members and their
 * choices) and a timeline of what happens to it. The generator writes this same structure, so
 * `--scenario FILE` and the generated group take one code path through the runner.
 *
 * Field-level rules live in the zod shapes; rules that relate fields (a member key used in the
 * timeline must exist, events in time order, survey answers for instruments on the form) are in
 * `crossCheck` (scenario-checks.ts), reported with the path of the field at fault.
 */
import { z } from 'zod';
import { ACCOUNT_LANGUAGES } from '../emulator/core/context';
import { PARTICIPATION } from '../src/domain/forms/checkin-form';
import {
  ACTIVITY_KINDS,
  WORKING_GROUP_STATUSES,
  MEMBER_STATUSES,
  REVIEW_ACTIONS,
  SESSION_STATUSES,
} from '../src/domain/sheet/tabs';
import { isCalendarDate, isScenarioTime, isValidTimeZone } from './local-time';
import { crossCheck } from './scenario-checks';

export const SCENARIO_VERSION = 1;

const DATE_HINT = 'expected a date like 2026-01-07';
const TIME_HINT =
  'expected a time like "2026-01-07 19:30" (the group\'s local time), or ISO 8601 with Z or an offset';

const calendarDate = z.string({ error: DATE_HINT }).refine(isCalendarDate, { error: DATE_HINT });
const scenarioTime = z.string({ error: TIME_HINT }).refine(isScenarioTime, { error: TIME_HINT });
const memberKey = z
  .string({ error: 'expected a member key (text)' })
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, {
    error: 'expected a member key: letters, digits, ".", "_" or "-"',
  });
const emailAddress = z.email({ error: 'expected an email address' });
const text = (what: string) => z.string({ error: `expected ${what} (text)` });
const flag = z.boolean({ error: 'expected true or false' });
const wholeNumber = (low: number, high: number) => {
  const hint = `expected a whole number from ${low} to ${high}`;
  return z
    .number({ error: hint })
    .int({ error: hint })
    .min(low, { error: hint })
    .max(high, { error: hint });
};
const answerScale = (low: number, high: number) => {
  const hint = `expected a number from ${low} to ${high}`;
  return z
    .number({ error: hint })
    .int({ error: hint })
    .min(low, { error: hint })
    .max(high, { error: hint });
};
const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: `expected one of ${values.map((v) => `"${v}"`).join(', ')}` });

const period = z.strictObject({ from: calendarDate, to: calendarDate });

const memberSchema = z.strictObject({
  key: memberKey,
  name: text("the member's name").min(1, { error: "expected the member's name" }),
  email: emailAddress,
  joined: calendarDate,
  status: oneOf(MEMBER_STATUSES).default('active'),
  roles: z.array(text('a role name')).default([]),
  /** One window, as the Members tab has one pair of "Unavailable from/to" columns. */
  unavailable: period.nullable().default(null),
  emailReminders: flag.default(true),
  buddyProgramme: flag.default(false),
  mentorCapacity: wholeNumber(0, 10).default(1),
  doNotPairWith: z.array(memberKey).default([]),
  notes: text('facilitator notes').default(''),
});

const checkinAnswers = z.strictObject({
  /** Left out, the member leaves the date empty and the script picks the nearest past session. */
  sessionDate: calendarDate.optional(),
  participation: oneOf(PARTICIPATION),
  mood: answerScale(1, 5),
  coping: answerScale(1, 5),
  supported: answerScale(1, 5),
  outreach: flag,
  outreachWhat: text('what the activity was').optional(),
  comment: text('a comment').optional(),
  /** "Would you like someone from the group to get in touch this week?"; left out, unanswered. */
  contactRequest: flag.optional(),
  /** Openness outside the group (SPEC section 10); left out, the member skips the question. */
  talkedOutside: flag.optional(),
});

/** The anonymous Group feedback form: a rating and, optionally, what to have more or less of. */
const feedbackAnswers = z.strictObject({
  rating: answerScale(1, 5),
  moreOf: text('what they want more of').optional(),
  lessOf: text('what they want less of').optional(),
  ideas: text('their ideas').optional(),
});

/** Survey answers by instrument item id (e.g. "swemwbs_1"), as the scale's numeric value. */
const surveyAnswers = z.record(z.string(), z.number({ error: 'expected a number' }));
/** Anything at all: for submissions the form itself would have refused. */
const rawAnswers = z.record(
  z.string(),
  z.union([z.string(), z.number()], { error: 'expected text or a number' }),
);

/** Who submits: a member by key, or any email address (e.g. a typo, or a stranger). */
const respondent = {
  member: memberKey.optional(),
  email: text('an email address').min(1, { error: 'expected an email address' }).optional(),
};

const base = {
  at: scenarioTime,
  /** Shown in the log next to the event. */
  note: text('a note').optional(),
};

export const EVENT_TYPES = [
  'add-member',
  'update-member',
  'checkin',
  'survey',
  'raw-submission',
  'activity',
  'working-group',
  'session',
  'menu',
  'fix-review',
  'contact-done',
  'wait',
  'feedback',
  'withdraw-consent',
  'community',
  'approve-story',
] as const;

const eventSchema = z.discriminatedUnion(
  'type',
  [
    z.strictObject({ ...base, type: z.literal('add-member'), member: memberKey }),
    z.strictObject({
      ...base,
      type: z.literal('update-member'),
      member: memberKey,
      status: oneOf(MEMBER_STATUSES).optional(),
      unavailable: period.nullable().optional(),
      emailReminders: flag.optional(),
      buddyProgramme: flag.optional(),
      roles: z.array(text('a role name')).optional(),
    }),
    z.strictObject({ ...base, ...respondent, type: z.literal('checkin'), answers: checkinAnswers }),
    z.strictObject({
      ...base,
      ...respondent,
      type: z.literal('survey'),
      answers: surveyAnswers,
      /** Optional (SPEC section 10, Stories): what the group changed, in the member's words. */
      story: text('a story').optional(),
      /** May the group quote the story without a name? Left out, the question is skipped. */
      storyConsent: flag.optional(),
    }),
    z.strictObject({
      ...base,
      ...respondent,
      type: z.literal('raw-submission'),
      form: oneOf(['checkin', 'survey']),
      answers: rawAnswers,
    }),
    z.strictObject({
      ...base,
      type: z.literal('activity'),
      date: calendarDate,
      kind: oneOf(ACTIVITY_KINDS),
      description: text('a description'),
      partner: text('a partner organisation').default(''),
      members: z.array(memberKey).default([]),
      peopleReached: wholeNumber(0, 1_000_000),
      /** Optional: the code the event's audience types into the Community survey. */
      eventCode: text('an event code').optional(),
    }),
    z.strictObject({
      ...base,
      /** A facilitator adds a row to the Working groups tab, or updates the row of that name. */
      type: z.literal('working-group'),
      name: text('the working group name'),
      purpose: text('its purpose').default(''),
      members: z.array(memberKey).default([]),
      partner: text('a partner organisation').default(''),
      status: oneOf(WORKING_GROUP_STATUSES).default('active'),
      nextStep: text('the next step').default(''),
      started: calendarDate.optional(),
    }),
    z.strictObject({
      ...base,
      type: z.literal('session'),
      date: calendarDate,
      status: oneOf(SESSION_STATUSES).optional(),
      topic: text('a topic').optional(),
    }),
    z.strictObject({
      ...base,
      type: z.literal('menu'),
      item: text('a menu caption'),
      /** Typed into the prompt the action shows, if it shows one. */
      prompt: text('the text typed into the prompt').optional(),
    }),
    z.strictObject({
      ...base,
      type: z.literal('fix-review'),
      /** Picks the first Review row still waiting whose "Email Address" is this. */
      email: text('the email address on the Review row'),
      /** Cells to correct, by column header. */
      set: z.record(z.string(), z.union([z.string(), z.number()])).default({}),
      action: oneOf(REVIEW_ACTIONS),
    }),
    /** A facilitator marks the member's open contact requests done (someone got in touch). */
    z.strictObject({ ...base, type: z.literal('contact-done'), member: memberKey }),
    /** A facilitator sets the member's Members "Consent" to withdrawn (SPEC section 9). */
    z.strictObject({ ...base, type: z.literal('withdraw-consent'), member: memberKey }),
    z.strictObject({ ...base, type: z.literal('wait') }),
    /** Someone fills in the anonymous Group feedback form: no member, no email. */
    z.strictObject({ ...base, type: z.literal('feedback'), answers: feedbackAnswers }),
    /**
     * Someone in an event's audience fills in the anonymous Community survey (SPEC section 10):
     * the event code as they type it, before or after the event, RIBS answers by item id.
     */
    z.strictObject({
      ...base,
      type: z.literal('community'),
      eventCode: text('the event code as typed'),
      timing: oneOf(['before', 'after']),
      answers: surveyAnswers,
    }),
    /** A facilitator approves the member's stories in the Stories tab (Approved: yes). */
    z.strictObject({ ...base, type: z.literal('approve-story'), member: memberKey }),
  ],
  {
    error: (issue) =>
      issue.code === 'invalid_union'
        ? `expected "type" to be one of ${EVENT_TYPES.map((t) => `"${t}"`).join(', ')}`
        : undefined,
  },
);

const groupSchema = z.strictObject({
  name: text('the group name').min(1, { error: 'expected the group name' }),
  timeZone: text('a time zone').refine(isValidTimeZone, {
    error: 'expected a time zone name like Europe/London',
  }),
  /** The organiser opens the new spreadsheet and runs Set up at this time. */
  start: scenarioTime,
  /** The clock runs on to here after the last event, firing the daily trigger on the way. */
  end: scenarioTime,
  accountEmail: emailAddress.default('organiser@example.org'),
  dailyMailQuota: wholeNumber(1, 1500).default(100),
  /**
   * The language of the organiser's Google account: Google names and heads the forms' response
   * tabs in it. Optional; 'en' behaves as before the field existed.
   */
  accountLanguage: oneOf(ACCOUNT_LANGUAGES).default('en'),
});

export const scenarioSchema = z
  .strictObject({
    version: z.literal(SCENARIO_VERSION, { error: `expected ${SCENARIO_VERSION}` }),
    group: groupSchema,
    /** Settings tab values by label, typed in after the first Set up. */
    settings: z.record(z.string(), z.union([z.string(), z.number()])).default({}),
    /** Wording pasted into the "Instrument wording" tab, by item id (e.g. "swemwbs_1"). */
    instrumentWording: z.record(z.string(), text('the item wording')).default({}),
    members: z.array(memberSchema).default([]),
    timeline: z.array(eventSchema).default([]),
  })
  .superRefine((scenario, ctx) => crossCheck(scenario, ctx));

export type ScenarioInput = z.input<typeof scenarioSchema>;
export type Scenario = z.output<typeof scenarioSchema>;
export type ScenarioMember = Scenario['members'][number];
export type ScenarioEvent = Scenario['timeline'][number];
export type EventOf<T extends ScenarioEvent['type']> = Extract<ScenarioEvent, { type: T }>;
export type CheckinAnswers = EventOf<'checkin'>['answers'];
export type FeedbackAnswers = EventOf<'feedback'>['answers'];
