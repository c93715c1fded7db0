/**
 * The pseudo-language: every English message wrapped in ⟦ ⟧. A text in an output that is not
 * inside the markers did not come from the catalogue; figures, names and dates typed by the group
 * stay outside them, which the scan allows for.
 */
import { isTemplateKey, type Catalogue, type MessageKey } from './catalogue';

export const PSEUDO_OPEN = '⟦';
export const PSEUDO_CLOSE = '⟧';

/** A text of ours in the pseudo-language's markers. */
export function pseudoWrap(text: string): string {
  return `${PSEUDO_OPEN}${text}${PSEUDO_CLOSE}`;
}

const wrap = pseudoWrap;

/** A line that is one placeholder alone: a list or link the paragraph ends with. */
const PLACEHOLDER_LINE = /^\s*\{\{\s*[A-Za-z][A-Za-z0-9]*\s*\}\}\s*$/;

/**
 * An email template is wrapped paragraph by paragraph: an email leaves out a paragraph whose
 * placeholders are all empty and shows a paragraph's closing list apart from it, so one pair of
 * markers round the whole body would lose its closing marker or hold a list inside it.
 */
function wrapTemplate(text: string): string {
  return text
    .split(/(\n[ \t]*\n+)/)
    .map((chunk, index) => {
      if (index % 2 === 1 || chunk.trim() === '') return chunk;
      const lines = chunk.split('\n');
      const last = lines[lines.length - 1];
      if (!PLACEHOLDER_LINE.test(last)) return wrap(chunk);
      if (lines.length === 1) return chunk;
      return `${wrap(lines.slice(0, -1).join('\n'))}\n${last}`;
    })
    .join('');
}

export function pseudoCatalogue(master: Catalogue): Catalogue {
  const wrapped: Partial<Record<MessageKey, string>> = {};
  for (const key of Object.keys(master) as MessageKey[])
    wrapped[key] = isTemplateKey(key) ? wrapTemplate(master[key]) : wrap(master[key]);
  return wrapped as Catalogue;
}
