/**
 * Embedded charts, recorded rather than drawn: type, source ranges (as A1), position and options.
 * https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart-builder
 * Also the minimal `Charts` global (its ChartType enum) that `setChartType` needs.
 */
import { EmulatorContext } from '../../core/context';
import { Faked, makeEnum } from './gas-types';
import type { FakeRange } from './range';

type ChartTypeEnum = typeof GoogleAppsScript.Charts.ChartType;
type RealBuilder = GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder;
type RealChart = GoogleAppsScript.Spreadsheet.EmbeddedChart;

export const ChartType = makeEnum<ChartTypeEnum>([
  'TIMELINE',
  'AREA',
  'BAR',
  'BUBBLE',
  'CANDLESTICK',
  'COLUMN',
  'COMBO',
  'GAUGE',
  'GEO',
  'HISTOGRAM',
  'RADAR',
  'LINE',
  'ORG',
  'PIE',
  'SCATTER',
  'SPARKLINE',
  'STEPPED_AREA',
  'TABLE',
  'TREEMAP',
  'WATERFALL',
]);

/** The `Charts` global: only the ChartType enum, which embedded chart builders take. */
export const chartsGlobal = Object.freeze({ ChartType });

export interface ChartPosition {
  anchorRow: number;
  anchorColumn: number;
  offsetX: number;
  offsetY: number;
}

interface ChartSpec {
  chartId: number | null;
  type: string;
  ranges: FakeRange[];
  options: Record<string, unknown>;
  position: ChartPosition;
}

const SERVICE = 'SpreadsheetApp';

/** Emulator-side record of a chart, for assertions and export. */
export interface ChartRecord {
  chartId: number | null;
  type: string;
  ranges: string[];
  options: Record<string, unknown>;
  position: ChartPosition;
}

export class FakeEmbeddedChart implements Faked<RealChart, 'getChartId' | 'modify' | 'getRanges'> {
  constructor(
    private readonly ctx: EmulatorContext,
    readonly spec: ChartSpec,
  ) {}

  getChartId(): number | null {
    this.ctx.meter.record(SERVICE, 'EmbeddedChart.getChartId');
    return this.spec.chartId;
  }

  getRanges(): FakeRange[] {
    this.ctx.meter.record(SERVICE, 'EmbeddedChart.getRanges');
    return [...this.spec.ranges];
  }

  getOptions(): { get(option: string): unknown } {
    this.ctx.meter.record(SERVICE, 'EmbeddedChart.getOptions');
    const options = { ...this.spec.options };
    return { get: (option: string) => (option in options ? options[option] : null) };
  }

  modify(): FakeEmbeddedChartBuilder {
    this.ctx.meter.record(SERVICE, 'EmbeddedChart.modify');
    return new FakeEmbeddedChartBuilder(this.ctx, {
      ...this.spec,
      ranges: [...this.spec.ranges],
      options: { ...this.spec.options },
      position: { ...this.spec.position },
    });
  }

  describe(): ChartRecord {
    return {
      chartId: this.spec.chartId,
      type: this.spec.type,
      ranges: this.spec.ranges.map((r) => r.a1WithSheet()),
      options: { ...this.spec.options },
      position: { ...this.spec.position },
    };
  }
}

type ChainMethods =
  'addRange' | 'clearRanges' | 'setChartType' | 'setOption' | 'setPosition' | 'setNumHeaders';

/**
 * One builder class serves the typed builders too (asLineChart() etc. return it), with the few
 * typed-builder setters a report needs mapped onto chart options.
 */
export class FakeEmbeddedChartBuilder implements Faked<
  RealBuilder,
  ChainMethods | 'build' | 'getChartType'
> {
  constructor(
    private readonly ctx: EmulatorContext,
    private readonly spec: ChartSpec,
  ) {}

  /**
   * The reference's class for this builder: EmbeddedChartBuilder until an as…Chart() call makes
   * it a typed one (EmbeddedLineChartBuilder …). Only typed builders have setTitle and the axis
   * titles, so calls are recorded (and checked against the scope table) under the real class.
   */
  private className = 'EmbeddedChartBuilder';

  private record(method: string): this {
    this.ctx.meter.record(SERVICE, `${this.className}.${method}`);
    return this;
  }

  addRange(range: FakeRange): FakeEmbeddedChartBuilder {
    this.record('addRange').spec.ranges.push(range);
    return this;
  }

  clearRanges(): FakeEmbeddedChartBuilder {
    this.record('clearRanges').spec.ranges.length = 0;
    return this;
  }

  setChartType(type: GoogleAppsScript.Charts.ChartType): FakeEmbeddedChartBuilder {
    this.record('setChartType').spec.type = String(type);
    return this;
  }

  getChartType(): GoogleAppsScript.Charts.ChartType {
    this.record('getChartType');
    return this.spec.type as unknown as GoogleAppsScript.Charts.ChartType;
  }

  setOption(option: string, value: unknown): FakeEmbeddedChartBuilder {
    this.record('setOption').spec.options[option] = value;
    return this;
  }

  setNumHeaders(headers: number): FakeEmbeddedChartBuilder {
    this.record('setNumHeaders').spec.options.numHeaders = headers;
    return this;
  }

  setPosition(
    anchorRowPos: number,
    anchorColPos: number,
    offsetX: number,
    offsetY: number,
  ): FakeEmbeddedChartBuilder {
    this.record('setPosition').spec.position = {
      anchorRow: anchorRowPos,
      anchorColumn: anchorColPos,
      offsetX,
      offsetY,
    };
    return this;
  }

  asLineChart(): FakeEmbeddedChartBuilder {
    return this.asType('asLineChart', 'LINE');
  }

  asColumnChart(): FakeEmbeddedChartBuilder {
    return this.asType('asColumnChart', 'COLUMN');
  }

  asBarChart(): FakeEmbeddedChartBuilder {
    return this.asType('asBarChart', 'BAR');
  }

  asPieChart(): FakeEmbeddedChartBuilder {
    return this.asType('asPieChart', 'PIE');
  }

  asAreaChart(): FakeEmbeddedChartBuilder {
    return this.asType('asAreaChart', 'AREA');
  }

  asTableChart(): FakeEmbeddedChartBuilder {
    return this.asType('asTableChart', 'TABLE');
  }

  setTitle(title: string): FakeEmbeddedChartBuilder {
    this.record('setTitle').spec.options.title = title;
    return this;
  }

  setXAxisTitle(title: string): FakeEmbeddedChartBuilder {
    this.record('setXAxisTitle').spec.options['hAxis.title'] = title;
    return this;
  }

  setYAxisTitle(title: string): FakeEmbeddedChartBuilder {
    this.record('setYAxisTitle').spec.options['vAxis.title'] = title;
    return this;
  }

  build(): FakeEmbeddedChart {
    this.record('build');
    return new FakeEmbeddedChart(this.ctx, {
      ...this.spec,
      ranges: [...this.spec.ranges],
      options: { ...this.spec.options },
      position: { ...this.spec.position },
    });
  }

  private asType(method: string, type: string): FakeEmbeddedChartBuilder {
    this.record(method).spec.type = type;
    const name = type.charAt(0) + type.slice(1).toLowerCase();
    this.className = `Embedded${name}ChartBuilder`;
    return this;
  }
}

export function newChartBuilder(
  ctx: EmulatorContext,
  anchor: ChartPosition,
): FakeEmbeddedChartBuilder {
  return new FakeEmbeddedChartBuilder(ctx, {
    chartId: null,
    type: '',
    ranges: [],
    options: {},
    position: anchor,
  });
}
