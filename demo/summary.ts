/** The few lines printed at the end: what the season amounted to, and where to look. */
import { formatLocalTime, localDate } from './local-time';
import type { RunResult } from './run-scenario';
import { finalTally } from './runner/tally';
import type { WrittenOutputs } from './outputs/write-outputs';

function counts(record: Record<string, number>): string {
  const entries = Object.entries(record).sort(([a], [b]) => a.localeCompare(b));
  return entries.map(([key, n]) => `${n} ${key}`).join(', ') || 'none';
}

/** Failed executions grouped by handler and message, so 50 identical daily failures read as one line. */
function failureGroups(result: RunResult): string[] {
  const groups = new Map<string, { count: number; firstMs: number }>();
  for (const record of result.env.executions) {
    if (record.ok) continue;
    const key = `${record.handler}: ${(record.error?.message ?? 'error').split('\n')[0]}`;
    const group = groups.get(key) ?? { count: 0, firstMs: record.startedAtMs };
    group.count += 1;
    groups.set(key, group);
  }
  const tz = result.scenario.group.timeZone;
  return [...groups.entries()].map(
    ([key, group]) => `${group.count} x ${key} (first ${formatLocalTime(group.firstMs, tz)})`,
  );
}

export function summaryText(
  result: RunResult,
  outputs: WrittenOutputs,
  realSeconds: number,
): string {
  const { group } = result.scenario;
  const tz = group.timeZone;
  const tally = finalTally(result.env, result.submissions, tz, localDate(result.endMs, tz));
  const sessions = Object.values(tally.sessionsByStatus).reduce((sum, n) => sum + n, 0);
  const { checkins, surveys, unchecked, feedback, community } = tally.submissions;
  const failures = failureGroups(result);
  const lines = [
    '',
    `Peer Circle demo: ${group.name}, ${formatLocalTime(result.startMs, tz)} to ${formatLocalTime(result.endMs, tz)} (${tz}), simulated in ${realSeconds.toFixed(1)} s`,
    `  members      ${tally.membersTyped} in the Members tab (${counts(tally.membersByStatus)})`,
    `  sessions     ${sessions} up to the end (${counts(tally.sessionsByStatus)})`,
    `  submissions  ${checkins + surveys + unchecked + feedback + community}: ${checkins} check-ins, ${surveys} surveys, ${feedback} anonymous feedback, ${community} community survey, ${unchecked} the form would have refused`,
    `  Review       ${tally.reviewRows} row(s), ${tally.reviewWaiting} waiting for a facilitator`,
    `  emails       ${tally.emailsSent} sent`,
    `  executions   ${tally.executions}, of which ${tally.failedExecutions} failed`,
    ...failures.map((line) => `               ${line}`),
    `  steps        ${result.problems.length} scenario step(s) could not be carried out`,
    ...result.problems.map((problem) => `               ${problem.where}: ${problem.message}`),
  ];
  lines.push(
    '',
    `Outputs in ${outputs.dir}:`,
    `  ${outputs.workbook}   the spreadsheet, ${outputs.worksheets} worksheet(s)`,
    `  ${outputs.outbox}   ${outputs.emails} .eml file(s), one per email sent`,
    `  ${outputs.report}   ${result.report ? `the report (from ${result.report.source})` : 'no report in this build (the page says why)'}`,
    `  ${outputs.log}   every run, with toasts and log lines`,
    '',
  );
  return lines.join('\n');
}
