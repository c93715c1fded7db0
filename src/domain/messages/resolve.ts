/**
 * Reads the Messages tab's rows into the templates the reminders use. A row that does not parse
 * is refused with its cell named, and that message keeps its default wording meanwhile: a typo
 * in a template must never stop a duty reminder or send a broken one.
 */
import { ENGLISH } from '../i18n/catalogue';
import { CATALOGUES } from '../i18n/catalogues';
import {
  englishName,
  inEveryLanguage,
  LANGUAGE_CODES,
  t,
  template,
  type FormattedKey,
  type TemplateKey,
} from '../i18n';
import {
  DEFAULT_ROLE_DESCRIPTION_KEYS,
  MESSAGE_DEFINITIONS,
  MESSAGES_TAB_TEXT,
  MessageDefinition,
  MessageId,
  roleDescriptionKey,
} from './catalogue';
import { parseTemplate, ParsedTemplate, TemplateProblem } from './template';

export interface MessageRow {
  /** 1-based sheet row. */
  row: number;
  message: string;
  part: string;
  text: string;
}

export interface MessageTemplates {
  subject: ParsedTemplate;
  body: ParsedTemplate;
}

export interface ResolvedMessages {
  templates: ReadonlyMap<MessageId, MessageTemplates>;
  /** Role name (lower case) → description. */
  roleDescriptions: ReadonlyMap<string, string>;
  /** What the Status column of each template row should say. */
  statuses: Array<{ row: number; status: string }>;
  /** One line per refused cell, for Set up and the menu. */
  problems: string[];
}

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** A row's label or part, in whichever shipped language Set up wrote it. */
const names = (cell: string, key: FormattedKey) =>
  inEveryLanguage(key).some((name) => same(cell, name));

const PART_KEYS = { subject: 'messages.part.subject', body: 'messages.part.body' } as const;

const normalised = (text: string) => text.replace(/\r\n?/g, '\n').trim();

/**
 * True when a cell still holds one of our defaults, in any shipped language: the group did not
 * edit it, so the current language's default is used (a change of language reaches it), while a
 * group's own wording is kept whatever the language.
 */
export function isShippedDefault(text: string, key: TemplateKey): boolean {
  const cell = normalised(text);
  return LANGUAGE_CODES.some((code) => normalised(CATALOGUES[code][key] ?? ENGLISH[key]) === cell);
}

function parsePart(definition: MessageDefinition, part: 'subject' | 'body', text: string) {
  return parseTemplate(text, Object.keys(definition.placeholders), part, definition.blocks);
}

function defaultTemplates(definition: MessageDefinition): MessageTemplates {
  const subject = parsePart(definition, 'subject', definition.subject);
  const body = parsePart(definition, 'body', definition.body);
  // The defaults are ours: a failure here is a bug, caught by the catalogue's own test.
  if (!subject.ok || !body.ok)
    throw new Error(`The default wording of ${definition.id} is broken.`);
  return { subject: subject.template, body: body.template };
}

function reasonText(problem: TemplateProblem, definition: MessageDefinition): string {
  const reasons = MESSAGES_TAB_TEXT.reasons;
  switch (problem.kind) {
    case 'unknown':
      return reasons.unknown(problem.name, Object.keys(definition.placeholders));
    case 'block-in-line':
      return reasons['block-in-line'](problem.name);
    default:
      return reasons[problem.kind]();
  }
}

/**
 * `cellOf(row)` names the Text cell of a row ("Messages!C4"). Rows for messages Peer Circle does
 * not know are left alone (a facilitator's own notes); missing rows mean the default.
 */
