/**
 * Checks one response row against its FormSpec. Everything that would make the row unusable
 * is collected as a reason a facilitator can act on; the caller sends such rows to Review.
 */
import { isIsoDate } from '../dates';
import { t } from '../i18n';
import { inEnglish } from './choice-text';
import { shownText } from './shown-form';
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
    reasons.push(t('form.review.badTimestamp', { value: String(timestampRaw) }));
  // An anonymous form has no email column at all; its responses are not anyone's.
  const email = collectsEmail(spec) ? String(map.get(row, RESPONSE_EMAIL) ?? '').trim() : '';
  if (collectsEmail(spec) && email === '') reasons.push(t('form.review.noEmail'));

  const answers: Record<string, Answer> = {};
  for (const item of answerItems(spec)) {
    if (isConsentItem(item)) {
      // Consent has its own check and its own words (consent-item.ts): a tab without the column
      // took the response from a form that did not ask yet.
      const problem = consentProblem(map.has(item.title), map.get(row, item.title));
      if (problem !== null) reasons.push(problem);
      answers[item.title] =
        problem === null && map.has(item.title)
          ? String(inEnglish(String(map.get(row, item.title)).trim()))
          : null;
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
      reasons.push(t('form.review.noColumn', { question: shownText(item.title) }));
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
      ? { reason: t('form.review.requiredEmpty', { question: shownText(item.title) }) }
      : { value: null };
  }
  switch (item.kind) {
    case 'scale': {
      const value = typeof raw === 'number' ? raw : Number(String(raw).trim());
      if (!Number.isInteger(value) || value < item.low || value > item.high) {
        return {
          reason: t('form.review.outOfRange', {
            answer: String(raw),
            question: shownText(item.title),
            low: String(item.low),
            high: String(item.high),
          }),
        };
      }
      return { value };
    }
    case 'choice': {
      const text = String(raw).trim();
      // The choice in whichever shipped language the form was in when the member answered.
      const choice = matchLabel(item.choices, inEnglish(raw));
      if (choice === undefined) {
        return {
          reason: t('form.review.notAChoice', {
            answer: text,
            question: shownText(item.title),
            choices: item.choices.map(shownText).join(', '),
          }),
        };
      }
      return { value: choice };
    }
    case 'date': {
      if (isDate(raw)) return { value: localDateOf(raw) };
      const text = String(raw).trim();
      if (isIsoDate(text)) return { value: text };
      return {
        reason: t('form.review.notADate', { answer: text, question: shownText(item.title) }),
      };
    }
    case 'text':
    case 'paragraph': {
      const text = String(raw);
      if (looksLikeFormula(text)) {
        return {
          reason: t('form.review.formula', { question: shownText(item.title) }),
        };
      }
      if (text.length > MAX_TEXT_LENGTH) {
        return {
          reason: t('form.review.tooLong', {
            question: shownText(item.title),
            length: String(text.length),
            max: String(MAX_TEXT_LENGTH),
          }),
        };
      }
      return { value: text };
    }
  }
}
