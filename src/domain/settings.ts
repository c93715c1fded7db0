/**
 * Settings live in the Settings tab as rows of (Setting, Value, About). Each is validated with
 * zod; a bad value names its cell and what was expected, and nothing runs on a guess.
 */
import { z } from 'zod';
import { INSTRUMENTS } from './instruments';
import { InstrumentId } from './instruments/types';
import { cellName, isDate } from './sheet/cells';
import { TAB } from './sheet/tabs';
import { SUPPORT_LINE_TEXT } from './support-line';
import {
  DEFAULT_COMMENT_MONTHS,
  DEFAULT_LEAVER_MONTHS,
  MAX_RETENTION_MONTHS,
} from './retention/rules';
import { RETENTION_TEXT } from './retention/texts';
import {
  englishNameOf,
  LANGUAGE_CODES,
  currentLanguage,
  localName,
  t,
  tIn,
  LANGUAGES,
  parseLanguage,
  type LanguageCode,
} from './i18n';

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
    z.enum(['yes', 'no'], { error: () => t('settings.expected.yesNo', { yes: 'yes', no: 'no' }) }),
  )
  .transform((value) => value === 'yes');

const expectedWhole = (min: number, max: number) => () =>
  t('settings.expected.wholeNumber', { min: String(min), max: String(max) });

const wholeNumber = (min: number, max: number) =>
  z.preprocess(
    (raw: Raw) =>
      typeof raw === 'number'
        ? raw
        : String(raw ?? '').trim() === ''
          ? NaN
          : Number(String(raw).trim()),
    z
      .number({ error: expectedWhole(min, max) })
      .int({ error: expectedWhole(min, max) })
      .min(min, { error: expectedWhole(min, max) })
      .max(max, { error: expectedWhole(min, max) }),
  );

const commaList = cellText.transform((value) =>
  value
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== ''),
);

const email = cellText.pipe(
  z.union([z.literal(''), z.email({ error: () => t('settings.expected.email') })]),
);

const emailList = commaList.pipe(z.array(z.email({ error: () => t('settings.expected.emails') })));

/** "HH:MM" text (a typed time arrives as text once parseSettings has converted Date cells). */
const timeOfDay = z.preprocess(
  (raw: Raw) => {
    const text = String(raw ?? '').trim();
    const match = /^(\d{1,2})[:.](\d{2})$/.exec(text);
    return match ? `${match[1].padStart(2, '0')}:${match[2]}` : text;
  },
  z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, {
    error: () => t('settings.expected.time', { example: '18:30' }),
  }),
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
  z.enum(WEEKDAYS, { error: () => t('settings.expected.oneOf', { values: WEEKDAYS.join(', ') }) }),
);

const ACCEPTED_LANGUAGES = LANGUAGE_CODES.map((code) => `${code} (${LANGUAGES[code].name})`);

/** A language code or the language's own name; the cell keeps what the group typed. */
const language = z.preprocess(
  (raw: Raw) => parseLanguage(raw) ?? String(raw ?? '').trim(),
  z.enum(LANGUAGE_CODES as [LanguageCode, ...LanguageCode[]], {
    error: () => t('settings.expected.oneOf', { values: ACCEPTED_LANGUAGES.join(', ') }),
  }),
);

const cadence = z.preprocess(
  (raw: Raw) =>
    String(raw ?? '')
      .trim()
      .toLowerCase(),
  z.enum(['weekly', 'every two weeks'], {
    error: () =>
      t('settings.expected.cadence', { weekly: 'weekly', everyTwoWeeks: 'every two weeks' }),
  }),
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
  { error: () => t('settings.expected.timeZone', { example: 'Europe/London' }) },
);

const roleList = commaList.pipe(
  z.array(z.string()).min(1, { error: () => t('settings.expected.roles') }),
);

