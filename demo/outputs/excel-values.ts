/** Cell values as exceljs writes them. A workbook has no time zone, so dates carry wall-clock time. */
import type ExcelJS from 'exceljs';
import { wallClockAsUtc } from '../local-time';

export function excelValue(value: unknown, timeZone: string): ExcelJS.CellValue {
  if (value instanceof Date) return wallClockAsUtc(value.getTime(), timeZone);
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return value;
  return value === null || value === undefined ? null : String(value);
}

/** A date without a number format of its own: show the time only when there is one. */
export function defaultDateFormat(local: Date): string {
  // Sheets stores a time of day alone on its epoch day, 30 December 1899.
  if (local.getUTCFullYear() === 1899) return 'hh:mm';
  const midnight =
    local.getUTCHours() === 0 && local.getUTCMinutes() === 0 && local.getUTCSeconds() === 0;
  return midnight ? 'yyyy-mm-dd' : 'yyyy-mm-dd hh:mm';
}
