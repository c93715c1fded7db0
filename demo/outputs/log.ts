/**
 * log.txt: every scenario step and every execution it caused (virtual time, handler, kind,
 * ok or error, virtual elapsed time), with the toasts, dialogs and Logger/console lines of
 * each. Times are the group's local time, as the Apps Script executions page shows them.
 */
import { formatLocalSeconds, formatLocalTime } from '../local-time';
import type { ExecutionEntry } from '../runner/journal';
import type { RunResult } from '../run-scenario';

function indent(text: string, prefix = '      '): string {
  return text
    .split('\n')
    .map((line) => `${prefix}${line}`)
    .join('\n');
}

function executionLines(entry: ExecutionEntry, timeZone: string): string[] {
  const { record } = entry;
  const outcome = record.ok ? 'ok' : 'ERROR';
  const lines = [
    `${formatLocalSeconds(record.startedAtMs, timeZone)}  ${record.handler.padEnd(22)} ${record.kind.padEnd(7)} ${outcome.padEnd(5)} ${(record.elapsedMs / 1000).toFixed(3)} s`,
  ];
  if (record.error) lines.push(indent(`error: ${record.error.message}`));
  for (const shown of entry.screen) lines.push(indent(shown));
  for (const log of entry.logs) lines.push(indent(`${log.source}.${log.level}: ${log.message}`));
  return lines;
}

export function logText(result: RunResult, source: string): string {
  const { group } = result.scenario;
  const tz = group.timeZone;
  const executions = result.journal.executions();
  const failed = executions.filter((entry) => !entry.record.ok).length;
  const lines = [
    `Peer Circle demo log: ${group.name}`,
    `Scenario: ${source}`,
    `Season: ${formatLocalTime(result.startMs, tz)} to ${formatLocalTime(result.endMs, tz)} (${tz}; all times below are local and virtual)`,
    'Execution lines: time, handler, kind (simple/menu/trigger), ok or ERROR, elapsed',
    '',
  ];
  for (const entry of result.journal.entries) {
    if (entry.kind === 'execution') lines.push(...executionLines(entry, tz));
    else if (entry.kind === 'step')
      lines.push(`${formatLocalSeconds(entry.atMs, tz)}  -- ${entry.text}`);
    else lines.push(`${formatLocalSeconds(entry.atMs, tz)}  !! ${entry.text}`);
  }
  lines.push('', `${executions.length} executions, ${failed} failed.`, '');
  return lines.join('\n');
}
