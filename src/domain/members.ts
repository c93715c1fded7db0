/**
 * Reads Members rows (by header name) into Member records, generating stable ids for new rows
 * and reporting problems (duplicate emails, bad values) with the cell they are in.
 */
import { z } from 'zod';
import { parseConsent } from './consent';
import { isIsoDate } from './dates';
import { cellName, isDate } from './sheet/cells';
import { HeaderMap } from './sheet/header-map';
import { MEMBER_COLUMNS, MEMBER_STATUSES } from './sheet/tabs';
import { Member, MemberId } from './types';
import { isPseudonym } from './retention/rules';

export interface MemberProblem {
  row: number;
  cell: string;
  message: string;
}

/**
 * What Sheets shows for a formula it cannot compute. A name typed as "=Jo" or "-Jo-" becomes a
 * formula and reads as #NAME? or #ERROR!, which must never reach a rota or an email.
 * Error types: https://support.google.com/docs/answer/3093340 (formula errors in Sheets)
 */
const SHEETS_ERROR = /^#(NAME\?|ERROR!|REF!|VALUE!|N\/A|DIV\/0!|NUM!|NULL!|SPILL!|CALC!)$/;

export function isSheetsError(value: unknown): boolean {
  return typeof value === 'string' && SHEETS_ERROR.test(value.trim());
}

/** Texts a facilitator reads about a Members row: each names the cell to fix. */
export const MEMBER_TEXT = {
  formulaError: (shown: string, recovered: string) =>
    `shows ${shown} because Sheets read what was typed as a formula` +
    (recovered === '' ? '' : ` (${recovered})`) +
    "; retype it starting with an apostrophe ('), e.g. 'Jo, so it stays text",
  duplicateEmail: (email: string, otherRows: readonly number[]) =>
    `the email ${email} is also on row${otherRows.length > 1 ? 's' : ''} ${otherRows.join(', ')} ` +
    '(case and spaces do not make emails different): each member needs their own email, or ' +
    'their responses cannot be told apart',
  unresolvedDoNotPair: (reference: string) =>
    `"${reference}" matches no member by ID, email or name (or more than one), so buddies are ` +
    'not matched for this member until it is fixed',
} as const;

/** The text a formula cell was typed as, when the caller could read its formula. */
export type FormulaOf = (rowIndex: number, columnIndex: number) => string;

export interface ParsedMembers {
  members: Member[];
  /** Rows that need an id written: 1-based sheet row → new id. */
  newIds: Array<{ row: number; id: string }>;
  problems: MemberProblem[];
  /**
   * Members whose "Do not pair with" names someone that cannot be resolved to exactly one
   * member (an unknown name, a typo, a formula error): they must not be matched as buddies.
   */
  unresolvedDoNotPair: ReadonlySet<MemberId>;
}

export function normaliseEmail(email: unknown): string {
  return String(email ?? '')
    .replace(/\s+/g, '')
    .toLowerCase();
}

/** Dates a facilitator typed: Date cells come back as Dates; text may be ISO. */
export type LocalDateOf = (value: Date) => string;

const ID_PATTERN = /^M(\d+)$/;

function nextIdFactory(existing: readonly string[]): () => string {
  let highest = 0;
  for (const id of existing) {
    const match = ID_PATTERN.exec(id);
    if (match) highest = Math.max(highest, Number(match[1]));
  }
  return () => {
    highest += 1;
    return `M${String(highest).padStart(4, '0')}`;
  };
}

const yesNoDefault =
  (fallback: boolean) =>
  (raw: unknown): boolean | null => {
    if (typeof raw === 'boolean') return raw;
    const text = String(raw ?? '')
      .trim()
      .toLowerCase();
    if (text === '') return fallback;
    if (['yes', 'y', 'true'].includes(text)) return true;
    if (['no', 'n', 'false'].includes(text)) return false;
    return null;
  };

const statusSchema = z.enum(MEMBER_STATUSES);
// Made once: a schema built for each row costs more memory than the row it checks.
const emailSchema = z.email();

