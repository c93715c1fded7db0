/**
 * The outcome report in a real browser: the demo's report.html of a small simulated season,
 * opened from disk in Debian's headless Chromium. Its charts are inline SVG that is drawn at a
 * real size, the page raises no console or page error, and it asks for nothing outside file://
 * (the report must stand alone). A full-page screenshot goes to a temp file, and also to
 * $REPORT_SCREENSHOT when that is set, for a person to look at.
 *
 * Without /usr/bin/chromium (.ci/run installs it) the whole file skips and says why.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { generateScenario } from '../../demo/generate';
import { writeOutputs } from '../../demo/outputs/write-outputs';
import { parseScenario } from '../../demo/parse-scenario';
import { runScenario } from '../../demo/run-scenario';
import { compiledBundle } from '../integration/harness';

const CHROMIUM = '/usr/bin/chromium';
const HAVE_CHROMIUM = existsSync(CHROMIUM);
const TIMEOUT = 60_000;

// Twenty members over sixteen weeks: enough members that figures are not all suppressed, and
// long enough that the founders' 12-week follow-up surveys give the change chart its data.
const OPTIONS = { seed: 1, members: 20, weeks: 16 };
const SOURCE = `generated: seed ${OPTIONS.seed}, ${OPTIONS.members} members, ${OPTIONS.weeks} weeks`;
const CHART_IDS = ['chart-attendance', 'chart-change', 'chart-wellbeing'];

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
    const written = await writeOutputs(result, dir, SOURCE);
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
    },
    TIMEOUT,
  );

  it(
    'draws every svg at a non-zero size, each chart with marks of its data',
    async () => {
      const svgs = await page.locator('svg').evaluateAll((nodes: PageElement[]) =>
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
