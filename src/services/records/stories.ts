/**
 * The Stories tab: each survey story, with the consent and status Peer Circle keeps up to date
 * and the approval and edits facilitators make. What the report may quote is decided afresh
 * from the Surveys and Members tabs each time (decideStory), never from a stale Status cell.
 */
import { parseConsent } from '../../domain/consent';
import { localDateFormatter } from '../../domain/dates';
import { RESPONSE_TIMESTAMP } from '../../domain/forms/form-spec';
import { isDate } from '../../domain/sheet/cells';
import { HeaderMap } from '../../domain/sheet/header-map';
import { DERIVED_COLUMNS, MEMBER_COLUMNS, STORY_COLUMNS, TAB } from '../../domain/sheet/tabs';
import {
  decideStory,
  STORY_TEXT,
  storyConsent,
  type StoryDecision,
  type StoryRow,
  type SurveyStory,
} from '../../domain/stories';
import type { IsoDate } from '../../domain/types';
import { appendBlock, contiguousRuns, readTab, verbatim, writeBlock, findTab } from '../sheets';
import { deleteRows, STATUS_OK } from './responses';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

interface SurveyStories {
  stories: Map<string, SurveyStory>;
  latestConsent: Map<string, boolean>;
}

/** Members whose consent is withdrawn (SPEC section 9): their stories are neither listed nor quoted. */
function withdrawnIds(spreadsheet: Spreadsheet): Set<string> {
  const table = readTab(spreadsheet, TAB.members);
  const map = new HeaderMap(table.headers);
  if (!map.has(MEMBER_COLUMNS.consent)) return new Set();
  return new Set(
    table.rows
      .filter((row) => parseConsent(map.get(row, MEMBER_COLUMNS.consent)).withdrawn)
      .map((row) => String(map.get(row, MEMBER_COLUMNS.id) ?? '').trim())
      .filter((id) => id !== ''),
  );
}

function surveyStories(spreadsheet: Spreadsheet, timeZone: string): SurveyStories {
  const withdrawn = withdrawnIds(spreadsheet);
  const table = readTab(spreadsheet, TAB.surveys);
  const map = new HeaderMap(table.headers);
  const localDate = localDateFormatter(timeZone);
  const stories = new Map<string, SurveyStory>();
  const latest = new Map<string, { at: number; consent: boolean }>();
  if (!map.has(STORY_TEXT.story)) return { stories, latestConsent: new Map() };
  for (const row of table.rows) {
    if (map.get(row, DERIVED_COLUMNS.status) !== STATUS_OK) continue;
    const memberId = String(map.get(row, DERIVED_COLUMNS.memberId) ?? '').trim();
    const stamp = map.get(row, RESPONSE_TIMESTAMP);
    // A withdrawn member's story goes as if their survey were gone: the row leaves the tab.
    if (memberId === '' || !isDate(stamp) || withdrawn.has(memberId)) continue;
    const consent = storyConsent(map.get(row, STORY_TEXT.consent));
    const previous = latest.get(memberId);
    if (consent !== null && (!previous || previous.at <= stamp.getTime()))
      latest.set(memberId, { at: stamp.getTime(), consent });
    const text = String(map.get(row, STORY_TEXT.story) ?? '').trim();
    if (text === '') continue;
    const key = `${memberId}@${stamp.toISOString()}`;
    stories.set(key, { key, memberId, received: localDate(stamp), text, consent });
  }
  return {
    stories,
    latestConsent: new Map([...latest].map(([id, entry]) => [id, entry.consent])),
  };
}

function memberNames(spreadsheet: Spreadsheet): string[] {
  const table = readTab(spreadsheet, TAB.members);
  const map = new HeaderMap(table.headers);
  return table.rows
    .map((row) => String(map.get(row, MEMBER_COLUMNS.name) ?? '').trim())
    .filter((name) => name !== '');
}

interface StoryState {
  rows: Array<{ sheetRow: number; row: StoryRow; decision: StoryDecision; known: boolean }>;
  fresh: Array<{ story: SurveyStory; decision: StoryDecision }>;
}

