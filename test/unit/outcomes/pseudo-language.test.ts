/**
 * Under the pseudo-language every text of an outcome tab and of the report that comes from our
 * code is wrapped in ⟦ ⟧ (issue 17's scan). What may stand outside the markers: figures, dates
 * and months, punctuation, and what the group typed or a licence fixes (the group's name and
 * support line, activity kinds, partner names, event codes, stories, the instruments' published
 * names, citations and copyright lines, which stay verbatim in every language).
 */
import { PSEUDO_CLOSE, PSEUDO_OPEN, useLanguage } from '../../../src/domain/i18n';
import { INSTRUMENTS } from '../../../src/domain/instruments';
import { ACTIVITY_KINDS } from '../../../src/domain/sheet/tabs';
import {
  buildGrowthAndStigma,
  buildParticipation,
  buildReportHtml,
  buildWellbeingTrend,
  type OutcomeInput,
  type OutcomeTab,
  type ReportInput,
} from '../../../src/domain/outcomes';
import { buildCommunityStigma } from '../../../src/domain/outcomes/community-stigma-tab';
import { toGrid } from '../../../src/domain/outcomes/grid';
import { ACTIVITIES, INPUT, SESSIONS } from './fixtures';

const STORY = 'Coming here every week helped me say out loud how I was doing.';
const SUPPORT_LINE = 'Samaritans 116 123';
const HELD = SESSIONS.filter((session) => session.date < '2024-04-15').map((s) => s.date);
const MEMBER_IDS = ['m1', 'm2', 'm3', 'm4', 'm5', 'm6', 'm7'];

/** The fixture with every optional record, so every section and block has something to say. */
const RICH: OutcomeInput = {
  ...INPUT,
  settings: { ...INPUT.settings, leadingRoles: ['Facilitator'], supportLine: SUPPORT_LINE },
  activities: ACTIVITIES.map((activity, index) =>
    index === 1 ? { ...activity, eventCode: 'PANEL24' } : activity,
  ),
  rotation: HELD.flatMap((date, index) => [
    { date, role: 'Facilitator', memberId: MEMBER_IDS[index % MEMBER_IDS.length] },
    { date, role: 'Timekeeper', memberId: MEMBER_IDS[(index + 3) % MEMBER_IDS.length] },
  ]),
  workingGroups: [
    { status: 'active', memberIds: ['m1', 'm2', 'm3'], partnerOrganisation: 'Mind', started: '' },
    { status: 'paused', memberIds: ['m4'], partnerOrganisation: '', started: '2024-01-10' },
  ],
  feedback: ['2024-02-01', '2024-02-09', '2024-02-20', '2024-03-05', '2024-03-06'].flatMap(
    (date, index) => [
      { date, rating: 3 + (index % 3), moreOf: index % 2 === 0, lessOf: false, ideas: true },
      { date, rating: 4, moreOf: true, lessOf: index % 2 === 1, ideas: false },
    ],
  ),
  communitySurvey: Array.from({ length: 8 }, (_, index) => ({
    eventKey: 'panel24',
    timing: index < 4 ? ('before' as const) : ('after' as const),
    intended: 10 + index,
    reportedYes: [index % 2 === 0, true, false, index % 3 === 0],
  })),
};

/** Texts that are the group's or a licence's own, so they stand unwrapped in any language. */
const VERBATIM = [
  INPUT.settings.groupName,
  SUPPORT_LINE,
  STORY,
  'PANEL24',
  ...ACTIVITIES.flatMap((activity) => [activity.kind, activity.partnerOrganisation.trim()]),
  'Mind',
  ...Object.values(INSTRUMENTS).flatMap((instrument) => [
    instrument.title,
    instrument.shortTitle,
    instrument.licence.citation,
    instrument.licence.copyrightLine ?? '',
    instrument.reliableChange.reliability?.source ?? '',
    instrument.reliableChange.publishedThreshold?.source ?? '',
  ]),
  // The Activities tab's kinds are names the sheet is read by, shown as the tab holds them.
  ...ACTIVITY_KINDS,
]
  .filter((text) => text.trim() !== '')
  // Longest first, so a title goes before the short title inside it.
  .sort((a, b) => b.length - a.length);

/** Whatever of `text` is not inside the markers, nested or not, nor verbatim, nor a figure. */
function unwrapped(text: string): string {
  let rest = text;
  const innermost = new RegExp(
    `${PSEUDO_OPEN}[^${PSEUDO_OPEN}${PSEUDO_CLOSE}]*${PSEUDO_CLOSE}`,
    'g',
  );
  for (let before = ''; before !== rest;) {
    before = rest;
    rest = rest.replace(innermost, ' ');
  }
  for (const verbatim of VERBATIM) rest = rest.split(verbatim).join(' ');
  // Figures, dates, months and the punctuation and symbols between them.
  return rest.replace(/[\s\d\p{P}\p{S}]+/gu, ' ').trim();
}

