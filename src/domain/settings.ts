/**
 * Settings live in the Settings tab as rows of (Setting, Value, About). Each is validated with
 * zod; a bad value names its cell and what was expected, and nothing runs on a guess.
 */
import { z } from 'zod';
import { INSTRUMENTS } from './instruments';
import { InstrumentId } from './instruments/types';
import { cellName, isDate } from './sheet/cells';
import { SUPPORT_LINE_TEXT } from './support-line';
import {
  DEFAULT_COMMENT_MONTHS,
  DEFAULT_LEAVER_MONTHS,
  MAX_RETENTION_MONTHS,
} from './retention/rules';
import { RETENTION_TEXT } from './retention/texts';
import { LANGUAGE_CODES, LANGUAGES, parseLanguage, type LanguageCode } from './i18n';

export const WEEKDAYS = [
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export const DEFAULT_ROLES = [
  'Facilitator',
  'Co-facilitator',
  'Timekeeper',
  'Greeter',
  'Note-taker',
];

export interface Settings {
  groupName: string;
  /** The language of everything Peer Circle writes for people (issue 17); English by default. */
  language: LanguageCode;
  meetingWeekday: Weekday;
  meetingTime: string;
  cadence: 'weekly' | 'every two weeks';
  timeZone: string;
  roles: string[];
  leadingRoles: string[];
  sessionsAhead: number;
  reminderLeadDays: number;
  buddyCycleWeeks: number;
  newcomerWeeks: number;
  newcomerSessions: number;
  surveyFollowUpWeeks: number;
  minGroupSize: number;
  dailyEmailBudget: number;
  replyTo: string;
  emailOn: boolean;
  testMode: boolean;
  organisers: string[];
  instruments: InstrumentId[];
  checkinFormId: string;
  checkinFormUrl: string;
  surveyFormId: string;
  surveyFormUrl: string;
  feedbackFormId: string;
  feedbackFormUrl: string;
  communityFormId: string;
  communityFormUrl: string;
  lastReportUrl: string;
  attendanceRegister: boolean;
  meetingPlace: string;
  onlineLink: string;
  supportLine: string;
  /** Retention (SPEC section 9): months private comments are kept. */
  keepCommentsMonths: RetentionMonths;
  /** Retention: months a leaver's rows are kept after their "Left on" date. */
  keepLeaversMonths: RetentionMonths;
}

/**
 * A retention setting: its months, or what is wrong with the cell. A bad value skips only the
 * step it governs (the daily run says why), since guessing how long to keep people's words
 * could delete them early, and the rest of the run (reminders, contact requests) must go on.
 */
export type RetentionMonths = { months: number; problem: null } | { months: null; problem: string };

type Raw = unknown;

/** Cell text as a facilitator sees it: trims, and turns typed numbers and booleans to text. */
const cellText = z.preprocess(
  (raw: Raw) => (raw === null || raw === undefined ? '' : String(raw).trim()),
  z.string(),
);

const yesNo = z
  .preprocess(
    (raw: Raw) =>
      typeof raw === 'boolean'
        ? raw
          ? 'yes'
          : 'no'
        : String(raw ?? '')
            .trim()
            .toLowerCase(),
    z.enum(['yes', 'no'], { error: 'expected yes or no' }),
  )
  .transform((value) => value === 'yes');

const wholeNumber = (min: number, max: number) =>
  z.preprocess(
    (raw: Raw) =>
      typeof raw === 'number'
        ? raw
        : String(raw ?? '').trim() === ''
          ? NaN
          : Number(String(raw).trim()),
    z
      .number({ error: `expected a whole number from ${min} to ${max}` })
      .int({ error: `expected a whole number from ${min} to ${max}` })
      .min(min, { error: `expected a whole number from ${min} to ${max}` })
      .max(max, { error: `expected a whole number from ${min} to ${max}` }),
  );

const commaList = cellText.transform((value) =>
  value
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== ''),
);

