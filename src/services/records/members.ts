/** The Members tab as Member records; new rows get their stable id written back in one call. */
import { localDateFormatter } from '../../domain/dates';
import { FormulaOf, isSheetsError, MemberProblem, parseMembers } from '../../domain/members';
import { HeaderMap } from '../../domain/sheet/header-map';
import { MEMBER_COLUMNS, TAB } from '../../domain/sheet/tabs';
import { Member, MemberId } from '../../domain/types';
import { FIRST_DATA_ROW, readTab, Table, verbatim, writeBlock } from '../sheets';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface MembersRead {
  members: Member[];
  problems: MemberProblem[];
  idsAssigned: number;
  /** The ids this read gave to new rows (none unless assignIds). */
  newIds: ReadonlySet<MemberId>;
  /** Members whose do-not-pair list names someone it cannot resolve (no buddy matching). */
  unresolvedDoNotPair: ReadonlySet<MemberId>;
}

/** Columns people type text into: a formula error there is recovered from its formula. */
const TYPED_TEXT_COLUMNS = [
  MEMBER_COLUMNS.name,
  MEMBER_COLUMNS.email,
  MEMBER_COLUMNS.roles,
  MEMBER_COLUMNS.doNotPairWith,
];

/**
 * What was typed into cells that read as formula errors, from one getFormulas over the box
 * around them; no call at all when no cell shows an error, which is the usual case.
 */
function formulasOfErrorCells(table: Table): FormulaOf {
  const map = new HeaderMap(table.headers);
  const columns = TYPED_TEXT_COLUMNS.map((name) => map.indexOf(name)).filter((at) => at >= 0);
  const cells: Array<[number, number]> = [];
  table.rows.forEach((row, index) => {
    for (const column of columns) if (isSheetsError(row[column])) cells.push([index, column]);
  });
  if (cells.length === 0) return () => '';
  const top = Math.min(...cells.map(([row]) => row));
  const bottom = Math.max(...cells.map(([row]) => row));
  const left = Math.min(...cells.map(([, column]) => column));
  const right = Math.max(...cells.map(([, column]) => column));
  const formulas = table.sheet
    .getRange(FIRST_DATA_ROW + top, left + 1, bottom - top + 1, right - left + 1)
    .getFormulas();
  return (rowIndex, columnIndex) => String(formulas[rowIndex - top]?.[columnIndex - left] ?? '');
}

export function readMembers(
  spreadsheet: Spreadsheet,
  timeZone: string,
  assignIds: boolean,
): MembersRead {
  const table = readTab(spreadsheet, TAB.members);
  const parsed = parseMembers(
    table.headers,
    table.rows,
    FIRST_DATA_ROW,
    localDateFormatter(timeZone),
    formulasOfErrorCells(table),
  );
  if (assignIds && parsed.newIds.length > 0) {
    const map = new HeaderMap(table.headers);
    const idIndex = map.indexOf(MEMBER_COLUMNS.id);
    // Rows between keep their own ids, written back as inert text ("=x" must not turn formula).
    const column = table.rows.map((row) => [verbatim(row[idIndex] ?? '')]);
    for (const { row, id } of parsed.newIds) column[row - FIRST_DATA_ROW] = [id];
    const first = parsed.newIds[0].row - FIRST_DATA_ROW;
    const last = parsed.newIds[parsed.newIds.length - 1].row - FIRST_DATA_ROW;
    // One write covering the first to the last new id; rows between keep their own ids.
    writeBlock(table.sheet, FIRST_DATA_ROW + first, idIndex + 1, column.slice(first, last + 1));
  }
  return {
    members: parsed.members,
    problems: parsed.problems,
    idsAssigned: assignIds ? parsed.newIds.length : 0,
    newIds: new Set(assignIds ? parsed.newIds.map((entry) => entry.id) : []),
    unresolvedDoNotPair: parsed.unresolvedDoNotPair,
  };
}

/**
 * Writes each row's problems into the "Needs attention" column, where facilitators look, and
 * clears the ones fixed. Writes only the span of rows whose text changed, nothing when none did.
 */
export function writeMemberAttention(
  spreadsheet: Spreadsheet,
  problems: readonly MemberProblem[],
): number {
  const table = readTab(spreadsheet, TAB.members);
  const at = new HeaderMap(table.headers).indexOf(MEMBER_COLUMNS.attention);
  if (at < 0) return 0;
  const wanted = table.rows.map((_, index) =>
    problems
      .filter((problem) => problem.row === FIRST_DATA_ROW + index)
      .map((problem) => `${problem.cell.replace(/^Members!/, '')}: ${problem.message}`)
      .join('; '),
  );
  const changed = wanted.flatMap((text, index) =>
    text !== String(table.rows[index][at] ?? '') ? [index] : [],
  );
  if (changed.length === 0) return 0;
  const first = changed[0];
  const last = changed[changed.length - 1];
  writeBlock(
    table.sheet,
    FIRST_DATA_ROW + first,
    at + 1,
    wanted.slice(first, last + 1).map((text) => [verbatim(text)]),
  );
  return changed.length;
}