function storyState(spreadsheet: Spreadsheet, timeZone: string): StoryState | null {
  if (!findTab(spreadsheet, TAB.stories)) return null;
  const { stories, latestConsent } = surveyStories(spreadsheet, timeZone);
  const names = memberNames(spreadsheet);
  const table = readTab(spreadsheet, TAB.stories);
  const map = new HeaderMap(table.headers);
  const localDate = localDateFormatter(timeZone);
  const seen = new Set<string>();
  const rows: StoryState['rows'] = [];
  table.rows.forEach((cells, index) => {
    const key = String(map.get(cells, STORY_COLUMNS.key) ?? '').trim();
    if (key === '') return;
    seen.add(key);
    const received = map.get(cells, STORY_COLUMNS.received);
    const row: StoryRow = {
      key,
      memberId: String(map.get(cells, STORY_COLUMNS.memberId) ?? '').trim(),
      received: isDate(received) ? localDate(received) : String(received ?? ''),
      asWritten: String(map.get(cells, STORY_COLUMNS.asWritten) ?? ''),
      forReport: String(map.get(cells, STORY_COLUMNS.forReport) ?? ''),
      approved:
        String(map.get(cells, STORY_COLUMNS.approved) ?? '')
          .trim()
          .toLowerCase() === 'yes',
    };
    const source = stories.get(key);
    // A story whose survey is gone (the member's data was removed) is never quoted.
    const decision = decideStory(
      row,
      source ? source.consent : null,
      latestConsent.get(row.memberId) ?? null,
      names,
    );
    rows.push({ sheetRow: index + 2, row, decision, known: source !== undefined });
  });
  const fresh = [...stories.values()]
    .filter((story) => !seen.has(story.key))
    .map((story) => ({
      story,
      decision: decideStory(
        {
          key: story.key,
          memberId: story.memberId,
          received: story.received,
          asWritten: story.text,
          forReport: '',
          approved: false,
        },
        story.consent,
        latestConsent.get(story.memberId) ?? null,
        names,
      ),
    }));
  return { rows, fresh };
}

/**
 * Adds new survey stories to the Stories tab, refreshes Consent and Status, and deletes rows
 * whose survey is gone. Call under the script lock. Returns how many stories were added.
 */
export function syncStories(spreadsheet: Spreadsheet, timeZone: string): number {
  const state = storyState(spreadsheet, timeZone);
  if (!state) return 0;
  const table = readTab(spreadsheet, TAB.stories);
  const map = new HeaderMap(table.headers);
  const kept = state.rows.filter((entry) => entry.known);
  const consentAt = map.indexOf(STORY_COLUMNS.consent);
  const statusAt = map.indexOf(STORY_COLUMNS.status);
  for (const entry of kept) {
    const cells = table.rows[entry.sheetRow - 2];
    if (cells[consentAt] === entry.decision.consent && cells[statusAt] === entry.decision.status)
      continue;
    // Only the script's own cells are written: the facilitator's edits stay as they are.
    for (const run of contiguousRuns([consentAt, statusAt]))
      writeBlock(table.sheet, entry.sheetRow, run[0] + 1, [
        run.map((column) =>
          column === consentAt ? entry.decision.consent : verbatim(entry.decision.status),
        ),
      ]);
  }
  if (state.fresh.length > 0) {
    const lastRow = table.rows.length + 1;
    appendBlock(
      table.sheet,
      lastRow,
      state.fresh.map(({ story, decision }) =>
        table.headers.map((header) => {
          switch (String(header)) {
            case STORY_COLUMNS.key:
              return verbatim(story.key);
            case STORY_COLUMNS.received:
              return story.received;
            case STORY_COLUMNS.memberId:
              return verbatim(story.memberId);
            case STORY_COLUMNS.asWritten:
              return verbatim(story.text);
            case STORY_COLUMNS.consent:
              return decision.consent;
            case STORY_COLUMNS.approved:
              return 'no';
            case STORY_COLUMNS.status:
              return verbatim(decision.status);
            default:
              return '';
          }
        }),
      ),
    );
  }
  deleteRows(
    table.sheet,
    state.rows.filter((entry) => !entry.known).map((entry) => entry.sheetRow),
  );
  return state.fresh.length;
}

/** The stories the report may quote, received in the period, oldest first; text only. */
export function quotableStories(
  spreadsheet: Spreadsheet,
  timeZone: string,
  period: { from: IsoDate; to: IsoDate },
): Array<{ received: IsoDate; text: string }> {
  const state = storyState(spreadsheet, timeZone);
  if (!state) return [];
  return state.rows
    .filter(
      (entry) =>
        entry.known &&
        entry.decision.quote !== null &&
        entry.row.received >= period.from &&
        entry.row.received <= period.to,
    )
    .sort((a, b) => (a.row.received < b.row.received ? -1 : 1))
    .map((entry) => ({ received: entry.row.received, text: entry.decision.quote as string }));
}
