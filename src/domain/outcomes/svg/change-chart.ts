/**
 * Mean change per instrument with its 95% confidence interval. Instruments use different
 * scales (SWEMWBS 7-35, ISMI-10 1-4), so each gets its own row and its own axis, centred on no
 * change, instead of one shared axis that would flatten the short scales.
 */
import { t } from '../../i18n';
import type { BetterDirection } from '../../stats/reliable-change';
import { formatNumber } from '../format';
import { markup, joinHtml, type SafeHtml } from '../safe-html';
import { svgFrame, type ChartLayout, type ChartText } from './frame';
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

interface Geometry {
  readonly width: number;
  readonly rowHeight: number;
  /** Where the bar of a row starts, below its top: under the label when the label sits above. */
  readonly barOffset: number;
  readonly plotLeft: number;
  readonly plotRight: number;
  /** Wide: the label left of the bar, right-aligned at this x. Narrow: above the bar, from here. */
  readonly labelX: number;
  readonly labelAbove: boolean;
}

/** Drawn at its natural size in both: 640 px fits a laptop column, 340 px a 375 px phone. */
const GEOMETRY: Record<ChartLayout, Geometry> = {
  wide: {
    width: 640,
    rowHeight: 78,
    barOffset: 14,
    plotLeft: 170,
    plotRight: 580,
    labelX: 150,
    labelAbove: false,
  },
  narrow: {
    width: 340,
    rowHeight: 96,
    barOffset: 32,
    plotLeft: 30,
    plotRight: 270,
    labelX: 12,
    labelAbove: true,
  },
};
const TOP = 12;
const IMPROVED_COLOUR = '#2e7d32';
const WORSENED_COLOUR = '#b35900';

export function changeChart(spec: ChangeChartSpec, layout: ChartLayout = 'wide'): SafeHtml {
  if (spec.rows.length === 0) {
    throw new RangeError(`chart "${spec.title}" has no rows; show a sentence instead`);
  }
  const geometry = GEOMETRY[layout];
  // On a phone the unit label goes on two lines, split before its parenthesis, to fit 340 px.
  const split = spec.unitLabel.indexOf(' (');
  const captionLines =
    layout === 'narrow' && split > 0
      ? [spec.unitLabel.slice(0, split), spec.unitLabel.slice(split + 1)]
      : [spec.unitLabel];
  const height = TOP + spec.rows.length * geometry.rowHeight + 12 + 16 * captionLines.length;
  const rows = spec.rows.map((row, index) =>
    changeRow(geometry, row, TOP + index * geometry.rowHeight),
  );
  const captionTop = height - 8 - 16 * (captionLines.length - 1);
  const caption = captionLines.map(
    (line, index) =>
      markup`<text class="axis-label" x="${geometry.width / 2}" y="${captionTop + 16 * index}" text-anchor="middle">${line}</text>`,
  );
  return svgFrame(spec, layout, geometry.width, height, joinHtml([...rows, ...caption]));
}

function changeRow(geometry: Geometry, row: ChangeRow, top: number): SafeHtml {
  const { plotLeft: PLOT_LEFT, plotRight: PLOT_RIGHT } = geometry;
  const extent = Math.max(
    Math.abs(row.meanChange),
    Math.abs(row.interval?.lower ?? 0),
    Math.abs(row.interval?.upper ?? 0),
  );
  const ticks = niceTicks(-extent, extent, 4);
  const reach = Math.max(Math.abs(ticks[0]), Math.abs(ticks[ticks.length - 1]));
  const x = linearScale([-reach, reach], [PLOT_LEFT, PLOT_RIGHT]);
  const barY = top + geometry.barOffset;
  const axisY = barY + 30;
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
      ? markup`<text class="note" x="${PLOT_RIGHT}" y="${barY - 10}" text-anchor="end">${t('report.chart.betterRight')}</text>`
      : markup`<text class="note" x="${PLOT_LEFT}" y="${barY - 10}" text-anchor="start">${t('report.chart.betterLeft')}</text>`;
  const label = geometry.labelAbove
    ? markup`<text class="row-label" x="${geometry.labelX}" y="${top + 8}" text-anchor="start">${row.label}</text>`
    : markup`<text class="row-label" x="${geometry.labelX}" y="${barY + 12}" text-anchor="end">${row.label}</text>`;

  return markup`<g class="change-row">${label}${betterArrow}<rect x="${Math.min(zero, end)}" y="${barY}" width="${Math.max(1, Math.abs(end - zero))}" height="16" fill="${colour}" fill-opacity="0.75" />${whisker}<line class="zero" x1="${zero}" y1="${barY - 6}" x2="${zero}" y2="${axisY}" /><text class="value" x="${PLOT_RIGHT + 8}" y="${barY + 12}">${formatNumber(row.meanChange, 2, true)}</text><line class="axis" x1="${PLOT_LEFT}" y1="${axisY}" x2="${PLOT_RIGHT}" y2="${axisY}" />${tickMarks}</g>`;
}

function decimalsFor(reach: number): number {
  return reach >= 5 ? 0 : reach >= 0.5 ? 1 : 2;
}
