/**
 * Retention (SPEC section 9), a step of the daily run under its lock: private comments older
 * than `Keep private comments (months)` are blanked, and members who left more than `Keep
 * leavers' rows (months)` ago are removed as Remove a member's data does (app/remove-member.ts,
 * same code), except that the rows the figures count keep their numbers under a pseudonym.
 *
 * Why anonymise rather than delete a leaver's answers: every outcome tab and every report
 * already saved counts them. Deleting them would change the figures, and a saved report set
 * beside the new figures would give their answers back by subtraction (which is why Remove a
 * member's data trashes those reports). Kept under an id no one can trace back, with every
 * address, name and free text emptied, their numbers leave every figure exactly as it was, so
 * published reports are never touched.
 *
 * Safe to stop and repeat: what is done stays done and is not counted again (a blanked comment
 * reads as the marker; an anonymised member's row has a pseudonym). The pseudonym picked for a
 * member is recorded before their rows change, so a run stopped half-way finishes the same
 * member under the same pseudonym the next day. A time budget stops the step between pieces of
 * work, well inside Apps Script's six minutes; the next daily run goes on.
 */
import { addDays, localDateFormatter, startOfLocalDay } from '../domain/dates';
import { RESPONSE_TIMESTAMP, responseHeaders } from '../domain/forms/form-spec';
import { normaliseEmail } from '../domain/members';
import { COMMENT_COLUMNS } from '../domain/retention/columns';
import {
  addToLog,
  isPseudonym,
  leaversDue,
  nextPseudonym,
  parseLog,
  retentionCutoff,
  type RetentionLogEntry,
} from '../domain/retention/rules';
import { RETENTION_TEXT, type RetentionCounts } from '../domain/retention/texts';
import { Settings } from '../domain/settings';
import { isDate } from '../domain/sheet/cells';
import { HeaderMap } from '../domain/sheet/header-map';
import { MEMBER_COLUMNS, REVIEW_COLUMNS, TAB } from '../domain/sheet/tabs';
import { parseConsent } from '../domain/consent';
import type { IsoDate } from '../domain/types';
import { deleteFormResponsesOf } from '../services/forms';
import { rewriteRows } from '../services/rewrite-rows';
import { FIRST_DATA_ROW, readTab, Table, writeBlock, findTab } from '../services/sheets';
import { withdrawalActedOn } from './consent';
import { removeMemberData } from './remove-member';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Retention stops between pieces of work past this (from the start of the run). */
export const RETENTION_TIME_BUDGET_MS = 4 * 60 * 1000;

const LOG_KEY = 'peerCircle.retentionLog';
const IN_PROGRESS_KEY = 'peerCircle.retentionInProgress';
/** The day Google Forms' copies were last swept ("unfinished …" when time ran out). */
const FORMS_SWEPT_KEY = 'peerCircle.retentionFormsSweptOn';

export interface RetentionOutcome {
  counts: RetentionCounts;
  /** Why a part was skipped or stopped (a bad setting, no Left on column, time). */
  notes: string[];
}

