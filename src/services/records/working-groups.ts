/**
 * The Working groups tab (typed by facilitators) as plain records. A sheet made before the tab
 * existed has none until Set up or repair adds it: until then there are no working groups.
 */
import { isIsoDate, localDateFormatter } from '../../domain/dates';
import { idsInCell } from '../../domain/member-names';
import type { OutcomeWorkingGroup } from '../../domain/outcomes/inputs';
import { isDate } from '../../domain/sheet/cells';
import { HeaderMap } from '../../domain/sheet/header-map';
import { TAB, WORKING_GROUP_COLUMNS, WORKING_GROUP_STATUSES } from '../../domain/sheet/tabs';
import { readTab, findTab } from '../sheets';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export function readWorkingGroups(
  spreadsheet: Spreadsheet,
  timeZone: string,
): OutcomeWorkingGroup[] {
  if (!findTab(spreadsheet, TAB.workingGroups)) return [];
  const table = readTab(spreadsheet, TAB.workingGroups);
  const map = new HeaderMap(table.headers);
  if (!map.has(WORKING_GROUP_COLUMNS.name)) return [];
  const localDate = localDateFormatter(timeZone);
  const groups: OutcomeWorkingGroup[] = [];
  for (const row of table.rows) {
    if (String(map.get(row, WORKING_GROUP_COLUMNS.name) ?? '').trim() === '') continue;
    const statusText = String(map.get(row, WORKING_GROUP_COLUMNS.status) ?? '')
      .trim()
      .toLowerCase();
    // A blank or unknown status reads as active: the group is listed, so it exists.
    const status = WORKING_GROUP_STATUSES.find((known) => known === statusText) ?? 'active';
    const rawStarted = map.get(row, WORKING_GROUP_COLUMNS.started);
    const started = isDate(rawStarted) ? localDate(rawStarted) : String(rawStarted ?? '').trim();
    groups.push({
      status,
      memberIds: idsInCell(map.get(row, WORKING_GROUP_COLUMNS.members)),
      partnerOrganisation: String(map.get(row, WORKING_GROUP_COLUMNS.partner) ?? '').trim(),
      started: isIsoDate(started) ? started : '',
    });
  }
  return groups;
}
