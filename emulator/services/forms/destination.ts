/**
 * The response sheet a form writes to once its destination is a spreadsheet: "Form Responses N"
 * inserted as the first tab, with a frozen header row Timestamp, Email Address (when the form
 * collects emails), then one column per question. Answers are placed under the header with
 * their question's title in the sheet's current header row, so columns a facilitator moved or
 * added are respected; a question without a column gets a new one at the end.
 * https://developers.google.com/apps-script/reference/forms/form#setdestinationtype,-id
 * https://support.google.com/docs/answer/2917686
 *
 * Google names the tab and heads its own two columns in the language of the form owner's account;
 * only the question columns carry the item titles (APPS-SCRIPT-NOTES.md, "Response tabs are
 * localised"). The tab appears at the front, and the script sees it only after
 * SpreadsheetApp.flush() or re-opening the spreadsheet (spreadsheet.ts, `unflushed`).
 */
import { AccountLanguage } from '../../core/context';
import { StoredValue } from '../spreadsheet/cell-values';
import { DEFAULT_DATE_FORMAT, DEFAULT_DATE_TIME_FORMAT } from '../spreadsheet/number-format';
import { FakeSheet } from '../spreadsheet/sheet';
import { FakeSpreadsheet } from '../spreadsheet/spreadsheet';

export interface ResponseSheetLabels {
  /** The tab name before its number: "Form Responses" 1. */
  tab: string;
  timestamp: string;
  email: string;
}

/**
 * What Google writes, per account language. English is Google's own wording (help page above).
 * The Spanish timestamp header "Marca temporal" is confirmed by the peer suite's notes
 * (APPS-SCRIPT-NOTES.md). The other names and headers are the wording Sheets uses in those
 * languages as far as we know, UNVERIFIED against a live account: the product must not depend on
 * any of them (it finds Google's columns by position), and tests only need them to differ.
 */
export const RESPONSE_SHEET_LABELS: Record<AccountLanguage, ResponseSheetLabels> = {
  en: { tab: 'Form Responses', timestamp: 'Timestamp', email: 'Email Address' },
  es: {
    tab: 'Respuestas de formulario',
    timestamp: 'Marca temporal',
    email: 'Dirección de correo electrónico',
  },
  fr: { tab: 'Réponses au formulaire', timestamp: 'Horodateur', email: 'Adresse e-mail' },
  de: { tab: 'Formularantworten', timestamp: 'Zeitstempel', email: 'E-Mail-Adresse' },
  pt: {
    tab: 'Respostas ao formulário',
    timestamp: 'Carimbo de data/hora',
    email: 'Endereço de e-mail',
  },
};

export const TIMESTAMP_HEADER = RESPONSE_SHEET_LABELS.en.timestamp;
export const EMAIL_HEADER = RESPONSE_SHEET_LABELS.en.email;
export const TIMESTAMP_FORMAT = DEFAULT_DATE_TIME_FORMAT;
export const DATE_ANSWER_FORMAT = DEFAULT_DATE_FORMAT;

/** Inserts the response tab first, named in `labels`, hidden from the script until a flush. */
export function createResponseSheet(
  ss: FakeSpreadsheet,
  headers: string[],
  labels: ResponseSheetLabels,
): FakeSheet {
  const taken = new Set(ss.sheets.map((s) => s.name.toLowerCase()));
  let n = 1;
  while (taken.has(`${labels.tab} ${n}`.toLowerCase())) n += 1;
  const sheet = ss.addSheetInternal(`${labels.tab} ${n}`, 0);
  ss.addUnflushedSheet(sheet);
  sheet.data.ensureSize(sheet.data.maxRows, headers.length);
  sheet.data.write(1, 1, [headers]);
  sheet.frozenRows = 1;
  return sheet;
}

export function headerRow(sheet: FakeSheet): string[] {
  const width = sheet.data.lastColumn();
  return width === 0 ? [] : sheet.displayValues(1, 1, 1, width)[0];
}

/** Column of the header, appending it after the last used column when missing. */
export function ensureHeader(sheet: FakeSheet, title: string): number {
  const headers = headerRow(sheet);
  const i = headers.indexOf(title);
  if (i >= 0) return i + 1;
  const column = headers.length + 1;
  sheet.data.ensureSize(sheet.data.maxRows, column);
  sheet.data.write(1, column, [[title]]);
  return column;
}

export interface ResponseCell {
  header: string;
  value: StoredValue;
  /** Number format the form applies to the cell (timestamps, dates). */
  format?: string;
}

export interface AppendedRow {
  row: number;
  headers: string[];
  values: StoredValue[];
  displayValues: string[];
}

/** Appends one response below the last row with content. */
export function appendResponseRow(sheet: FakeSheet, cells: ResponseCell[]): AppendedRow {
  const columns = cells.map((c) => ensureHeader(sheet, c.header));
  const headers = headerRow(sheet);
  const width = headers.length;
  const row = sheet.data.lastRow() + 1;
  sheet.data.ensureSize(row, width);
  const values: StoredValue[] = new Array<StoredValue>(width).fill('');
  cells.forEach((c, i) => {
    values[columns[i] - 1] = c.value;
    if (c.format !== undefined)
      sheet.data.numberFormats.set(row, columns[i], row, columns[i], c.format);
  });
  sheet.data.write(row, 1, [values]);
  return { row, headers, values, displayValues: sheet.displayValues(row, 1, 1, width)[0] };
}
