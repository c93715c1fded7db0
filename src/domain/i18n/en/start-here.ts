/**
 * English texts of the Start here tab's steps (the tab's name and headers are names the sheet is
 * read by, in the sheet's own area).
 */
export const START_HERE_EN = {
  'startHere.done': 'done',
  'startHere.toDo': 'to do',
  'startHere.settings.step': 'Fill in Settings',
  'startHere.settings.how':
    'Open the Settings tab: type your group name, meeting day and time, and the organisers’ email addresses (they get the weekly digest).',
  'startHere.members.step': 'Add your members',
  'startHere.members.how':
    'One row per member in the Members tab: name, email, joined date, the roles they are happy to take. Peer Circle fills in the Member ID.',
  'startHere.forms.step': 'Share the forms',
  'startHere.forms.how':
    'The links are in Settings. Send the Check-in, Survey and Group feedback form links to members by email or in your group chat; this step shows done once the first answer arrives. The Community survey form link is for the audience of an outreach event: give it out with the code typed in that event’s "Event code" cell in Activities.',
  'startHere.wording.step': 'Paste the wording of your survey instruments',
  'startHere.wording.how':
    'Instruments whose wording may not ship with Peer Circle wait in the Instrument wording tab. Paste the wording once you have the owner’s permission, then run Peer Circle > Set up or repair again.',
  'startHere.wording.howWaiting':
    'Instruments whose wording may not ship with Peer Circle wait in the Instrument wording tab. Paste the wording once you have the owner’s permission, then run Peer Circle > Set up or repair again. Still waiting: {names}.',
  /** A step's How followed by the result of the last Check installation. */
  'startHere.howAndLastRun': '{how} {lastRun}',
} as const;
