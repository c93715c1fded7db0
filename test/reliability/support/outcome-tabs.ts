/**
 * Outcome tabs are written whole or not at all: after any failure each tab holds either
 * exactly what it held before, or a complete new grid (title, "Last refreshed" stamp, and the
 * same sequence of blocks as before). Never a new stamp over an old or half-written body.
 */
import { Environment } from '../../../emulator/environment';
import { tabValues } from './sheet-access';

export const OUTCOME_TABS = [
  'Outcomes: Participation',
  'Outcomes: Growth and stigma',
  'Outcomes: Wellbeing trend',
] as const;

export type OutcomeSnapshot = Map<string, unknown[][]>;

export function snapshotOutcomeTabs(env: Environment): OutcomeSnapshot {
  return new Map(OUTCOME_TABS.map((tab) => [tab, tabValues(env, tab)]));
}

const isBlank = (row: readonly unknown[]) => row.every((cell) => cell === '');

/**
 * The grid's block headings: the first cell of each row that follows a blank row (the layout
 * of src/domain/outcomes/grid.ts: title, stamp, note, then blank + heading per block).
 * Trailing blank rows (padding over a longer previous grid) are ignored.
 */
export function blockHeadings(values: readonly unknown[][]): string[] {
  const headings: string[] = [];
  for (let row = 4; row < values.length; row += 1)
    if (isBlank(values[row - 1]) && !isBlank(values[row])) headings.push(String(values[row][0]));
  return headings;
}

function sameValues(a: readonly unknown[][], b: readonly unknown[][]): boolean {
  const text = (values: readonly unknown[][]) =>
    JSON.stringify(values.filter((row) => !isBlank(row)));
  return text(a) === text(b);
}

/**
 * Problems with one tab's values now, given its values before the operation and, when known,
 * the values a run without the fault wrote (`expected`). The tab must hold the old values or
 * the expected ones exactly; when the new values cannot be known (a daily run whose earlier
 * step failed refreshes from other data), it must hold a complete grid: title, a new stamp, and
 * the same blocks as before.
 */
export function outcomeTabProblems(
  tab: string,
  before: readonly unknown[][],
  now: readonly unknown[][],
  expected: readonly unknown[][] | null,
): string[] {
  if (before.length === 0) return [];
  if (now.length === 0) return [`${tab} has disappeared`];
  if (sameValues(before, now) || (expected !== null && sameValues(expected, now))) return [];
  if (expected !== null) return [`${tab} holds neither its old figures nor the complete new ones`];
  const stamp = String(now[1]?.[0] ?? '');
  if (String(now[0]?.[0]) !== tab) return [`${tab}: A1 is "${String(now[0]?.[0])}"`];
  if (!stamp.startsWith('Last refreshed: ')) return [`${tab}: A2 is "${stamp}"`];
  if (stamp === String(before[1]?.[0] ?? ''))
    return [`${tab}: the old stamp stands over changed figures`];
  const headings = blockHeadings(now);
  const wanted = blockHeadings(before);
  return JSON.stringify(headings) === JSON.stringify(wanted)
    ? []
    : [`${tab}: blocks ${JSON.stringify(headings)} instead of ${JSON.stringify(wanted)}`];
}

export function outcomeTabsWholeOrOld(
  env: Environment,
  before: OutcomeSnapshot,
  expected: OutcomeSnapshot | null,
): string[] {
  return OUTCOME_TABS.flatMap((tab) =>
    outcomeTabProblems(tab, before.get(tab) ?? [], tabValues(env, tab), expected?.get(tab) ?? null),
  );
}