const email = cellText.pipe(
  z.union([z.literal(''), z.email({ error: 'expected an email address, or leave it empty' })]),
);

const emailList = commaList.pipe(
  z.array(z.email({ error: 'expected email addresses separated by commas' })),
);

/** "HH:MM" text (a typed time arrives as text once parseSettings has converted Date cells). */
const timeOfDay = z.preprocess(
  (raw: Raw) => {
    const text = String(raw ?? '').trim();
    const match = /^(\d{1,2})[:.](\d{2})$/.exec(text);
    return match ? `${match[1].padStart(2, '0')}:${match[2]}` : text;
  },
  z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'expected a time like 18:30' }),
);

/**
 * A time typed into Sheets comes back as a Date on 30 Dec 1899 in the spreadsheet's time zone;
 * read its clock time in that zone (not the runtime's) so 18:30 stays 18:30.
 */
function clockTime(value: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(value);
  const part = (type: string) => parts.find((candidate) => candidate.type === type)?.value ?? '';
  return `${part('hour')}:${part('minute')}`;
}

const weekday = z.preprocess(
  (raw: Raw) => {
    const text = String(raw ?? '')
      .trim()
      .toLowerCase();
    return WEEKDAYS.find((day) => day.toLowerCase() === text) ?? text;
  },
  z.enum(WEEKDAYS, { error: `expected one of ${WEEKDAYS.join(', ')}` }),
);

const ACCEPTED_LANGUAGES = LANGUAGE_CODES.map((code) => `${code} (${LANGUAGES[code].name})`);

/** A language code or the language's own name; the cell keeps what the group typed. */
const language = z.preprocess(
  (raw: Raw) => parseLanguage(raw) ?? String(raw ?? '').trim(),
  z.enum(LANGUAGE_CODES as [LanguageCode, ...LanguageCode[]], {
    error: `expected one of ${ACCEPTED_LANGUAGES.join(', ')}`,
  }),
);

const cadence = z.preprocess(
  (raw: Raw) =>
    String(raw ?? '')
      .trim()
      .toLowerCase(),
  z.enum(['weekly', 'every two weeks'], { error: 'expected "weekly" or "every two weeks"' }),
);

const timeZoneName = cellText.refine(
  (value) => {
    try {
      new Intl.DateTimeFormat('en-GB', { timeZone: value });
      return value !== '';
    } catch {
      return false;
    }
  },
  { error: 'expected a time zone name like Europe/London' },
);

const roleList = commaList.pipe(
  z.array(z.string()).min(1, { error: 'expected at least one role, separated by commas' }),
);

const INSTRUMENT_IDS = INSTRUMENTS.map((instrument) => instrument.id);
const instrumentList = commaList
  .transform((ids) => ids.map((id) => id.toLowerCase()))
  .pipe(
    z.array(
      z.enum(INSTRUMENT_IDS as [InstrumentId, ...InstrumentId[]], {
        error: `expected instrument ids from ${INSTRUMENT_IDS.join(', ')}, separated by commas`,
      }),
    ),
  );

const retentionMonths = (fallback: number) =>
  z.preprocess(
    (raw: Raw) => (String(raw ?? '').trim() === '' ? String(fallback) : raw),
    wholeNumber(1, MAX_RETENTION_MONTHS).transform((months): RetentionMonths => ({
      months,
      problem: null,
    })),
  );

interface SettingDefinition<K extends keyof Settings> {
  key: K;
  label: string;
  about: string;
  defaultValue: (context: { timeZone: string }) => string;
  schema: z.ZodType<Settings[K]>;
  /** Written by Set up, not typed by people. */
  system?: boolean;
  /**
   * Added after the first release: a sheet made before it has no row yet, and that must not
   * stop the group's reminders. Its default applies until Set up or repair adds the row.
   */
  addedLater?: boolean;
  /** A bad value is kept as this instead of stopping every entry point (retention settings). */
  lenient?: (problem: string) => Settings[K];
}

