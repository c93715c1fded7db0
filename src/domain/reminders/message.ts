/**
 * A tiny document model for emails. Templates build blocks from plain strings, and `render`
 * produces both bodies, escaping every string for HTML in one place, so no template can forget
 * to escape a name, topic or role that a person typed.
 */
import { escapeHtml } from '../html';
import { isWebLink } from './format';

export interface Link {
  label: string;
  href: string;
}

/** Plain text (escaped in HTML) or a link. */
export type Inline = string | Link;

export type Block =
  | { kind: 'paragraph'; parts: Inline[] }
  | { kind: 'list'; items: Inline[][] }
  | { kind: 'notice'; parts: Inline[] };

export interface Letter {
  subject: string;
  blocks: Block[];
}

export function paragraph(...parts: Inline[]): Block {
  return { kind: 'paragraph', parts };
}

export function list(items: Inline[][]): Block {
  return { kind: 'list', items };
}

/** Set apart at the top of a message (the test-mode line). */
export function notice(...parts: Inline[]): Block {
  return { kind: 'notice', parts };
}

export function link(label: string, href: string): Link {
  return { label, href };
}

function inlineText(part: Inline): string {
  if (typeof part === 'string') return part;
  return isWebLink(part.href) ? part.href.trim() : part.label;
}

function inlineHtml(part: Inline): string {
  if (typeof part === 'string') return escapeHtml(part);
  if (!isWebLink(part.href)) return escapeHtml(part.label);
  return `<a href="${escapeHtml(part.href.trim())}">${escapeHtml(part.label)}</a>`;
}

export function renderText(blocks: readonly Block[]): string {
  return blocks
    .map((block) => {
      switch (block.kind) {
        case 'paragraph':
          return block.parts.map(inlineText).join('');
        case 'notice':
          return `*** ${block.parts.map(inlineText).join('')} ***`;
        case 'list':
          return block.items.map((item) => `- ${item.map(inlineText).join('')}`).join('\n');
      }
    })
    .join('\n\n');
}

export function renderHtml(blocks: readonly Block[]): string {
  const body = blocks
    .map((block) => {
      switch (block.kind) {
        case 'paragraph':
          return `<p>${block.parts.map(inlineHtml).join('')}</p>`;
        case 'notice':
          return `<p style="background:#fff3cd;padding:8px"><strong>${block.parts.map(inlineHtml).join('')}</strong></p>`;
        case 'list':
          return `<ul>${block.items.map((item) => `<li>${item.map(inlineHtml).join('')}</li>`).join('')}</ul>`;
      }
    })
    .join('\n');
  return `<div style="font-family:sans-serif;line-height:1.5">\n${body}\n</div>`;
}
