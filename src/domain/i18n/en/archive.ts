/**
 * English texts of "Archive old check-ins" (its prompt, confirmation and result). The archive
 * tab's name and columns are names the sheet is read by, in the sheet's own area.
 */
export const ARCHIVE_EN = {
  'archive.askYears':
    'Keep how many years of check-ins in the Check-ins tab? Older ones move to the "{tab}" tab (whole months). Type a number of years (1 or more); leave it blank for {years}.',
  'archive.badYears': '"{typed}" is not a whole number of years (1 or more). Nothing was moved.',
  'archive.confirm':
    'Check-ins for sessions before {boundary} will move from Check-ins to the "{tab}" tab. ' +
    'Every outcome figure and report stays exactly the same. What moves keeps only what the figures, reminders and rotation need (member ID, session date, how they took part, the three answers, outreach and talking outside the group): the email address, the time of submission and any written comments of those check-ins are deleted. ' +
    "This cannot be undone from the menu, only from the spreadsheet's version history (File > Version history). Continue?",
  'archive.nothingToMove':
    'Nothing to move: no accepted check-in is for a session before {boundary}.',
  'archive.moved':
    'Moved {count, plural, other {{count} check-in(s)}} for sessions before {boundary} to the "{tab}" tab. The outcome tabs were refreshed; their figures are unchanged.',
  'archive.notFinished':
    'Moved {count, plural, other {{count} check-in(s)}} so far; time ran out before the rest. Nothing is lost or counted twice: run Archive old check-ins again to move the others.',
  'archive.keptBack':
    '{count, plural, other {{count} older check-in(s)}} not yet processed or waiting in Review stay in Check-ins.',
  'archive.onlyBefore':
    'An accepted check-in for a session on or after {boundary} comes before some older ones in Check-ins; those older ones stay, so that the order of the rows (and so every figure) stays the same.',
} as const;
