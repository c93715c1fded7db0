/**
 * The copy of the report saved as a PDF: no inline SVG (Google's HTML-to-PDF conversion is not
 * documented to draw it) and no images, but each chart's figures as a table, the same figures
 * the chart in the dialog plots, gaps included.
 */
import { buildReportHtml, type ReportInput } from '../../../src/domain/outcomes';
import { INPUT } from './fixtures';
import { tagBalanceProblems, textContent } from './helpers';

const INPUT_FOR_PERIOD: ReportInput = {
  ...INPUT,
  period: { from: '2024-01-01', to: '2024-04-15' },
};
const shown = buildReportHtml(INPUT_FOR_PERIOD);
const saved = buildReportHtml({ ...INPUT_FOR_PERIOD, chartForm: 'tables' });

/** The charts' ids, once each (the SVG form draws each chart wide and narrow). */
const chartIds = (html: string) => [
  ...new Set(
    [...html.matchAll(/<svg [^>]*aria-labelledby="([a-z-]+?)(-narrow)?-title/g)].map((m) => m[1]),
  ),
];
const tableIds = (html: string) =>
  [...html.matchAll(/<table id="([a-z-]+)" class="chart-data"/g)].map((m) => m[1]);

describe('the saved copy of the report', () => {
  it('is the dialog’s report with every chart replaced by a table of its figures', () => {
    expect(buildReportHtml(INPUT_FOR_PERIOD)).toBe(shown);
    expect(chartIds(shown).length).toBeGreaterThan(0);
    expect(saved).not.toMatch(/<svg|<img|data:/i);
    expect(tableIds(saved)).toEqual(chartIds(shown));
    expect(tagBalanceProblems(saved)).toEqual([]);
  });

  it('keeps everything else: the same text outside the charts', () => {
    const withoutCharts = (html: string) =>
      textContent(html.replace(/<figure>.*?<\/figure>/gs, ''));
    expect(withoutCharts(saved)).toBe(withoutCharts(shown));
  });

  it('gives each plotted value in the table and marks gaps with a dash', () => {
    const attendance = saved.match(/<table id="chart-attendance".*?<\/table>/s)?.[0] ?? '';
    expect(attendance).toMatch(/<th scope="col">Session date<\/th>/);
    const cells = [...attendance.matchAll(/<td class="figure">([^<]*)<\/td>/g)].map((m) => m[1]);
    expect(cells.length).toBeGreaterThan(0);
    expect(cells.every((cell) => /^(\d+(\.\d\d)?|—)$/.test(cell))).toBe(true);
  });
});
