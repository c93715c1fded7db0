/**
 * The outcome report in a real browser: the demo's report.html of a small simulated season,
 * opened from disk in Debian's headless Chromium. Its charts are inline SVG that is drawn at a
 * real size, the page raises no console or page error, and it asks for nothing outside file://
 * (the report must stand alone). A full-page screenshot goes to a temp file, and also to
 * $REPORT_SCREENSHOT when that is set, for a person to look at.
 *
 * Without /usr/bin/chromium (.ci/run installs it) the whole file skips and says why.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import ExcelJS from 'exceljs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { generateScenario } from '../../demo/generate';
import { writeOutputs } from '../../demo/outputs/write-outputs';
import { parseScenario } from '../../demo/parse-scenario';
import { runScenario } from '../../demo/run-scenario';
import { compiledBundle } from '../integration/harness';

const CHROMIUM = '/usr/bin/chromium';
const HAVE_CHROMIUM = existsSync(CHROMIUM);
// The hook simulates a season and starts Chromium: seconds alone, but minutes on a loaded machine.
const TIMEOUT = 240_000;

// Twenty members over sixteen weeks: enough members that figures are not all suppressed, and
// long enough that the founders' 12-week follow-up surveys give the change chart its data.
const OPTIONS = { seed: 1, members: 20, weeks: 16 };
const SOURCE = `generated: seed ${OPTIONS.seed}, ${OPTIONS.members} members, ${OPTIONS.weeks} weeks`;
const CHART_IDS = [
  'chart-attendance',
  'chart-change',
  'chart-community',
  'chart-openness',
  'chart-wellbeing',
];

/**
 * The little of the DOM the page functions below touch. The project compiles without the DOM
 * library (nothing else runs in a browser), so it is declared here rather than pulled in.
 */
interface Box {
  readonly width: number;
  readonly height: number;
}
interface PageElement {
  readonly id: string;
  readonly tagName: string;
  getAttribute(name: string): string | null;
  getBoundingClientRect(): Box;
  querySelectorAll(selector: string): ArrayLike<PageElement>;
}

interface DrawnSvg {
  chartId: string | null;
  className: string | null;
  width: number;
  height: number;
  marks: number;
  drawnMarks: number;
}

interface ChartTextSize {
  id: string;
  /** Rendered width over the viewBox width: how much the drawing is scaled. */
  scale: number;
  /** The smallest font size of its text as drawn on screen, in CSS px. */
  smallestTextPx: number;
}

let smallestOnPhone = Infinity;

/** Runs in the page: every displayed chart, with its drawn scale and smallest drawn text. */
const MEASURE_CHART_TEXT = `Array.from(document.querySelectorAll('svg.chart'))
  .filter((svg) => svg.getBoundingClientRect().width > 0)
  .map((svg) => {
    const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
    const sizes = Array.from(svg.querySelectorAll('text')).map(
      (text) => parseFloat(getComputedStyle(text).fontSize) * scale,
    );
    return {
      id: svg.getAttribute('aria-labelledby').split(' ')[0].replace(/-title$/, ''),
      scale,
      smallestTextPx: Math.min(...sizes),
    };
  })`;

/**
 * Runs in the page: puts a start and an end marker in every figure and table (first and last
 * thing in it), so the printed PDF's text shows on which page each begins and ends. Returns how
 * many blocks were marked.
 */
const MARK_BLOCKS = `(() => {
  const blocks = Array.from(document.querySelectorAll('figure, table'));
  const marker = (text) => {
    const span = document.createElement('span');
    span.textContent = text;
    span.style.fontSize = '6px';
    return span;
  };
  blocks.forEach((block, index) => {
    if (block.tagName === 'TABLE') {
      const cells = block.querySelectorAll('th, td');
      cells[0].prepend(marker('QQB' + index + 'STARTQQ '));
      cells[cells.length - 1].append(marker(' QQB' + index + 'ENDQQ'));
    } else {
      block.prepend(marker('QQB' + index + 'STARTQQ'));
      block.append(marker('QQB' + index + 'ENDQQ'));
    }
  });
  return blocks.length;
})()`;

