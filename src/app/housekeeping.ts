/** Keeps Members ids and upcoming Sessions in place; run by Set up and by the daily run. */
import { sessionsToAdd } from '../domain/sessions';
import { readMembers, writeMemberAttention } from '../services/records/members';
import { appendSessions, readSessions } from '../services/records/sessions';
import { readSettings } from '../services/settings-tab';
import { today } from '../services/clock';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface Housekeeping {
  idsAssigned: number;
  /** The ids given to new Members rows by this run. */
  newIds: ReadonlySet<string>;
  sessionsAdded: number;
  problems: string[];
}

export function refreshSessionsAndMembers(spreadsheet: Spreadsheet): Housekeeping {
  const settings = readSettings(spreadsheet);
  const members = readMembers(spreadsheet, settings.timeZone, true);
  const sessions = readSessions(spreadsheet, settings.timeZone);
  // A few extra weeks beyond the rotation window, so late check-ins and planning always find sessions.
  const added = sessionsToAdd(
    sessions.sessions,
    settings,
    today(settings.timeZone),
    settings.sessionsAhead + 4,
  );
  appendSessions(sessions, added, settings.timeZone);
  writeMemberAttention(spreadsheet, members.problems);
  return {
    idsAssigned: members.idsAssigned,
    newIds: members.newIds,
    sessionsAdded: added.length,
    problems: members.problems.map((problem) => `${problem.cell}: ${problem.message}`),
  };
}
