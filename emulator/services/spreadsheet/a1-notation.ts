/**
 * A1 notation: column letters, cell and range references, optionally prefixed with a sheet name
 * ("Sheet1!A1:B2", "'My tab'!A:A"). Open-ended references ("A1:C", "A:A", "2:5") leave the open
 * side undefined; the sheet fills it from its grid size.
 * https://developers.google.com/sheets/api/guides/concepts#cell
 */

export function columnToLetters(column: number): string {
  let n = column;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

export function lettersToColumn(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export interface A1Reference {
  sheetName?: string;
  /** Undefined when the reference names whole columns ("A:C"). */
  startRow?: number;
  /** Undefined when the reference names whole rows ("2:5"). */
  startColumn?: number;
  endRow?: number;
  endColumn?: number;
}

const CELL = /^\$?([A-Za-z]{0,3})\$?(\d*)$/;

function parsePart(part: string): { row?: number; column?: number } | null {
  const match = CELL.exec(part.trim());
  if (!match || (match[1] === '' && match[2] === '')) return null;
  const row = match[2] === '' ? undefined : Number(match[2]);
  if (row !== undefined && row < 1) return null;
  return { column: match[1] === '' ? undefined : lettersToColumn(match[1]), row };
}

/** Parses A1 notation; returns null when it is not a valid reference. */
export function parseA1(notation: string): A1Reference | null {
  let rest = notation.trim();
  let sheetName: string | undefined;
  const bang = rest.lastIndexOf('!');
  if (bang >= 0) {
    sheetName = rest.slice(0, bang);
    rest = rest.slice(bang + 1);
    if (sheetName.startsWith("'") && sheetName.endsWith("'") && sheetName.length >= 2) {
      sheetName = sheetName.slice(1, -1).replace(/''/g, "'");
    }
  }
  const parts = rest.split(':');
  if (parts.length > 2) return null;
  const start = parsePart(parts[0]);
  if (!start) return null;
  if (parts.length === 1) {
    // A single reference must be a cell ("B3"), not a bare column or row.
    if (start.row === undefined || start.column === undefined) return null;
    return {
      sheetName,
      startRow: start.row,
      startColumn: start.column,
      endRow: start.row,
      endColumn: start.column,
    };
  }
  const end = parsePart(parts[1]);
  if (!end) return null;
  if (start.column === undefined && end.column !== undefined) return null;
  if (start.column !== undefined && end.column === undefined && end.row === undefined) return null;
  // "A:C" (no rows), "2:5" (no columns), "A1:C" (rows open below), "A2:5"? not valid in Sheets.
  if (start.column === undefined) {
    if (start.row === undefined || end.row === undefined) return null;
    return {
      sheetName,
      startRow: Math.min(start.row, end.row),
      endRow: Math.max(start.row, end.row),
    };
  }
  const endColumn = end.column;
  if (endColumn === undefined) return null;
  const ref: A1Reference = {
    sheetName,
    startColumn: Math.min(start.column, endColumn),
    endColumn: Math.max(start.column, endColumn),
  };
  if (start.row !== undefined) {
    ref.startRow = end.row === undefined ? start.row : Math.min(start.row, end.row);
    ref.endRow = end.row === undefined ? undefined : Math.max(start.row, end.row);
  } else if (end.row !== undefined) {
    return null;
  }
  return ref;
}

export function formatA1(row: number, column: number, numRows = 1, numColumns = 1): string {
  const first = `${columnToLetters(column)}${row}`;
  if (numRows === 1 && numColumns === 1) return first;
  return `${first}:${columnToLetters(column + numColumns - 1)}${row + numRows - 1}`;
}

/** Quotes a sheet name for use in A1 notation when it needs quoting. */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}
