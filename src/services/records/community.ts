/**
 * Accepted Community survey responses as plain records for the outcome figures: the event code
 * as matched, before or after, the RIBS intended-behaviour score and the "yes" answers to the
 * reported-behaviour items. Nothing else of a response is read.
 */
import {
  COMMUNITY_ITEMS,
  eventCodeKey,
  timingOf,
  type CommunityPlan,
} from '../../domain/forms/community-form';
import { instrumentAnswers, surveyScores } from '../../domain/forms/survey-form';
import { RIBS } from '../../domain/instruments';
import { REPORTED_ITEMS, type CommunityResponse } from '../../domain/outcomes/community-stigma';
import { responseHeaders } from '../../domain/forms/form-spec';
import { HeaderMap } from '../../domain/sheet/header-map';
import { DERIVED_COLUMNS, TAB } from '../../domain/sheet/tabs';
import { readTab, findTab } from '../sheets';
import { STATUS_OK } from './responses';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** RIBS codes "yes" as 1 on the reported-behaviour items. */
const YES = 1;

export function readCommunitySurvey(
  spreadsheet: Spreadsheet,
  plan: CommunityPlan,
): CommunityResponse[] {
  // A sheet set up before the form existed has no such tab until Set up or repair runs.
  if (!plan.asksRibs || !findTab(spreadsheet, TAB.community)) return [];
  const table = readTab(spreadsheet, TAB.community);
  const map = new HeaderMap(responseHeaders(table.headers, false));
  const records: CommunityResponse[] = [];
  for (const row of table.rows) {
    if (map.get(row, DERIVED_COLUMNS.status) !== STATUS_OK) continue;
    const timing = timingOf(map.get(row, COMMUNITY_ITEMS.timing));
    const eventKey = eventCodeKey(map.get(row, COMMUNITY_ITEMS.eventCode));
    const answers = map.toRecord(row);
    const intended = surveyScores(plan.ribs, answers)[RIBS.id];
    if (timing === null || eventKey === '' || typeof intended !== 'number') continue;
    const items = instrumentAnswers(plan.ribs, answers).get(RIBS.id)?.answers ?? {};
    records.push({
      eventKey,
      timing,
      intended,
      reportedYes: Array.from(
        { length: REPORTED_ITEMS },
        (_, index) => items[`ribs_${index + 1}`] === YES,
      ),
    });
  }
  return records;
}
