/**
 * A line chart over evenly spaced categories (sessions, months). Missing values (suppressed or
 * absent) are gaps: the line breaks there rather than joining across or dropping to zero.
 */
import { plainNumber } from '../format';
import { markup, joinHtml, type SafeHtml } from '../safe-html';
import { svgFrame, SERIES_STYLES, type ChartLayout, type ChartText } from './frame';
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

interface Geometry {
  readonly width: number;
  readonly height: number;
  readonly margin: { readonly left: number; readonly right: number; readonly bottom: number };
  readonly maxXLabels: number;
  /** The legend in one row (wide) or one entry per line (narrow), above the plot. */
  readonly stackedLegend: boolean;
}

/** Drawn at its natural size in both: 640 px fits a laptop column, 340 px a 375 px phone. */
const GEOMETRY: Record<ChartLayout, Geometry> = {
  wide: {
    width: 640,
    height: 340,
    margin: { left: 64, right: 44, bottom: 64 },
    maxXLabels: 8,
    stackedLegend: false,
  },
  narrow: {
    width: 340,
    height: 300,
    margin: { left: 52, right: 18, bottom: 60 },
    maxXLabels: 3,
    stackedLegend: true,
  },
};
const LEGEND_LINE = 18;

export function lineChart(spec: LineChartSpec, layout: ChartLayout = 'wide'): SafeHtml {
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

  const geometry = GEOMETRY[layout];
  const legendLines = geometry.stackedLegend ? spec.series.length : 1;
  const plot: Plot = {
    ...geometry,
    top: 22 + legendLines * LEGEND_LINE,
    height: geometry.height + (legendLines - 1) * LEGEND_LINE,
  };
  const yTicks = spec.yDomain
    ? niceTicks(spec.yDomain[0], spec.yDomain[1])
    : niceTicks(Math.min(0, ...plotted), Math.max(...plotted));
  const y = linearScale(
    [yTicks[0], yTicks[yTicks.length - 1]],
    [plot.height - plot.margin.bottom, plot.top],
  );
  const x = categoryPositions(plot, spec.categories.length);

  const body = joinHtml([
    yAxis(plot, yTicks, y, spec.yLabel),
    xAxis(plot, spec.categories, x, spec.xLabel),
    ...spec.series.map((series, index) => seriesMarks(series, index, x, y)),
    legend(plot, spec.series),
  ]);
  return svgFrame(spec, layout, plot.width, plot.height, body);
}

/** A layout's geometry with the plot's top and the height the legend leaves it. */
interface Plot extends Geometry {
  readonly top: number;
}

function categoryPositions(plot: Plot, count: number): (index: number) => number {
  const left = plot.margin.left + 12;
  const right = plot.width - plot.margin.right - 12;
  if (count === 1) return () => (left + right) / 2;
  return linearScale([0, count - 1], [left, right]);
}

function yAxis(
  plot: Plot,
  ticks: readonly number[],
  y: (value: number) => number,
  label: string,
): SafeHtml {
  const lines = ticks.map((tick) => {
    const at = coordinate(y(tick));
    return markup`<line class="grid" x1="${plot.margin.left}" y1="${at}" x2="${plot.width - plot.margin.right}" y2="${at}" /><text class="tick" x="${plot.margin.left - 6}" y="${at + 4}" text-anchor="end">${plainNumber(tick)}</text>`;
  });
  const middle = (plot.top + plot.height - plot.margin.bottom) / 2;
  return markup`<g class="y-axis">${lines}<text class="axis-label" transform="translate(16 ${middle}) rotate(-90)" text-anchor="middle">${label}</text></g>`;
}

function xAxis(
  plot: Plot,
  categories: readonly string[],
  x: (index: number) => number,
  label: string,
): SafeHtml {
  const baseline = plot.height - plot.margin.bottom;
  const stride = labelStride(categories.length, plot.maxXLabels);
  const labels = categories.flatMap((category, index) =>
    index % stride === 0
      ? [
          markup`<text class="tick" x="${coordinate(x(index))}" y="${baseline + 18}" text-anchor="middle">${category}</text>`,
        ]
      : [],
  );
  return markup`<g class="x-axis"><line class="axis" x1="${plot.margin.left}" y1="${baseline}" x2="${plot.width - plot.margin.right}" y2="${baseline}" />${labels}<text class="axis-label" x="${(plot.margin.left + plot.width - plot.margin.right) / 2}" y="${plot.height - 16}" text-anchor="middle">${label}</text></g>`;
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

function legend(plot: Plot, series: readonly LineSeries[]): SafeHtml {
  let offset = plot.stackedLegend ? 12 : plot.margin.left;
  const items = series.map((entry, index) => {
    const style = SERIES_STYLES[index];
    const top = plot.stackedLegend ? 16 + index * LEGEND_LINE : 16;
    const item = markup`<line x1="${offset}" y1="${top}" x2="${offset + 24}" y2="${top}" stroke="${style.colour}" stroke-width="2" stroke-dasharray="${style.dash || 'none'}" /><text class="legend" x="${offset + 30}" y="${top + 4}">${entry.name}</text>`;
    // Roughly 7 px per character at the legend's font size.
    if (!plot.stackedLegend) offset += 30 + entry.name.length * 7 + 24;
    return item;
  });
  return markup`<g class="legend">${items}</g>`;
}