function define<K extends keyof Settings>(definition: SettingDefinition<K>): SettingDefinition<K> {
  return definition;
}

export const SETTING_DEFINITIONS = [
  define({
    key: 'groupName',
    label: 'Group name',
    about: 'Shown in emails and the report.',
    defaultValue: () => 'Our peer support group',
    schema: cellText.pipe(z.string().min(1, { error: 'expected the group name' })),
  }),
  define({
    key: 'language',
    label: 'Language',
    about:
      'The language of the tabs, forms, emails and menu: a language code or its own name (English is en). Set up or repair applies a change.',
    defaultValue: () => LANGUAGES.en.name,
    schema: language,
    addedLater: true,
  }),
  define({
    key: 'meetingWeekday',
    label: 'Meeting weekday',
    about: 'The day the group meets.',
    defaultValue: () => 'Wednesday',
    schema: weekday,
  }),
  define({
    key: 'meetingTime',
    label: 'Meeting time',
    about: '24-hour time the session starts, like 18:30.',
    defaultValue: () => '18:30',
    schema: timeOfDay,
  }),
  define({
    key: 'cadence',
    label: 'Meeting cadence',
    about: '"weekly" or "every two weeks".',
    defaultValue: () => 'weekly',
    schema: cadence,
  }),
  define({
    key: 'meetingPlace',
    label: 'Meeting place',
    about:
      'Where the group meets, as duty reminders should say it (e.g. "Room 2, Library, High Street"). Leave empty to say nothing.',
    defaultValue: () => '',
    schema: cellText.pipe(
      z.string().max(300, { error: 'expected a short place description (300 characters at most)' }),
    ),
    addedLater: true,
  }),
  define({
    key: 'onlineLink',
    label: 'Online link',
    about: 'The video call link for members joining online (https://…). Leave empty if none.',
    defaultValue: () => '',
    schema: cellText.pipe(
      z.union([
        z.literal(''),
        z
          .string()
          .regex(/^https:\/\/[^\s"'<>]+$/i, { error: 'expected a link starting with https://' }),
      ]),
    ),
    addedLater: true,
  }),
  define({
    key: 'attendanceRegister',
    label: 'Attendance register',
    about:
      'yes: after each session the Attendance register tab gets a row per member for a facilitator to mark who came; that session is then counted from the register, not from check-ins.',
    defaultValue: () => 'no',
    schema: yesNo,
    addedLater: true,
  }),
  define({
    key: 'supportLine',
    label: 'Support line',
    about: SUPPORT_LINE_TEXT.settingAbout,
    defaultValue: () => SUPPORT_LINE_TEXT.defaultLine,
    schema: cellText.pipe(
      z
        .string()
        .min(1, { error: 'expected where members can find help (a crisis line or what to do)' })
        .max(500, { error: 'expected a short text (500 characters at most)' }),
    ),
    addedLater: true,
  }),
  define({
    key: 'keepCommentsMonths',
    label: RETENTION_TEXT.commentsLabel,
    about: RETENTION_TEXT.commentsAbout,
    defaultValue: () => String(DEFAULT_COMMENT_MONTHS),
    schema: retentionMonths(DEFAULT_COMMENT_MONTHS),
    addedLater: true,
    lenient: (problem) => ({ months: null, problem }),
  }),
  define({
    key: 'keepLeaversMonths',
    label: RETENTION_TEXT.leaversLabel,
    about: RETENTION_TEXT.leaversAbout,
    defaultValue: () => String(DEFAULT_LEAVER_MONTHS),
    schema: retentionMonths(DEFAULT_LEAVER_MONTHS),
    addedLater: true,
    lenient: (problem) => ({ months: null, problem }),
  }),
  define({
    key: 'timeZone',
    label: 'Time zone',
    about: "The spreadsheet's time zone; dates and emails use it.",
    defaultValue: ({ timeZone }) => timeZone,
    schema: timeZoneName,
  }),
  define({
    key: 'roles',
    label: 'Role names',
    about: 'Facilitation roles, separated by commas.',
    defaultValue: () => DEFAULT_ROLES.join(', '),
    schema: roleList,
  }),
  define({
    key: 'leadingRoles',
    label: 'Leading roles',
    about: 'Roles newcomers do not take yet, separated by commas.',
    defaultValue: () => 'Facilitator',
    schema: commaList,
  }),
  define({
    key: 'sessionsAhead',
    label: 'Sessions planned ahead',
    about: 'How many upcoming sessions the rotation always covers.',
    defaultValue: () => '8',
    schema: wholeNumber(1, 52),
  }),
  define({
    key: 'reminderLeadDays',
    label: 'Reminder lead time (days)',
    about: 'Days before a session that people on duty are reminded.',
    defaultValue: () => '2',
    schema: wholeNumber(0, 14),
  }),
  define({
    key: 'buddyCycleWeeks',
    label: 'Buddy cycle length (weeks)',
    about: 'How long buddy pairs last before new pairs are made.',
    defaultValue: () => '8',
    schema: wholeNumber(1, 52),
  }),
  define({
    key: 'newcomerWeeks',
    label: 'Newcomer window (weeks since joining)',
    about: 'A member is a newcomer for this many weeks ...',
    defaultValue: () => '8',
    schema: wholeNumber(0, 104),
  }),
  define({
    key: 'newcomerSessions',
    label: 'Newcomer window (sessions attended)',
    about: '... or until they have attended this many sessions.',
    defaultValue: () => '4',
    schema: wholeNumber(0, 100),
  }),
  define({
    key: 'surveyFollowUpWeeks',
    label: 'Survey follow-up interval (weeks)',
    about: "Weeks between a member's surveys.",
    defaultValue: () => '12',
    schema: wholeNumber(1, 104),
  }),
  define({
    key: 'minGroupSize',
    label: 'Minimum group size for reporting',
    about: 'Figures about fewer members than this are suppressed (5 to 10 is usual).',
    defaultValue: () => '5',
    schema: wholeNumber(3, 100),
  }),
  define({
    key: 'dailyEmailBudget',
    label: 'Daily email budget',
    about:
      'Most reminder emails sent in one day (a gmail.com account allows 100 recipients a day).',
    defaultValue: () => '50',
    schema: wholeNumber(0, 1500),
  }),
  define({
    key: 'replyTo',
    label: 'Reply-to address',
    about: 'Where replies to reminders go.',
    defaultValue: () => '',
    schema: email,
  }),
  define({
    key: 'emailOn',
    label: 'Email reminders on',
    about: 'yes or no: switches every reminder email on or off.',
    defaultValue: () => 'yes',
    schema: yesNo,
  }),
  define({
    key: 'testMode',
    label: 'Test mode',
    about: 'yes: every reminder goes to the organisers instead, marked as a test.',
    defaultValue: () => 'no',
    schema: yesNo,
  }),
  define({
    key: 'organisers',
    label: 'Organisers',
    about: 'Email addresses that get the facilitator digest, separated by commas.',
    defaultValue: () => '',
    schema: emailList,
  }),
  define({
    key: 'instruments',
    label: 'Instruments on',
    about: `Survey instruments in use: ${INSTRUMENTS.map((instrument) => `${instrument.id} (${instrument.shortTitle})`).join(', ')}.`,
    defaultValue: () => 'swemwbs, rses, brcs, ismi10',
    schema: instrumentList,
  }),
  define({
    key: 'checkinFormId',
    label: 'Check-in form ID',
    about: 'Written by Set up.',
    defaultValue: () => '',
    schema: cellText,
    system: true,
  }),
  define({
    key: 'checkinFormUrl',
    label: 'Check-in form link',
    about: 'Share this link with members.',
    defaultValue: () => '',
    schema: cellText,
    system: true,
  }),
  define({
    key: 'surveyFormId',
    label: 'Survey form ID',
    about: 'Written by Set up.',
    defaultValue: () => '',
    schema: cellText,
    system: true,
  }),
  define({
    key: 'surveyFormUrl',
    label: 'Survey form link',
    about: 'Share this link with members.',
    defaultValue: () => '',
    schema: cellText,
    system: true,
  }),
  define({
    key: 'feedbackFormId',
    label: 'Group feedback form ID',
    about: 'Written by Set up.',
    defaultValue: () => '',
    schema: cellText,
    system: true,
    addedLater: true,
  }),
  define({
    key: 'feedbackFormUrl',
    label: 'Group feedback form link',
    about: 'Share this link with members: it collects no name or email.',
    defaultValue: () => '',
    schema: cellText,
    system: true,
    addedLater: true,
  }),
  define({
    key: 'communityFormId',
    label: 'Community survey form ID',
    about: 'Written by Set up.',
    defaultValue: () => '',
    schema: cellText,
    system: true,
    addedLater: true,
  }),
  define({
    key: 'communityFormUrl',
    label: 'Community survey form link',
    about:
      'Share this link with the audience of an event, with its event code: it collects no name or email.',
    defaultValue: () => '',
    schema: cellText,
    system: true,
    addedLater: true,
  }),
  define({
    key: 'lastReportUrl',
    label: 'Last report',
    about: 'Link to the last saved outcome report.',
    defaultValue: () => '',
    schema: cellText,
    system: true,
  }),
] as const;

export const HOW_TO_USE =
  'How to use: change a setting in the Value column, then use the Peer Circle menu. ' +
  'Members fill in the forms linked below; facilitators read the other tabs. ' +
  'Peer Circle > Set up or repair puts back anything that was deleted.';

export class SettingsError extends Error {
  constructor(readonly problems: string[]) {
    super(`Settings need attention:\n${problems.map((problem) => `- ${problem}`).join('\n')}`);
    this.name = 'SettingsError';
  }
}

/** A Settings row as read: 1-based sheet row, and its cells. */
export interface SettingsRow {
  row: number;
  label: unknown;
  value: unknown;
}

export function findSettingDefinition(label: unknown) {
  const wanted = String(label ?? '')
    .trim()
    .toLowerCase();
  return SETTING_DEFINITIONS.find((definition) => definition.label.toLowerCase() === wanted);
}

/**
 * Parses the Settings rows. `valueColumn` is the 1-based column of "Value", so that problems
 * name the exact cell ("Settings!B4").
 */
export function parseSettings(
  rows: readonly SettingsRow[],
  valueColumn: number,
  sheetTimeZone = 'UTC',
): Settings {
  const problems: string[] = [];
  const parsed: Partial<Record<keyof Settings, unknown>> = {};
  for (const definition of SETTING_DEFINITIONS) {
    const row = rows.find((candidate) => findSettingDefinition(candidate.label) === definition);
    if (!row && definition.addedLater) {
      parsed[definition.key] = definition.schema.parse(
        definition.defaultValue({ timeZone: sheetTimeZone }),
      );
      continue;
    }
    if (!row) {
      problems.push(
        `Settings is missing the row "${definition.label}" (Set up or repair adds it back).`,
      );
      continue;
    }
    const value = isDate(row.value) ? clockTime(row.value, sheetTimeZone) : row.value;
    const result = definition.schema.safeParse(value);
    if (result.success) {
      parsed[definition.key] = result.data;
    } else {
      const shown = String(row.value ?? '');
      const problem = `Settings!${cellName(row.row, valueColumn)} "${definition.label}" is "${shown}": ${result.error.issues[0]?.message ?? 'invalid'}.`;
      if (definition.lenient) parsed[definition.key] = definition.lenient(problem);
      else problems.push(problem);
    }
  }
  if (problems.length > 0) throw new SettingsError(problems);
  return parsed as Settings;
}
