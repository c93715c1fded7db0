/**
 * Reads Members rows (by header name) into Member records, generating stable ids for new rows
 * and reporting problems (duplicate emails, bad values) with the cell they are in.
 */
import { z } from 'zod';
import { isIsoDate } from './dates';
import { cellName, isDate } from './sheet/cells';
import { HeaderMap } from './sheet/header-map';
import { MEMBER_COLUMNS, MEMBER_STATUSES } from './sheet/tabs';
import { Member } from './types';

export interface MemberProblem {
  row: number;
  cell: string;
  message: string;
}

export interface ParsedMembers {
  members: Member[];
  /** Rows that need an id written: 1-based sheet row → new id. */
  newIds: Array<{ row: number; id: string }>;
  problems: MemberProblem[];
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
  const firstRowOfEmail = new Map<string, number>();
  const firstRowOfId = new Map<string, number>();

  rows.forEach((row, index) => {
    const sheetRow = firstRow + index;
    const problem = (columnName: string, message: string) =>
      problems.push({
        row: sheetRow,
        cell: `Members!${cellName(sheetRow, Math.max(1, column(columnName)))}`,
        message,
      });
    const name = String(map.get(row, MEMBER_COLUMNS.name)).trim();
    const email = normaliseEmail(map.get(row, MEMBER_COLUMNS.email));
    if (name === '' && email === '') return;

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
    if (!z.email().safeParse(email).success)
      problem(MEMBER_COLUMNS.email, `"${email}" is not an email address`);
    const earlier = firstRowOfEmail.get(email);
    if (email !== '' && earlier !== undefined) {
      problem(
        MEMBER_COLUMNS.email,
        `the email ${email} is also on row ${earlier}: each member needs their own email`,
      );
    } else if (email !== '') {
      firstRowOfEmail.set(email, sheetRow);
    }

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

    members.push({
      id,
      name,
      email,
      joined: date(MEMBER_COLUMNS.joined) ?? '',
      status: status.success ? status.data : 'active',
      roles: splitList(map.get(row, MEMBER_COLUMNS.roles)),
      unavailableFrom: date(MEMBER_COLUMNS.unavailableFrom),
      unavailableTo: date(MEMBER_COLUMNS.unavailableTo),
      emailReminders: flag(MEMBER_COLUMNS.emailReminders, true),
      buddyProgramme: flag(MEMBER_COLUMNS.buddyProgramme, false),
      mentorCapacity,
      doNotPairWith: splitList(map.get(row, MEMBER_COLUMNS.doNotPairWith)),
    });
  });
  return { members, newIds, problems };
}

/** Looks a respondent up by email, ignoring case and spaces. Only one member may hold an email. */
export function indexMembersByEmail(members: readonly Member[]): Map<string, Member> {
  const byEmail = new Map<string, Member>();
  for (const member of members)
    if (member.email !== '' && !byEmail.has(member.email)) byEmail.set(member.email, member);
  return byEmail;
}
