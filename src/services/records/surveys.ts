/** Accepted survey responses as plain records: who, when, which wave, and the answers by title. */
import { localDateFormatter } from '../../domain/dates';
import { isDate } from '../../domain/sheet/cells';
import { HeaderMap } from '../../domain/sheet/header-map';
import { DERIVED_COLUMNS, TAB } from '../../domain/sheet/tabs';
import { IsoDate, MemberId } from '../../domain/types';
import { computedOnce, Table } from '../sheets';
import { STATUS_OK } from './responses';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface SurveyRecord {
  memberId: MemberId;
  date: IsoDate;
  wave: string;
  /** Raw answers keyed by question title (labels as the form recorded them). */
  answers: Record<string, unknown>;
}

/** Accepted surveys, shared by every step of a run (read-only). */
export function readSurveys(
  spreadsheet: Spreadsheet,
  timeZone: string,
): readonly Readonly<SurveyRecord>[] {
  return computedOnce(spreadsheet, TAB.surveys, `surveys ${timeZone}`, (table) =>
    surveyRecords(table, timeZone),
  );
}

function surveyRecords(table: Table, timeZone: string): SurveyRecord[] {
  const map = new HeaderMap(table.headers);
  const localDate = localDateFormatter(timeZone);
  const records: SurveyRecord[] = [];
  for (const row of table.rows) {
    if (map.get(row, DERIVED_COLUMNS.status) !== STATUS_OK) continue;
    const date = map.get(row, DERIVED_COLUMNS.sessionDate);
    if (!isDate(date)) continue;
    records.push({
      memberId: String(map.get(row, DERIVED_COLUMNS.memberId)),
      date: localDate(date),
      wave: String(map.get(row, DERIVED_COLUMNS.wave)),
      answers: map.toRecord(row),
    });
  }
  return records;
}
