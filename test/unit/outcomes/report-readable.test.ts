/**
 * The report a funder reads (issue 16, item 4): each note said once, "not recorded" where nobody
 * entered a number (never a 0), and the outcome tabs with their notes once too.
 */
import {
  buildParticipation,
  buildReportHtml,
  type OutcomeActivity,
  type ReportInput,
} from '../../../src/domain/outcomes';
import { toGrid } from '../../../src/domain/outcomes/grid';
import { sayEachNoteOnce } from '../../../src/domain/outcomes/report/report';
import { INPUT } from './fixtures';
import { textContent } from './helpers';

const PERIOD = { from: '2024-01-01', to: '2024-04-15' };

function sentences(html: string): string[] {
  const main = html.slice(html.indexOf('<main>'));
  // Charts' <desc> and their narrow twin repeat the chart for screen readers: left out here.
  const visible = main.replace(/<svg[\s\S]*?<\/svg>/g, '');
  return textContent(visible)
    .split(/(?<=[.!?])\s+/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.length > 40);
}

describe('the report says each note once', () => {
  it('no sentence of 40 characters or more appears twice', () => {
    const all = sentences(buildReportHtml({ ...INPUT, period: PERIOD }));
    const seen = new Map<string, number>();
    for (const sentence of all) seen.set(sentence, (seen.get(sentence) ?? 0) + 1);
    const repeated = [...seen.entries()].filter(([, n]) => n > 1).map(([s]) => s);
    // A source cited for two purposes (an instrument's reference and its reliable-change
    // source) is one paper, named where each applies.
    expect(repeated.filter((sentence) => !/doi:|\d{4};\d+/.test(sentence))).toEqual([]);
  });

  it('keeps the first of two identical notes and leaves other text alone', () => {
    const note = 'A note long enough to count as a note, said here once only.';
    const html = `<p class="source">${note}</p>\n<li>${note}</li>\n<p>short</p><p>short</p>`;
    expect(sayEachNoteOnce(html)).toBe(`<p class="source">${note}</p>\n<p>short</p><p>short</p>`);
  });
});

describe('"not recorded" instead of a 0 nobody entered', () => {
  const activities: OutcomeActivity[] = [
    {
      date: '2024-02-10',
      kind: 'guest speaker',
      partnerOrganisation: 'Library',
      membersInvolved: null,
      peopleReached: null,
    },
    {
      date: '2024-02-12',
      kind: 'outreach',
      partnerOrganisation: '',
      membersInvolved: null,
      peopleReached: 30,
    },
  ];
  const input: ReportInput = { ...INPUT, activities, period: PERIOD };

  it('in the tabs: a kind whose activities gave no number, and a partner likewise', () => {
    const tab = buildParticipation(input);
    const byKind = tab.blocks.find((block) => block.heading === 'Activities by kind')!;
    const row = (kind: string) => byKind.rows.find((cells) => cells[0] === kind)!;
    expect(row('guest speaker')).toEqual(['guest speaker', 1, 'not recorded']);
    expect(row('outreach')).toEqual(['outreach', 1, 30]);
    // No activity of a kind: nobody was reached, a true 0.
    expect(row('training')).toEqual(['training', 0, 0]);
    const partners = tab.blocks.find((block) => block.heading === 'Partner organisations')!;
    expect(partners.rows).toEqual([['Library', 1, 'not recorded']]);
  });

  it('in the report: never "reaching 0 people" when nothing was entered', () => {
    const onlyBlank = buildReportHtml({ ...input, activities: [activities[0]] });
    expect(onlyBlank).not.toMatch(/reaching 0 people/);
    expect(onlyBlank).toContain('the number of people reached was not recorded');
  });
});

describe('outcome tabs say each note once', () => {
  it('a note shared by two blocks of a tab is written under the first only', () => {
    const grid = toGrid(buildParticipation(INPUT), '2024-04-15 09:00');
    const texts = grid.values
      .map((row) => row.filter((cell) => typeof cell === 'string' && cell.length > 60))
      .flat();
    expect(texts.length).toBeGreaterThan(0);
    expect(new Set(texts).size).toBe(texts.length);
  });
});
