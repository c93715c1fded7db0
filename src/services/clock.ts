/** "Today" in the group's time zone. */
import { localDateFormatter } from '../domain/dates';
import { IsoDate } from '../domain/types';

export function today(timeZone: string): IsoDate {
  return localDateFormatter(timeZone)(new Date());
}

/** Date and time now in the group's time zone, for "Last refreshed" stamps. */
export function nowStamp(timeZone: string): string {
  return Utilities.formatDate(new Date(), timeZone, 'yyyy-MM-dd HH:mm');
}
