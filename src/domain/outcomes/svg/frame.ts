/** The accessible outer <svg> every chart shares: role, title and description. */
import { markup, type SafeHtml } from '../safe-html';

export interface ChartText {
  /** Unique in the document; ids of the title and description derive from it. */
  readonly id: string;
  readonly title: string;
  /** What a screen-reader user should take from the chart, in a sentence or two. */
  readonly description: string;
}

/**
 * Each chart is drawn twice: wide for a laptop and for print, narrow for a phone, so that its text
 * is never shrunk below a legible size (an SVG scaled to fit a 375 px screen shrinks its text
 * with it). The report's CSS shows one of the two.
 */
export type ChartLayout = 'wide' | 'narrow';
export const CHART_LAYOUTS: readonly ChartLayout[] = ['wide', 'narrow'];

/** The id of a chart's drawing in one layout: the narrow copy's ids must differ from the wide's. */
export function chartId(id: string, layout: ChartLayout): string {
  return layout === 'wide' ? id : `${id}-narrow`;
}

export function svgFrame(
  text: ChartText,
  layout: ChartLayout,
  width: number,
  height: number,
  body: SafeHtml,
): SafeHtml {
  if (!/^[a-z][a-z0-9-]*$/.test(text.id)) {
    throw new RangeError(`chart id "${text.id}" must be lower-case letters, digits and hyphens`);
  }
  const id = chartId(text.id, layout);
  const titleId = `${id}-title`;
  const descId = `${id}-desc`;
  return markup`<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="${titleId} ${descId}"><title id="${titleId}">${text.title}</title><desc id="${descId}">${text.description}</desc>${body}</svg>`;
}

/** A series' colour and dash, distinguishable without colour too. */
export const SERIES_STYLES = [
  { colour: '#1b6ca8', dash: '' },
  { colour: '#c0392b', dash: '6 4' },
  { colour: '#2e7d32', dash: '2 3' },
  { colour: '#6a4c93', dash: '10 3 2 3' },
] as const;