const INSTRUMENT_IDS = INSTRUMENTS.map((instrument) => instrument.id);
const instrumentList = commaList
  .transform((ids) => ids.map((id) => id.toLowerCase()))
  .pipe(
    z.array(
      z.enum(INSTRUMENT_IDS as [InstrumentId, ...InstrumentId[]], {
        error: () => t('settings.expected.instruments', { ids: INSTRUMENT_IDS.join(', ') }),
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
    defaultValue: () => 'Our peer support group',
    schema: cellText.pipe(z.string().min(1, { error: () => t('settings.expected.groupName') })),
  }),
  define({
    key: 'language',
    label: 'Language',
    defaultValue: () => LANGUAGES.en.name,
    schema: language,
    addedLater: true,
  }),
  define({
    key: 'meetingWeekday',
    label: 'Meeting weekday',
    defaultValue: () => 'Wednesday',
    schema: weekday,
  }),
  define({
    key: 'meetingTime',
    label: 'Meeting time',
    defaultValue: () => '18:30',
    schema: timeOfDay,
  }),
  define({
    key: 'cadence',
    label: 'Meeting cadence',
    defaultValue: () => 'weekly',
    schema: cadence,
  }),
  define({
    key: 'meetingPlace',
    label: 'Meeting place',
    defaultValue: () => '',
    schema: cellText.pipe(
      z.string().max(300, { error: () => t('settings.expected.place', { max: '300' }) }),
    ),
    addedLater: true,
  }),
  define({
    key: 'onlineLink',
    label: 'Online link',
    defaultValue: () => '',
    schema: cellText.pipe(
      z.union([
        z.literal(''),
        z.string().regex(/^https:\/\/[^\s"'<>]+$/i, { error: () => t('settings.expected.link') }),
      ]),
    ),
    addedLater: true,
  }),
  define({
    key: 'attendanceRegister',
    label: 'Attendance register',
    defaultValue: () => 'no',
    schema: yesNo,
    addedLater: true,
  }),
  define({
    key: 'supportLine',
    label: 'Support line',
    defaultValue: () => SUPPORT_LINE_TEXT.defaultLine,
    schema: cellText.pipe(
      z
        .string()
        .min(1, { error: () => t('settings.expected.supportLine') })
        .max(500, { error: () => t('settings.expected.shortText', { max: '500' }) }),
    ),
    addedLater: true,
  }),
  define({
    key: 'keepCommentsMonths',
    label: RETENTION_TEXT.commentsLabel,
    defaultValue: () => String(DEFAULT_COMMENT_MONTHS),
    schema: retentionMonths(DEFAULT_COMMENT_MONTHS),
    addedLater: true,
    lenient: (problem) => ({ months: null, problem }),
  }),
  define({
    key: 'keepLeaversMonths',
    label: RETENTION_TEXT.leaversLabel,
    defaultValue: () => String(DEFAULT_LEAVER_MONTHS),
    schema: retentionMonths(DEFAULT_LEAVER_MONTHS),
    addedLater: true,
    lenient: (problem) => ({ months: null, problem }),
  }),
  define({
    key: 'timeZone',
    label: 'Time zone',
    defaultValue: ({ timeZone }) => timeZone,
    schema: timeZoneName,
  }),
  define({
    key: 'roles',
    label: 'Role names',
    defaultValue: () => DEFAULT_ROLES.join(', '),
    schema: roleList,
  }),
  define({
    key: 'leadingRoles',
    label: 'Leading roles',
    defaultValue: () => 'Facilitator',
    schema: commaList,
  }),
  define({
    key: 'sessionsAhead',
    label: 'Sessions planned ahead',
    defaultValue: () => '8',
    schema: wholeNumber(1, 52),
  }),
  define({
    key: 'reminderLeadDays',
    label: 'Reminder lead time (days)',
    defaultValue: () => '2',
    schema: wholeNumber(0, 14),
  }),
  define({
    key: 'buddyCycleWeeks',
    label: 'Buddy cycle length (weeks)',
    defaultValue: () => '8',
    schema: wholeNumber(1, 52),
  }),
  define({
    key: 'newcomerWeeks',
    label: 'Newcomer window (weeks since joining)',
    defaultValue: () => '8',
    schema: wholeNumber(0, 104),
  }),
  define({
    key: 'newcomerSessions',
    label: 'Newcomer window (sessions attended)',
    defaultValue: () => '4',
    schema: wholeNumber(0, 100),
  }),
  define({
    key: 'surveyFollowUpWeeks',
    label: 'Survey follow-up interval (weeks)',
    defaultValue: () => '12',
    schema: wholeNumber(1, 104),
  }),
  define({
    key: 'minGroupSize',
    label: 'Minimum group size for reporting',
    defaultValue: () => '5',
    schema: wholeNumber(3, 100),
  }),
  define({
    key: 'dailyEmailBudget',
    label: 'Daily email budget',
    defaultValue: () => '50',
    schema: wholeNumber(0, 1500),
  }),
  define({
    key: 'replyTo',
    label: 'Reply-to address',
    defaultValue: () => '',
    schema: email,
  }),
  define({
    key: 'emailOn',
    label: 'Email reminders on',
    defaultValue: () => 'yes',
    schema: yesNo,
  }),
  define({
    key: 'testMode',
    label: 'Test mode',
    defaultValue: () => 'no',
    schema: yesNo,
  }),
  define({
    key: 'organisers',
    label: 'Organisers',
    defaultValue: () => '',
    schema: emailList,
  }),
  define({
    key: 'instruments',
    label: 'Instruments on',
    defaultValue: () => 'swemwbs, rses, brcs, ismi10',
    schema: instrumentList,
  }),
  define({
    key: 'checkinFormId',
    label: 'Check-in form ID',
    defaultValue: () => '',
    schema: cellText,
    system: true,
  }),
  define({
    key: 'checkinFormUrl',
    label: 'Check-in form link',
    defaultValue: () => '',
    schema: cellText,
    system: true,
  }),
  define({
    key: 'surveyFormId',
    label: 'Survey form ID',
    defaultValue: () => '',
    schema: cellText,
    system: true,
  }),
  define({
    key: 'surveyFormUrl',
    label: 'Survey form link',
    defaultValue: () => '',
    schema: cellText,
    system: true,
  }),
  define({
    key: 'feedbackFormId',
    label: 'Group feedback form ID',
    defaultValue: () => '',
    schema: cellText,
    system: true,
    addedLater: true,
  }),
  define({
    key: 'feedbackFormUrl',
    label: 'Group feedback form link',
    defaultValue: () => '',
    schema: cellText,
    system: true,
    addedLater: true,
  }),
  define({
    key: 'communityFormId',
    label: 'Community survey form ID',
    defaultValue: () => '',
    schema: cellText,
    system: true,
    addedLater: true,
  }),
  define({
    key: 'communityFormUrl',
    label: 'Community survey form link',
    defaultValue: () => '',
    schema: cellText,
    system: true,
    addedLater: true,
  }),
  define({
    key: 'lastReportUrl',
    label: 'Last report',
    defaultValue: () => '',
    schema: cellText,
    system: true,
  }),
] as const;

/** A Settings row's label as the current language shows it. */
export function settingLabel(definition: { label: string }): string {
  return localName('setting.', definition.label);
}

/** A Settings row's explanation (its About cell) in the current language, or `language`'s. */
export function settingAbout(
  definition: { key: keyof Settings },
  language: LanguageCode = currentLanguage(),
): string {
  return tIn(language, `sheet.about.${definition.key}`, {
    instruments: INSTRUMENTS.map(
      (instrument) => `${instrument.id} (${instrument.shortTitle})`,
    ).join(', '),
  });
}

export const HOW_TO_USE_LABEL = 'How to use';

export class SettingsError extends Error {
  constructor(readonly problems: string[]) {
    super([t('settings.attention'), ...problems.map((problem) => `- ${problem}`)].join('\n'));
    this.name = 'SettingsError';
  }
}

/** A Settings row as read: 1-based sheet row, and its cells. */
export interface SettingsRow {
  row: number;
  label: unknown;
  value: unknown;
}

/** A Settings row's label in any shipped language, as its English label. */
export function englishLabel(label: unknown): string {
  return englishNameOf('setting.', label) ?? String(label ?? '');
}

export function findSettingDefinition(label: unknown) {
  const wanted = englishLabel(label).trim().toLowerCase();
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
        t('settings.missingRow', {
          tab: localName('tab.', TAB.settings),
          label: settingLabel(definition),
        }),
      );
      continue;
    }
    const value = isDate(row.value) ? clockTime(row.value, sheetTimeZone) : row.value;
    const result = definition.schema.safeParse(value);
    if (result.success) {
      parsed[definition.key] = result.data;
    } else {
      const shown = String(row.value ?? '');
      const problem = t('settings.badValue', {
        cell: `${localName('tab.', TAB.settings)}!${cellName(row.row, valueColumn)}`,
        label: settingLabel(definition),
        value: shown,
        problem: result.error.issues[0]?.message ?? t('settings.invalid'),
      });
      if (definition.lenient) parsed[definition.key] = definition.lenient(problem);
      else problems.push(problem);
    }
  }
  if (problems.length > 0) throw new SettingsError(problems);
  return parsed as Settings;
}
