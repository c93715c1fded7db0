/**
 * Writes what a facilitator would see into the output directory. Only the demo's own files are
 * replaced (workbook.xlsx, report.html, log.txt and the .eml files in outbox/), so pointing
 * --out at a folder with other things in it loses nothing else.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { localDate } from '../local-time';
import type { RunResult } from '../run-scenario';
import { emlFileName, emlFor } from './eml';
import { logText } from './log';
import { reportHtml } from './report';
import { inspectTabs, workbookBytes } from './workbook';

export interface WrittenOutputs {
  dir: string;
  workbook: string;
  worksheets: number;
  outbox: string;
  emails: number;
  report: string;
  log: string;
}

function clearOutbox(dir: string): void {
  mkdirSync(dir, { recursive: true });
  for (const name of readdirSync(dir)) if (name.endsWith('.eml')) rmSync(path.join(dir, name));
}

export async function writeOutputs(
  result: RunResult,
  dir: string,
  source: string,
): Promise<WrittenOutputs> {
  const tz = result.scenario.group.timeZone;
  const written: WrittenOutputs = {
    dir,
    workbook: path.join(dir, 'workbook.xlsx'),
    worksheets: 0,
    outbox: path.join(dir, 'outbox'),
    emails: 0,
    report: path.join(dir, 'report.html'),
    log: path.join(dir, 'log.txt'),
  };
  mkdirSync(dir, { recursive: true });
  const tabs = inspectTabs(result.env);
  written.worksheets = tabs.length + (tabs.some((tab) => tab.charts.length > 0) ? 1 : 0);
  writeFileSync(
    written.workbook,
    await workbookBytes(tabs, { timeZone: tz, stampMs: result.endMs }),
  );

  clearOutbox(written.outbox);
  result.env.mail.outbox().forEach((message, index) => {
    const name = emlFileName(message, index + 1, localDate(message.sentAtMs, tz));
    writeFileSync(path.join(written.outbox, name), emlFor(message, index + 1, tz));
  });
  written.emails = result.env.mail.outbox().length;

  writeFileSync(written.report, reportHtml(result));
  writeFileSync(written.log, logText(result, source));
  return written;
}
