/**
 * report.html: the report the script produced (the file it saved in Drive, or its dialog), or,
 * when this build cannot produce one, a short page that says why instead of an empty file.
 */
import { escapeHtml } from '../../src/domain/html';
import type { RunResult } from '../run-scenario';

const REPORT = 'Generate report';

function page(title: string, body: string): string {
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<title>${escapeHtml(title)}</title>`,
    '<style>body{font-family:Arial,sans-serif;max-width:42em;margin:2em auto;line-height:1.5;color:#222}</style>',
    '</head>',
    '<body>',
    body,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** Why there is no report, in words for whoever opens the file. */
function missingReason(result: RunResult): string {
  const clicked = result.scenario.timeline.some(
    (event) => event.type === 'menu' && event.item === REPORT,
  );
  if (!clicked) return `The scenario never chooses Peer Circle > ${REPORT}, so no report was made.`;
  if (result.reportRun && !result.reportRun.ok)
    return `Peer Circle > ${REPORT} ran but failed: ${result.reportRun.error ?? 'unknown error'}`;
  return `Peer Circle > ${REPORT} ran but neither saved a file nor showed the report.`;
}

export function reportHtml(result: RunResult): string {
  if (result.report) {
    const html = result.report.html;
    if (/<html[\s>]/i.test(html)) return html.endsWith('\n') ? html : `${html}\n`;
    return page(`${result.scenario.group.name}: outcome report`, html);
  }
  return page(
    `${result.scenario.group.name}: no report`,
    [
      `<h1>${escapeHtml(result.scenario.group.name)}: no report in this run</h1>`,
      `<p>${escapeHtml(missingReason(result))}</p>`,
      '<p>The figures the report would draw on are in <code>workbook.xlsx</code>, and what each run did is in <code>log.txt</code>.</p>',
    ].join('\n'),
  );
}
