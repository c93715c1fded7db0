/**
 * A line chart over evenly spaced categories (sessions, months). Missing values (suppressed or
 * absent) are gaps: the line breaks there rather than joining across or dropping to zero.
 */
import { markup, joinHtml, type SafeHtml } from '../safe-html';
import { svgFrame, SERIES_STYLES, type ChartText } from './frame';
import { coordinate, labelStride, linearScale, niceTicks } from './scale';

export interface LineSeries {
  readonly name: string;
  readonly values: ReadonlyArray<number | null>;
}

export interface LineChartSpec extends ChartText {
  readonly categories: readonly string[];
  readonly series: readonly LineSeries[];
  readonly xLabel: string;
  readonly yLabel: string;
  /** Fixed y range (e.g. 1-5 for a rating); else from the data, starting at 0 if all >= 0. */
  readonly yDomain?: readonly [number, number];
}

const WIDTH = 640;
const HEIGHT = 340;
const MARGIN = { left: 64, right: 44, top: 40, bottom: 64 } as const;
const MAX_X_LABELS = 8;

export function lineChart(spec: LineChartSpec): SafeHtml {
  if (spec.series.length > SERIES_STYLES.length) {
    throw new RangeError(`a line chart takes at most ${SERIES_STYLES.length} series`);
  }
  spec.series.forEach((series) => {
    if (series.values.length !== spec.categories.length) {
      throw new RangeError(
        `series "${series.name}" has ${series.values.length} values for ${spec.categories.length} categories`,
      );
    }
  });
  const plotted = spec.series.flatMap((series) =>
    series.values.filter((value): value is number => value !== null),
  );
  if (plotted.length === 0) {
    throw new RangeError(`chart "${spec.title}" has no values to plot; show a sentence instead`);
  }

  const yTicks = spec.yDomain
    ? niceTicks(spec.yDomain[0], spec.yDomain[1])
    : niceTicks(Math.min(0, ...plotted), Math.max(...plotted));
  const y = linearScale(
    [yTicks[0], yTicks[yTicks.length - 1]],
    [HEIGHT - MARGIN.bottom, MARGIN.top],
  );
  const x = categoryPositions(spec.categories.length);

  const body = joinHtml([
    yAxis(yTicks, y, spec.yLabel),
    xAxis(spec.categories, x, spec.xLabel),
    ...spec.series.map((series, index) => seriesMarks(series, index, x, y)),
    legend(spec.series),
  ]);
  return svgFrame(spec, WIDTH, HEIGHT, body);
}

function categoryPositions(count: number): (index: number) => number {
  const left = MARGIN.left + 12;
  const right = WIDTH - MARGIN.right - 12;
  if (count === 1) return () => (left + right) / 2;
  return linearScale([0, count - 1], [left, right]);
}

function yAxis(ticks: readonly number[], y: (value: number) => number, label: string): SafeHtml {
  const lines = ticks.map((tick) => {
    const at = coordinate(y(tick));
    return markup`<line class="grid" x1="${MARGIN.left}" y1="${at}" x2="${WIDTH - MARGIN.right}" y2="${at}" /><text class="tick" x="${MARGIN.left - 6}" y="${at + 4}" text-anchor="end">${tick}</text>`;
  });
  const middle = (MARGIN.top + HEIGHT - MARGIN.bottom) / 2;
  return markup`<g class="y-axis">${lines}<text class="axis-label" transform="translate(16 ${middle}) rotate(-90)" text-anchor="middle">${label}</text></g>`;
}

function xAxis(
  categories: readonly string[],
  x: (index: number) => number,
  label: string,
): SafeHtml {
  const baseline = HEIGHT - MARGIN.bottom;
  const stride = labelStride(categories.length, MAX_X_LABELS);
  const labels = categories.flatMap((category, index) =>
    index % stride === 0
      ? [
          markup`<text class="tick" x="${coordinate(x(index))}" y="${baseline + 18}" text-anchor="middle">${category}</text>`,
        ]
      : [],
  );
  return markup`<g class="x-axis"><line class="axis" x1="${MARGIN.left}" y1="${baseline}" x2="${WIDTH - MARGIN.right}" y2="${baseline}" />${labels}<text class="axis-label" x="${(MARGIN.left + WIDTH - MARGIN.right) / 2}" y="${HEIGHT - 16}" text-anchor="middle">${label}</text></g>`;
}

function seriesMarks(
  series: LineSeries,
  index: number,
  x: (index: number) => number,
  y: (value: number) => number,
): SafeHtml {
  const style = SERIES_STYLES[index];
  const runs: Array<Array<[number, number]>> = [];
  let current: Array<[number, number]> = [];
  series.values.forEach((value, position) => {
    if (value === null) {
      if (current.length > 0) runs.push(current);
      current = [];
      return;
    }
    current.push([coordinate(x(position)), coordinate(y(value))]);
  });
  if (current.length > 0) runs.push(current);

  const paths = runs
    .filter((run) => run.length > 1)
    .map((run) => {
      const d = run.map(([px, py], i) => `${i === 0 ? 'M' : 'L'}${px} ${py}`).join(' ');
      return markup`<path d="${d}" fill="none" stroke="${style.colour}" stroke-width="2" stroke-dasharray="${style.dash || 'none'}" />`;
    });
  // Points are drawn too, so a value between two gaps still shows.
  const points = runs
    .flat()
    .map(([px, py]) => markup`<circle cx="${px}" cy="${py}" r="3" fill="${style.colour}" />`);
  return markup`<g class="series">${paths}${points}</g>`;
}

function legend(series: readonly LineSeries[]): SafeHtml {
  let offset = MARGIN.left;
  const items = series.map((entry, index) => {
    const style = SERIES_STYLES[index];
    const item = markup`<line x1="${offset}" y1="16" x2="${offset + 24}" y2="16" stroke="${style.colour}" stroke-width="2" stroke-dasharray="${style.dash || 'none'}" /><text class="legend" x="${offset + 30}" y="20">${entry.name}</text>`;
    // Roughly 7 px per character at the legend's font size.
    offset += 30 + entry.name.length * 7 + 24;
    return item;
  });
  return markup`<g class="legend">${items}</g>`;
}
