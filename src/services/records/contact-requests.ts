/** The Contact requests tab: one row per check-in that asked for someone to get in touch. */
import { ContactRequest, ContactStatus } from '../../domain/contact-requests';
import { localDateFormatter } from '../../domain/dates';
import { asText, isDate } from '../../domain/sheet/cells';
import { HeaderMap } from '../../domain/sheet/header-map';
import { CONTACT_REQUEST_COLUMNS, TAB } from '../../domain/sheet/tabs';
import { appendBlock, readTab, Table, findTab } from '../sheets';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface ContactRequestsRead {
  table: Table;
  requests: ContactRequest[];
}

export function readContactRequests(
  spreadsheet: Spreadsheet,
  timeZone: string,
): ContactRequestsRead | null {
  // A sheet from before this tab existed has none until Set up or repair adds it; its forms
  // have no contact question until then either.
  if (!findTab(spreadsheet, TAB.contactRequests)) return null;
  const table = readTab(spreadsheet, TAB.contactRequests);
  const map = new HeaderMap(table.headers);
  map.requireAll(TAB.contactRequests, Object.values(CONTACT_REQUEST_COLUMNS));
  const localDate = localDateFormatter(timeZone);
  const requests: ContactRequest[] = [];
  for (const row of table.rows) {
    const key = String(map.get(row, CONTACT_REQUEST_COLUMNS.key)).trim();
    const askedAt = map.get(row, CONTACT_REQUEST_COLUMNS.askedAt);
    if (key === '' || !isDate(askedAt)) continue;
    const status = String(map.get(row, CONTACT_REQUEST_COLUMNS.status)).trim().toLowerCase();
    requests.push({
      key,
      askedOn: localDate(askedAt),
      memberId: String(map.get(row, CONTACT_REQUEST_COLUMNS.memberId)).trim(),
      name: String(map.get(row, CONTACT_REQUEST_COLUMNS.name)).trim(),
      email: String(map.get(row, CONTACT_REQUEST_COLUMNS.email)).trim(),
      // Anything but "done" (a typo, an empty cell) keeps the request in front of facilitators.
      status: (status === 'done' ? 'done' : 'open') as ContactStatus,
    });
  }
  return { table, requests };
}

export interface NewContactRequest {
  key: string;
  askedAt: Date;
  memberId: string;
  name: string;
  email: string;
}

/** Appends the requests not in the tab yet (by key), in one write; returns those appended. */
export function appendContactRequests(
  read: ContactRequestsRead,
  requests: readonly NewContactRequest[],
): NewContactRequest[] {
  const known = new Set(read.requests.map((request) => request.key));
  const fresh = requests.filter((request) => {
    if (known.has(request.key)) return false;
    known.add(request.key);
    return true;
  });
  if (fresh.length === 0) return [];
  const map = new HeaderMap(read.table.headers);
  const width = read.table.headers.length;
  const cells = fresh.map((request) => {
    const line: unknown[] = new Array(width).fill('');
    line[map.indexOf(CONTACT_REQUEST_COLUMNS.askedAt)] = request.askedAt;
    line[map.indexOf(CONTACT_REQUEST_COLUMNS.memberId)] = asText(request.memberId);
    line[map.indexOf(CONTACT_REQUEST_COLUMNS.name)] = asText(request.name);
    line[map.indexOf(CONTACT_REQUEST_COLUMNS.email)] = asText(request.email);
    line[map.indexOf(CONTACT_REQUEST_COLUMNS.status)] = 'open';
    line[map.indexOf(CONTACT_REQUEST_COLUMNS.key)] = asText(request.key);
    return line;
  });
  appendBlock(read.table.sheet, 1 + read.table.rows.length, cells);
  return fresh;
}
