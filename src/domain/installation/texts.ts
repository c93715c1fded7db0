/**
 * Person-facing wording about who runs the group's triggers and about Check installation (the
 * message catalogue takes these over). Plain words: what is the case, and what to do.
 */

const day = (ms: number, timeZone: string) => {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(new Date(ms));
  return parts;
};

export const TRIGGER_TEXT = {
  /** Set up's dialog: whose account sends the reminders. */
  sentFrom: (account: string, hour: number, timeZone: string) =>
    account === ''
      ? `Reminder emails are sent from the account that ran Set up, and count against its daily email quota. The daily run happens between ${pad(hour)}:00 and ${pad(hour + 1)}:00, ${timeZone} time.`
      : `Reminder emails are sent from ${account} (the account that ran Set up), and count against its daily email quota. The daily run happens between ${pad(hour)}:00 and ${pad(hour + 1)}:00, ${timeZone} time.`,
  otherOwner: (owner: string) =>
    `Peer Circle already runs from ${owner}'s account: the daily run, the form processing and the reminder emails (sent from ${owner}). Nothing was installed for your account, so nothing runs or is sent twice. If ${owner} can no longer run it, its daily run stops; once it has not run for three days, running Set up from your account moves Peer Circle to your account.`,
  tookOver: (previous: string) =>
    `${previous}'s daily run had stopped, so Peer Circle now runs from your account: reminders are sent from your address from now on.`,
  rescheduled: (hour: number, timeZone: string) =>
    `Daily run: now at ${pad(hour)}:00 in the spreadsheet's time zone (${timeZone}).`,
  removedOwn: (count: number) =>
    `Removed ${count} Peer Circle trigger(s) of your account: another account runs the group.`,
  day,
} as const;

function pad(hour: number): string {
  return String(hour % 24).padStart(2, '0');
}

const when = (ms: number | null, timeZone: string) =>
  ms === null ? 'never yet' : `on ${day(ms, timeZone)}`;

