import type { Cell, OutcomeBlock, OutcomeTab } from '../../../src/domain/outcomes';
import { roundTo } from '../../../src/domain/outcomes/format';

/** What a reader of the tab sees in a cell: a figure rounded as its number format shows it. */
export function shown(value: Cell): string | number {
  return typeof value === 'object' ? roundTo(value.value, value.decimals) : value;
}

/** A row as a reader sees it. */
export function shownRow(row: readonly Cell[]): Array<string | number> {
  return row.map(shown);
}

export function findBlock(tab: OutcomeTab, heading: string): OutcomeBlock {
  const found = tab.blocks.find((candidate) => candidate.heading === heading);
  if (found === undefined) {
    throw new Error(
      `no block "${heading}" in ${tab.title}; blocks: ${tab.blocks.map((b) => b.heading).join(', ')}`,
    );
  }
  return found;
}

export function columnIndex(block: OutcomeBlock, header: string): number {
  const index = block.header.indexOf(header);
  if (index < 0)
    throw new Error(
      `no column "${header}" in block "${block.heading}": ${block.header.join(' | ')}`,
    );
  return index;
}

/** One column's cells, keyed by the first cell of each row (a date, month or label). */
export function columnByKey(block: OutcomeBlock, header: string): Record<string, string | number> {
  const index = columnIndex(block, header);
  return Object.fromEntries(block.rows.map((row) => [String(row[0]), shown(row[index])]));
}

/** The cell in the row whose first cell starts with `rowKey`. */
export function cell(block: OutcomeBlock, rowKey: string, header: string): string | number {
  const row = block.rows.find((candidate) => String(candidate[0]).startsWith(rowKey));
  if (row === undefined) throw new Error(`no row "${rowKey}" in block "${block.heading}"`);
  return shown(row[columnIndex(block, header)]);
}

const VOID_ELEMENTS = new Set(['meta', 'br', 'hr', 'img', 'link', 'input', 'col', 'wbr']);

/**
 * A small well-formedness check: every non-void element is closed, in order, and nothing is
 * closed that was not open. Returns the problems found (empty when balanced).
 */
export function tagBalanceProblems(document: string): string[] {
  const withoutDoctype = document.replace(/^<!DOCTYPE html>/i, '');
  const problems: string[] = [];
  const stack: string[] = [];
  const tagPattern = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s=>/]+(?:="[^"]*")?)*)\s*(\/?)>/g;
  const stripped = withoutDoctype.replace(
    tagPattern,
    (whole, closing: string, rawName: string, _attributes: string, selfClosing: string) => {
      const name = rawName.toLowerCase();
      if (closing) {
        const open = stack.pop();
        if (open !== name) problems.push(`</${name}> closes <${open ?? 'nothing'}>`);
      } else if (!selfClosing && !VOID_ELEMENTS.has(name)) {
        stack.push(name);
      }
      return whole.replace(/[<>]/g, '');
    },
  );
  if (stack.length > 0) problems.push(`unclosed: ${stack.join(' > ')}`);
  // Any < or > left over is markup the pattern did not understand, or unescaped text.
  if (/[<>]/.test(stripped))
    problems.push(
      `stray angle bracket near: ${stripped.slice(Math.max(0, stripped.search(/[<>]/) - 40), stripped.search(/[<>]/) + 40)}`,
    );
  return problems;
}

/** Text between tags, entities left as they are. */
export function textContent(document: string): string {
  return document.replace(/<style>[\s\S]*?<\/style>/, '').replace(/<[^>]+>/g, ' ');
}
