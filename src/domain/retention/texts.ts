/**
 * Person-facing wording of retention (SPEC section 9): Settings' labels (their explanations are
 * the catalogue's), what a blanked comment and an anonymised member's row read, and the daily
 * run's line (the digest's paragraph is the catalogue's `digest.retention`).
 */
export const RETENTION_TEXT = {
  commentsLabel: 'Keep private comments (months)',
  leaversLabel: "Keep leavers' rows (months)",
  /** What a blanked comment cell reads: the facilitators see that something was there. */
  removedComment: '(removed: older than the retention period)',
  /** The Name of an anonymised former member's row in Members. */
  formerMember: 'Former member (details removed)',
  leftOnHelp:
    'Filled in by Peer Circle the day a Status becomes "left" (you may type an earlier date). The row is removed this many months later (Settings "Keep leavers\' rows (months)"). Emptied if the member comes back.',
  noLeftOnColumn:
    'Members has no "Left on" column yet, so no leaver\'s row can be removed: run Peer Circle > Set up or repair to add it.',
  /** Worded like every other bad Setting, so the owner's failure email says what to fix. */
  skipped: (label: string, problem: string) =>
    `${label} skipped. Settings need attention: ${problem}`,
  daily: (tally: RetentionCounts) =>
    `${tally.comments} comment(s) blanked, ${tally.formResponses} form response(s) deleted from Google Forms, ${tally.leavers} leaver(s) removed`,
  logLine: (detail: string) => `Peer Circle retention: ${detail}.`,
  notFinished: 'time ran out; the next daily run goes on from there',
} as const;

export interface RetentionCounts {
  comments: number;
  formResponses: number;
  leavers: number;
}
