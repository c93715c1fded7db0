/**
 * Writes an outcome tab: the whole grid (title, "Last refreshed" stamp, blocks) in one
 * setValues, padded with blanks over whatever the previous refresh left, so a failure leaves
 * either the old tab or the new one, never a half-written mix. Charts are then replaced.
 */
import { englishNameOf, localName, t } from '../domain/i18n';
import { findTab } from './sheets';
import { nameInLanguage } from './tabs';
import { AUTOMATIC_FORMAT, ChartAnchor, Grid } from '../domain/outcomes';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const CHART_TYPES = {
  line: () => Charts.ChartType.LINE,
  column: () => Charts.ChartType.COLUMN,
  bar: () => Charts.ChartType.BAR,
} as const;

export function outcomeSheet(spreadsheet: Spreadsheet, title: string): Sheet {
  const existing = findTab(spreadsheet, title);
  if (existing) {
    // A tab made under another language takes this one's name (its title cell says the same).
    nameInLanguage(spreadsheet, existing, englishNameOf('tab.', title) ?? title);
    return existing;
  }
  // Before the forms' response tabs, which stay last (services/tab-layout.ts).
  const sheets = spreadsheet.getSheets();
  const firstResponseTab = sheets.findIndex((candidate) => candidate.getFormUrl() !== null);
  const sheet = spreadsheet.insertSheet(
    localName('tab.', title),
    firstResponseTab < 0 ? sheets.length : firstResponseTab,
  );
  sheet.protect().setWarningOnly(true).setDescription(t('outcomes.protection'));
  // The title and "Last refreshed" stay in view, and so do the row labels, on a phone too.
  sheet.setFrozenRows(2);
  sheet.setFrozenColumns(1);
  return sheet;
}

export function writeOutcomeGrid(sheet: Sheet, grid: Grid): void {
  const rows = Math.max(grid.values.length, sheet.getLastRow());
  const columns = Math.max(grid.values[0]?.length ?? 1, sheet.getLastColumn(), 1);
  if (sheet.getMaxRows() < rows)
    sheet.insertRowsAfter(sheet.getMaxRows(), rows - sheet.getMaxRows());
  if (sheet.getMaxColumns() < columns)
    sheet.insertColumnsAfter(sheet.getMaxColumns(), columns - sheet.getMaxColumns());
  const padded = Array.from({ length: rows }, (_, row) =>
    Array.from({ length: columns }, (_, column) => grid.values[row]?.[column] ?? ''),
  );
  const formats = Array.from({ length: rows }, (_, row) =>
    Array.from(
      { length: columns },
      (_, column) => grid.numberFormats[row]?.[column] ?? AUTOMATIC_FORMAT,
    ),
  );
  const range = sheet.getRange(1, 1, rows, columns);
  range.setValues(padded);
  // Cells hold exact figures; only their format rounds what a reader sees.
  range.setNumberFormats(formats);
  const bold = new Set([0, ...grid.headingRows, ...grid.headerRows]);
  range.setFontWeights(
    padded.map((cells, row) => cells.map(() => (bold.has(row) ? 'bold' : 'normal'))),
  );
  replaceCharts(sheet, grid.charts);
}

function replaceCharts(sheet: Sheet, anchors: readonly ChartAnchor[]): void {
  for (const chart of sheet.getCharts()) sheet.removeChart(chart);
  for (const anchor of anchors) {
    // Grid positions are 0-based; the header row gives the series their names.
    const firstRow = anchor.headerRow + 1;
    const rowCount = anchor.lastDataRow - anchor.headerRow + 1;
    let builder = sheet
      .newChart()
      .setChartType(CHART_TYPES[anchor.type]())
      .addRange(sheet.getRange(firstRow, anchor.categoryColumn + 1, rowCount, 1));
    for (const column of anchor.seriesColumns)
      builder = builder.addRange(sheet.getRange(firstRow, column + 1, rowCount, 1));
    builder = builder
      .setNumHeaders(1)
      .setOption('title', anchor.title)
      // Suppressed cells are text: the chart shows a gap there rather than a number.
      .setOption('interpolateNulls', false)
      .setPosition(anchor.position.row + 1, anchor.position.column + 1, 0, 0);
    sheet.insertChart(builder.build());
  }
}
