/**
 * The scan of issue 17 for one output: under the pseudo-language every text our code writes is
 * inside ⟦ ⟧, so what is left outside the markers must be only what a person typed (names,
 * emails, links, times) and punctuation. Markers nest (a message with another message as a value).
 */
import { PSEUDO_CLOSE, PSEUDO_OPEN } from '../../../src/domain/i18n';

/** The characters of `text` outside every ⟦ ⟧; throws when the markers do not pair up. */
export function outsideMarkers(text: string): string {
  let depth = 0;
  let outside = '';
  for (const char of text) {
    if (char === PSEUDO_OPEN) depth += 1;
    else if (char === PSEUDO_CLOSE) {
      depth -= 1;
      if (depth < 0) throw new Error(`A closing marker without its opening one in: ${text}`);
    } else if (depth === 0) outside += char;
  }
  if (depth !== 0) throw new Error(`An opening marker left unclosed in: ${text}`);
  return outside;
}

/** What is left of `text` outside the markers once the typed values and punctuation are removed. */
export function unwrappedWords(text: string, typed: readonly string[]): string {
  let rest = outsideMarkers(text);
  for (const value of [...typed].sort((a, b) => b.length - a.length))
    rest = rest.split(value).join(' ');
  return rest.replace(/[\s\p{P}\p{S}\d]+/gu, ' ').trim();
}
