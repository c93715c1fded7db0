/**
 * Accepted Group feedback as plain records for the outcome figures: the local date it was
 * sent, the rating, and whether each free-text question was answered. The text itself stays
 * in the Feedback tab for facilitators and is never read into a figure.
 */
import { localDateFormatter } from '../../domain/dates';
import { FEEDBACK_ITEMS } from '../../domain/forms/feedback-form';
import type { OutcomeFeedback } from '../../domain/outcomes/inputs';
import { isDate } from '../../domain/sheet/cells';
import { HeaderMap } from '../../domain/sheet/header-map';
import { DERIVED_COLUMNS, TAB } from '../../domain/sheet/tabs';
import { readTab, findTab } from '../sheets';
import { STATUS_OK } from './responses';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export function readFeedback(spreadsheet: Spreadsheet, timeZone: string): OutcomeFeedback[] {
  // A sheet set up before the form existed has no Feedback tab until Set up or repair runs.
  if (!findTab(spreadsheet, TAB.feedback)) return [];
  const table = readTab(spreadsheet, TAB.feedback);
  const map = new HeaderMap(table.headers);
  const localDate = localDateFormatter(timeZone);
  const answered = (row: readonly unknown[], title: string) =>
    String(map.get(row, title) ?? '').trim() !== '';
  const records: OutcomeFeedback[] = [];
  for (const row of table.rows) {
    if (map.get(row, DERIVED_COLUMNS.status) !== STATUS_OK) continue;
    const date = map.get(row, DERIVED_COLUMNS.sessionDate);
    const rating = Number(map.get(row, FEEDBACK_ITEMS.rating));
    if (!isDate(date) || !Number.isInteger(rating) || rating < 1 || rating > 5) continue;
    records.push({
      date: localDate(date),
      rating,
      moreOf: answered(row, FEEDBACK_ITEMS.moreOf),
      lessOf: answered(row, FEEDBACK_ITEMS.lessOf),
      ideas: answered(row, FEEDBACK_ITEMS.ideas),
    });
  }
  return records;
}
