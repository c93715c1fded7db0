/**
 * Checks one response row against its FormSpec. Everything that would make the row unusable
 * is collected as a reason a facilitator can act on; the caller sends such rows to Review.
 */
import { isIsoDate } from '../dates';
import { consentProblem, isConsentItem } from './consent-item';
import { matchLabel } from './answer-text';
import { isDate, looksLikeFormula } from '../sheet/cells';
import { HeaderMap } from '../sheet/header-map';
import {
  AnswerItemSpec,
  answerItems,
  collectsEmail,
  FormSpec,
  RESPONSE_EMAIL,
  RESPONSE_TIMESTAMP,
} from './form-spec';

export type Answer = string | number | null;

export interface ValidResponse {
  timestamp: Date;
  email: string;
  /** Keyed by question title; null when an optional question was left empty. */
  answers: Record<string, Answer>;
}

export type ResponseCheck =
  { ok: true; response: ValidResponse } | { ok: false; reasons: string[] };

/** Cells typed by a member are at most this long; longer text is cut by nothing and flagged. */
const MAX_TEXT_LENGTH = 5000;

export function validateResponse(
  spec: FormSpec,
  map: HeaderMap,
  row: readonly unknown[],
  localDateOf: (date: Date) => string,
): ResponseCheck {
  const reasons: string[] = [];
  const timestampRaw = map.get(row, RESPONSE_TIMESTAMP);
  const timestamp = isDate(timestampRaw) ? timestampRaw : new Date(String(timestampRaw));
  if (Number.isNaN(timestamp.getTime()))
    reasons.push(`the timestamp "${String(timestampRaw)}" is not a date`);
  // An anonymous form has no email column at all; its responses are not anyone's.
  const email = collectsEmail(spec) ? String(map.get(row, RESPONSE_EMAIL) ?? '').trim() : '';
  if (collectsEmail(spec) && email === '') reasons.push('no email address was collected');

  const answers: Record<string, Answer> = {};
  for (const item of answerItems(spec)) {
    if (isConsentItem(item)) {
      // Consent has its own check and its own words (consent-item.ts): a tab without the column
      // took the response from a form that did not ask yet.
      const problem = consentProblem(map.has(item.title), map.get(row, item.title));
      if (problem !== null) reasons.push(problem);
      answers[item.title] =
        problem === null && map.has(item.title) ? String(map.get(row, item.title)).trim() : null;
      continue;
    }
    if (!map.has(item.title) && !item.required) {
      // An optional question added later: a tab without its column has no answer to it.
      answers[item.title] = null;
      continue;
    }
    if (!map.has(item.title)) {
      // An optional question added in a later version is not on a form until Set up or repair
      // adds it: its responses have no column for it, and that is no reason to refuse them.
      if (!item.required) {
        answers[item.title] = null;
        continue;
      }
      reasons.push(`the response sheet has no column for the question "${item.title}"`);
      continue;
    }
    const checked = checkAnswer(item, map.get(row, item.title), localDateOf);
    if ('reason' in checked) reasons.push(checked.reason);
    else answers[item.title] = checked.value;
  }
  if (reasons.length > 0) return { ok: false, reasons };
  return { ok: true, response: { timestamp, email, answers } };
}

function isEmpty(raw: unknown): boolean {
  return raw === null || raw === undefined || (typeof raw === 'string' && raw.trim() === '');
}

function checkAnswer(
  item: AnswerItemSpec,
  raw: unknown,
  localDateOf: (date: Date) => string,
): { value: Answer } | { reason: string } {
  if (isEmpty(raw)) {
    return item.required
      ? { reason: `no answer to the required question "${item.title}"` }
      : { value: null };
  }
  switch (item.kind) {
    case 'scale': {
      const value = typeof raw === 'number' ? raw : Number(String(raw).trim());
      if (!Number.isInteger(value) || value < item.low || value > item.high) {
        return {
          reason: `the answer "${String(raw)}" to "${item.title}" is out of range: expected a whole number from ${item.low} to ${item.high}`,
        };
      }
      return { value };
    }
    case 'choice': {
      const text = String(raw).trim();
      const choice = matchLabel(item.choices, raw);
      if (choice === undefined) {
        return {
          reason: `the answer "${text}" to "${item.title}" is not one of ${item.choices.join(', ')}`,
        };
      }
      return { value: choice };
    }
    case 'date': {
      if (isDate(raw)) return { value: localDateOf(raw) };
      const text = String(raw).trim();
      if (isIsoDate(text)) return { value: text };
      return { reason: `the answer "${text}" to "${item.title}" is not a date` };
    }
    case 'text':
    case 'paragraph': {
      const text = String(raw);
      if (looksLikeFormula(text)) {
        return {
          reason: `the answer to "${item.title}" starts with "=" like a spreadsheet formula; it is kept here as text for a facilitator to check`,
        };
      }
      if (text.length > MAX_TEXT_LENGTH) {
        return {
          reason: `the answer to "${item.title}" is ${text.length} characters long; at most ${MAX_TEXT_LENGTH} are accepted`,
        };
      }
      return { value: text };
    }
  }
}
