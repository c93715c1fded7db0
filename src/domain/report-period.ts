/** The period a person types when generating a report: "2026-01-01 to 2026-06-30". */
import { addDays, isIsoDate } from './dates';
import { Period } from './outcomes';
import { IsoDate } from './types';

export const PERIOD_EXAMPLE = '2026-01-01 to 2026-06-30';

/** Empty text means the 12 months up to today. */
export function parsePeriod(text: string, today: IsoDate): { period: Period } | { error: string } {
  const trimmed = text.trim();
  if (trimmed === '') return { period: { from: addDays(today, -364), to: today } };
  const match = /^(\d{4}-\d{2}-\d{2})\s*(?:to|-|–|—)\s*(\d{4}-\d{2}-\d{2})$/i.exec(trimmed);
  if (!match || !isIsoDate(match[1]) || !isIsoDate(match[2])) {
    return { error: `"${trimmed}" is not a period. Type two dates like ${PERIOD_EXAMPLE}.` };
  }
  if (match[1] > match[2])
    return { error: `The period starts (${match[1]}) after it ends (${match[2]}).` };
  return { period: { from: match[1], to: match[2] } };
}