export function resolveMessages(
  rows: readonly MessageRow[],
  cellOf: (row: number) => string,
): ResolvedMessages {
  const templates = new Map<MessageId, MessageTemplates>();
  const statuses: Array<{ row: number; status: string }> = [];
  const problems: string[] = [];
  for (const definition of MESSAGE_DEFINITIONS) {
    const chosen = defaultTemplates(definition);
    for (const part of ['subject', 'body'] as const) {
      const row = rows.find(
        (r) => names(r.message, definition.keys.label) && names(r.part, PART_KEYS[part]),
      );
      if (!row) continue;
      if (isShippedDefault(row.text, definition.keys[part])) {
        statuses.push({ row: row.row, status: t('messages.status.ok') });
        continue;
      }
      const parsed = parsePart(definition, part, row.text);
      if (parsed.ok) {
        chosen[part] = parsed.template;
        statuses.push({ row: row.row, status: t('messages.status.ok') });
      } else {
        const problem = MESSAGES_TAB_TEXT.problem(
          cellOf(row.row),
          reasonText(parsed.problem, definition),
        );
        statuses.push({ row: row.row, status: problem });
        problems.push(problem);
      }
    }
    templates.set(definition.id, chosen);
  }
  const roleDescriptions = new Map<string, string>(
    Object.entries(DEFAULT_ROLE_DESCRIPTION_KEYS).map(([role, key]) => [
      role.toLowerCase(),
      template(key),
    ]),
  );
  for (const row of rows) {
    if (!names(row.message, 'messages.label.roleDescription') || row.part.trim() === '') continue;
    const key = roleDescriptionKey(row.part);
    // An emptied description means "say nothing about this role", not "use ours".
    const description = key && isShippedDefault(row.text, key) ? template(key) : row.text.trim();
    roleDescriptions.set(row.part.trim().toLowerCase(), description);
  }
  return { templates, roleDescriptions, statuses, problems };
}

/** The defaults alone: what a sheet without a Messages tab uses. */
export function defaultMessages(): ResolvedMessages {
  return resolveMessages([], () => '');
}

/** The rows Set up puts in a new Messages tab: every template, then a description per role. */
export function defaultMessageRows(
  roles: readonly string[],
): Array<[string, string, string, string]> {
  const rows: Array<[string, string, string, string]> = [];
  for (const definition of MESSAGE_DEFINITIONS) {
    const offered = placeholderHelp(definition);
    const label = definition.label;
    rows.push([label, t(PART_KEYS.subject), definition.subject, offered]);
    rows.push([label, t(PART_KEYS.body), definition.body, offered]);
  }
  for (const role of roles) {
    const key = roleDescriptionKey(role);
    rows.push([
      t('messages.label.roleDescription'),
      role,
      key ? template(key) : '',
      MESSAGES_TAB_TEXT.roleDescriptionHelp(),
    ]);
  }
  return rows;
}

/**
 * What a Messages row is, whatever language Set up wrote its Message and Part in: "role-duty|body",
 * "role|facilitator", or null for a facilitator's own note. Set up adds a row only when no row is
 * the same thing, so a change of language does not add a second copy of each template.
 */
export function messageRowId(message: string, part: string): string | null {
  if (names(message, 'messages.label.roleDescription')) {
    const role = part.trim();
    return role === '' ? null : `role|${(englishName(role) ?? role).toLowerCase()}`;
  }
  const definition = MESSAGE_DEFINITIONS.find((d) => names(message, d.keys.label));
  if (!definition) return null;
  const which = (['subject', 'body'] as const).find((p) => names(part, PART_KEYS[p]));
  return which ? `${definition.id}|${which}` : null;
}

export type MessageRowCells = readonly [
  message: string,
  part: string,
  text: string,
  placeholders: string,
];

function placeholderHelp(definition: MessageDefinition): string {
  return Object.entries(definition.placeholders)
    .map(([name, about]) => t('messages.placeholderLine', { placeholder: `{{${name}}}`, about }))
    .join('\n');
}

/**
 * A row Set up wrote, in the current language: our labels and help always, and the text only
 * while it is still one of our defaults (a group's own wording stays as it is). Null for a row
 * Peer Circle does not know. Set up or repair rewrites the cells that differ.
 */
export function messageRowInLanguage(cells: MessageRowCells): MessageRowCells | null {
  const [message, part, text] = cells;
  const id = messageRowId(message, part);
  if (id === null) return null;
  if (id.startsWith('role|')) {
    const key = roleDescriptionKey(part);
    return [
      t('messages.label.roleDescription'),
      part,
      key && isShippedDefault(text, key) ? template(key) : text,
      MESSAGES_TAB_TEXT.roleDescriptionHelp(),
    ];
  }
  const definition = MESSAGE_DEFINITIONS.find((d) => names(message, d.keys.label));
  const which = (['subject', 'body'] as const).find((p) => names(part, PART_KEYS[p]));
  if (!definition || !which) return null;
  const key = definition.keys[which];
  return [
    definition.label,
    t(PART_KEYS[which]),
    isShippedDefault(text, key) ? template(key) : text,
    placeholderHelp(definition),
  ];
}
