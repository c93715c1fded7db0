import { buildReportHtml, type ReportInput } from '../../../src/domain/outcomes';
import { INPUT } from './fixtures';
import { tagBalanceProblems, textContent } from './helpers';

const REPORT_INPUT: ReportInput = { ...INPUT, period: { from: '2024-01-01', to: '2024-04-15' } };
const report = buildReportHtml(REPORT_INPUT);

const count = (pattern: RegExp, text = report) => (text.match(pattern) ?? []).length;

describe('report: a self-contained, well-formed document', () => {
  it('has one html, head, body and main, and every element is closed in order', () => {
    expect(report.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    for (const element of ['html', 'head', 'body', 'main', 'style']) {
      expect([
        element,
        count(new RegExp(`<${element}[ >]`, 'g')),
        count(new RegExp(`</${element}>`, 'g')),
      ]).toEqual([element, 1, 1]);
    }
    // The document's own title; each chart's <title id=…> is its accessible name.
    expect(count(/<title>/g)).toBe(1);
    expect(count(/<section /g)).toBe(count(/<\/section>/g));
    expect(count(/<table>/g)).toBe(count(/<\/table>/g));
    expect(tagBalanceProblems(report)).toEqual([]);
  });

  it('has no script and loads nothing from outside', () => {
    expect(report).not.toMatch(/<script|<iframe|<img|<link|<object|<embed/i);
    expect(report).not.toMatch(/\s(src|href)=/i);
    expect(report).not.toMatch(/url\(|@import/i);
    expect(report).not.toMatch(/\son[a-z]+=/i); // no event handler attributes
  });

  it('reads as a narrative with the period, the group and each section', () => {
    expect(report).toContain('<h1>Thursday Circle</h1>');
    expect(report).toContain('Outcome report, 2024-01-01 to 2024-04-15');
    for (const heading of [
      'At a glance',
      'What we measured and how',
      'Who took part',
      'Personal growth and stigma',
      'Wellbeing from weekly check-ins',
      'Outreach and community work',
      'Reading these figures',
    ]) {
      expect(report).toContain(`<h2>${heading}</h2>`);
    }
  });

  it('states the period’s figures, as the tabs compute them', () => {
    const text = textContent(report);
    expect(text).toContain(
      'The group held 7 sessions in this period. Members attended 27 times in all, 3.9 per session on average.',
    );
    // Joined 2024-01-01..04-15: m4, m5, m6, m7, one a month: each month is hidden, so the
    // total is too.
    expect(text).not.toMatch(/\d+ new members? joined/);
    expect(text).toContain('Members sent 83.9% of the check-ins expected (26 of 31).');
    expect(text).toContain(
      'mean change of −0.38 points (95% CI −0.82 to +0.06; d_z (paired) −1.07)',
    );
    expect(text).toContain('Lower is better on this scale, so a fall is an improvement.');
    expect(text).toContain('Descriptive only: fewer than 30 pairs.');
    expect(text).toContain(
      'worked with 3 partner organisations: Local Library, Mind Southwark, Southwark College.',
    );
  });

  it('names each instrument with its citation, and carries the SWEMWBS copyright line', () => {
    expect(report).toContain('Short Warwick-Edinburgh Mental Wellbeing Scale (SWEMWBS)');
    expect(report).toContain('Stewart-Brown S, Tennant A');
    expect(report).toContain(
      'Short Warwick Edinburgh Mental Wellbeing Scale (SWEMWBS) © NHS Health Scotland, University of Warwick and University of Edinburgh, 2008, all rights reserved.',
    );
    const withoutSwemwbs = buildReportHtml({
      ...REPORT_INPUT,
      settings: { ...REPORT_INPUT.settings, instruments: ['ismi10'] },
    });
    expect(withoutSwemwbs).not.toContain('NHS Health Scotland');
  });
});

describe('report: charts', () => {
  /** The drawings of one layout: each chart is drawn wide (laptop, print) and narrow (phone). */
  const drawings = (layout: 'wide' | 'narrow') =>
    [
      ...report.matchAll(
        new RegExp(`<div class="chart-${layout}">(<svg[\\s\\S]*?</svg>)</div>`, 'g'),
      ),
    ].map((match) => match[1]);
  const svgs = drawings('wide');

  it('draws each chart twice, wide and narrow, with ids that never collide', () => {
    const narrow = drawings('narrow');
    expect(narrow).toHaveLength(svgs.length);
    const ids = [...report.matchAll(/ id="([^"]+)"/g)].map((match) => match[1]);
    expect(new Set(ids).size).toBe(ids.length);
    narrow.forEach((svg, index) => {
      const wideId = /aria-labelledby="(chart-[a-z]+)-title/.exec(svgs[index])?.[1];
      expect(svg).toContain(`aria-labelledby="${wideId}-narrow-title ${wideId}-narrow-desc"`);
      expect(svg).toMatch(/viewBox="0 0 340 /);
    });
  });

  it('draws attendance, change and wellbeing charts, each titled and described', () => {
    expect(svgs).toHaveLength(3);
    for (const svg of svgs) {
      expect(svg).toMatch(/role="img" aria-labelledby="(chart-[a-z]+)-title \1-desc"/);
      expect(svg).toMatch(
        /<title id="chart-[a-z]+-title">[^<]+<\/title><desc id="chart-[a-z]+-desc">[^<]+<\/desc>/,
      );
      expect(svg).toContain('class="axis-label"');
    }
  });

  it('says in the description what is left out', () => {
    expect(svgs[0]).toContain('2 sessions are suppressed');
    expect(svgs[1]).toContain('ISMI-10 −0.38 (−0.82 to +0.06), lower is better');
    expect(svgs[1]).not.toContain('RSES'); // 2 pairs: suppressed, not drawn
    expect(report).toContain('Not drawn: RSES');
  });

  it('draws no chart from suppressed data, and says so instead', () => {
    const everythingSuppressed = buildReportHtml({
      ...REPORT_INPUT,
      settings: { ...REPORT_INPUT.settings, minGroupSize: 50 },
    });
    expect(everythingSuppressed).not.toContain('<svg');
    expect(everythingSuppressed).toContain('No attendance chart is drawn');
    expect(everythingSuppressed).toContain('No change chart is drawn');
    expect(everythingSuppressed).toContain('No wellbeing chart is drawn');
    expect(tagBalanceProblems(everythingSuppressed)).toEqual([]);
  });
});

describe('report: text typed by people is escaped', () => {
  const hostile = '<script>alert("x")</script><b onclick="y">Bold & Co\'s</b>';
  const escaped =
    '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&lt;b onclick=&quot;y&quot;&gt;Bold &amp; Co&#39;s&lt;/b&gt;';
  const hostileReport = buildReportHtml({
    ...REPORT_INPUT,
    settings: { ...REPORT_INPUT.settings, groupName: hostile },
    activities: [
      ...REPORT_INPUT.activities,
      {
        date: '2024-03-05',
        kind: 'guest speaker',
        partnerOrganisation: hostile,
        membersInvolved: 1,
        peopleReached: 3,
      },
    ],
  });

  it('escapes the group name and partner names wherever they appear', () => {
    expect(hostileReport).not.toContain('<script');
    expect(hostileReport).not.toContain('<b ');
    expect(hostileReport).toContain(`<h1>${escaped}</h1>`);
    expect(hostileReport).toContain(`<title>${escaped}: outcome report`);
    expect(hostileReport).toContain(`${escaped}, Local Library`);
    expect(tagBalanceProblems(hostileReport)).toEqual([]);
  });
});

describe('the tag balance checker used above', () => {
  it('catches misnesting, unclosed elements and stray brackets, and accepts void and self-closed tags', () => {
    expect(tagBalanceProblems('<p><b>x</p></b>')).not.toEqual([]);
    expect(tagBalanceProblems('<div><p>x</p>')).toEqual(['unclosed: div']);
    expect(tagBalanceProblems('<p>a < b</p>')).not.toEqual([]);
    expect(
      tagBalanceProblems('<p>a<br />b<meta charset="utf-8"></p><svg><line x1="1" /></svg>'),
    ).toEqual([]);
  });
});
