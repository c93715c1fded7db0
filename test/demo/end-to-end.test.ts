/**
 * A small season end to end on the compiled bundle: the outputs exist, open with a real xlsx
 * reader and a standards-based .eml reader, say what happened, and are identical byte for byte
 * when the same seed runs again through the command line.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { generateScenario } from '../../demo/generate';
import { main } from '../../demo/main';
import { excelSheetName, inspectTabs } from '../../demo/outputs/workbook';
import { writeOutputs } from '../../demo/outputs/write-outputs';
import { parseScenario, parseScenarioText } from '../../demo/parse-scenario';
import { RunResult, runScenario } from '../../demo/run-scenario';
import { compiledBundle } from '../integration/harness';
import { decodeHeader, decodeQuotedPrintable, parseEml } from './eml-reader';

const SOURCE = 'generated: seed 1, 8 members, 4 weeks';

function hashes(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (sub: string) => {
    for (const entry of readdirSync(path.join(dir, sub), { withFileTypes: true })) {
      const relative = path.join(sub, entry.name);
      if (entry.isDirectory()) walk(relative);
      else
        out[relative] = createHash('sha256')
          .update(readFileSync(path.join(dir, relative)))
          .digest('hex');
    }
  };
  walk('');
  return out;
}

describe('npm run demo, end to end', () => {
  const dirs: string[] = [];
  const tempDir = () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'peer-circle-demo-'));
    dirs.push(dir);
    return dir;
  };
  let result: RunResult;
  let first: string;

  beforeAll(async () => {
    first = tempDir();
    result = runScenario(parseScenario(generateScenario({ seed: 1, members: 8, weeks: 4 })), {
      code: compiledBundle(),
    });
    await writeOutputs(result, first, SOURCE);
  }, 30_000);

  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it('drove the season through the menu, the forms and the daily trigger', () => {
    const kinds = new Set(
      result.env.executions.map((execution) => `${execution.kind}:${execution.handler}`),
    );
    expect([...kinds]).toEqual(
      expect.arrayContaining([
        'simple:onOpen',
        'menu:menuSetUp',
        'trigger:onFormSubmitTrigger',
        'trigger:dailyRun',
        'menu:menuPlanRotation',
      ]),
    );
    expect(result.submissions.checkins).toBeGreaterThan(5);
    expect(result.problems).toEqual([]);
  });

  it('writes a workbook with one worksheet per tab, same names and order, headers frozen and bold, dates as dates', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path.join(first, 'workbook.xlsx'));
    const tabs = inspectTabs(result.env);
    const taken = new Set<string>();
    const expected = tabs.map((tab) => {
      const name = excelSheetName(tab.name, taken);
      taken.add(name.toLowerCase());
      return name;
    });
    const charts = tabs.flatMap((tab) => tab.charts);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(
      charts.length > 0 ? [...expected, 'Charts'] : expected,
    );
    // Only a colon (Excel forbids it) may differ, and only by its lookalike.
    expect(expected).toEqual(tabs.map((tab) => tab.name.replace(/:/g, '\u2236')));

    const members = workbook.getWorksheet('Members')!;
    expect(members.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(members.getCell('B1').value).toBe('Name');
    expect(members.getCell('B1').font?.bold).toBe(true);
    const joined = members.getCell('D2').value;
    expect(joined).toBeInstanceOf(Date);
    expect(members.getCell('D2').numFmt).toBe('yyyy-mm-dd');
    const typed = result.scenario.members[0].joined;
    expect((joined as Date).toISOString().slice(0, 10)).toBe(typed);

    const rowsOf = (name: string) => workbook.getWorksheet(name)!.actualRowCount;
    expect(rowsOf('Check-ins')).toBe(tabs.find((tab) => tab.name === 'Check-ins')!.values.length);
    if (charts.length > 0) {
      const listed = workbook.getWorksheet('Charts')!;
      expect(listed.getRow(1).values).toEqual(
        expect.arrayContaining(['Sheet', 'Type', 'Title', 'Data ranges']),
      );
      expect(listed.getCell(`E${charts.length + 1}`).value).toMatch(/!/);
    }
  });

  it('writes one .eml per email: CRLF, the headers a client needs, text and HTML parts that decode to what was sent', () => {
    const outbox = result.env.mail.outbox();
    const files = readdirSync(path.join(first, 'outbox')).sort();
    expect(outbox.length).toBeGreaterThan(0);
    expect(files).toHaveLength(outbox.length);
    files.forEach((file, index) => {
      const raw = readFileSync(path.join(first, 'outbox', file), 'utf8');
      expect(/(^|[^\r])\n/.test(raw)).toBe(false);
      expect(raw.split('\r\n').every((line) => line.length <= 998)).toBe(true);
      const eml = parseEml(raw);
      const sent = outbox[index];
      for (const name of ['date', 'from', 'to', 'subject', 'message-id', 'mime-version'])
        expect(eml.headers.has(name)).toBe(true);
      expect(eml.headers.get('date')).toMatch(
        /^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} [+-]\d{4}$/,
      );
      expect(eml.headers.get('message-id')).toMatch(/^<[^<>@\s]+@[^<>@\s]+>$/);
      expect(decodeHeader(eml.headers.get('subject')!)).toBe(sent.subject);
      expect(eml.headers.get('to')).toBe(sent.to.join(', '));
      if (sent.replyTo) expect(eml.headers.get('reply-to')).toBe(sent.replyTo);
      const crlf = (text: string) => text.replace(/\r?\n/g, '\r\n');
      if (sent.htmlBody === null) {
        expect(decodeQuotedPrintable(eml.body.replace(/\r\n$/, ''))).toBe(crlf(sent.body));
        return;
      }
      expect(eml.headers.get('content-type')).toMatch(/^multipart\/alternative; boundary="/);
      expect(eml.parts.map((part) => part.headers.get('content-type'))).toEqual([
        'text/plain; charset=UTF-8',
        'text/html; charset=UTF-8',
      ]);
      expect(decodeQuotedPrintable(eml.parts[0].body)).toBe(crlf(sent.body));
      expect(decodeQuotedPrintable(eml.parts[1].body)).toBe(crlf(sent.htmlBody));
    });
    expect(
      new Set(
        files.map((file) =>
          parseEml(readFileSync(path.join(first, 'outbox', file), 'utf8')).headers.get(
            'message-id',
          ),
        ),
      ).size,
    ).toBe(files.length);
  });

  it('writes log.txt with every execution, what it showed and logged', () => {
    const log = readFileSync(path.join(first, 'log.txt'), 'utf8');
    const lines = log.split('\n');
    const executionLine =
      /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} {2}\S+ +(simple|menu|trigger|direct) +(ok|ERROR) +\d+\.\d{3} s$/;
    expect(lines.filter((line) => executionLine.test(line))).toHaveLength(
      result.env.executions.length,
    );
    expect(log).toContain(`Scenario: ${SOURCE}`);
    const toasts = result.env.sheets.ui.toasts;
    expect(toasts.length).toBeGreaterThan(0);
    for (const toast of toasts) expect(log).toContain(`toast: ${toast.message}`);
    for (const entry of result.env.logging.entries()) expect(log).toContain(entry.message);
  });

  it('writes report.html: the report when this build can make one, otherwise a page saying why', () => {
    const html = readFileSync(path.join(first, 'report.html'), 'utf8');
    expect(html).toMatch(/^<!DOCTYPE html>/i);
    const reportInMenu = result.env.menuItems().some((item) => item.caption === 'Generate report');
    if (reportInMenu) {
      expect(result.report?.source).toMatch(/saved in Drive|dialog/);
      expect(html).toContain('Riverside Peer Circle');
      expect(html).toContain('2026-01-05');
    } else {
      expect(html).toContain('not available in this build');
    }
  });

  it('gives the same bytes for the same seed through the command line, and other bytes for another seed', async () => {
    const again = tempDir();
    const other = tempDir();
    const write = jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
    try {
      expect(
        await main(['--seed', '1', '--members', '8', '--weeks', '4', '--out', again, '--quiet']),
      ).toBe(0);
      expect(
        await main(['--seed', '2', '--members', '8', '--weeks', '4', '--out', other, '--quiet']),
      ).toBe(0);
      expect(write.mock.calls.map((call) => String(call[0])).join('')).toMatch(/Outputs in /);
    } finally {
      write.mockRestore();
    }
    const firstHashes = hashes(first);
    expect(Object.keys(firstHashes)).toEqual(
      expect.arrayContaining(['workbook.xlsx', 'report.html', 'log.txt']),
    );
    expect(hashes(again)).toEqual(firstHashes);
    expect(hashes(other)['workbook.xlsx']).not.toBe(firstHashes['workbook.xlsx']);
  }, 30_000);

  it('runs the shipped example scenario', () => {
    const file = path.resolve(__dirname, '../../examples/small-group.json');
    const example = runScenario(parseScenarioText(readFileSync(file, 'utf8'), file), {
      code: compiledBundle(),
    });
    expect(example.problems).toEqual([]);
    expect(example.submissions).toEqual({
      checkins: 4,
      surveys: 2,
      unchecked: 1,
      feedback: 0,
      community: 0,
    });
    expect(example.env.executions.filter((execution) => !execution.ok)).toEqual([]);
  }, 20_000);
});
