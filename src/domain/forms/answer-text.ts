/**
 * When a stored answer is "the same answer" as a form's option label. Sheets changes the type
 * of what Forms writes: the option "3" lands as the number 3, "1.0" could read as 1, and a label
 * may come back with extra spaces or a typographic apostrophe once a facilitator retyped it in
 * Review. Every comparison of an answer with a label goes through here, so intake (what is
 * accepted) and outcomes (what is scored) can never disagree about a match.
 */
import { inEnglish } from './choice-text';

/** The comparable form of a label or an answer: trimmed, spaces collapsed, case folded. */
export function answerKey(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? canonicalNumber(value) : '';
  const text = String(value)
    .normalize('NFC')
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
  // A label that is a number ("3") matches the number Sheets made of it, and "3.0" or " 3 ".
  return /^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(text) ? canonicalNumber(Number(text)) : text;
}

function canonicalNumber(value: number): string {
  return String(value === 0 ? 0 : value);
}

/**
 * The first label that is the same answer as `raw`, or undefined. An answer given on a form shown
 * in another shipped language (issue 17: "Sí" for "Yes") is the same answer as its English label.
 */
export function matchLabel<T extends string>(labels: readonly T[], raw: unknown): T | undefined {
  const key = answerKey(raw);
  if (key === '') return undefined;
  const same = labels.find((label) => answerKey(label) === key);
  if (same !== undefined) return same;
  const english = answerKey(inEnglish(raw));
  return english === key ? undefined : labels.find((label) => answerKey(label) === english);
}
