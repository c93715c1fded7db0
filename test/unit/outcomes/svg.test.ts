import { changeChart } from '../../../src/domain/outcomes/svg/change-chart';
import { lineChart } from '../../../src/domain/outcomes/svg/line-chart';
import { labelStride, linearScale, niceTicks } from '../../../src/domain/outcomes/svg/scale';
import { markup } from '../../../src/domain/outcomes/safe-html';
import { tagBalanceProblems } from './helpers';

describe('scale helpers', () => {
  it('picks round ticks that cover the range', () => {
    expect(niceTicks(0, 12)).toEqual([0, 5, 10, 15]);
    expect(niceTicks(1, 5)).toEqual([1, 2, 3, 4, 5]);
    expect(niceTicks(-0.82, 0.82, 4)).toEqual([-1, -0.5, 0, 0.5, 1]);
    expect(niceTicks(0.1, 0.3)).toEqual([0.1, 0.15, 0.2, 0.25, 0.3]);
    expect(niceTicks(4, 4)).toEqual([3.6, 3.8, 4, 4.2, 4.4]);
    expect(() => niceTicks(2, 1)).toThrow(RangeError);
  });

  it('maps linearly, including onto a reversed range (y grows downwards in SVG)', () => {
    const y = linearScale([0, 10], [300, 100]);
    expect(y(0)).toBe(300);
    expect(y(5)).toBe(200);
    expect(y(10)).toBe(100);
    expect(labelStride(52, 8)).toBe(7);
    expect(labelStride(5, 8)).toBe(1);
  });
});

describe('lineChart', () => {
  const svg = lineChart({
    id: 'chart-test',
    title: 'Attendance <by> session',
    description: 'Four sessions & one gap',
    categories: ['2024-01-01', '2024-01-08', '2024-01-15', '2024-01-22'],
    series: [{ name: 'Attended', values: [6, null, 7, 8] }],
    xLabel: 'Session date',
    yLabel: 'Members',
  }).safeHtml;

  it('is an accessible, balanced SVG with an escaped title and description', () => {
    expect(svg).toMatch(/^<svg [^>]*role="img" aria-labelledby="chart-test-title chart-test-desc"/);
    expect(svg).toContain('<title id="chart-test-title">Attendance &lt;by&gt; session</title>');
    expect(svg).toContain('<desc id="chart-test-desc">Four sessions &amp; one gap</desc>');
    expect(svg).toContain('>Session date</text>');
    expect(svg).toContain('>Members</text>');
    expect(tagBalanceProblems(svg)).toEqual([]);
  });

  it('breaks the line at a missing value instead of joining across it', () => {
    // Points 1 and 3-4 form one single-point run and one two-point run: one path, three dots.
    expect(svg.match(/<path /g)).toHaveLength(1);
    expect(svg.match(/<circle /g)).toHaveLength(3);
  });

  it('refuses to draw a chart with nothing to plot', () => {
    expect(() =>
      lineChart({
        id: 'chart-empty',
        title: 'x',
        description: 'x',
        categories: ['a'],
        series: [{ name: 's', values: [null] }],
        xLabel: 'x',
        yLabel: 'y',
      }),
    ).toThrow(RangeError);
  });
});

describe('changeChart', () => {
  const svg = changeChart({
    id: 'chart-change',
    title: 'Change',
    description: 'Two instruments',
    unitLabel: 'points',
    rows: [
      {
        label: 'SWEMWBS',
        better: 'higher',
        meanChange: 1.5,
        interval: { lower: -0.5, upper: 3.5 },
      },
      { label: 'ISMI-10', better: 'lower', meanChange: -0.38, interval: null },
    ],
  }).safeHtml;

  it('draws a bar per instrument, whiskers only where there is an interval', () => {
    expect(svg.match(/<rect /g)).toHaveLength(2);
    expect(svg.match(/class="whisker"/g)).toHaveLength(3);
    expect(svg).toContain('better →');
    expect(svg).toContain('← better');
    expect(tagBalanceProblems(svg)).toEqual([]);
  });

  it('colours a change in the better direction as an improvement, whichever way that is', () => {
    const fills = [...svg.matchAll(/<rect [^>]*fill="(#[0-9a-f]+)"/g)].map((m) => m[1]);
    expect(fills[0]).toBe(fills[1]); // +1.5 higher-better and -0.38 lower-better both improved
  });
});

describe('markup tag', () => {
  it('escapes interpolated text and passes built HTML through', () => {
    const name = '<script>alert("x")</script> & Co\'s';
    expect(markup`<p>${name}</p>`.safeHtml).toBe(
      '<p>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co&#39;s</p>',
    );
    expect(markup`<div>${markup`<b>${'a<b'}</b>`}</div>`.safeHtml).toBe('<div><b>a&lt;b</b></div>');
    expect(() => markup`${Number.NaN}`).toThrow(RangeError);
  });
});
