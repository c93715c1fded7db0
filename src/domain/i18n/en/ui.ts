/**
 * English texts a facilitator reads in the spreadsheet's own windows: the menu, dialogs, prompts,
 * toasts and alerts, and what a failed menu action says. Counted things are ICU plurals; where
 * English said "row(s)" it still does (only `other`), and a translator adds the forms a language
 * needs. Counts are `{count}`, not `#` (which would write 1338 as "1,338").
 */
export const UI_EN = {
  // The menu (app/menu.ts). The title is the product's name; a language may keep it as is.
  'menu.title': 'Peer Circle',
  'menu.setUp': 'Set up or repair',
  'menu.checkInstallation': 'Check installation',
  'menu.planRotation': 'Plan rotation',
  'menu.assignBuddies': 'Assign buddies',
  'menu.sendReminders': 'Send due reminders now',
  'menu.refreshOutcomes': 'Refresh outcomes',
  'menu.generateReport': 'Generate report',
  'menu.reprocessReview': 'Re-process reviewed rows',
  'menu.removeMember': "Remove a member's data",
  'menu.archiveCheckins': 'Archive old check-ins',

  // What a failed menu action says (domain/menu-errors.ts); `{action}` is the menu caption.
  'menuError.title': '{action} did not finish',
  'menuError.advice':
    'Nothing that was already saved has been lost. Please try again in a few minutes. If it keeps happening, choose Peer Circle > Set up or repair, then try again; if it still fails, send this message to whoever looks after your Peer Circle sheet.',
  'menuError.unknown': 'Something went wrong.',

  // Titles and messages around every menu action (main.ts).
  'ui.toast.title': 'Peer Circle',
  'ui.busy.title': 'Peer Circle is busy',
  'ui.busy.message': 'Another task is running. Please try again in a minute.',
  'ui.settings.title': 'Settings need attention',
  'ui.setup.title': 'Peer Circle is set up',
  'ui.reprocess.done':
    '{accepted, plural, other {{accepted} row(s)}} re-processed; {stillInReview} still need attention (see the Reason column).',
  'ui.rotation.planned': 'Planned {count, plural, other {{count} session(s)}}.',
  'ui.rotation.plannedWithUnfilled':
    'Planned {count, plural, other {{count} session(s)}}. Unfilled: {unfilled}.',
  /** One entry of `{unfilled}`, entries separated by commas. */
  'ui.rotation.unfilledRole': '{role} on {date}',
  'ui.buddies.groups': '{count, plural, other {{count} buddy group(s)}} for this cycle.',
  'ui.buddies.groupsWithUnpaired':
    '{count, plural, other {{count} buddy group(s)}} for this cycle. Not paired: {unpaired}.',
  /** One entry of `{unpaired}`, entries separated by commas. */
  'ui.buddies.unpairedEntry': '{label} ({reason})',
  'ui.reminders.done':
    '{sent, plural, other {{sent} reminder(s)}} sent, {failed} failed (see the Sent tab), {pending} pending.',
  'ui.reminders.doneStoppedEarly':
    '{sent, plural, other {{sent} reminder(s)}} sent, {failed} failed (see the Sent tab), {pending} pending. ' +
    'Stopped early: {reason}; the rest go on the next run.',
  'ui.removeMember.ask': 'Member ID or email address of the member whose data should be removed:',
  'ui.removeMember.notFound': 'No member has the ID or email "{answer}".',
  'ui.removeMember.confirm':
    'Remove every row of {name} ({id}): their Members row, check-ins, surveys, Review rows, reminders and buddy pairs? This cannot be undone.',
  'ui.outcomes.refreshed': 'Refreshed {tabs}.',
  'ui.report.askPeriod':
    'Which period? For example {example}. Leave it empty for the last 12 months.',
  /** The saved PDF's name in Drive. */
  'ui.report.fileName': '{groupName} report {from} to {to}',
  'ui.report.title': 'Report {from} to {to}',
  'ui.report.openPdf': 'Open the saved PDF in Drive',

  // What the menu and the daily run say about a buddy cycle that waits or leaves someone out.
  'ui.buddies.stillRunning': 'The current buddy cycle is still running.',
  'ui.buddies.tooFew': 'Fewer than two active members are in the buddy programme.',
  'ui.buddies.waitingForIds':
    'Buddies are not matched yet: {members} got {count, plural, one {a member ID} other {their member ID}} just now. ' +
    'Fill in "Do not pair with" in Members where needed (an ID, email or name), then run Assign buddies again; the daily run tries again tomorrow.',
  'ui.buddies.unresolvedReason':
    'their "Do not pair with" names someone Peer Circle cannot find (see Needs attention in Members)',
  // Set up or repair (app/setup.ts): its toasts and the lines of its dialog.
  'setup.toast.tabs': 'Checking tabs…',
  'setup.toast.forms': 'Checking forms…',
  'setup.toast.triggers': 'Checking triggers…',
  /** How the dialogs name the group's forms. */
  'setup.form.checkin': 'Check-in form',
  'setup.form.survey': 'Survey form',
  'setup.form.feedback': 'Group feedback form',
  'setup.form.community': 'Community survey form',
  'setup.created.settings':
    'Settings: {count, plural, other {{count} settings}} with their default values',
  'setup.repaired.settings': 'Settings: added {names}',
  'setup.created.wording': 'Instrument wording: {count, plural, other {{count} item(s)}} to paste',
  'setup.created.messages': 'Messages: {count, plural, other {{count} email text(s)}} to reword',
  'setup.problem.wordingMissing':
    '{instrument} is not on the Survey form yet: paste its wording into the "{tab}" tab (with the owner\'s permission), then run Set up or repair again.',
  'setup.created.triggers': 'Triggers: {names}',
  'setup.repaired.triggers':
    'Removed {count, plural, other {{count} duplicate or stale trigger(s)}}',
  'setup.created.sessions': 'Sessions: {count} upcoming',
  'setup.repaired.memberIds': 'Members: {count, plural, other {{count} new member ID(s)}}',
  'setup.created.tab': 'Tab "{tab}"',
  'setup.repaired.columns': 'Tab "{tab}": added column(s) {columns}',
  'setup.repaired.questions': '{form}: added {count, plural, other {{count} missing question(s)}}',
  'setup.repaired.description': '{form}: description updated (support line)',
  'setup.repaired.linked': '{form}: linked to this spreadsheet again',
  'setup.heading.created': 'Created',
  'setup.heading.repaired': 'Repaired',
  'setup.heading.nothingToDo': 'Everything was already in place',
  'setup.nothingChanged': 'Nothing needed to change.',
  'setup.heading.problems': 'Needs your attention',
  'setup.heading.forms': 'Forms to share with members',
  'setup.heading.nextStep': 'Next step: {step}',
  'setup.heading.allStepsDone': 'Next step',
  'setup.startHereLists': 'The "{tab}" tab lists every step.',
  'setup.allStepsDone': 'Every step on the "{tab}" tab is done.',
  // Removing a member's data (app/remove-member.ts) and what it says about saved reports
  // (domain/saved-reports.ts, also in a withdrawal's Review note).
  'ui.removal.done':
    'Removed the data of {name} ({id}). Rows removed or cleared: {rows}. {reports}',
  /** One entry of `{rows}`: a tab and how many of its rows; entries separated by commas. */
  'ui.removal.rowsOfTab': '{tab}: {count}',
  'ui.removal.noRows': 'none',
  /** A saved report's period in the lists below; periods separated by "; ". */
  'ui.savedReport.period': '{from} to {to}',
  'ui.savedReport.deleted':
    '{count, plural, one {Deleted {count} saved report whose period included them ({periods}): compared with a later report they would give their answers back. Generate a new report for any period you still need.} ' +
    'other {Deleted {count} saved reports whose period included them ({periods}): compared with a later report they would give their answers back. Generate a new report for any period you still need.}}',
  'ui.savedReport.deleteByHand':
    '{count, plural, one {Delete this saved report from Drive now, because their period included them and, compared with a later report, they would give their answers back (Peer Circle may not delete files with the Drive permission it has): {reports}. Generate a new report for any period you still need.} ' +
    'other {Delete these {count} saved reports from Drive now, because their period included them and, compared with a later report, they would give their answers back (Peer Circle may not delete files with the Drive permission it has): {reports}. Generate a new report for any period you still need.}}',
  /** A saved report to delete by hand: its name, and its link when Drive gave one. */
  'ui.savedReport.withLink': '{name} ({url})',
  'ui.savedReport.none': 'No saved report covered their time in the group.',
  'ui.savedReport.warning':
    'Copies of reports that were downloaded, printed or shared before now cannot be recalled: ask whoever has one to delete it.',
  // Saving the report in Drive (services/drive.ts).
  'ui.reportSave.serviceOff':
    'The report could not be saved: the Drive service is not turned on for this script. Paste the appsscript.json that comes with Peer Circle over the manifest and save.',
  'ui.reportSave.noLink': 'The report was saved in Drive, but Drive did not give back its link.',
} as const;
