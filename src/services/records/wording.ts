/**
 * The "Instrument wording" tab: one row per item whose wording may not ship in code. Set up
 * lists those items; the group pastes the wording once the owner allows it.
 */
import { CommunityPlan, planCommunitySurvey } from '../../domain/forms/community-form';
import { PastedWording, planSurvey, SurveyPlan } from '../../domain/forms/survey-form';
import { INSTRUMENTS } from '../../domain/instruments';
import { InstrumentId } from '../../domain/instruments/types';
import { asText } from '../../domain/sheet/cells';
import { HeaderMap } from '../../domain/sheet/header-map';
import { TAB, WORDING_COLUMNS } from '../../domain/sheet/tabs';
import { appendBlock, readTab } from '../sheets';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export function readWording(spreadsheet: Spreadsheet): PastedWording[] {
  const table = readTab(spreadsheet, TAB.wording);
  const map = new HeaderMap(table.headers);
  map.requireAll(TAB.wording, [
    WORDING_COLUMNS.instrument,
    WORDING_COLUMNS.itemId,
    WORDING_COLUMNS.wording,
  ]);
  return table.rows.map((row) => ({
    instrumentId: String(map.get(row, WORDING_COLUMNS.instrument)).trim().toLowerCase(),
    itemId: String(map.get(row, WORDING_COLUMNS.itemId)).trim(),
    text: String(map.get(row, WORDING_COLUMNS.wording)),
  }));
}

/** Adds a row for every item that needs pasted wording and has no row yet. Returns rows added. */
export function seedWording(spreadsheet: Spreadsheet): number {
  const table = readTab(spreadsheet, TAB.wording);
  const map = new HeaderMap(table.headers);
  const present = new Set(
    table.rows.map(
      (row) =>
        `${String(map.get(row, WORDING_COLUMNS.instrument)).toLowerCase()}|${String(map.get(row, WORDING_COLUMNS.itemId))}`,
    ),
  );
  const rows: unknown[][] = [];
  for (const instrument of INSTRUMENTS) {
    for (const item of instrument.items) {
      if (item.text !== null || present.has(`${instrument.id}|${item.id}`)) continue;
      const cells: unknown[] = new Array(table.headers.length).fill('');
      cells[map.indexOf(WORDING_COLUMNS.instrument)] = asText(instrument.id);
      cells[map.indexOf(WORDING_COLUMNS.itemId)] = asText(item.id);
      const label = map.indexOf(WORDING_COLUMNS.item);
      if (label >= 0) cells[label] = asText(`${instrument.shortTitle}: ${item.label}`);
      rows.push(cells);
    }
  }
  appendBlock(table.sheet, table.rows.length + 1, rows);
  return rows.length;
}

export function readSurveyPlan(
  spreadsheet: Spreadsheet,
  enabled: readonly InstrumentId[],
): SurveyPlan {
  return planSurvey({ enabled, wording: readWording(spreadsheet) });
}

/** The Community survey from the group's pasted RIBS wording (whatever "Instruments on" says). */
export function readCommunityPlan(spreadsheet: Spreadsheet): CommunityPlan {
  return planCommunitySurvey(readWording(spreadsheet));
}
