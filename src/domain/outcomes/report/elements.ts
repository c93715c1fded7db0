/** Small HTML building blocks for the report; every text argument is escaped by `markup`. */
import { markup, type SafeHtml } from '../safe-html';
import type { OutcomeBlock } from '../tab';

export function paragraph(text: string | SafeHtml, className?: string): SafeHtml {
  return className ? markup`<p class="${className}">${text}</p>` : markup`<p>${text}</p>`;
}

export function bulletList(items: ReadonlyArray<string | SafeHtml>): SafeHtml {
  return markup`<ul>${items.map((item) => markup`<li>${item}</li>`)}</ul>`;
}

export function section(id: string, heading: string, content: readonly SafeHtml[]): SafeHtml {
  return markup`<section id="${id}">\n<h2>${heading}</h2>\n${content}\n</section>`;
}

/** A chart with a caption; the caption repeats what the chart cannot say (gaps, sources). */
export function figure(chart: SafeHtml, caption: string): SafeHtml {
  return markup`<figure>${chart}<figcaption>${caption}</figcaption></figure>`;
}

/** An outcome tab's block as a table, with its notes under it. */
export function blockTable(
  outcomeBlock: OutcomeBlock,
  options: { notes?: boolean } = {},
): SafeHtml {
  const head = markup`<thead><tr>${outcomeBlock.header.map((cell) => markup`<th scope="col">${cell}</th>`)}</tr></thead>`;
  const rows = outcomeBlock.rows.map(
    (row) => markup`<tr>${row.map((cell) => markup`<td>${cell}</td>`)}</tr>`,
  );
  const notes =
    options.notes === false
      ? []
      : (outcomeBlock.notes ?? []).map((note) => paragraph(note, 'source'));
  return markup`<table><caption>${outcomeBlock.heading}</caption>${head}<tbody>${rows}</tbody></table>${notes}`;
}