/** What Check installation says, condition by condition. */
export const CHECK_TEXT = {
  title: 'Peer Circle installation check',
  allGood: 'Everything Peer Circle needs is in place.',
  problems: (n: number) => `${n} thing(s) need your attention (marked "Needs attention").`,
  status: { ok: 'OK', problem: 'Needs attention', note: 'Good to know' },
  topics: {
    scopes: 'Permissions',
    form: (label: string) => label,
    triggers: 'Daily run and form processing',
    mail: 'Email quota',
    settings: 'Settings',
    report: 'Saving the report',
  },
  scopes: {
    ok: 'You granted every permission Peer Circle asks for.',
    missing: (what: readonly string[]) =>
      `Some permissions were not granted, so Peer Circle cannot: ${what.join('; ')}.`,
    unknown: 'Google did not say which permissions were granted.',
    todo: 'Run Peer Circle > Set up or repair and tick every box on Google’s permission screen.',
  },
  forms: {
    ok: (label: string, published: boolean) =>
      `The ${label} has its title, ${published ? 'is published, ' : ''}accepts responses and sends them to this spreadsheet.`,
    unreachable: (label: string, why: string) => `The ${label} could not be opened: ${why}`,
    untitled: 'it has no title',
    unpublished: 'it is not published, so members cannot open it',
    closed: 'it does not accept responses',
    unlinked: 'its responses do not come to this spreadsheet',
    wrong: (label: string, what: readonly string[]) => `The ${label}: ${what.join('; ')}.`,
    fix: (accepting: boolean) =>
      accepting
        ? 'Run Peer Circle > Set up or repair: it titles, publishes and links the form again.'
        : 'Open the form, go to Responses and switch on "Accepting responses", then run Peer Circle > Set up or repair.',
    repair:
      'Run Peer Circle > Set up or repair: it finds or re-creates the form and stores its ID in Settings.',
  },
  triggers: {
    ok: (account: string, hour: number, timeZone: string) =>
      `The daily run and form processing run from ${account === '' ? 'your account' : account}, the daily run between ${String(hour).padStart(2, '0')}:00 and ${String(hour + 1).padStart(2, '0')}:00 ${timeZone} time.`,
    formSubmit: 'form processing',
    daily: 'the daily run',
    missing: (what: readonly string[]) => `Not installed for this account: ${what.join(' and ')}.`,
    duplicates: 'Some Peer Circle triggers are installed twice for this account.',
    wrongZone: (timeZone: string) =>
      `The daily run is not scheduled in the spreadsheet's time zone (${timeZone}).`,
    stopped: (last: number | null, timeZone: string) =>
      `The daily run has not run for more than two days (last ${when(last, timeZone)}).`,
    stoppedTodo:
      'Open Extensions > Apps Script > Executions to see why it failed, then run Peer Circle > Set up or repair.',
    other: (owner: string, last: number | null, timeZone: string) =>
      `Peer Circle runs from ${owner}'s account: the daily run (last ${when(last, timeZone)}) and the reminder emails, sent from ${owner}. Nothing runs from yours, so nothing runs twice.`,
    otherStopped: (owner: string, last: number | null, timeZone: string) =>
      `Peer Circle runs from ${owner}'s account, but its daily run has stopped (last ${when(last, timeZone)}).`,
    takeOverTodo:
      'Ask that organiser to run Peer Circle > Set up or repair from their account. If they cannot, run Set up or repair yourself once the daily run has been silent for three days: Peer Circle then moves to your account.',
    mineToo: (n: number) =>
      `Your account also has ${n} Peer Circle trigger(s), which could run things twice.`,
    repair: 'Run Peer Circle > Set up or repair.',
  },
  mail: {
    ok: (left: number) => `${left} email recipient(s) left in today's quota.`,
    low: (left: number, needed: number) =>
      `Only ${left} email recipient(s) left today; a busy day could need ${needed}. What does not fit waits for tomorrow.`,
    lowTodo: 'Nothing is lost; reminders that do not fit go out on the next run.',
    none: 'No emails can be sent today: the account’s daily quota is used up.',
    noneTodo: 'Reminders wait and go out tomorrow. A Google Workspace account has a larger quota.',
    unknown: 'Google did not say how many emails can still be sent today.',
  },
  settings: {
    ok: 'The settings are valid.',
    invalid: (why: string) => `The settings cannot be used: ${why}`,
    todo: 'Correct the Settings tab as the message says.',
  },
  report: {
    ok: 'The outcome report can be saved in your Drive.',
    cannot: (why: string) => `The outcome report cannot be saved: ${why}`,
    todo: 'Paste the appsscript.json that comes with Peer Circle over the manifest, save, then run Peer Circle > Set up or repair.',
  },
  /** What each declared scope lets Peer Circle do, for the permissions line. */
  scopeUse: {
    'https://www.googleapis.com/auth/spreadsheets.currentonly': 'read and write this spreadsheet',
    'https://www.googleapis.com/auth/forms': 'create and update the group’s forms',
    'https://www.googleapis.com/auth/drive.file': 'save the outcome report in your Drive',
    'https://www.googleapis.com/auth/script.send_mail': 'send reminder emails',
    'https://www.googleapis.com/auth/script.scriptapp': 'install the daily run and form processing',
    'https://www.googleapis.com/auth/script.container.ui': 'show its menu and dialogs',
    'https://www.googleapis.com/auth/userinfo.email': 'tell which account sends the reminders',
  } as Record<string, string>,
  /** Start here: the step and the result of the last run. */
  startHere: {
    step: 'Run Check installation',
    how: 'Choose Peer Circle > Check installation: it checks permissions, forms, triggers, email quota, settings and report saving, and says what to fix.',
    lastRun: (when: string, problems: number) =>
      problems === 0
        ? `Last run ${when}: everything in place.`
        : `Last run ${when}: ${problems} thing(s) needed attention.`,
  },
} as const;
