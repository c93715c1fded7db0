/**
 * Person-facing wording about who runs the group's triggers and about Check installation, from
 * the message catalogue (i18n/en/installation.ts) in the run's language, read when used. Plain
 * words: what is the case, and what to do.
 */
import { currentLocale, formatList, t } from '../i18n';

/** "7 January 2026": the day of a timestamp in the group's time zone. */
const day = (ms: number, timeZone: string) => {
  const parts: Record<string, string> = {};
  for (const part of new Intl.DateTimeFormat(currentLocale(), {
    timeZone,
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).formatToParts(new Date(ms)))
    parts[part.type] = part.value;
  return t('check.date', { day: parts.day, month: parts.month, year: parts.year });
};

/** "07:00": the hour the daily run starts (or ends), as the dialogs write it. */
const oClock = (hour: number) => `${String(hour % 24).padStart(2, '0')}:00`;

export const TRIGGER_TEXT = {
  /** Set up's dialog: whose account sends the reminders. */
  sentFrom: (account: string, hour: number, timeZone: string) =>
    account === ''
      ? t('trigger.sentFromSetUpAccount', {
          from: oClock(hour),
          to: oClock(hour + 1),
          timeZone,
        })
      : t('trigger.sentFrom', { account, from: oClock(hour), to: oClock(hour + 1), timeZone }),
  otherOwner: (owner: string) => t('trigger.otherOwner', { owner }),
  tookOver: (previous: string) => t('trigger.tookOver', { previous }),
  rescheduled: (hour: number, timeZone: string) =>
    t('trigger.rescheduled', { time: oClock(hour), timeZone }),
  removedOwn: (count: number) => t('trigger.removedOwn', { count }),
  day,
} as const;

const when = (ms: number | null, timeZone: string) =>
  ms === null
    ? t('check.triggers.neverYet')
    : t('check.triggers.onDay', { day: day(ms, timeZone) });

/** The scopes Peer Circle declares, and the catalogue key of what each lets it do. */
const SCOPE_USE_KEYS = {
  'https://www.googleapis.com/auth/spreadsheets.currentonly': 'check.scopeUse.spreadsheets',
  'https://www.googleapis.com/auth/forms': 'check.scopeUse.forms',
  'https://www.googleapis.com/auth/drive.file': 'check.scopeUse.driveFile',
  'https://www.googleapis.com/auth/script.send_mail': 'check.scopeUse.sendMail',
  'https://www.googleapis.com/auth/script.scriptapp': 'check.scopeUse.scriptApp',
  'https://www.googleapis.com/auth/script.container.ui': 'check.scopeUse.containerUi',
  'https://www.googleapis.com/auth/userinfo.email': 'check.scopeUse.userinfoEmail',
} as const;

/** Scope → what it lets Peer Circle do, read in the run's language; undefined for another scope. */
const scopeUse: Readonly<Record<string, string>> = {};
for (const [scope, key] of Object.entries(SCOPE_USE_KEYS))
  Object.defineProperty(scopeUse, scope, { get: () => t(key), enumerable: true });

/** What Check installation says, condition by condition. */
export const CHECK_TEXT = {
  get title() {
    return t('check.title');
  },
  get allGood() {
    return t('check.allGood');
  },
  problems: (n: number) => t('check.problems', { count: n }),
  status: {
    get ok() {
      return t('check.status.ok');
    },
    get problem() {
      return t('check.status.problem');
    },
    get note() {
      return t('check.status.note');
    },
  },
  /** One line of the dialog, with what to do when there is something to do. */
  line: (topic: string, text: string, todo?: string) =>
    todo ? t('check.lineWithTodo', { topic, text, todo }) : t('check.line', { topic, text }),
  topics: {
    get scopes() {
      return t('check.topic.scopes');
    },
    form: (label: string) => label,
    get triggers() {
      return t('check.topic.triggers');
    },
    get mail() {
      return t('check.topic.mail');
    },
    get settings() {
      return t('check.topic.settings');
    },
    get report() {
      return t('check.topic.report');
    },
  },
  scopes: {
    get ok() {
      return t('check.scopes.ok');
    },
    missing: (what: readonly string[]) => t('check.scopes.missing', { what: what.join('; ') }),
    get unknown() {
      return t('check.scopes.unknown');
    },
    get todo() {
      return t('check.scopes.todo');
    },
  },
  forms: {
    ok: (label: string, published: boolean) =>
      t(published ? 'check.forms.okPublished' : 'check.forms.ok', { label }),
    unreachable: (label: string, why: string) => t('check.forms.unreachable', { label, why }),
    get untitled() {
      return t('check.forms.untitled');
    },
    get unpublished() {
      return t('check.forms.unpublished');
    },
    get closed() {
      return t('check.forms.closed');
    },
    get unlinked() {
      return t('check.forms.unlinked');
    },
    wrong: (label: string, what: readonly string[]) =>
      t('check.forms.wrong', { label, what: what.join('; ') }),
    fix: (accepting: boolean) => t(accepting ? 'check.forms.fix' : 'check.forms.fixClosed'),
    get repair() {
      return t('check.forms.repair');
    },
  },
  triggers: {
    ok: (account: string, hour: number, timeZone: string) =>
      t('check.triggers.ok', {
        account: account === '' ? t('check.triggers.yourAccount') : account,
        // Written as it always was: the hour after 23 is "24:00", not "00:00".
        from: `${String(hour).padStart(2, '0')}:00`,
        to: `${String(hour + 1).padStart(2, '0')}:00`,
        timeZone,
      }),
    get formSubmit() {
      return t('check.triggers.formSubmit');
    },
    get daily() {
      return t('check.triggers.daily');
    },
    missing: (what: readonly string[]) => t('check.triggers.missing', { what: formatList(what) }),
    get duplicates() {
      return t('check.triggers.duplicates');
    },
    wrongZone: (timeZone: string) => t('check.triggers.wrongZone', { timeZone }),
    stopped: (last: number | null, timeZone: string) =>
      t('check.triggers.stopped', { last: when(last, timeZone) }),
    get stoppedTodo() {
      return t('check.triggers.stoppedTodo');
    },
    other: (owner: string, last: number | null, timeZone: string) =>
      t('check.triggers.other', { owner, last: when(last, timeZone) }),
    otherStopped: (owner: string, last: number | null, timeZone: string) =>
      t('check.triggers.otherStopped', { owner, last: when(last, timeZone) }),
    get takeOverTodo() {
      return t('check.triggers.takeOverTodo');
    },
    mineToo: (n: number) => t('check.triggers.mineToo', { count: n }),
    get repair() {
      return t('check.triggers.repair');
    },
  },
  mail: {
    ok: (left: number) => t('check.mail.ok', { left }),
    low: (left: number, needed: number) => t('check.mail.low', { left, needed }),
    get lowTodo() {
      return t('check.mail.lowTodo');
    },
    get none() {
      return t('check.mail.none');
    },
    get noneTodo() {
      return t('check.mail.noneTodo');
    },
    get unknown() {
      return t('check.mail.unknown');
    },
  },
  settings: {
    get ok() {
      return t('check.settings.ok');
    },
    invalid: (why: string) => t('check.settings.invalid', { why }),
    get todo() {
      return t('check.settings.todo');
    },
  },
  report: {
    get ok() {
      return t('check.report.ok');
    },
    cannot: (why: string) => t('check.report.cannot', { why }),
    get todo() {
      return t('check.report.todo');
    },
  },
  /** What each declared scope lets Peer Circle do, for the permissions line. */
  scopeUse,
  /** Start here: the step and the result of the last run. */
  startHere: {
    get step() {
      return t('check.startHere.step');
    },
    get how() {
      return t('check.startHere.how');
    },
    lastRun: (when: string, problems: number) =>
      problems === 0
        ? t('check.startHere.lastRunGood', { when })
        : t('check.startHere.lastRunProblems', { when, problems }),
  },
};