export function applyRetention(
  spreadsheet: Spreadsheet,
  settings: Settings,
  today: IsoDate,
  runStartedAtMs: number,
  now: () => number = () => Date.now(),
): RetentionOutcome {
  const counts: RetentionCounts = { comments: 0, formResponses: 0, leavers: 0 };
  const notes: string[] = [];
  const outOfTime = () => now() - runStartedAtMs > RETENTION_TIME_BUDGET_MS;
  const properties = PropertiesService.getDocumentProperties();
  // Recorded piece by piece, so a run stopped later still reports what was done.
  const record = (done: Partial<RetentionCounts>) => {
    const added = { comments: 0, formResponses: 0, leavers: 0, ...done };
    counts.comments += added.comments;
    counts.formResponses += added.formResponses;
    counts.leavers += added.leavers;
    if (added.comments + added.formResponses + added.leavers === 0) return;
    properties.setProperty(
      LOG_KEY,
      JSON.stringify(addToLog(parseLog(properties.getProperty(LOG_KEY)), today, added)),
    );
  };

  const comments = settings.keepCommentsMonths;
  if (comments.months === null)
    notes.push(RETENTION_TEXT.skipped(RETENTION_TEXT.commentsLabel, comments.problem));
  else {
    const cutoff = retentionCutoff(today, comments.months);
    const expired = expiredBefore(cutoff, settings.timeZone);
    for (const tab of [TAB.checkins, TAB.feedback, TAB.review] as const) {
      if (outOfTime() || !findTab(spreadsheet, tab)) continue;
      record({ comments: blankComments(spreadsheet, tab, expired) });
    }
    // Google Forms keeps its own copy of every response, comments included, and cannot edit
    // one: a response older than the window is deleted there (the sheet's row stays). Reading
    // a form's responses costs a call and memory for each one, so this is done once a week,
    // and again the next day when the time budget cut it short.
    const swept = properties.getProperty(FORMS_SWEPT_KEY);
    if (swept === null || swept.startsWith('unfinished') || swept <= addDays(today, -7)) {
      for (const formId of [
        settings.checkinFormId,
        settings.surveyFormId,
        settings.feedbackFormId,
      ]) {
        if (formId === '' || outOfTime()) continue;
        record({
          formResponses: deleteFormResponsesOf(
            formId,
            (_email, stamp) => expired(stamp),
            outOfTime,
          ),
        });
      }
      properties.setProperty(FORMS_SWEPT_KEY, outOfTime() ? `unfinished ${today}` : today);
    }
  }

  const leavers = settings.keepLeaversMonths;
  if (leavers.months === null)
    notes.push(RETENTION_TEXT.skipped(RETENTION_TEXT.leaversLabel, leavers.problem));
  else if (!new HeaderMap(readTab(spreadsheet, TAB.members).headers).has(MEMBER_COLUMNS.leftOn))
    notes.push(RETENTION_TEXT.noLeftOnColumn);
  else {
    const rows = stampLeftOn(spreadsheet, settings.timeZone, today);
    const inProgress = readInProgress(properties.getProperty(IN_PROGRESS_KEY));
    for (const id of leaversDue(rows, today, leavers.months)) {
      if (outOfTime()) break;
      const row = rows.find((candidate) => candidate.id === id);
      if (!row) continue;
      const member = { id, name: row.name, email: row.email };
      const formIds = [settings.checkinFormId, settings.surveyFormId].filter((formId) => formId);
      if (row.withdrawn) {
        // Their answers count in no figure since the withdrawal was acted on, so deleting
        // them changes none; until it is acted on (the outcomes step), they wait a day.
        if (!withdrawalActedOn(id)) continue;
        removeMemberData(spreadsheet, member, formIds, { keepSavedReports: true });
      } else {
        const pseudonym =
          inProgress[id] ??
          nextPseudonym([...rows.map((candidate) => candidate.id), ...Object.values(inProgress)]);
        inProgress[id] = pseudonym;
        properties.setProperty(IN_PROGRESS_KEY, JSON.stringify(inProgress));
        removeMemberData(spreadsheet, member, formIds, { anonymiseAs: pseudonym });
        rows.push({ ...row, id: pseudonym });
      }
      delete inProgress[id];
      properties.setProperty(IN_PROGRESS_KEY, JSON.stringify(inProgress));
      record({ leavers: 1 });
    }
  }
  if (outOfTime()) notes.push(RETENTION_TEXT.notFinished);
  return { counts, notes };
}

/** What retention did in the week before `today` (for the digest): counts only. */
export function retentionLog(): RetentionLogEntry[] {
  return parseLog(PropertiesService.getDocumentProperties().getProperty(LOG_KEY));
}

function expiredBefore(cutoff: IsoDate, timeZone: string): (stamp: unknown) => boolean {
  const localDate = localDateFormatter(timeZone);
  return (stamp) => isDate(stamp) && !Number.isNaN(stamp.getTime()) && localDate(stamp) < cutoff;
}

