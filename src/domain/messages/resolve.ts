/**
 * Reads the Messages tab's rows into the templates the reminders use. A row that does not parse
 * is refused with its cell named, and that message keeps its default wording meanwhile: a typo
 * in a template must never stop a duty reminder or send a broken one.
 */
import {
  DEFAULT_ROLE_DESCRIPTIONS,
  MESSAGE_DEFINITIONS,
  MESSAGES_TAB_TEXT,
  MessageDefinition,
  MessageId,
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
      return reasons[problem.kind];
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
      const label = part === 'subject' ? MESSAGES_TAB_TEXT.subject : MESSAGES_TAB_TEXT.body;
      const row = rows.find((r) => same(r.message, definition.label) && same(r.part, label));
      if (!row) continue;
      const parsed = parsePart(definition, part, row.text);
      if (parsed.ok) {
        chosen[part] = parsed.template;
        statuses.push({ row: row.row, status: MESSAGES_TAB_TEXT.ok });
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
    Object.entries(DEFAULT_ROLE_DESCRIPTIONS).map(([role, text]) => [role.toLowerCase(), text]),
  );
  for (const row of rows) {
    if (!same(row.message, MESSAGES_TAB_TEXT.roleDescription) || row.part.trim() === '') continue;
    // An emptied description means "say nothing about this role", not "use ours".
    roleDescriptions.set(row.part.trim().toLowerCase(), row.text.trim());
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
    const offered = Object.entries(definition.placeholders)
      .map(([name, about]) => `{{${name}}}: ${about}`)
      .join('\n');
    rows.push([definition.label, MESSAGES_TAB_TEXT.subject, definition.subject, offered]);
    rows.push([definition.label, MESSAGES_TAB_TEXT.body, definition.body, offered]);
  }
  for (const role of roles) {
    const known = Object.entries(DEFAULT_ROLE_DESCRIPTIONS).find(([name]) => same(name, role));
    rows.push([
      MESSAGES_TAB_TEXT.roleDescription,
      role,
      known ? known[1] : '',
      MESSAGES_TAB_TEXT.roleDescriptionHelp,
    ]);
  }
  return rows;
}
