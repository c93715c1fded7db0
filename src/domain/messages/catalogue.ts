/**
 * The emails a group can reword in its Messages tab, with today's wording as the default and the
 * placeholders each one offers. The footer (why the member gets the email and how to stop it) is
 * not part of a template: it is added by the code to every member email, whatever a template
 * says. Only names, roles, dates, places and links are offered: nothing a member answered.
 */
export type MessageId =
  'role-duty' | 'buddy-intro' | 'buddy-intro-trio' | 'survey-first' | 'survey-next';

export interface MessageDefinition {
  id: MessageId;
  /** The Message column's text: how a facilitator knows the row. */
  label: string;
  /** Placeholder name → what it stands for (shown in the Placeholders column). */
  placeholders: Readonly<Record<string, string>>;
  /** Placeholders that stand for a list: the last line of a paragraph, alone. */
  blocks: readonly string[];
  subject: string;
  body: string;
}

const GREETING = 'Hello {{firstName}},';

const common = {
  firstName: "the member's first name",
  groupName: 'the group name (Settings)',
};

export const MESSAGE_DEFINITIONS: readonly MessageDefinition[] = [
  {
    id: 'role-duty',
    label: 'Duty reminder',
    placeholders: {
      ...common,
      roles: 'the role or roles they hold',
      when: 'the session date and start time',
      date: 'the session date',
      topic: "the session's topic (Sessions)",
      place: 'the meeting place (Settings)',
      onlineLink: 'the online link (Settings)',
      roleDescription: 'what the role involves (Role description rows below)',
      alsoOnDuty: 'list: the others on duty and their roles',
      checkinLink: 'a link to the check-in form',
    },
    blocks: ['alsoOnDuty'],
    subject: '{{groupName}}: you are on duty as {{roles}} on {{date}}',
    body: [
      GREETING,
      'You are on duty as {{roles}} at {{groupName}} on {{when}}.',
      'The topic is: {{topic}}',
      'What the role involves: {{roleDescription}}',
      'Where: {{place}}',
      'Joining online: {{onlineLink}}',
      'Also on duty:\n{{alsoOnDuty}}',
      'If you cannot make it, please reply to this email so that someone can step in.',
      'After the session, the check-in takes a minute: {{checkinLink}}',
    ].join('\n\n'),
  },
  {
    id: 'buddy-intro',
    label: 'Buddy introduction (a pair)',
    placeholders: {
      ...common,
      from: 'the first day of the buddy cycle',
      to: 'the last day of the buddy cycle',
      buddies: 'list: the buddy, with their email',
    },
    blocks: ['buddies'],
    subject: '{{groupName}}: meet your buddy',
    body: [
      GREETING,
      'From {{from}} to {{to}}, your buddy is:\n{{buddies}}',
      'Buddies keep in touch between sessions: a message, a call or a coffee, whatever suits ' +
        'you both. Why not say hello first?',
    ].join('\n\n'),
  },
  {
    id: 'buddy-intro-trio',
    label: 'Buddy introduction (a trio)',
    placeholders: {
      ...common,
      from: 'the first day of the buddy cycle',
      to: 'the last day of the buddy cycle',
      buddies: 'list: the buddies, with their emails',
    },
    blocks: ['buddies'],
    subject: '{{groupName}}: meet your buddies',
    body: [
      GREETING,
      'From {{from}} to {{to}}, your buddies are:\n{{buddies}}',
      'Buddies keep in touch between sessions: a message, a call or a coffee, whatever suits ' +
        'you all. Why not say hello first?',
    ].join('\n\n'),
  },
  {
    id: 'survey-first',
    label: 'First survey',
    placeholders: {
      ...common,
      weeks: 'weeks between surveys (Settings)',
      surveyLink: 'a link to the survey form',
    },
    blocks: [],
    subject: '{{groupName}}: your first survey',
    body: [
      GREETING,
      '{{groupName}} asks every member to fill in a short survey about how they are doing, ' +
        'once when they join and then every {{weeks}} weeks, so the group can see whether it helps.',
      'It takes a few minutes: {{surveyLink}}',
      'It is up to you whether you answer. Your answers are kept with your name in the ' +
        "group's Google Sheet, which the facilitators and organisers can read; emails and " +
        "reports only ever show figures about several members together, never one person's answers.",
    ].join('\n\n'),
  },
  {
    id: 'survey-next',
    label: 'Next survey',
    placeholders: {
      ...common,
      weeks: 'weeks between surveys (Settings)',
      surveyLink: 'a link to the survey form',
    },
    blocks: [],
    subject: '{{groupName}}: time for your next survey',
    body: [
      GREETING,
      '{{groupName}} asks members for a short survey every {{weeks}} weeks, and yours is due.',
      'It takes a few minutes: {{surveyLink}}',
      'It is up to you whether you answer. Your answers are kept with your name in the ' +
        "group's Google Sheet, which the facilitators and organisers can read; emails and " +
        "reports only ever show figures about several members together, never one person's answers.",
    ].join('\n\n'),
  },
];

/** Default descriptions of the default roles, used in duty reminders until a group writes its own. */
export const DEFAULT_ROLE_DESCRIPTIONS: Readonly<Record<string, string>> = {
  Facilitator:
    'opens and closes the session, keeps to the group agreements and makes room for everyone who wants to speak.',
  'Co-facilitator':
    'supports the facilitator, notices who has not spoken yet and steps in if the facilitator needs a break.',
  Timekeeper: 'keeps an eye on the time and gently says when a part of the session is ending.',
  Greeter:
    'welcomes people as they arrive, especially anyone new, and shows them where things are.',
  'Note-taker':
    'writes down decisions and actions only, never what anyone shared, and sends them round afterwards.',
};

/** Texts of the Messages tab itself. */
export const MESSAGES_TAB_TEXT = {
  subject: 'Subject',
  body: 'Body',
  roleDescription: 'Role description',
  ok: 'ok',
  roleDescriptionHelp: 'Used as {{roleDescription}} in the duty reminder for this role.',
  problem: (cell: string, reason: string) =>
    `${cell}: ${reason} The default wording is used until this is fixed.`,
  reasons: {
    unknown: (name: string, allowed: readonly string[]) =>
      `{{${name}}} is not a placeholder of this message (it offers ${allowed.map((n) => `{{${n}}}`).join(', ')}).`,
    unclosed: 'a placeholder is not closed: write it as {{name}}.',
    'stray-close': 'there is a "}}" without its "{{".',
    empty: 'the text is empty.',
    'block-in-line': (name: string) =>
      `{{${name}}} is a list: put it alone on the last line of a paragraph.`,
  },
} as const;

export function messageDefinition(id: MessageId): MessageDefinition {
  const found = MESSAGE_DEFINITIONS.find((definition) => definition.id === id);
  if (!found) throw new Error(`Unknown message ${id}`);
  return found;
}
