/**
 * Email templates a group can make its own (issue 16, item 3): plain text with `{{placeholders}}`.
 *
 * A body is paragraphs separated by a blank line. A paragraph that is one block placeholder alone
 * (a list, a link on its own line) becomes that block; any other paragraph is text with inline
 * values put in. A paragraph whose every placeholder is empty is left out, so "The topic is:
 * {{topic}}" disappears when a session has no topic. Values are plain strings or links, and the
 * letter is escaped for HTML when it is rendered (see reminders/message.ts), so whatever a
 * template says it cannot inject markup, and it can reach only the values a message offers.
 */
import { singleLine } from '../reminders/format';
import { Block, Inline, Link, list, paragraph } from '../reminders/message';

export type PlaceholderValue =
  | { kind: 'text'; text: string }
  | { kind: 'link'; link: Link }
  | { kind: 'list'; items: Inline[][] };

export type TemplateValues = Readonly<Record<string, PlaceholderValue>>;

type Piece = { literal: string } | { name: string };

/** A paragraph of text, optionally ending in a block (a list) it introduces. */
interface Paragraph {
  pieces: Piece[];
  /** The block placeholder on the paragraph's last line: "Also on duty:\n{{alsoOnDuty}}". */
  block?: string;
}

export interface ParsedTemplate {
  /** For a subject: one paragraph. For a body: paragraphs in order. */
  paragraphs: Paragraph[];
}

export type TemplateProblem =
  | { kind: 'unknown'; name: string }
  | { kind: 'unclosed' }
  | { kind: 'stray-close' }
  | { kind: 'empty' }
  | { kind: 'block-in-line'; name: string };

export type ParseResult =
  { ok: true; template: ParsedTemplate } | { ok: false; problem: TemplateProblem };

const PLACEHOLDER = /\{\{\s*([A-Za-z][A-Za-z0-9]*)\s*\}\}/g;

function piecesOf(text: string, allowed: ReadonlySet<string>): Piece[] | TemplateProblem {
  const pieces: Piece[] = [];
  let at = 0;
  for (const match of text.matchAll(PLACEHOLDER)) {
    const before = text.slice(at, match.index);
    const stray = checkLiteral(before);
    if (stray) return stray;
    if (before !== '') pieces.push({ literal: before });
    const name = match[1];
    if (!allowed.has(name)) return { kind: 'unknown', name };
    pieces.push({ name });
    at = (match.index ?? 0) + match[0].length;
  }
  const rest = text.slice(at);
  const stray = checkLiteral(rest);
  if (stray) return stray;
  if (rest !== '') pieces.push({ literal: rest });
  return pieces;
}

/** Braces left over once placeholders are taken out mean a placeholder was mistyped. */
function checkLiteral(text: string): TemplateProblem | null {
  if (text.includes('{{') || /\{\s*\{|\{[A-Za-z]+\}/.test(text)) return { kind: 'unclosed' };
  if (text.includes('}}')) return { kind: 'stray-close' };
  return null;
}

/**
 * Parses a template against the placeholders its message offers. `blockNames` are those that
 * stand for a block (a list): they must be a paragraph of their own, and never in a subject.
 */
export function parseTemplate(
  text: string,
  allowed: readonly string[],
  shape: 'subject' | 'body',
  blockNames: readonly string[] = [],
): ParseResult {
  const normalised = text.replace(/\r\n?/g, '\n').trim();
  if (normalised === '') return { ok: false, problem: { kind: 'empty' } };
  const allowedSet = new Set(allowed);
  const blocks = new Set(blockNames);
  const chunks =
    shape === 'subject' ? [normalised.replace(/\s+/g, ' ')] : normalised.split(/\n[ \t]*\n+/);
  const paragraphs: Paragraph[] = [];
  for (const chunk of chunks) {
    const lines = chunk.trim().split('\n');
    const last = /^\s*\{\{\s*([A-Za-z][A-Za-z0-9]*)\s*\}\}\s*$/.exec(lines[lines.length - 1]);
    const block = shape === 'body' && last && blocks.has(last[1]) ? last[1] : undefined;
    const textPart = block ? lines.slice(0, -1).join('\n') : chunk.trim();
    const pieces = piecesOf(textPart, allowedSet);
    if (!Array.isArray(pieces)) return { ok: false, problem: pieces };
    const misplaced = pieces.find((piece) => 'name' in piece && blocks.has(piece.name));
    if (misplaced && 'name' in misplaced)
      return { ok: false, problem: { kind: 'block-in-line', name: misplaced.name } };
    paragraphs.push(block ? { pieces, block } : { pieces });
  }
  return { ok: true, template: { paragraphs } };
}

function isEmpty(value: PlaceholderValue | undefined): boolean {
  if (!value) return true;
  if (value.kind === 'text') return value.text.trim() === '';
  if (value.kind === 'list') return value.items.length === 0;
  return value.link.href.trim() === '';
}

function inlinePieces(pieces: readonly Piece[], values: TemplateValues): Inline[] | null {
  const names = pieces.filter((piece): piece is { name: string } => 'name' in piece);
  if (names.length > 0 && names.every((piece) => isEmpty(values[piece.name]))) return null;
  const parts: Inline[] = [];
  for (const piece of pieces) {
    if ('literal' in piece) parts.push(piece.literal.replace(/\s*\n\s*/g, ' '));
    else {
      const value = values[piece.name];
      if (!value || value.kind === 'list') continue;
      parts.push(value.kind === 'text' ? value.text : value.link);
    }
  }
  return parts;
}

export function renderBody(template: ParsedTemplate, values: TemplateValues): Block[] {
  const blocks: Block[] = [];
  for (const { pieces, block } of template.paragraphs) {
    if (block !== undefined) {
      // The introduction goes with its list: neither without the other.
      const items = values[block];
      if (!items || items.kind !== 'list' || items.items.length === 0) continue;
      const intro = pieces.length === 0 ? null : inlinePieces(pieces, values);
      if (intro && intro.length > 0) blocks.push(paragraph(...intro));
      blocks.push(list(items.items));
      continue;
    }
    const parts = inlinePieces(pieces, values);
    if (parts) blocks.push(paragraph(...parts));
  }
  return blocks;
}

/** One line: a subject is a mail header, and a newline there would break it. */
export function renderSubject(template: ParsedTemplate, values: TemplateValues): string {
  const parts = inlinePieces(template.paragraphs[0]?.pieces ?? [], values) ?? [];
  return singleLine(parts.map((part) => (typeof part === 'string' ? part : part.label)).join(''));
}

export const text = (value: string): PlaceholderValue => ({ kind: 'text', text: value });
export const linkValue = (label: string, href: string): PlaceholderValue => ({
  kind: 'link',
  link: { label, href },
});
export const listValue = (items: Inline[][]): PlaceholderValue => ({ kind: 'list', items });
