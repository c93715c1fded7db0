/**
 * Error messages as Apps Script words them. Sources: Google's reference pages where they quote
 * the message, otherwise messages reported verbatim by users in public issue threads (e.g.
 * https://github.com/alpatania/sassafras/issues/8 for the setValues column mismatch,
 * https://github.com/Elijas/auto-youtube-subscription-playlist-2/issues/99 for the row count).
 */
export const MSG = {
  rowsMismatch: (data: number, range: number) =>
    `The number of rows in the data does not match the number of rows in the range. The data has ${data} but the range has ${range}.`,
  columnsMismatch: (data: number, range: number) =>
    `The number of columns in the data does not match the number of columns in the range. The data has ${data} but the range has ${range}.`,
  startRowTooSmall: 'The starting row of the range is too small.',
  startColumnTooSmall: 'The starting column of the range is too small.',
  numRowsTooSmall: 'The number of rows in the range must be at least 1.',
  numColumnsTooSmall: 'The number of columns in the range must be at least 1.',
  outsideSheet: 'The coordinates of the range are outside the dimensions of the sheet.',
  rangeNotFound: 'Range not found',
  sheetExists: (name: string) =>
    `A sheet with the name "${name}" already exists. Please enter another name.`,
  deleteLastSheet: "You can't remove all the visible sheets in a document.",
  // Wording unverified: the reference says only that moveActiveSheet throws out of range.
  sheetPositionOutOfRange: (position: number, count: number) =>
    `Sheet position ${position} is out of range: the spreadsheet has ${count} sheets.`,
  deleteAllRows: 'Sorry, it is not possible to delete all non-frozen rows.',
  deleteAllColumns: 'Sorry, it is not possible to delete all non-frozen columns.',
  rowsOutOfBounds: 'Those rows are out of bounds.',
  columnsOutOfBounds: 'Those columns are out of bounds.',
  badSignature: (args: readonly unknown[], method: string) =>
    `The parameters (${args.map(argType).join(',')}) don't match the method signature for ${method}.`,
  validationViolated: (a1: string) =>
    `The data you entered in cell ${a1} violates the data validation rules set on this cell.`,
  noUi: 'Cannot call SpreadsheetApp.getUi() from this context.',
  openByIdFailed:
    'Unexpected error while getting the method or property openById on object SpreadsheetApp.',
  openByUrlFailed:
    'Unexpected error while getting the method or property openByUrl on object SpreadsheetApp.',
  sheetDeleted: (name: string) => `The sheet "${name}" has been deleted.`,
} as const;

/** How Apps Script names argument types in its "parameters don't match" message. */
function argType(v: unknown): string {
  if (v === null) return 'null';
  if (v === undefined) return 'null';
  if (Array.isArray(v)) return 'Object[]';
  if (typeof v === 'number') return 'number';
  if (typeof v === 'string') return 'String';
  if (typeof v === 'boolean') return 'Boolean';
  return 'Object';
}
