/** "Today" in the group's time zone. */
import { localDateFormatter } from '../domain/dates';
import { IsoDate } from '../domain/types';

export function today(timeZone: string): IsoDate {
  return localDateFormatter(timeZone)(new Date());
}
