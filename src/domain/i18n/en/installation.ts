/**
 * English texts of Check installation and of who runs the group's triggers (Set up's dialog).
 * Times are passed in as "07:00" (the code pads them); lists are joined by the code with "; ".
 */
export const INSTALLATION_EN = {
  /** A day as Check installation names it: "7 January 2026". */
  'check.date': '{day} {month} {year}',

  // Set up's dialog: whose account sends the reminders.
  'trigger.sentFromSetUpAccount':
    'Reminder emails are sent from the account that ran Set up, and count against its daily email quota. The daily run happens between {from} and {to}, {timeZone} time.',
  'trigger.sentFrom':
    'Reminder emails are sent from {account} (the account that ran Set up), and count against its daily email quota. The daily run happens between {from} and {to}, {timeZone} time.',
  'trigger.otherOwner':
    "Peer Circle already runs from {owner}'s account: the daily run, the form processing and the reminder emails (sent from {owner}). Nothing was installed for your account, so nothing runs or is sent twice. If {owner} can no longer run it, its daily run stops; once it has not run for three days, running Set up from your account moves Peer Circle to your account.",
  'trigger.tookOver':
    "{previous}'s daily run had stopped, so Peer Circle now runs from your account: reminders are sent from your address from now on.",
  'trigger.rescheduled': "Daily run: now at {time} in the spreadsheet's time zone ({timeZone}).",
  'trigger.removedOwn':
    'Removed {count, plural, other {{count} Peer Circle trigger(s)}} of your account: another account runs the group.',

  // Check installation, condition by condition.
  'check.title': 'Peer Circle installation check',
  'check.allGood': 'Everything Peer Circle needs is in place.',
  'check.problems':
    '{count, plural, other {{count} thing(s) need}} your attention (marked "Needs attention").',
  'check.status.ok': 'OK',
  'check.status.problem': 'Needs attention',
  'check.status.note': 'Good to know',
  /** One line of the dialog; the second form adds what to do. */
  'check.line': '{topic}: {text}',
  'check.lineWithTodo': '{topic}: {text} What to do: {todo}',
  'check.topic.scopes': 'Permissions',
  'check.topic.triggers': 'Daily run and form processing',
  'check.topic.mail': 'Email quota',
  'check.topic.settings': 'Settings',
  'check.topic.report': 'Saving the report',
  'check.scopes.ok': 'You granted every permission Peer Circle asks for.',
  'check.scopes.missing': 'Some permissions were not granted, so Peer Circle cannot: {what}.',
  'check.scopes.unknown': 'Google did not say which permissions were granted.',
  'check.scopes.todo':
    'Run Peer Circle > Set up or repair and tick every box on Google’s permission screen.',
  'check.forms.ok':
    'The {label} has its title, accepts responses and sends them to this spreadsheet.',
  'check.forms.okPublished':
    'The {label} has its title, is published, accepts responses and sends them to this spreadsheet.',
  'check.forms.unreachable': 'The {label} could not be opened: {why}',
  'check.forms.untitled': 'it has no title',
  'check.forms.unpublished': 'it is not published, so members cannot open it',
  'check.forms.closed': 'it does not accept responses',
  'check.forms.unlinked': 'its responses do not come to this spreadsheet',
  'check.forms.wrong': 'The {label}: {what}.',
  'check.forms.fix':
    'Run Peer Circle > Set up or repair: it titles, publishes and links the form again.',
  'check.forms.fixClosed':
    'Open the form, go to Responses and switch on "Accepting responses", then run Peer Circle > Set up or repair.',
  'check.forms.repair':
    'Run Peer Circle > Set up or repair: it finds or re-creates the form and stores its ID in Settings.',
  'check.triggers.ok':
    'The daily run and form processing run from {account}, the daily run between {from} and {to} {timeZone} time.',
  'check.triggers.yourAccount': 'your account',
  'check.triggers.formSubmit': 'form processing',
  'check.triggers.daily': 'the daily run',
  'check.triggers.missing': 'Not installed for this account: {what}.',
  'check.triggers.duplicates': 'Some Peer Circle triggers are installed twice for this account.',
  'check.triggers.wrongZone':
    "The daily run is not scheduled in the spreadsheet's time zone ({timeZone}).",
  'check.triggers.neverYet': 'never yet',
  'check.triggers.onDay': 'on {day}',
  'check.triggers.stopped': 'The daily run has not run for more than two days (last {last}).',
  'check.triggers.stoppedTodo':
    'Open Extensions > Apps Script > Executions to see why it failed, then run Peer Circle > Set up or repair.',
  'check.triggers.other':
    "Peer Circle runs from {owner}'s account: the daily run (last {last}) and the reminder emails, sent from {owner}. Nothing runs from yours, so nothing runs twice.",
  'check.triggers.otherStopped':
    "Peer Circle runs from {owner}'s account, but its daily run has stopped (last {last}).",
  'check.triggers.takeOverTodo':
    'Ask that organiser to run Peer Circle > Set up or repair from their account. If they cannot, run Set up or repair yourself once the daily run has been silent for three days: Peer Circle then moves to your account.',
  'check.triggers.mineToo':
    'Your account also has {count, plural, other {{count} Peer Circle trigger(s)}}, which could run things twice.',
  'check.triggers.repair': 'Run Peer Circle > Set up or repair.',
  'check.mail.ok': "{left, plural, other {{left} email recipient(s)}} left in today's quota.",
  'check.mail.low':
    'Only {left, plural, other {{left} email recipient(s)}} left today; a busy day could need {needed}. What does not fit waits for tomorrow.',
  'check.mail.lowTodo': 'Nothing is lost; reminders that do not fit go out on the next run.',
  'check.mail.none': 'No emails can be sent today: the account’s daily quota is used up.',
  'check.mail.noneTodo':
    'Reminders wait and go out tomorrow. A Google Workspace account has a larger quota.',
  'check.mail.unknown': 'Google did not say how many emails can still be sent today.',
  'check.settings.ok': 'The settings are valid.',
  'check.settings.invalid': 'The settings cannot be used: {why}',
  'check.settings.todo': 'Correct the Settings tab as the message says.',
  'check.report.ok': 'The outcome report can be saved in your Drive.',
  'check.report.cannot': 'The outcome report cannot be saved: {why}',
  'check.report.todo':
    'Paste the appsscript.json that comes with Peer Circle over the manifest, save, then run Peer Circle > Set up or repair.',
  // What each declared scope lets Peer Circle do, for the permissions line.
  'check.scopeUse.spreadsheets': 'read and write this spreadsheet',
  'check.scopeUse.forms': 'create and update the group’s forms',
  'check.scopeUse.driveFile': 'save the outcome report in your Drive',
  'check.scopeUse.sendMail': 'send reminder emails',
  'check.scopeUse.scriptApp': 'install the daily run and form processing',
  'check.scopeUse.containerUi': 'show its menu and dialogs',
  'check.scopeUse.userinfoEmail': 'tell which account sends the reminders',
  // Start here: the step and the result of the last run.
  'check.startHere.step': 'Run Check installation',
  'check.startHere.how':
    'Choose Peer Circle > Check installation: it checks permissions, forms, triggers, email quota, settings and report saving, and says what to fix.',
  'check.startHere.lastRunGood': 'Last run {when}: everything in place.',
  'check.startHere.lastRunProblems':
    'Last run {when}: {problems, plural, other {{problems} thing(s) needed}} attention.',
} as const;
