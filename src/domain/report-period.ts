/** The period a person types when generating a report: "2026-01-01 to 2026-06-30". */
import { addDays, isIsoDate } from './dates';
import { t } from './i18n';
import { Period } from './outcomes';
import { IsoDate } from './types';

/** A period typed the way the prompt asks, in the group's language. */
export function periodExample(): string {
  return t('notices.period.example');
}

/** Empty text means the 12 months up to today. */
export function parsePeriod(text: string, today: IsoDate): { period: Period } | { error: string } {
  const trimmed = text.trim();
  if (trimmed === '') return { period: { from: addDays(today, -364), to: today } };
  const match = /^(\d{4}-\d{2}-\d{2})\s*(?:to|-|–|—)\s*(\d{4}-\d{2}-\d{2})$/i.exec(trimmed);
  if (!match || !isIsoDate(match[1]) || !isIsoDate(match[2])) {
    return { error: t('notices.period.notAPeriod', { typed: trimmed, example: periodExample() }) };
  }
  if (match[1] > match[2])
    return { error: t('notices.period.startsAfterEnd', { from: match[1], to: match[2] }) };
  return { period: { from: match[1], to: match[2] } };
}
