import { trustedMarkup, type SafeHtml } from '../safe-html';

/** Inline CSS: the report must stand alone (no external resources) and print cleanly. */
export const REPORT_STYLE: SafeHtml = trustedMarkup(`
body { font-family: Georgia, 'Times New Roman', serif; color: #1f2933; margin: 0; background: #fff; }
main { max-width: 720px; margin: 0 auto; padding: 24px; line-height: 1.5; }
h1 { font-size: 1.8em; margin-bottom: 0.1em; }
h2 { font-size: 1.3em; border-bottom: 1px solid #cbd2d9; padding-bottom: 0.2em; margin-top: 1.8em; }
h3 { font-size: 1.05em; margin-bottom: 0.3em; }
.subtitle { font-size: 1.15em; margin-top: 0; }
.support-line { border-left: 4px solid #1f6feb; padding: 4px 10px; background: #eef4ff; }
.meta, .caveat, figcaption, .source { color: #52606d; font-size: 0.9em; }
.caveat { border-left: 3px solid #f0b429; padding-left: 0.6em; }
blockquote.story { margin: 1em 0; padding-left: 0.8em; border-left: 3px solid #9fb3c8; font-style: italic; }
blockquote.story footer { font-style: normal; }
.table-box { overflow-x: auto; margin: 0.8em 0; }
.table-box table { margin: 0; }
td.figure { white-space: nowrap; }
table { border-collapse: collapse; width: 100%; margin: 0.8em 0; font-family: Arial, sans-serif; font-size: 0.8em; }
caption { text-align: left; font-weight: bold; padding-bottom: 0.3em; }
th, td { border: 1px solid #cbd2d9; padding: 3px 6px; text-align: left; vertical-align: top; }
th { background: #f5f7fa; }
figure { margin: 1em 0; }
svg.chart { max-width: 100%; height: auto; font-family: Arial, sans-serif; }
.chart-narrow { display: none; }
@media (max-width: 600px) {
  main { padding: 16px 12px; }
  .chart-wide { display: none; }
  .chart-narrow { display: block; }
}
svg .grid { stroke: #e4e7eb; stroke-width: 1; }
svg .axis { stroke: #52606d; stroke-width: 1; }
svg .zero { stroke: #1f2933; stroke-width: 1; stroke-dasharray: 3 2; }
svg .whisker { stroke: #1f2933; stroke-width: 1.5; }
svg .tick, svg .note { font-size: 11px; fill: #52606d; }
svg .axis-label, svg .legend, svg .row-label, svg .value { font-size: 12px; fill: #1f2933; }
@page { size: A4; margin: 16mm 14mm; }
@media print {
  main { max-width: none; padding: 0; }
  .table-box { overflow: visible; }
  h2, h3, caption { break-after: avoid; }
  figure, table, tr, .caveat, blockquote { break-inside: avoid; }
  .chart-wide { display: block; }
  .chart-narrow { display: none; }
  /* The summary is the first page on its own: what a funder reads first, and may read alone. */
  #summary { break-after: page; }
}
`);
