/**
 * HTML built so that text can only get in escaped: the `markup` tag escapes every interpolated
 * string or number, and only SafeHtml values (built the same way) pass through unchanged. The
 * report and its charts are built with it, so a group or partner name can never become markup.
 */
import { escapeHtml } from '../html';

export interface SafeHtml {
  readonly safeHtml: string;
}

export type HtmlValue = string | number | SafeHtml | readonly HtmlValue[];

export function markup(strings: TemplateStringsArray, ...values: readonly HtmlValue[]): SafeHtml {
  let out = strings[0];
  values.forEach((value, index) => {
    out += render(value) + strings[index + 1];
  });
  return { safeHtml: out };
}

/**
 * Markup the code itself wrote (the style sheet). Never pass anything derived from the data.
 */
export function trustedMarkup(markup: string): SafeHtml {
  return { safeHtml: markup };
}

export function joinHtml(parts: readonly SafeHtml[], separator = ''): SafeHtml {
  return { safeHtml: parts.map((part) => part.safeHtml).join(separator) };
}

function render(value: HtmlValue): string {
  if (typeof value === 'string') return escapeHtml(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new RangeError(`cannot write ${value} into HTML`);
    return String(value);
  }
  if (isSafeHtml(value)) return value.safeHtml;
  return value.map(render).join('');
}

function isSafeHtml(value: HtmlValue): value is SafeHtml {
  return typeof value === 'object' && !Array.isArray(value) && 'safeHtml' in value;
}