function tabTexts(tab: OutcomeTab): string[] {
  const grid = toGrid(tab, '2024-04-15 10:00');
  return [
    ...grid.values.flat().filter((value): value is string => typeof value === 'string'),
    ...grid.charts.map((chart) => chart.title),
  ].map((text) => text.replace(/^'/, '')); // the leading apostrophe that keeps text as text
}

/**
 * The text nodes of an HTML document (the CSS aside), entities decoded. A chart breaks a long
 * label over lines, each its own text node: those are joined back while a marker is open.
 */
function htmlTexts(html: string): string[] {
  const nodes = html
    .replace(/<style>[\s\S]*?<\/style>/, '')
    .split(/<[^>]*>/)
    .map((text) =>
      text
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&#39;/g, "'")
        .replace(/&amp;/g, '&'),
    )
    .filter((text) => text.trim() !== '');
  const texts: string[] = [];
  let open = 0;
  for (const node of nodes) {
    if (open > 0) texts[texts.length - 1] += ` ${node}`;
    else texts.push(node);
    open += node.split(PSEUDO_OPEN).length - node.split(PSEUDO_CLOSE).length;
  }
  return texts;
}

function leftInEnglish(texts: readonly string[]): string[] {
  return texts.filter((text) => unwrapped(text) !== '');
}

beforeEach(() => useLanguage('en-XA'));
afterEach(() => useLanguage('en'));

describe('the pseudo-language scan of the outcome tabs and the report', () => {
  it('finds an English text from code, so a clean scan means something', () => {
    expect(leftInEnglish(['⟦Sessions held⟧', '42', 'Sessions held'])).toEqual(['Sessions held']);
    expect(leftInEnglish(['⟦Covers ⟦2024-01-01 to 2024-04-15⟧. ⟦Any figure⟧⟧ and more'])).toEqual([
      '⟦Covers ⟦2024-01-01 to 2024-04-15⟧. ⟦Any figure⟧⟧ and more',
    ]);
  });

  it('wraps every text of the Growth and stigma tab, its chart titles included', () => {
    const texts = tabTexts(buildGrowthAndStigma(RICH));
    expect(texts.length).toBeGreaterThan(40);
    expect(leftInEnglish(texts)).toEqual([]);
  });

  it('wraps every text of the Participation, Wellbeing trend and Community stigma tabs', () => {
    const community = buildCommunityStigma(RICH);
    expect(community).not.toBeNull();
    for (const tab of [buildParticipation(RICH), buildWellbeingTrend(RICH), community!]) {
      expect({ tab: tab.title, left: leftInEnglish(tabTexts(tab)) }).toEqual({
        tab: tab.title,
        left: [],
      });
    }
  });

  it('wraps the reason a figure cannot be computed, not only the "n/a:" around it', () => {
    // The scan cannot see inside a wrapped message's placeholders, so the reasons (computed deep
    // in the statistics) are checked on their own: each note reads ⟦n/a: ⟦reason⟧⟧.
    const notes = [buildParticipation(RICH), buildGrowthAndStigma(RICH)]
      .flatMap((tab) => tab.blocks.flatMap((block) => block.notes ?? []))
      .filter((note) => note.startsWith(`${PSEUDO_OPEN}n/a: `));
    expect(notes.length).toBeGreaterThan(0);
    for (const note of notes) expect(note).toMatch(/^⟦n\/a: ⟦[^⟦⟧]+⟧⟧$/);
  });

  it.each(['svg', 'tables'] as const)(
    'wraps every text node of the report (charts as %s), and names its language',
    (chartForm) => {
      const input: ReportInput = {
        ...RICH,
        period: { from: '2024-01-01', to: '2024-04-15' },
        stories: [{ received: '2024-03-02', text: STORY }],
        withdrawnLeftOut: true,
        chartForm,
      };
      const html = buildReportHtml(input);
      expect(html).toContain('<html lang="en-XA">');
      for (const id of ['summary', 'method', 'participation', 'leadership', 'growth'])
        expect(html).toContain(`<section id="${id}">`);
      for (const id of ['wellbeing', 'community', 'community-survey', 'feedback', 'stories'])
        expect(html).toContain(`<section id="${id}">`);
      const texts = htmlTexts(html);
      expect(texts.length).toBeGreaterThan(200);
      expect(leftInEnglish(texts)).toEqual([]);
    },
  );
});
