/**
 * Puts the spreadsheet's tabs in order (domain/sheet/tab-order.ts), moving only those out of
 * place, and removes the empty tab a new spreadsheet starts with.
 */
import { arrangedOrder, TabPlace } from '../domain/sheet/tab-order';
import { tabId } from './sheets';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

function placesOf(sheets: readonly Sheet[]): TabPlace[] {
  return sheets.map((sheet) => ({
    name: tabId(sheet),
    formResponses: sheet.getFormUrl() !== null,
  }));
}

/** Arranges the tabs; returns how many were moved. */
export function arrangeTabs(spreadsheet: Spreadsheet, preferred: readonly string[]): number {
  const sheets = spreadsheet.getSheets();
  const current = placesOf(sheets).map((place) => place.name);
  const wanted = arrangedOrder(placesOf(sheets), preferred);
  const byName = new Map(sheets.map((sheet) => [tabId(sheet), sheet]));
  let moves = 0;
  wanted.forEach((name, position) => {
    if (current[position] === name) return;
    const sheet = byName.get(name);
    if (!sheet) return;
    spreadsheet.setActiveSheet(sheet);
    spreadsheet.moveActiveSheet(position + 1);
    current.splice(current.indexOf(name), 1);
    current.splice(position, 0, name);
    moves += 1;
  });
  if (moves > 0)
    spreadsheet.setActiveSheet(sheets.find((sheet) => tabId(sheet) === wanted[0]) ?? sheets[0]);
  return moves;
}

/**
 * Deletes tabs that are not among `ours`, not a form's response tab, and hold nothing at all:
 * the "Sheet1" a new spreadsheet comes with, whatever the account's language calls it. A tab
 * anyone typed into is kept.
 */
export function removeEmptyDefaultTabs(
  spreadsheet: Spreadsheet,
  ours: ReadonlySet<string>,
): string[] {
  const removed: string[] = [];
  for (const sheet of spreadsheet.getSheets()) {
    const name = sheet.getName();
    if (ours.has(tabId(sheet)) || sheet.getFormUrl() !== null) continue;
    if (sheet.getLastRow() > 0 || sheet.getLastColumn() > 0) continue;
    spreadsheet.deleteSheet(sheet);
    removed.push(name);
  }
  return removed;
}
