/**
 * Dates and text as people read them in an email, in the group's language (i18n: the catalogue's
 * date pattern with Intl's names for the language's fixed locale, so the wording does not depend
 * on the machine's locale or Utilities.formatDate).
 */
import { addDays, weekdayIndex } from '../dates';
import { formatList, formatLongDate, t } from '../i18n';
import { IsoDate } from '../types';

/** "2026-12-02" → "Wednesday 2 December 2026", in the group's language. */
export function formatDate(date: IsoDate): string {
  return formatLongDate(date);
}

/** The time is shown as the group typed it ("18:30"): it is already in the group's time zone. */
export function formatDateAndTime(date: IsoDate, time: string): string {
  return time.trim() === ''
    ? formatDate(date)
    : t('mail.dateAndTime', { date: formatDate(date), time: time.trim() });
}

/** Monday of the ISO week that holds `date`. */
export function weekStart(date: IsoDate): IsoDate {
  return addDays(date, -weekdayIndex(date));
}

/** Subjects are one line: a newline typed into a name must not break the mail header. */
export function singleLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Only web links go into emails; a `javascript:` or mistyped value is left out. */
export function isWebLink(url: string): boolean {
  return /^https:\/\/[^\s"'<>]+$/i.test(url.trim());
}

/** "A", "A and B", "A, B and C" (the language's own conjunction). */
export function joinWithAnd(items: readonly string[]): string {
  return formatList(items);
}
