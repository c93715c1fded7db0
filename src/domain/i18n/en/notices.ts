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
} as const;
