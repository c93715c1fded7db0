/**
 * The tabs of SPEC section 2: names, columns, and how Set up formats them. Set up creates what
 * is missing from these specs and leaves everything else alone; readers look columns up by
 * these names.
 */
import { CONSENT_MEMBER_TEXT, MEMBER_CONSENT } from '../consent';
import { RETENTION_TEXT } from '../retention/texts';

export type ColumnFormat =
  | { kind: 'text' }
  | { kind: 'date' }
  | { kind: 'datetime' }
  | { kind: 'number'; min?: number; max?: number }
  | { kind: 'list'; values: readonly string[] }
  | { kind: 'yesno' };

export interface ColumnSpec {
  name: string;
  format: ColumnFormat;
  width: number;
  /** Shown as the header cell's note. */
  help?: string;
}

export interface TabSpec {
  name: string;
  columns: readonly ColumnSpec[];
  /** Written by the script: protected with a warning so a facilitator thinks before editing. */
  scriptWritten: boolean;
  /** Created by a form's destination link rather than by Set up. */
  formResponses?: 'checkin' | 'survey' | 'feedback' | 'community';
}

export const TAB = {
  settings: 'Settings',
  members: 'Members',
  sessions: 'Sessions',
  checkins: 'Check-ins',
  surveys: 'Surveys',
  activities: 'Activities',
  rotation: 'Rotation',
  rota: 'Rota',
  buddies: 'Buddies',
  review: 'Review',
  sent: 'Sent',
  wording: 'Instrument wording',
  messages: 'Messages',
  workingGroups: 'Working groups',
  register: 'Attendance register',
  contactRequests: 'Contact requests',
  /** The Group feedback form's responses (anonymous). */
  feedback: 'Feedback',
  stories: 'Stories',
  /** The Community survey's responses (anonymous outreach audiences). */
  community: 'Community survey',
} as const;

/** Response tabs of the forms that collect no email: only the time precedes their questions. */
export const ANONYMOUS_RESPONSE_TABS: ReadonlySet<string> = new Set([TAB.feedback, TAB.community]);

export const YES_NO = ['yes', 'no'] as const;
export const MEMBER_STATUSES = ['active', 'paused', 'left'] as const;
export const SESSION_STATUSES = ['planned', 'held', 'cancelled'] as const;
export const WORKING_GROUP_STATUSES = ['active', 'paused', 'finished'] as const;

export const ACTIVITY_KINDS = [
  'outreach',
  'partnership',
  'peer-led panel',
  'guest speaker',
  'training',
  'other',
] as const;

const text = (name: string, width = 140, help?: string): ColumnSpec => ({
  name,
  format: { kind: 'text' },
  width,
  help,
});
const date = (name: string, width = 100, help?: string): ColumnSpec => ({
  name,
  format: { kind: 'date' },
  width,
  help,
});
const list = (name: string, values: readonly string[], width = 110, help?: string): ColumnSpec => ({
  name,
  format: { kind: 'list', values },
  width,
  help,
});
const yesno = (name: string, width = 90): ColumnSpec => ({
  name,
  format: { kind: 'yesno' },
  width,
});
const number = (name: string, min?: number, max?: number, width = 90): ColumnSpec => ({
  name,
  format: { kind: 'number', min, max },
  width,
});

export const SETTINGS_COLUMNS = {
  setting: 'Setting',
  value: 'Value',
  about: 'About',
} as const;

export const MEMBER_COLUMNS = {
  id: 'Member ID',
  name: 'Name',
  email: 'Email',
  joined: 'Joined',
  status: 'Status',
  roles: 'Roles',
  unavailableFrom: 'Unavailable from',
  unavailableTo: 'Unavailable to',
  emailReminders: 'Email reminders',
  buddyProgramme: 'Buddy programme',
  mentorCapacity: 'Mentor capacity',
  doNotPairWith: 'Do not pair with',
  notes: 'Facilitator notes',
  attention: 'Needs attention',
  /** SPEC section 9: empty or given, or withdrawn (domain/consent.ts). */
  consent: 'Consent',
  /** Retention (SPEC section 9): when the Status became "left" (app/retention.ts). */
  leftOn: 'Left on',
} as const;

export const SESSION_COLUMNS = {
  date: 'Date',
  startTime: 'Start time',
  topic: 'Topic',
  status: 'Status',
} as const;