function splitList(raw: unknown): string[] {
  return String(raw ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

/**
 * `rows` excludes the header; `firstRow` is the sheet row of rows[0]. Blank rows are skipped.
 * `localDateOf` turns a Date cell into the group's local ISO date.
 */
export function parseMembers(
  headers: readonly unknown[],
  rows: readonly (readonly unknown[])[],
  firstRow: number,
  localDateOf: LocalDateOf,
  formulaOf: FormulaOf = () => '',
): ParsedMembers {
  const map = new HeaderMap(headers);
  map.requireAll('Members', [
    MEMBER_COLUMNS.id,
    MEMBER_COLUMNS.name,
    MEMBER_COLUMNS.email,
    MEMBER_COLUMNS.status,
  ]);
  const column = (name: string) => map.indexOf(name) + 1;
  const nextId = nextIdFactory(rows.map((row) => String(map.get(row, MEMBER_COLUMNS.id)).trim()));
  const members: Member[] = [];
  const newIds: ParsedMembers['newIds'] = [];
  const problems: MemberProblem[] = [];
  const rowsOfEmail = new Map<string, number[]>();
  const firstRowOfId = new Map<string, number>();
  /** Raw do-not-pair references per member id, resolved once every row is read. */
  const references: Array<{ id: string; sheetRow: number; list: string[] }> = [];

  rows.forEach((row, index) => {
    const sheetRow = firstRow + index;
    const problem = (columnName: string, message: string) =>
      problems.push({
        row: sheetRow,
        cell: `Members!${cellName(sheetRow, Math.max(1, column(columnName)))}`,
        message,
      });
    // A formula error is never used as a value: the cell is named so someone retypes it.
    const typed = (columnName: string): { text: string; broken: boolean } => {
      const raw = map.get(row, columnName);
      if (!isSheetsError(raw)) return { text: String(raw ?? ''), broken: false };
      const formula = formulaOf(index, map.indexOf(columnName)).trim();
      const recovered = formula.startsWith('=') ? formula.slice(1).trim() : formula;
      problem(columnName, MEMBER_TEXT.formulaError(String(raw).trim(), recovered));
      return { text: recovered, broken: true };
    };
    const nameCell = typed(MEMBER_COLUMNS.name);
    const emailCell = typed(MEMBER_COLUMNS.email);
    const email = emailCell.broken ? '' : normaliseEmail(emailCell.text);
    if (nameCell.text.trim() === '' && email === '' && !nameCell.broken && !emailCell.broken)
      return;

    let id = String(map.get(row, MEMBER_COLUMNS.id)).trim();
    const rowWithId = firstRowOfId.get(id);
    if (id === '' || rowWithId !== undefined) {
      // A row copied with its ID is another person: ids must stay unique.
      const copied = id;
      id = nextId();
      newIds.push({ row: sheetRow, id });
      if (rowWithId !== undefined)
        problem(
          MEMBER_COLUMNS.id,
          `the ID ${copied} is also on row ${rowWithId}, so this row gets the new ID ${id}`,
        );
    }
    firstRowOfId.set(id, sheetRow);
    // The recovered text of a broken name shows what was meant; failing that, the id.
    const name = nameCell.broken ? nameCell.text.trim() || id : nameCell.text.trim();
    // An anonymised former member (retention) has no address on purpose.
    const former = isPseudonym(id) && email === '';
    if (!former && !emailCell.broken && !emailSchema.safeParse(email).success)
      problem(MEMBER_COLUMNS.email, `"${email}" is not an email address`);
    if (email !== '') rowsOfEmail.set(email, [...(rowsOfEmail.get(email) ?? []), sheetRow]);
    const doNotPair = typed(MEMBER_COLUMNS.doNotPairWith);
    references.push({
      id,
      sheetRow,
      list: doNotPair.broken ? [BROKEN_REFERENCE] : splitList(doNotPair.text),
    });

    const statusText = String(map.get(row, MEMBER_COLUMNS.status)).trim().toLowerCase() || 'active';
    const status = statusSchema.safeParse(statusText);
    if (!status.success)
      problem(
        MEMBER_COLUMNS.status,
        `status "${statusText}" should be one of ${MEMBER_STATUSES.join(', ')}`,
      );

    const date = (columnName: string): string | null => {
      const raw = map.get(row, columnName);
      if (raw === '' || raw === null) return null;
      if (isDate(raw)) return localDateOf(raw);
      const text = String(raw).trim();
      if (isIsoDate(text)) return text;
      problem(columnName, `"${text}" is not a date (use the date picker or YYYY-MM-DD)`);
      return null;
    };
    const flag = (columnName: string, fallback: boolean): boolean => {
      const value = yesNoDefault(fallback)(map.get(row, columnName));
      if (value === null) {
        problem(columnName, `"${String(map.get(row, columnName))}" should be yes or no`);
        return fallback;
      }
      return value;
    };
    const capacityRaw = map.get(row, MEMBER_COLUMNS.mentorCapacity);
    let mentorCapacity = 1;
    if (String(capacityRaw).trim() !== '') {
      const capacity = Number(capacityRaw);
      if (Number.isInteger(capacity) && capacity >= 0) mentorCapacity = capacity;
      else
        problem(
          MEMBER_COLUMNS.mentorCapacity,
          `"${String(capacityRaw)}" should be a whole number (newcomers at once)`,
        );
    }

    const consent = parseConsent(map.get(row, MEMBER_COLUMNS.consent));
    if (consent.problem !== null) problem(MEMBER_COLUMNS.consent, consent.problem);

    members.push({
      id,
      name,
      email,
      joined: date(MEMBER_COLUMNS.joined) ?? '',
      status: status.success ? status.data : 'active',
      roles: splitList(typed(MEMBER_COLUMNS.roles).text),
      unavailableFrom: date(MEMBER_COLUMNS.unavailableFrom),
      unavailableTo: date(MEMBER_COLUMNS.unavailableTo),
      emailReminders: flag(MEMBER_COLUMNS.emailReminders, true),
      buddyProgramme: flag(MEMBER_COLUMNS.buddyProgramme, false),
      mentorCapacity,
      doNotPairWith: [],
      ...(consent.withdrawn ? { consentWithdrawn: true } : {}),
      ...(map.has(MEMBER_COLUMNS.leftOn) ? { leftOn: date(MEMBER_COLUMNS.leftOn) } : {}),
    });
  });

  // Every row sharing an email is flagged, the first as much as the later ones.
  const emailColumn = Math.max(1, column(MEMBER_COLUMNS.email));
  for (const [email, rowsWithIt] of rowsOfEmail) {
    if (rowsWithIt.length < 2) continue;
    for (const sheetRow of rowsWithIt)
      problems.push({
        row: sheetRow,
        cell: `Members!${cellName(sheetRow, emailColumn)}`,
        message: MEMBER_TEXT.duplicateEmail(
          email,
          rowsWithIt.filter((other) => other !== sheetRow),
        ),
      });
  }

  const unresolvedDoNotPair = new Set<MemberId>();
  const resolve = referenceResolver(members);
  const doNotPairColumn = Math.max(1, column(MEMBER_COLUMNS.doNotPairWith));
  for (const { id, sheetRow, list } of references) {
    const member = members.find((candidate) => candidate.id === id);
    if (!member) continue;
    for (const reference of list) {
      const resolved = reference === BROKEN_REFERENCE ? null : resolve(reference);
      if (resolved !== null) {
        if (resolved !== id && !member.doNotPairWith.includes(resolved))
          member.doNotPairWith.push(resolved);
        continue;
      }
      unresolvedDoNotPair.add(id);
      if (reference !== BROKEN_REFERENCE)
        problems.push({
          row: sheetRow,
          cell: `Members!${cellName(sheetRow, doNotPairColumn)}`,
          message: MEMBER_TEXT.unresolvedDoNotPair(reference),
        });
    }
  }
  problems.sort((a, b) => a.row - b.row);
  return { members, newIds, problems, unresolvedDoNotPair };
}

/** Stands for a do-not-pair cell that reads as a formula error: it resolves to nobody. */
const BROKEN_REFERENCE = '\u0000broken';

/**
 * "Do not pair with" may name members by ID, email or name (case and spaces ignored), so a
 * facilitator can write it down before the other member has an ID. A reference resolves only
 * when it points at exactly one member; anything else is unresolved, never ignored.
 */
function referenceResolver(members: readonly Member[]): (reference: string) => MemberId | null {
  const byId = new Map<string, MemberId[]>();
  const byEmail = new Map<string, MemberId[]>();
  const byName = new Map<string, MemberId[]>();
  const add = (index: Map<string, MemberId[]>, key: string, id: MemberId) => {
    if (key !== '') index.set(key, [...(index.get(key) ?? []), id]);
  };
  for (const member of members) {
    add(byId, member.id.toUpperCase(), member.id);
    add(byEmail, member.email, member.id);
    add(byName, foldName(member.name), member.id);
  }
  return (reference) => {
    const candidates =
      byId.get(reference.trim().toUpperCase()) ??
      byEmail.get(normaliseEmail(reference)) ??
      byName.get(foldName(reference)) ??
      [];
    const distinct = [...new Set(candidates)];
    return distinct.length === 1 ? distinct[0] : null;
  };
}

function foldName(name: string): string {
  return name.replace(/\s+/g, ' ').trim().toLowerCase();
}

/** Looks a respondent up by email, ignoring case and spaces. Only one member may hold an email. */
export function indexMembersByEmail(members: readonly Member[]): Map<string, Member> {
  const byEmail = new Map<string, Member>();
  for (const member of members)
    if (member.email !== '' && !byEmail.has(member.email)) byEmail.set(member.email, member);
  return byEmail;
}
