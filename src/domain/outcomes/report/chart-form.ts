/**
 * How the report draws its charts. In the dialog, inline SVG (a browser draws it). In the copy
 * saved to Drive as a PDF, the same figures as tables: Google's HTML-to-PDF conversion
 * (Blob.getAs('application/pdf')) is not documented to render inline SVG, nor images given as
 * data: URIs, while a plain HTML table is the least a converter renders. The chart images Sheets
 * could give (EmbeddedChart.getAs) plot the outcome tabs, whose period is not the report's.
 * https://developers.google.com/apps-script/reference/base/blob#getAs(String)
 */
import { t } from '../../i18n';
import { formatNumber } from '../format';
import { markup, type SafeHtml } from '../safe-html';
import { changeChart, type ChangeChartSpec } from '../svg/change-chart';
import { lineChart, type LineChartSpec } from '../svg/line-chart';
import { figure } from './elements';
import { CHART_TABLE_TEXTS } from './wording';

export type ChartForm = 'svg' | 'tables';

/** Counts are whole; means and averages keep two decimals. */
function valueText(value: number | null): string {
  if (value === null) return CHART_TABLE_TEXTS.gap;
  return formatNumber(value, Number.isInteger(value) ? 0 : 2);
}

function table(
  id: string,
  caption: string,
  header: readonly string[],
  rows: ReadonlyArray<readonly string[]>,
): SafeHtml {
  const head = markup`<thead><tr>${header.map((cell) => markup`<th scope="col">${cell}</th>`)}</tr></thead>`;
  const body = rows.map(
    ([first, ...rest]) =>
      markup`<tr><th scope="row">${first}</th>${rest.map((cell) => markup`<td class="figure">${cell}</td>`)}</tr>`,
  );
  return markup`<div class="table-box"><table id="${id}" class="chart-data"><caption>${caption}</caption>${head}<tbody>${body}</tbody></table></div>`;
}

/** The table form's figure: one table (the SVG form draws one chart per layout instead). */
function tableFigure(content: SafeHtml, caption: string): SafeHtml {
  return markup`<figure>${content}<figcaption>${caption}</figcaption></figure>`;
}

export function lineChartFigure(form: ChartForm, spec: LineChartSpec, caption: string): SafeHtml {
  if (form === 'svg') return figure((layout) => lineChart(spec, layout), caption);
  const content = table(
    spec.id,
    CHART_TABLE_TEXTS.caption(spec.title),
    [spec.xLabel, ...spec.series.map((series) => series.name)],
    spec.categories.map((category, index) => [
      category,
      ...spec.series.map((series) => valueText(series.values[index] ?? null)),
    ]),
  );
  return tableFigure(content, caption);
}

export function changeChartFigure(
  form: ChartForm,
  spec: ChangeChartSpec,
  caption: string,
): SafeHtml {
  if (form === 'svg') return figure((layout) => changeChart(spec, layout), caption);
  const signed = (value: number) => formatNumber(value, 2, true);
  const content = table(
    spec.id,
    CHART_TABLE_TEXTS.caption(spec.title),
    CHART_TABLE_TEXTS.changeHeader,
    spec.rows.map((row) => [
      row.label,
      signed(row.meanChange),
      row.interval
        ? t('outcomes.range', {
            lower: signed(row.interval.lower),
            upper: signed(row.interval.upper),
          })
        : CHART_TABLE_TEXTS.noInterval,
    ]),
  );
  return tableFigure(content, caption);
}