export const ACTIVITY_COLUMNS = {
  date: 'Date',
  kind: 'Kind',
  description: 'Description',
  partner: 'Partner organisation',
  membersInvolved: 'Members involved',
  peopleReached: 'People reached',
  memberNames: 'Member names',
  /** Optional: the code an event's audience types into the Community survey. */
  eventCode: 'Event code',
} as const;

export const ROTATION_COLUMNS = {
  date: 'Session date',
  role: 'Role',
  memberId: 'Member ID',
  memberName: 'Member',
  locked: 'Locked',
} as const;

/**
 * The Rota tab: the Rotation tab as a facilitator reads and prints it, one row per session and
 * a column per role (the roles of Settings, in their order, follow the date column).
 */
export const ROTA_COLUMNS = {
  date: 'Session date',
} as const;

export const BUDDY_COLUMNS = {
  cycleStart: 'Cycle start',
  cycleEnd: 'Cycle end',
  memberA: 'Member A',
  memberB: 'Member B',
  memberC: 'Member C',
  names: 'Names',
  kind: 'Kind',
  status: 'Status',
} as const;

export const REVIEW_COLUMNS = {
  receivedAt: 'Received at',
  source: 'Source',
  reason: 'Reason',
  action: 'Action',
  key: 'Response key',
} as const;

export const REVIEW_ACTIONS = ['waiting', 're-process', 'keep'] as const;

export const SENT_COLUMNS = {
  key: 'Key',
  kind: 'Kind',
  memberId: 'Member ID',
  forDate: 'For date',
  status: 'Status',
  sentAt: 'Sent at',
} as const;

export const WORDING_COLUMNS = {
  instrument: 'Instrument',
  itemId: 'Item ID',
  item: 'Item',
  wording: 'Wording',
} as const;

/** The attendance register: one row per member per session that met, "Came" ticked by a facilitator. */
export const REGISTER_COLUMNS = {
  date: 'Session date',
  memberId: 'Member ID',
  name: 'Name',
  came: 'Came',
} as const;

/** Working groups (the article's small groups of members taking on a piece of work together). */
export const STORY_COLUMNS = {
  key: 'Story key',
  received: 'Received',
  memberId: 'Member ID',
  asWritten: 'Story as written',
  consent: 'Consent to quote without a name',
  forReport: 'Story for the report',
  approved: 'Approved',
  status: 'Status',
} as const;

export const WORKING_GROUP_COLUMNS = {
  name: 'Working group',
  purpose: 'Purpose',
  members: 'Members',
  memberNames: 'Member names',
  partner: 'Partner organisation',
  status: 'Status',
  nextStep: 'Next step',
  started: 'Started',
} as const;

/** Members who asked, in a check-in, for someone to get in touch (SPEC section 9). */
export const CONTACT_REQUEST_COLUMNS = {
  askedAt: 'Asked at',
  memberId: 'Member ID',
  name: 'Name',
  email: 'Email',
  status: 'Status',
  key: 'Request key',
} as const;

export const CONTACT_REQUEST_STATUSES = ['open', 'done'] as const;

export const MESSAGE_COLUMNS = {
  message: 'Message',
  part: 'Part',
  text: 'Text',
  placeholders: 'Placeholders',
  status: 'Status',
} as const;

/** Columns the script adds to each form's response sheet, right of the questions. */
export const DERIVED_COLUMNS = {
  memberId: 'Member ID',
  sessionDate: 'Session date',
  wave: 'Wave',
  status: 'Processing',
} as const;