/** Blanks the comment cells of rows sent before the cutoff; returns how many cells changed. */
function blankComments(
  spreadsheet: Spreadsheet,
  tab: typeof TAB.checkins | typeof TAB.feedback | typeof TAB.review,
  expired: (stamp: unknown) => boolean,
): number {
  const read = readTab(spreadsheet, tab);
  const table: Table =
    tab === TAB.review
      ? read
      : { ...read, headers: responseHeaders(read.headers, tab !== TAB.feedback) };
  const stampColumn = tab === TAB.review ? REVIEW_COLUMNS.receivedAt : RESPONSE_TIMESTAMP;
  const columns =
    COMMENT_COLUMNS[
      tab === TAB.checkins ? 'checkins' : tab === TAB.feedback ? 'feedback' : 'review'
    ];
  let cells = 0;
  rewriteRows(table, (row, map) => {
    if (!expired(map.get(row, stampColumn))) return false;
    let changed = false;
    for (const column of columns) {
      if (!map.has(column)) continue;
      const at = map.indexOf(column);
      const text = String(row[at] ?? '').trim();
      if (text === '' || text === RETENTION_TEXT.removedComment) continue;
      row[at] = RETENTION_TEXT.removedComment;
      cells += 1;
      changed = true;
    }
    return changed;
  });
  return cells;
}

interface MemberRow {
  id: string;
  name: string;
  email: string;
  status: string;
  leftOn: IsoDate | null;
  withdrawn: boolean;
}

/**
 * Members' rows as retention sees them, after writing today's date into "Left on" where a
 * Status is "left" and none is given, and emptying it where the member is back (their window
 * starts again if they leave again). One write of the column over the changed span.
 */
function stampLeftOn(spreadsheet: Spreadsheet, timeZone: string, today: IsoDate): MemberRow[] {
  const table = readTab(spreadsheet, TAB.members);
  const map = new HeaderMap(table.headers);
  const at = map.indexOf(MEMBER_COLUMNS.leftOn);
  const localDate = localDateFormatter(timeZone);
  const todayCell = startOfLocalDay(today, timeZone);
  const column = table.rows.map((row) => [row[at]]);
  const changed: number[] = [];
  const rows: MemberRow[] = [];
  table.rows.forEach((row, index) => {
    const id = String(map.get(row, MEMBER_COLUMNS.id)).trim();
    if (id === '') return;
    const status = String(map.get(row, MEMBER_COLUMNS.status)).trim().toLowerCase();
    const cell = row[at];
    let leftOn: IsoDate | null = isDate(cell)
      ? localDate(cell)
      : /^\d{4}-\d{2}-\d{2}$/.test(String(cell ?? '').trim())
        ? String(cell).trim()
        : null;
    const blank = String(cell ?? '').trim() === '';
    if (status === 'left' && blank && !isPseudonym(id)) {
      column[index] = [todayCell];
      leftOn = today;
      changed.push(index);
    } else if (status !== 'left' && !blank) {
      column[index] = [''];
      leftOn = null;
      changed.push(index);
    }
    rows.push({
      id,
      name: String(map.get(row, MEMBER_COLUMNS.name)).trim(),
      email: normaliseEmail(map.get(row, MEMBER_COLUMNS.email)),
      status,
      leftOn,
      withdrawn:
        map.has(MEMBER_COLUMNS.consent) &&
        parseConsent(map.get(row, MEMBER_COLUMNS.consent)).withdrawn,
    });
  });
  if (changed.length > 0) {
    const first = changed[0];
    const last = changed[changed.length - 1];
    writeBlock(table.sheet, FIRST_DATA_ROW + first, at + 1, column.slice(first, last + 1));
  }
  return rows;
}

function readInProgress(stored: string | null): Record<string, string> {
  try {
    const parsed: unknown = JSON.parse(stored ?? '{}');
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return {};
    return Object.fromEntries(
      Object.entries(parsed as Record<string, unknown>).filter(
        (entry): entry is [string, string] => typeof entry[1] === 'string' && isPseudonym(entry[1]),
      ),
    );
  } catch {
    return {};
  }
}
