/** Accepted survey responses as records: who, when, which wave, and the answers by title. */
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

/**
 * One accepted survey. Its answers are worked out of its row when asked for (the outcome step
 * asks once per survey) rather than held as an object of every column for each of 33,000 rows
 * for the whole run; the row itself is the shared table's, which the run holds anyway.
 */
class SurveyRow implements SurveyRecord {
  constructor(
    readonly memberId: MemberId,
    readonly date: IsoDate,
    readonly wave: string,
    private readonly row: readonly unknown[],
    private readonly map: HeaderMap,
  ) {}

  get answers(): Record<string, unknown> {
    return this.map.toRecord(this.row);
  }
}

function surveyRecords(table: Table, timeZone: string): SurveyRecord[] {
  const map = new HeaderMap(table.headers);
  const localDate = localDateFormatter(timeZone);
  const records: SurveyRecord[] = [];
  for (const row of table.rows) {
    if (map.get(row, DERIVED_COLUMNS.status) !== STATUS_OK) continue;
    const date = map.get(row, DERIVED_COLUMNS.sessionDate);
    if (!isDate(date)) continue;
    records.push(
      new SurveyRow(
        String(map.get(row, DERIVED_COLUMNS.memberId)),
        localDate(date),
        String(map.get(row, DERIVED_COLUMNS.wave)),
        row,
        map,
      ),
    );
  }
  return records;
}