if (!HAVE_CHROMIUM) {
  console.warn(
    `Chromium not found at ${CHROMIUM}: install Debian's chromium package (.ci/run does) to run the browser check of report.html`,
  );
}
const describeInChromium = HAVE_CHROMIUM ? describe : describe.skip;

/** Width and height of a PNG, from its IHDR chunk. */
function pngSize(bytes: Buffer): Box {
  expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describeInChromium('report.html in headless Chromium', () => {
  let dir = '';
  let reportFile = '';
  let written: Awaited<ReturnType<typeof writeOutputs>> | undefined;
  let html = '';
  let reportSource: string | null = null;
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  let page: Page;
  const consoleErrors: string[] = [];
  const pageErrors: string[] = [];
  const failedRequests: string[] = [];
  const requested: string[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'peer-circle-report-browser-'));
    const result = runScenario(parseScenario(generateScenario(OPTIONS)), {
      code: compiledBundle(),
    });
    reportSource = result.report?.source ?? null;
    written = await writeOutputs(result, dir, SOURCE);
    reportFile = written.report;
    html = readFileSync(reportFile, 'utf8');

    browser = await chromium.launch({
      executablePath: CHROMIUM,
      // launch() gives the browser a fresh, empty profile in a temp folder of its own.
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
      timeout: 30_000,
    });
    // Offline: a request that should not be made is recorded below, and never leaves the machine.
    context = await browser.newContext({ offline: true, viewport: { width: 1280, height: 800 } });
    context.on('request', (request) => {
      requested.push(request.url());
    });
    page = await context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => {
      pageErrors.push(error.message);
    });
    page.on('requestfailed', (request) => {
      failedRequests.push(`${request.url()}: ${request.failure()?.errorText ?? 'failed'}`);
    });
    await page.goto(pathToFileURL(reportFile).href, { waitUntil: 'load' });
  }, TIMEOUT);

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    if (dir !== '') rmSync(dir, { recursive: true, force: true });
  }, TIMEOUT);

  it(
    'is the report the script made, with its charts as inline SVG',
    () => {
      // The script's own report (saved in Drive or shown), not the demo's "no report" page.
      expect(reportSource).toMatch(/saved in Drive|dialog/);
      expect(html).toMatch(/^<!DOCTYPE html>/i);
      expect(html).toContain('Riverside Peer Circle');
      expect(html).not.toMatch(/<(script|img|link|iframe|object|embed)[\s>]/i);
      for (const id of CHART_IDS) expect(html).toContain(`aria-labelledby="${id}-title`);
      // The season's rotation gives the shared-leadership section its figures.
      expect(html).toContain('<h2>Shared leadership</h2>');
      // The season's check-ins answer the openness question, so its section has a chart.
      expect(html).toContain('<h2>Talking about mental health outside the group</h2>');
      // The season's anonymous feedback is counted per month, never quoted.
      expect(html).toContain('<h2>Group feedback</h2>');
      expect(html).toContain('<caption>Group feedback per month (anonymous form)</caption>');
      expect(html).toMatch(/members who led a session for the first time: \d+/);
      // The season's outreach audiences answer the Community survey (issue 15 item 1): the panel's
      // figures are shown, the market stall's few responses suppressed.
      expect(html).toContain('<h2>Community survey: stigma among event audiences</h2>');
      expect(html).toContain(
        '<caption>Community survey per event (RIBS, anonymous audiences)</caption>',
      );
      expect(html).toMatch(/RPC-PANEL1<\/td><td class="figure">\d+<\/td>/);
      expect(html).toMatch(/RPC-MARKET<\/td><td>suppressed/);
      // Members' approved stories are quoted, without their names (issue 15 item 3).
      expect(html).toContain('<h2>In members’ own words</h2>');
      expect(html).toContain('I stopped feeling like the only one.');
    },
    TIMEOUT,
  );

  it(
    "puts the Community survey and the stories in the demo's other outputs: the log and the workbook",
    async () => {
      const log = readFileSync(written!.log, 'utf8');
      expect(log).toContain(
        'Community survey (anonymous): event code "RPC-PANEL1", before the event',
      );
      expect(log).toContain('event code RPC-MARKET');
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(written!.workbook);
      const names = workbook.worksheets.map((sheet) => sheet.name);
      expect(names).toEqual(
        expect.arrayContaining(['Community survey', 'Outcomes\u2236 Community stigma']),
      );
      const tab = workbook.getWorksheet('Outcomes\u2236 Community stigma')!;
      const codes: unknown[] = [];
      tab.eachRow((row) => codes.push(row.getCell(3).value));
      expect(codes).toEqual(expect.arrayContaining(['RPC-PANEL1', 'RPC-MARKET']));
      // The mistyped code waits in Review, verbatim.
      const review = workbook.getWorksheet('Review')!;
      const cells: unknown[] = [];
      review.eachRow((row) => row.eachCell((cell) => cells.push(cell.value)));
      expect(cells).toContain('RPC-PANE1');
      // Stories (issue 15 item 3): written on a survey, approved in the Stories tab.
      expect(log).toMatch(/Survey form: .* with a story\)/);
      expect(log).toContain('Stories tab: a facilitator approves');
      const stories: unknown[] = [];
      workbook
        .getWorksheet('Stories')!
        .eachRow((row) => row.eachCell((cell) => stories.push(cell.value)));
      expect(stories).toContain(
        'I stopped feeling like the only one. Hearing others talk about bad weeks made it easier to get through mine.',
      );
    },
    TIMEOUT,
  );

  it(
    'draws every svg at a non-zero size, each chart with marks of its data',
    async () => {
      await page.setViewportSize({ width: 1280, height: 800 });
      // On a laptop the wide drawings show; the narrow copies are display: none until a phone.
      const svgs = await page
        .locator('.chart-wide svg, svg:not(.chart)')
        .evaluateAll((nodes: PageElement[]) =>
          nodes.map((svg): DrawnSvg => {
            const box = svg.getBoundingClientRect();
            const marks = Array.from(
              svg.querySelectorAll('.series circle, .series path, .change-row rect'),
            );
            const labelled = svg.getAttribute('aria-labelledby');
            return {
              chartId: labelled === null ? null : labelled.replace(/-title\b.*$/, ''),
              className: svg.getAttribute('class'),
              width: box.width,
              height: box.height,
              marks: marks.length,
              drawnMarks: marks.filter((mark) => {
                const drawn = mark.getBoundingClientRect();
                return drawn.width > 0 || drawn.height > 0;
              }).length,
            };
          }),
        );
      expect(svgs.length).toBeGreaterThan(0);
      const charts = svgs.filter((svg) => svg.className === 'chart');
      expect(charts.map((chart) => chart.chartId).sort()).toEqual(CHART_IDS);
      const name = (svg: DrawnSvg) => svg.chartId ?? svg.className ?? 'an svg';
      // Each problem names its svg, so a failure says which chart is wrong and how.
      const unsized = svgs
        .filter((svg) => !(svg.width > 0 && svg.height > 0))
        .map((svg) => `${name(svg)} is ${svg.width} x ${svg.height}`);
      expect(unsized).toEqual([]);
      const badCharts = charts.flatMap((chart) => [
        // Drawn at a readable size, not squashed to a sliver by the page's CSS.
        ...(chart.width >= 300 && chart.height >= 100
          ? []
          : [`${name(chart)} is only ${chart.width} x ${chart.height}`]),
        ...(chart.marks > 0 ? [] : [`${name(chart)} has no data marks`]),
        ...(chart.drawnMarks === chart.marks
          ? []
          : [`${name(chart)} draws ${chart.drawnMarks} of its ${chart.marks} data marks`]),
      ]);
      expect(badCharts).toEqual([]);
    },
    TIMEOUT,
  );

  it(
    'shows suppressed figures as text',
    async () => {
      const text = await page.locator('body').innerText();
      expect(text).toMatch(/suppressed \(fewer than \d+\)/);
      expect(text).toContain('Riverside Peer Circle');
    },
    TIMEOUT,
  );

  it(
    'shows each chart once, in the drawing that fits, with no text under 11 px on a phone or a laptop',
    async () => {
      const measure = async (width: number): Promise<ChartTextSize[]> => {
        await page.setViewportSize({ width, height: 800 });
        return (await page.evaluate(MEASURE_CHART_TEXT)) as ChartTextSize[];
      };
      for (const [width, suffix] of [
        [375, '-narrow'],
        [1280, ''],
      ] as const) {
        const shown = await measure(width);
        expect(shown.map((chart) => chart.id).sort()).toEqual(CHART_IDS.map((id) => id + suffix));
        const small = shown
          .filter((chart) => chart.smallestTextPx < 11)
          .map((chart) => `${chart.id} at ${width} px: ${chart.smallestTextPx.toFixed(1)} px text`);
        expect(small).toEqual([]);
        // Drawn at (or near) natural size, never squeezed into a sliver.
        for (const chart of shown) expect(chart.scale).toBeGreaterThan(0.95);
        if (width === 375) smallestOnPhone = Math.min(...shown.map((c) => c.smallestTextPx));
      }
      console.info(`Smallest chart text at 375 px: ${smallestOnPhone.toFixed(1)} px`);
    },
    TIMEOUT,
  );

  it(
    'prints on A4 with no chart, caption or table split across pages',
    async () => {
      await page.setViewportSize({ width: 1280, height: 800 });
      const marked = (await page.evaluate(MARK_BLOCKS)) as number;
      expect(marked).toBeGreaterThan(CHART_IDS.length);
      await page.emulateMedia({ media: 'print' });
      const pdfFile = path.join(dir, 'report.pdf');
      await page.pdf({
        path: pdfFile,
        format: 'A4',
        preferCSSPageSize: true,
        printBackground: true,
      });
      await page.emulateMedia({ media: 'screen' });
      const pages: string[] = JSON.parse(
        execFileSync(process.execPath, [path.join(__dirname, 'pdf-page-texts.mjs'), pdfFile], {
          encoding: 'utf8',
        }),
      );
      expect(pages.length).toBeGreaterThan(1);
      const pageOf = (marker: string) => pages.findIndex((text) => text.includes(marker));
      const split: string[] = [];
      for (let index = 0; index < marked; index += 1) {
        const start = pageOf(`QQB${index}STARTQQ`);
        const end = pageOf(`QQB${index}ENDQQ`);
        expect(start).toBeGreaterThanOrEqual(0);
        expect(end).toBeGreaterThanOrEqual(0);
        if (start !== end) split.push(`block ${index}: pages ${start + 1} to ${end + 1}`);
      }
      expect(split).toEqual([]);
      // The summary is the first page, whole and on its own.
      expect(pages[0]).toContain('At a glance');
      expect(pages[0]).not.toContain('What we measured and how');
      expect(pages[1]).toContain('What we measured and how');
      console.info(`A4 print: ${pages.length} pages, ${marked} charts and tables, none split`);
    },
    TIMEOUT,
  );

  it(
    'never scrolls sideways, on a laptop or a phone (a wide table scrolls in its own box)',
    async () => {
      const overflow = async (width: number) => {
        await page.setViewportSize({ width, height: 800 });
        return page.evaluate(
          'document.documentElement.scrollWidth - document.documentElement.clientWidth',
        );
      };
      expect(await overflow(375)).toBe(0);
      expect(await overflow(1280)).toBe(0);
    },
    TIMEOUT,
  );

  it(
    'raises no console or page error and asks for nothing outside file://',
    () => {
      expect(consoleErrors).toEqual([]);
      expect(pageErrors).toEqual([]);
      expect(failedRequests).toEqual([]);
      expect(requested).toEqual([pathToFileURL(reportFile).href]);
      expect(requested.filter((url) => !url.startsWith('file://'))).toEqual([]);
    },
    TIMEOUT,
  );

  it(
    'takes a full-page screenshot (also to $REPORT_SCREENSHOT when set)',
    async () => {
      const shot = path.join(dir, 'report.png');
      const bytes = await page.screenshot({ path: shot, fullPage: true });
      expect(statSync(shot).size).toBe(bytes.length);
      const size = pngSize(bytes);
      // The viewport's width: nothing overflows the page sideways.
      expect(size.width).toBe(1280);
      // The whole report, well past the first screen.
      expect(size.height).toBeGreaterThan(800);
      const wanted = process.env.REPORT_SCREENSHOT;
      if (wanted) {
        writeFileSync(wanted, bytes);
        console.info(`Screenshot of report.html written to ${wanted}`);
      }
    },
    TIMEOUT,
  );
});
