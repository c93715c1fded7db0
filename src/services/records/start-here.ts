/** Writes the "Start here" tab's checklist (domain/start-here.ts) over whatever it held. */
import { ChecklistRow, START_HERE_TEXT, startHereRows } from '../../domain/start-here';
import { TabSpec } from '../../domain/sheet/tabs';
import { ensureTab } from '../tabs';
import { writeBlock, findTab } from '../sheets';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export const START_HERE_SPEC: TabSpec = {
  name: START_HERE_TEXT.title,
  scriptWritten: true,
  columns: [
    { name: START_HERE_TEXT.headers.step, format: { kind: 'text' }, width: 260 },
    { name: START_HERE_TEXT.headers.done, format: { kind: 'text' }, width: 70 },
    { name: START_HERE_TEXT.headers.how, format: { kind: 'text' }, width: 620 },
  ],
};

/** Creates the tab if it is missing and writes the checklist; true when the tab was created. */
export function writeStartHere(
  spreadsheet: Spreadsheet,
  checklist: readonly ChecklistRow[],
): boolean {
  const repair = ensureTab(spreadsheet, START_HERE_SPEC);
  const sheet = findTab(spreadsheet, START_HERE_SPEC.name);
  if (!sheet) return repair.created;
  const rows = startHereRows(checklist);
  const stale = sheet.getLastRow() - rows.length;
  writeBlock(sheet, 1, 1, rows);
  if (stale > 0) sheet.getRange(rows.length + 1, 1, stale, rows[0].length).clearContent();
  sheet.getRange(2, 3, rows.length - 1, 1).setWrap(true);
  return repair.created;
}
