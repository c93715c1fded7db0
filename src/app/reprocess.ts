/**
 * Peer Circle > Re-process reviewed rows: rows in Review whose Action a facilitator set to
 * "re-process" (after correcting them) are validated again. Those that pass move to their
 * response tab with derived fields; the others stay in Review with the new reason.
 */
import { englishNameOf } from '../domain/i18n';
import { startOfLocalDay } from '../domain/dates';
import { t } from '../domain/i18n';
import { PendingRow, processResponses, responseKey } from '../domain/intake';
import { Settings } from '../domain/settings';
import { HeaderMap } from '../domain/sheet/header-map';
import { DERIVED_COLUMNS, REVIEW_COLUMNS } from '../domain/sheet/tabs';
import { readResponseTab, STATUS_OK } from '../services/records/responses';
import { readReview } from '../services/records/review';
import { appendBlock, FIRST_DATA_ROW, readTable, verbatim, writeBlock } from '../services/sheets';
import { intakeContext, intakeSpecOf, kindOfTab, RESPONSE_TABS, ResponseKind } from './intake';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface ReprocessSummary {
  accepted: number;
  stillInReview: number;
}

export function reprocessReview(spreadsheet: Spreadsheet, settings: Settings): ReprocessSummary {
  const review = readReview(spreadsheet);
  const reviewMap = new HeaderMap(review.headers);
  const chosen = review.rows
    .map((row, index) => ({ row, index }))
    .filter(
      ({ row }) =>
        String(reviewMap.get(row, REVIEW_COLUMNS.action)).trim().toLowerCase() === 're-process',
    );
  if (chosen.length === 0) return { accepted: 0, stillInReview: 0 };

  const removed = new Set<number>();
  const newReasons = new Map<number, string>();
  for (const kind of Object.keys(RESPONSE_TABS) as ResponseKind[]) {
    const mine = chosen.filter(
      ({ row }) => kindOfTab(sourceTab(reviewMap.get(row, REVIEW_COLUMNS.source))) === kind,
    );
    if (mine.length === 0) continue;
    const tabName = RESPONSE_TABS[kind];
    const tab = readResponseTab(spreadsheet, tabName);
    const { spec, extraChecks } = intakeSpecOf(spreadsheet, settings, kind);
    const context = intakeContext(spreadsheet, settings, kind, tab.acceptedPerMember, extraChecks);
    // Rebuild each row in the response tab's own column order, by header name.
    const pending: PendingRow[] = mine.map(({ row }, offset) => ({
      row: tab.lastRow + 1 + offset,
      values: tab.headers.map((header) =>
        reviewMap.has(String(header)) ? reviewMap.get(row, String(header)) : '',
      ),
    }));
    const result = processResponses(spec, tab.headers, pending, context);
    const responseMap = new HeaderMap(tab.headers);
    // A run that died after appending, before rewriting Review, already moved some rows.
    const moved = new Set(
      readTable(tab.sheet).rows.map((row) => responseKey(tabName, row, responseMap)),
    );
    const accepted = result.accepted.flatMap((entry) => {
      const values = pending[entry.row - tab.lastRow - 1].values;
      removed.add(mine[entry.row - tab.lastRow - 1].index);
      if (moved.has(responseKey(tabName, values, responseMap))) return [];
      const cells = values.map(verbatim);
      cells[responseMap.indexOf(DERIVED_COLUMNS.memberId)] = verbatim(entry.memberId);
      cells[responseMap.indexOf(DERIVED_COLUMNS.sessionDate)] = startOfLocalDay(
        entry.sessionDate,
        settings.timeZone,
      );
      cells[responseMap.indexOf(DERIVED_COLUMNS.wave)] = verbatim(entry.wave);
      cells[responseMap.indexOf(DERIVED_COLUMNS.status)] = STATUS_OK;
      return [cells];
    });
    appendBlock(tab.sheet, tab.lastRow, accepted);
    for (const rejected of result.rejected)
      newReasons.set(mine[rejected.row - tab.lastRow - 1].index, rejected.reason);
  }
  for (const { row, index } of chosen) {
    if (!removed.has(index) && !newReasons.has(index))
      newReasons.set(
        index,
        t('notices.review.unknownSource', {
          source: String(reviewMap.get(row, REVIEW_COLUMNS.source)),
        }),
      );
  }

  // Review is rewritten in one block: kept rows move up, freed rows at the bottom are blanked in
  // the same write, so a failure cannot leave a row both moved up and still at the bottom.
  const reasonAt = reviewMap.indexOf(REVIEW_COLUMNS.reason);
  const actionAt = reviewMap.indexOf(REVIEW_COLUMNS.action);
  const kept = review.rows
    .map((row, index) => {
      if (removed.has(index)) return null;
      const cells = row.map(verbatim);
      const reason = newReasons.get(index);
      if (reason !== undefined) {
        cells[reasonAt] = verbatim(reason);
        cells[actionAt] = 'waiting';
      }
      return cells;
    })
    .filter((cells): cells is unknown[] => cells !== null);
  const freed = Array.from({ length: removed.size }, () =>
    new Array<unknown>(review.headers.length).fill(''),
  );
  writeBlock(review.sheet, FIRST_DATA_ROW, 1, [...kept, ...freed]);
  return { accepted: removed.size, stillInReview: newReasons.size };
}

/** A Review row's Source: the tab's name in any shipped language, as the code knows it. */
function sourceTab(cell: unknown): string {
  return englishNameOf('tab.', cell) ?? String(cell);
}
