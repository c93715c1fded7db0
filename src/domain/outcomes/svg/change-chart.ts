/**
 * Mean change per instrument with its 95% confidence interval. Instruments use different
 * scales (SWEMWBS 7-35, ISMI-10 1-4), so each gets its own row and its own axis, centred on no
 * change, instead of one shared axis that would flatten the short scales.
 */
import type { BetterDirection } from '../../stats/reliable-change';
import { formatNumber } from '../format';
import { markup, joinHtml, type SafeHtml } from '../safe-html';
import { svgFrame, type ChartText } from './frame';
import { coordinate, linearScale, niceTicks } from './scale';

export interface ChangeRow {
  readonly label: string;
  readonly better: BetterDirection;
  readonly meanChange: number;
  readonly interval: { readonly lower: number; readonly upper: number } | null;
}

export interface ChangeChartSpec extends ChartText {
  readonly rows: readonly ChangeRow[];
  readonly unitLabel: string;
}

const WIDTH = 640;
const ROW_HEIGHT = 78;
const TOP = 12;
const LABEL_WIDTH = 150;
const PLOT_LEFT = LABEL_WIDTH + 20;
const PLOT_RIGHT = WIDTH - 60;
const IMPROVED_COLOUR = '#2e7d32';
const WORSENED_COLOUR = '#b35900';

export function changeChart(spec: ChangeChartSpec): SafeHtml {
  if (spec.rows.length === 0) {
    throw new RangeError(`chart "${spec.title}" has no rows; show a sentence instead`);
  }
  const height = TOP + spec.rows.length * ROW_HEIGHT + 28;
  const rows = spec.rows.map((row, index) => changeRow(row, TOP + index * ROW_HEIGHT));
  const caption = markup`<text class="axis-label" x="${(PLOT_LEFT + PLOT_RIGHT) / 2}" y="${height - 8}" text-anchor="middle">${spec.unitLabel}</text>`;
  return svgFrame(spec, WIDTH, height, joinHtml([...rows, caption]));
}

function changeRow(row: ChangeRow, top: number): SafeHtml {
  const extent = Math.max(
    Math.abs(row.meanChange),
    Math.abs(row.interval?.lower ?? 0),
    Math.abs(row.interval?.upper ?? 0),
  );
  const ticks = niceTicks(-extent, extent, 4);
  const reach = Math.max(Math.abs(ticks[0]), Math.abs(ticks[ticks.length - 1]));
  const x = linearScale([-reach, reach], [PLOT_LEFT, PLOT_RIGHT]);
  const barY = top + 14;
  const axisY = top + 44;
  const zero = coordinate(x(0));
  const end = coordinate(x(row.meanChange));
  const improved = row.meanChange > 0 === (row.better === 'higher') && row.meanChange !== 0;
  const colour = improved ? IMPROVED_COLOUR : WORSENED_COLOUR;

  const whisker = row.interval
    ? markup`<line class="whisker" x1="${coordinate(x(row.interval.lower))}" y1="${barY + 8}" x2="${coordinate(x(row.interval.upper))}" y2="${barY + 8}" /><line class="whisker" x1="${coordinate(x(row.interval.lower))}" y1="${barY + 2}" x2="${coordinate(x(row.interval.lower))}" y2="${barY + 14}" /><line class="whisker" x1="${coordinate(x(row.interval.upper))}" y1="${barY + 2}" x2="${coordinate(x(row.interval.upper))}" y2="${barY + 14}" />`
    : markup``;
  const tickMarks = [-reach, ...ticks.filter((t) => Math.abs(t) < reach), reach].map(
    (tick) =>
      markup`<line class="axis" x1="${coordinate(x(tick))}" y1="${axisY}" x2="${coordinate(x(tick))}" y2="${axisY + 4}" /><text class="tick" x="${coordinate(x(tick))}" y="${axisY + 16}" text-anchor="middle">${formatNumber(tick, decimalsFor(reach), true)}</text>`,
  );
  const betterArrow =
    row.better === 'higher'
      ? markup`<text class="note" x="${PLOT_RIGHT}" y="${top + 4}" text-anchor="end">better →</text>`
      : markup`<text class="note" x="${PLOT_LEFT}" y="${top + 4}" text-anchor="start">← better</text>`;

  return markup`<g class="change-row"><text class="row-label" x="${LABEL_WIDTH}" y="${barY + 12}" text-anchor="end">${row.label}</text>${betterArrow}<rect x="${Math.min(zero, end)}" y="${barY}" width="${Math.max(1, Math.abs(end - zero))}" height="16" fill="${colour}" fill-opacity="0.75" />${whisker}<line class="zero" x1="${zero}" y1="${barY - 6}" x2="${zero}" y2="${axisY}" /><text class="value" x="${PLOT_RIGHT + 8}" y="${barY + 12}">${formatNumber(row.meanChange, 2, true)}</text><line class="axis" x1="${PLOT_LEFT}" y1="${axisY}" x2="${PLOT_RIGHT}" y2="${axisY}" />${tickMarks}</g>`;
}

function decimalsFor(reach: number): number {
  return reach >= 5 ? 0 : reach >= 0.5 ? 1 : 2;
}
