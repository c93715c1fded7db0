/** The daily run's register step: rows for the sessions that have just met, when switched on. */
import { registerRowsToAdd } from '../domain/register';
import { Settings } from '../domain/settings';
import { IsoDate } from '../domain/types';
import { readMembers } from '../services/records/members';
import { appendRegisterRows, registerDates } from '../services/records/register';
import { readSessions } from '../services/records/sessions';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Rows added, or null when the register is switched off. */
export function extendRegister(
  spreadsheet: Spreadsheet,
  settings: Settings,
  today: IsoDate,
): number | null {
  if (!settings.attendanceRegister) return null;
  const { members } = readMembers(spreadsheet, settings.timeZone, false);
  const { sessions } = readSessions(spreadsheet, settings.timeZone);
  const rows = registerRowsToAdd(
    sessions,
    members,
    registerDates(spreadsheet, settings.timeZone),
    today,
  );
  return appendRegisterRows(spreadsheet, rows, settings.timeZone);
}
