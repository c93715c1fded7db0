/** The Members tab as Member records; new rows get their stable id written back in one call. */
import { localDateFormatter } from '../../domain/dates';
import { MemberProblem, parseMembers } from '../../domain/members';
import { HeaderMap } from '../../domain/sheet/header-map';
import { MEMBER_COLUMNS, TAB } from '../../domain/sheet/tabs';
import { Member } from '../../domain/types';
import { FIRST_DATA_ROW, readTab, verbatim, writeBlock } from '../sheets';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface MembersRead {
  members: Member[];
  problems: MemberProblem[];
  idsAssigned: number;
}

export function readMembers(
  spreadsheet: Spreadsheet,
  timeZone: string,
  assignIds: boolean,
): MembersRead {
  const table = readTab(spreadsheet, TAB.members);
  const parsed = parseMembers(
    table.headers,
    table.rows,
    FIRST_DATA_ROW,
    localDateFormatter(timeZone),
  );
  if (assignIds && parsed.newIds.length > 0) {
    const map = new HeaderMap(table.headers);
    const idIndex = map.indexOf(MEMBER_COLUMNS.id);
    // Rows between keep their own ids, written back as inert text ("=x" must not turn formula).
    const column = table.rows.map((row) => [verbatim(row[idIndex] ?? '')]);
    for (const { row, id } of parsed.newIds) column[row - FIRST_DATA_ROW] = [id];
    const first = parsed.newIds[0].row - FIRST_DATA_ROW;
    const last = parsed.newIds[parsed.newIds.length - 1].row - FIRST_DATA_ROW;
    // One write covering the first to the last new id; rows between keep their own ids.
    writeBlock(table.sheet, FIRST_DATA_ROW + first, idIndex + 1, column.slice(first, last + 1));
  }
  return {
    members: parsed.members,
    problems: parsed.problems,
    idsAssigned: assignIds ? parsed.newIds.length : 0,
  };
}
