/** How the report writes an outcome block as a table: aligned decimals, kept figures, sideways. */
import { blockTable, transposeBlock } from '../../../src/domain/outcomes/report/elements';
import { block } from '../../../src/domain/outcomes/tab';

const means = block({
  heading: 'Means',
  header: ['Month', 'Members', 'Mood'],
  rows: [
    ['2026-01', 12, 4],
    ['2026-02', 9, 3.95],
    ['2026-03', 'suppressed (fewer than 5)', -0.5],
  ],
});

const cellsOf = (html: string) =>
  [...html.matchAll(/<td[^>]*>([^<]*)<\/td>/g)].map((match) => match[1]);

describe('report tables', () => {
  it('writes a column of numbers with one number of decimals and a true minus sign', () => {
    expect(cellsOf(blockTable(means).safeHtml)).toEqual([
      '2026-01',
      '12',
      '4.00',
      '2026-02',
      '9',
      '3.95',
      '2026-03',
      'suppressed (fewer than 5)',
      '\u22120.50',
    ]);
  });

  it('keeps figures and months on one line, and lets a wide table scroll in its own box', () => {
    const html = blockTable(means).safeHtml;
    expect(html).toMatch(/^<div class="table-box"><table>/);
    expect(html).toContain('<td class="figure">2026-01</td>');
    expect(html).toContain('<td class="figure">3.95</td>');
    expect(html).toContain('<td>suppressed (fewer than 5)</td>');
  });

  it('turns a block on its side, each measure keeping its own decimals', () => {
    const sideways = transposeBlock(means, ['Jan', 'Feb', 'Mar'], ['Members']);
    expect(sideways.header).toEqual(['', 'Jan', 'Feb', 'Mar']);
    expect(sideways.rows).toEqual([['Mood', '4.00', '3.95', '\u22120.50']]);
  });

  it('refuses heads that do not match the rows, and a column it does not have', () => {
    expect(() => transposeBlock(means, ['Jan'])).toThrow('1 heads, 3 rows');
    expect(() => transposeBlock(means, ['a', 'b', 'c'], ['Nope'])).toThrow('has no column Nope');
  });
});
