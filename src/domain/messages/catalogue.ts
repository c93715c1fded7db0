/**
 * The emails a group can reword in its Messages tab, with today's wording as the default and the
 * placeholders each one offers. The footer (why the member gets the email and how to stop it) is
 * not part of a template: it is added by the code to every member email, whatever a template
 * says. Only names, roles, dates, places and links are offered: nothing a member answered.
 *
 * Every text comes from the message catalogue (i18n/en/mail.ts) in the language of the run, read
 * when it is used (getters), since the language is chosen per execution after this module loads.
 */
import { englishName, t, template, type FormattedKey, type TemplateKey } from '../i18n';

export type MessageId =
  'role-duty' | 'buddy-intro' | 'buddy-intro-trio' | 'survey-first' | 'survey-next';

export interface MessageDefinition {
  readonly id: MessageId;
  /** The Message column's text: how a facilitator knows the row. */
  readonly label: string;
  /** Placeholder name → what it stands for (shown in the Placeholders column). */
  readonly placeholders: Readonly<Record<string, string>>;
  /** Placeholders that stand for a list: the last line of a paragraph, alone. */
  readonly blocks: readonly string[];
  readonly subject: string;
  readonly body: string;
  /** Catalogue keys of the texts above: a row is recognised by them in any shipped language. */
  readonly keys: {
    readonly label: FormattedKey;
    readonly subject: TemplateKey;
    readonly body: TemplateKey;
  };
}

interface DefinitionSpec {
  id: MessageId;
  keys: MessageDefinition['keys'];
  placeholders: Readonly<Record<string, FormattedKey>>;
  blocks: readonly string[];
}

const common = {
  firstName: 'messages.placeholder.firstName',
  groupName: 'messages.placeholder.groupName',
} as const;

const buddyCycle = {
  ...common,
  from: 'messages.placeholder.from',
  to: 'messages.placeholder.to',
} as const;

const survey = {
  ...common,
  weeks: 'messages.placeholder.weeks',
  surveyLink: 'messages.placeholder.surveyLink',
} as const;

const SPECS: readonly DefinitionSpec[] = [
  {
    id: 'role-duty',
    keys: {
      label: 'messages.label.roleDuty',
      subject: 'template.roleDuty.subject',
      body: 'template.roleDuty.body',
    },
    placeholders: {
      ...common,
      roles: 'messages.placeholder.roles',
      when: 'messages.placeholder.when',
      date: 'messages.placeholder.date',
      topic: 'messages.placeholder.topic',
      place: 'messages.placeholder.place',
      onlineLink: 'messages.placeholder.onlineLink',
      roleDescription: 'messages.placeholder.roleDescription',
      alsoOnDuty: 'messages.placeholder.alsoOnDuty',
      checkinLink: 'messages.placeholder.checkinLink',
    },
    blocks: ['alsoOnDuty'],
  },
  {
    id: 'buddy-intro',
    keys: {
      label: 'messages.label.buddyIntro',
      subject: 'template.buddyIntro.subject',
      body: 'template.buddyIntro.body',
    },
    placeholders: { ...buddyCycle, buddies: 'messages.placeholder.buddy' },
    blocks: ['buddies'],
  },
  {
    id: 'buddy-intro-trio',
    keys: {
      label: 'messages.label.buddyIntroTrio',
      subject: 'template.buddyIntroTrio.subject',
      body: 'template.buddyIntroTrio.body',
    },
    placeholders: { ...buddyCycle, buddies: 'messages.placeholder.buddies' },
    blocks: ['buddies'],
  },
  {
    id: 'survey-first',
    keys: {
      label: 'messages.label.surveyFirst',
      subject: 'template.surveyFirst.subject',
      body: 'template.surveyFirst.body',
    },
    placeholders: survey,
    blocks: [],
  },
  {
    id: 'survey-next',
    keys: {
      label: 'messages.label.surveyNext',
      subject: 'template.surveyNext.subject',
      body: 'template.surveyNext.body',
    },
    placeholders: survey,
    blocks: [],
  },
];

function definitionOf(spec: DefinitionSpec): MessageDefinition {
  return {
    id: spec.id,
    keys: spec.keys,
    blocks: spec.blocks,
    get label() {
      return t(spec.keys.label);
    },
    get placeholders() {
      return Object.fromEntries(
        Object.entries(spec.placeholders).map(([name, key]) => [name, t(key)]),
      );
    },
    get subject() {
      return template(spec.keys.subject);
    },
    get body() {
      return template(spec.keys.body);
    },
  };
}

export const MESSAGE_DEFINITIONS: readonly MessageDefinition[] = SPECS.map(definitionOf);

/**
 * Default descriptions of the default roles (by their English names), used in duty reminders
 * until a group writes its own.
 */
export const DEFAULT_ROLE_DESCRIPTION_KEYS: Readonly<Record<string, TemplateKey>> = {
  Facilitator: 'template.roleDescription.facilitator',
  'Co-facilitator': 'template.roleDescription.coFacilitator',
  Timekeeper: 'template.roleDescription.timekeeper',
  Greeter: 'template.roleDescription.greeter',
  'Note-taker': 'template.roleDescription.noteTaker',
};

/**
 * The catalogue key of a role's default description, the role named in any shipped language or
 * in English; undefined for a role of the group's own.
 */
export function roleDescriptionKey(role: string): TemplateKey | undefined {
  const folded = (text: string) => text.trim().toLowerCase();
  const english = englishName(role) ?? role;
  const found = Object.entries(DEFAULT_ROLE_DESCRIPTION_KEYS).find(
    ([name]) => folded(name) === folded(english),
  );
  return found?.[1];
}

/** `{{name}}` as a template writes it, for the texts that name a placeholder. */
export const asPlaceholder = (name: string): string => `{{${name}}}`;

/** Texts of the Messages tab itself. */
export const MESSAGES_TAB_TEXT = {
  roleDescriptionHelp: () =>
    t('messages.roleDescriptionHelp', { placeholder: asPlaceholder('roleDescription') }),
  problem: (cell: string, reason: string) => t('messages.problem', { cell, reason }),
  reasons: {
    unknown: (name: string, allowed: readonly string[]) =>
      t('messages.reason.unknown', {
        placeholder: asPlaceholder(name),
        offered: allowed.map(asPlaceholder).join(', '),
      }),
    unclosed: () => t('messages.reason.unclosed', { example: asPlaceholder('name') }),
    'stray-close': () => t('messages.reason.strayClose', { close: '}}', open: '{{' }),
    empty: () => t('messages.reason.empty'),
    'block-in-line': (name: string) =>
      t('messages.reason.blockInLine', { placeholder: asPlaceholder(name) }),
  },
} as const;

export function messageDefinition(id: MessageId): MessageDefinition {
  const found = MESSAGE_DEFINITIONS.find((definition) => definition.id === id);
  if (!found) throw new Error(`Unknown message ${id}`);
  return found;
}
