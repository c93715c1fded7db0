/**
 * English texts that explain a result to a facilitator: why a role stays unfilled (Rotation tab)
 * or a member stays without a buddy (Buddies tab), what acting on a withdrawal of consent did, the
 * reasons Review rows give, and what the report's period prompt says back. Whole sentences, one
 * key each: which one applies is chosen in code, never stitched from fragments.
 */
export const NOTICES_EN = {
  // Why a role could not be filled on a date (domain/rotation/unfilled.ts).
  'notices.unfilled.noneWilling': 'No active member is willing to take this role.',
  'notices.unfilled.onlyNewcomers':
    'Only newcomers are willing to take this role, and newcomers do not lead yet.',
  'notices.unfilled.noneAvailable': 'No member willing to take this role is available that day.',
  'notices.unfilled.allBusy':
    'Every member who could take this role that day already holds another role in the session.',
  'notices.unfilled.locked': 'Locked as empty by a facilitator.',
  'notices.unfilled.recorded': 'Recorded as unfilled for this past session.',

  // Why a member of the buddy programme has no buddy this cycle (domain/buddies/reasons.ts).
  'notices.unpaired.alone': 'The only member in the buddy programme this cycle.',
  'notices.unpaired.doNotPair':
    'Do-not-pair requests rule out every other member of the programme.',
  'notices.unpaired.doNotPairOrCapacity':
    'Do-not-pair requests and mentors without capacity rule out every other member.',
  'notices.unpaired.trioTaken':
    'Everyone they can be paired with already has a buddy, and the one trio is taken.',
  'notices.unpaired.noTrio':
    'Everyone they can be paired with already has a buddy, and joining a pair as a third would break a do-not-pair request or a mentor capacity.',

  // Withdrawn consent (domain/consent.ts, app/consent.ts). {given} and {withdrawn} are the
  // Consent column's drop-down values.
  'notices.consent.badValue':
    'consent "{typed}" should be {given} or {withdrawn} (or empty for {given}); until it ' +
    'is fixed the member is treated as withdrawn, so none of their answers count',
  /** Review reason for a response from a member who withdrew consent. */
  'notices.consent.withdrawnResponse':
    'the member {memberId} has withdrawn consent (Members, Consent: {withdrawn}), so this ' +
    'response counts in no figure and is kept here; if they give consent again, set their ' +
    'Consent to {given} and re-process it',
  /** The Review row saying a withdrawal was acted on; {name} is the member's name, or their id. */
  'notices.consent.withdrawalDone':
    '{name} ({memberId}) withdrew consent: none of their answers count in any ' +
    'figure now (outcome tabs and reports), their stories are no longer quoted, and they get no ' +
    'survey reminder. Their rows stay in the sheet; use "Remove a member\'s data" if they ask ' +
    'for them to be deleted. Nothing to re-process: delete this row once read.',

  /** Raised when a contact request cannot be recorded; {tab} is the tab's name. */
  'notices.contactRequests.tabMissing':
    'The "{tab}" tab is missing. Run Peer Circle > Set up or repair to restore it.',
  /** A Review row re-processed whose Source names no response tab; {source} is that cell. */
  'notices.review.unknownSource': 'Unknown source "{source}".',

  // The period "Generate report" asks for (domain/report-period.ts). The example must stay one
  // the period is read from: two YYYY-MM-DD dates joined by "to" or a dash (-, – or —).
  'notices.period.example': '2026-01-01 to 2026-06-30',
  'notices.period.notAPeriod': '"{typed}" is not a period. Type two dates like {example}.',
  /** {from} and {to} are the dates typed, YYYY-MM-DD. */
  'notices.period.startsAfterEnd': 'The period starts ({from}) after it ends ({to}).',
} as const;