export const TAB_SPECS: readonly TabSpec[] = [
  {
    name: TAB.settings,
    scriptWritten: false,
    columns: [
      text(SETTINGS_COLUMNS.setting, 230),
      text(SETTINGS_COLUMNS.value, 260),
      text(SETTINGS_COLUMNS.about, 420),
    ],
  },
  {
    name: TAB.members,
    scriptWritten: false,
    columns: [
      text(MEMBER_COLUMNS.id, 90, 'Filled in by Peer Circle; never reuse or edit.'),
      text(MEMBER_COLUMNS.name, 160),
      text(MEMBER_COLUMNS.email, 220),
      date(MEMBER_COLUMNS.joined),
      list(MEMBER_COLUMNS.status, MEMBER_STATUSES),
      text(MEMBER_COLUMNS.roles, 220, 'Roles the member is willing to take, separated by commas.'),
      date(MEMBER_COLUMNS.unavailableFrom),
      date(MEMBER_COLUMNS.unavailableTo),
      yesno(MEMBER_COLUMNS.emailReminders),
      yesno(MEMBER_COLUMNS.buddyProgramme),
      number(MEMBER_COLUMNS.mentorCapacity, 0, 10),
      text(MEMBER_COLUMNS.doNotPairWith, 150, 'Member IDs, separated by commas.'),
      text(MEMBER_COLUMNS.notes, 260, 'Private to facilitators: never emailed or reported.'),
      text(
        MEMBER_COLUMNS.attention,
        260,
        'Filled in by Peer Circle: what to fix in this row (a shared email, a name Sheets read as a formula, a do-not-pair it cannot match). Empty when all is well.',
      ),
      // Last, where Set up adds it to a Members tab made before it existed (SPEC section 9).
      list(MEMBER_COLUMNS.consent, MEMBER_CONSENT, 110, CONSENT_MEMBER_TEXT.columnHelp),
      // Last again, for the same reason (retention, SPEC section 9).
      date(MEMBER_COLUMNS.leftOn, 100, RETENTION_TEXT.leftOnHelp),
    ],
  },
  {
    name: TAB.sessions,
    scriptWritten: false,
    columns: [
      date(SESSION_COLUMNS.date),
      text(SESSION_COLUMNS.startTime, 90),
      text(SESSION_COLUMNS.topic, 260),
      list(SESSION_COLUMNS.status, SESSION_STATUSES),
    ],
  },
  {
    name: TAB.activities,
    scriptWritten: false,
    columns: [
      date(ACTIVITY_COLUMNS.date),
      list(ACTIVITY_COLUMNS.kind, ACTIVITY_KINDS, 130),
      text(ACTIVITY_COLUMNS.description, 280),
      text(ACTIVITY_COLUMNS.partner, 180),
      text(ACTIVITY_COLUMNS.membersInvolved, 180, 'Member IDs, separated by commas.'),
      number(ACTIVITY_COLUMNS.peopleReached, 0),
      text(
        ACTIVITY_COLUMNS.memberNames,
        220,
        'Filled in by Peer Circle from "Members involved" when outcomes are refreshed.',
      ),
      text(
        ACTIVITY_COLUMNS.eventCode,
        110,
        'Optional. A short code for this event (for example HL-0312), different for each row: its audience types it into the Community survey.',
      ),
    ],
  },
  {
    name: TAB.rotation,
    scriptWritten: true,
    columns: [
      date(ROTATION_COLUMNS.date),
      text(ROTATION_COLUMNS.role, 130),
      text(ROTATION_COLUMNS.memberId, 90),
      text(ROTATION_COLUMNS.memberName, 160),
      yesno(ROTATION_COLUMNS.locked, 70),
    ],
  },
  {
    name: TAB.rota,
    scriptWritten: true,
    columns: [
      date(
        ROTA_COLUMNS.date,
        100,
        'Made by Peer Circle from the Rotation tab, one column per role: change a duty there.',
      ),
    ],
  },
  {
    name: TAB.buddies,
    scriptWritten: true,
    columns: [
      date(BUDDY_COLUMNS.cycleStart),
      date(BUDDY_COLUMNS.cycleEnd),
      text(BUDDY_COLUMNS.memberA, 90),
      text(BUDDY_COLUMNS.memberB, 90),
      text(BUDDY_COLUMNS.memberC, 90),
      text(BUDDY_COLUMNS.names, 260, 'Filled in by Peer Circle from the Members tab.'),
      list(BUDDY_COLUMNS.kind, ['newcomer-mentor', 'peers'], 130),
      list(BUDDY_COLUMNS.status, ['active', 'ended'], 90),
    ],
  },
  {
    name: TAB.register,
    scriptWritten: false,
    columns: [
      date(REGISTER_COLUMNS.date),
      text(REGISTER_COLUMNS.memberId, 90),
      text(REGISTER_COLUMNS.name, 160),
      {
        name: REGISTER_COLUMNS.came,
        format: { kind: 'yesno' },
        width: 70,
        help: 'yes or no for each member. A session with any row filled in is counted from this register, not from check-ins.',
      },
    ],
  },
  {
    name: TAB.workingGroups,
    scriptWritten: false,
    columns: [
      text(WORKING_GROUP_COLUMNS.name, 180),
      text(WORKING_GROUP_COLUMNS.purpose, 260),
      text(WORKING_GROUP_COLUMNS.members, 150, 'Member IDs, separated by commas.'),
      text(
        WORKING_GROUP_COLUMNS.memberNames,
        220,
        'Filled in by Peer Circle from "Members" when outcomes are refreshed.',
      ),
      text(WORKING_GROUP_COLUMNS.partner, 180),
      list(WORKING_GROUP_COLUMNS.status, WORKING_GROUP_STATUSES),
      text(WORKING_GROUP_COLUMNS.nextStep, 260),
      date(WORKING_GROUP_COLUMNS.started),
    ],
  },
  {
    // Stories (SPEC section 10): the script adds each survey story and keeps Consent and
    // Status up to date; facilitators approve and may edit "Story for the report".
    name: TAB.stories,
    scriptWritten: false,
    columns: [
      text(STORY_COLUMNS.key, 120, 'Filled in by Peer Circle: which survey the story came from.'),
      date(STORY_COLUMNS.received),
      text(STORY_COLUMNS.memberId, 90),
      text(STORY_COLUMNS.asWritten, 360),
      text(
        STORY_COLUMNS.consent,
        120,
        "Filled in by Peer Circle from the member's latest survey: yes, no or withdrawn.",
      ),
      text(
        STORY_COLUMNS.forReport,
        360,
        'Edit lightly here: take out any name or detail that could identify someone. Blank quotes the story as written.',
      ),
      yesno(STORY_COLUMNS.approved),
      text(STORY_COLUMNS.status, 260, 'Filled in by Peer Circle: whether the report may quote it.'),
    ],
  },
  {
    name: TAB.messages,
    scriptWritten: false,
    columns: [
      text(MESSAGE_COLUMNS.message, 200),
      text(MESSAGE_COLUMNS.part, 130),
      text(
        MESSAGE_COLUMNS.text,
        460,
        'Reword freely. Keep {{placeholders}} from the next column; a blank line starts a new paragraph.',
      ),
      text(MESSAGE_COLUMNS.placeholders, 300),
      text(MESSAGE_COLUMNS.status, 300, 'Filled in by Peer Circle: ok, or what to fix.'),
    ],
  },
  {
    name: TAB.review,
    scriptWritten: false,
    columns: [
      { name: REVIEW_COLUMNS.receivedAt, format: { kind: 'datetime' }, width: 150 },
      text(REVIEW_COLUMNS.source, 100),
      text(REVIEW_COLUMNS.reason, 320),
      list(REVIEW_COLUMNS.action, REVIEW_ACTIONS, 100),
      text(REVIEW_COLUMNS.key, 200),
    ],
  },
  {
    name: TAB.contactRequests,
    scriptWritten: false,
    columns: [
      { name: CONTACT_REQUEST_COLUMNS.askedAt, format: { kind: 'datetime' }, width: 150 },
      text(CONTACT_REQUEST_COLUMNS.memberId, 90),
      text(CONTACT_REQUEST_COLUMNS.name, 160),
      text(CONTACT_REQUEST_COLUMNS.email, 220),
      {
        ...list(CONTACT_REQUEST_COLUMNS.status, CONTACT_REQUEST_STATUSES, 90),
        help: 'open until someone from the group has been in touch; then choose done.',
      },
      text(CONTACT_REQUEST_COLUMNS.key, 200, 'Filled in by Peer Circle; do not edit.'),
    ],
  },
  {
    name: TAB.wording,
    scriptWritten: false,
    columns: [
      text(WORDING_COLUMNS.instrument, 120),
      text(WORDING_COLUMNS.itemId, 90),
      text(WORDING_COLUMNS.item, 220),
      text(
        WORDING_COLUMNS.wording,
        480,
        'Paste the item wording here once the instrument owner allows it.',
      ),
    ],
  },
  {
    name: TAB.sent,
    scriptWritten: true,
    columns: [
      text(SENT_COLUMNS.key, 260),
      text(SENT_COLUMNS.kind, 110),
      text(SENT_COLUMNS.memberId, 90),
      date(SENT_COLUMNS.forDate),
      text(SENT_COLUMNS.status, 200),
      { name: SENT_COLUMNS.sentAt, format: { kind: 'datetime' }, width: 150 },
    ],
  },
];

export function tabSpec(name: string): TabSpec {
  const spec = TAB_SPECS.find((tab) => tab.name === name);
  if (!spec) throw new Error(`No tab spec named "${name}"`);
  return spec;
}
