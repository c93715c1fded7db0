/**
 * After a season with private data (comments, outreach notes, facilitator notes, an outlier's
 * extreme scores and a month when only the outlier checked in), no log line, email, outcome
 * tab, report or saved file shows one member's answer, score, comment or note.
 */
import { Environment } from '../../emulator/environment';
import { OUTCOME_TABS } from './support/outcome-tabs';
import { COMMUNITY } from '../integration/community';
import {
  COMMUNITY_EVENTS,
  commentMarker,
  noteMarker,
  OUTLIER,
  OUTLIER_SCORES,
  outreachMarker,
  PEOPLE,
  simulatePrivateSeason,
  SMALL_EVENT_SCORES,
} from './support/privacy-simulation';
import { tabValues } from './support/sheet-access';

const MARKER = /(NOTE|COMMENT|OUTREACH)-MARKER-\d+(-\d+)?-[a-z0-9]{3}/g;

interface Surface {
  name: string;
  text: string;
}

function markersIn(surfaces: readonly Surface[]): string[] {
  return surfaces.flatMap((surface) =>
    [...surface.text.matchAll(MARKER)].map((match) => `${surface.name}: ${match[0]}`),
  );
}

function identitiesIn(surfaces: readonly Surface[]): string[] {
  return surfaces.flatMap((surface) =>
    PEOPLE.flatMap((person) =>
      [person.name, person.email, person.id]
        .filter((identity) => surface.text.includes(identity))
        .map((identity) => `${surface.name}: ${identity}`),
    ),
  );
}

/** A number standing alone (not part of a date, a decimal or a longer number). */
const alone = (value: number) => new RegExp(`(?<![\\d.\\-/:])${value}(?![\\d.\\-/:])`);

/** Column titles of figures computed from members' answers or attendance. */
const ABOUT_MEMBERS = /member|mood|coping|supported|check-in|response rate/i;

const withoutSvg = (html: string) => html.replace(/<svg[\s\S]*?<\/svg>/g, '');

describe('privacy of a full simulated season', () => {
  let env: Environment;
  let report: Surface[];
  let tabs: Surface[];
  beforeAll(() => {
    env = simulatePrivateSeason();
    env.openSpreadsheet();
    env.clickMenu('Refresh outcomes');
    env.sheets.ui.queuePromptResponse('', 'OK');
    if (!env.clickMenu('Generate report').ok) throw new Error('Generate report failed');
    const file = env.drive.files().at(-1);
    if (!file) throw new Error('No report saved');
    report = [
      { name: 'report dialog', text: env.sheets.ui.dialogs.at(-1)?.html ?? '' },
      { name: 'saved report', text: env.drive.textOf(file.id) },
    ];
    tabs = [...OUTCOME_TABS, COMMUNITY.tab].map((tab) => ({
      name: tab,
      text: tabValues(env, tab).flat().map(String).join('\n'),
    }));
  }, 60_000);

  it('the simulation really holds the private data the scan looks for', () => {
    const sheet = ['Members', 'Check-ins'].map((tab) => tabValues(env, tab).flat().join('\n'));
    expect(sheet.join('\n')).toContain(noteMarker(OUTLIER.n));
    expect(sheet.join('\n')).toContain(commentMarker(OUTLIER.n, 100));
    expect(sheet.join('\n')).toContain(outreachMarker(1));
    expect(env.mail.outbox().length).toBeGreaterThan(20);
    expect(env.executions.filter((run) => !run.ok)).toEqual([]);
    const community = tabValues(env, 'Community survey').flat().map(String);
    expect(community.filter((cell) => cell === COMMUNITY_EVENTS.small)).toHaveLength(2);
  });

  it('no comment, outreach note or facilitator note reaches logs, emails, UI, tabs or the report', () => {
    const emails = env.mail.outbox().map((message, index) => ({
      name: `email ${index} "${message.subject}"`,
      text: `${message.subject}\n${message.body}\n${message.htmlBody ?? ''}`,
    }));
    const ui = env.sheets.ui;
    const screen = [...ui.toasts.map((t) => t.message), ...ui.alerts.map((a) => a.prompt)];
    expect(
      markersIn([
        { name: 'log', text: env.logging.text() },
        ...emails,
        { name: 'toasts and alerts', text: screen.join('\n') },
        ...tabs,
        ...report,
      ]),
    ).toEqual([]);
  });

  it('no email carries a survey answer or score', () => {
    const answers = /Strongly agree|Strongly disagree|self-esteem score|RSES|Rosenberg/i;
    const leaks = env.mail
      .outbox()
      .filter((message) => answers.test(`${message.subject}\n${message.body}`))
      .map((message) => message.subject);
    expect(leaks).toEqual([]);
  });

  it('logs, outcome tabs and the report name no member', () => {
    expect(identitiesIn([{ name: 'log', text: env.logging.text() }, ...tabs, ...report])).toEqual(
      [],
    );
  });

  it("a month in which only one member checked in shows no figure from that member's answers", () => {
    const figures: string[] = [];
    for (const tab of OUTCOME_TABS) {
      const values = tabValues(env, tab);
      values.forEach((row, index) => {
        if (String(row[0]) !== '2026-03') return;
        const header = values
          .slice(0, index)
          .reverse()
          .find((candidate) => candidate[0] === 'Month');
        row.forEach((cell, column) => {
          const title = String(header?.[column] ?? '');
          if (typeof cell === 'number' && ABOUT_MEMBERS.test(title))
            figures.push(`${tab} 2026-03 "${title}" = ${cell}`);
        });
      });
    }
    expect(figures).toEqual([]);
    expect(tabValues(env, 'Outcomes: Wellbeing trend').some((row) => row[0] === '2026-03')).toBe(
      true,
    );
  });

  it("the outlier's own scores (2 at baseline, 29 at follow-up, change 27) appear nowhere", () => {
    const growthNumbers = tabValues(env, 'Outcomes: Growth and stigma')
      .flat()
      .filter((cell): cell is number => typeof cell === 'number');
    const own = Object.values(OUTLIER_SCORES);
    expect(growthNumbers.filter((value) => own.includes(value as never))).toEqual([]);
    for (const surface of report)
      for (const value of [OUTLIER_SCORES.followUp, OUTLIER_SCORES.change])
        expect({
          surface: surface.name,
          value,
          found: alone(value).test(withoutSvg(surface.text)),
        }).toEqual({ surface: surface.name, value, found: false });
  });

  it("the small event's two anonymous responses give no figure, alone or by subtraction", () => {
    const values = tabValues(env, COMMUNITY.tab);
    const small = values.find((row) => row[2] === COMMUNITY_EVENTS.small);
    const large = values.find((row) => row[2] === COMMUNITY_EVENTS.large);
    expect(small).toBeDefined();
    // Date, kind and code are shown; no figure of the small event is a number.
    expect(small!.slice(3).filter((cell) => typeof cell === 'number')).toEqual([]);
    expect(large!.slice(3, 5)).toEqual([6, 6]);
    // Its quarter pools both events: the after side, less the large event's, would be the two.
    const quarter = values.find((row) => row[0] === '2026 Q1')!;
    expect(typeof quarter[3]).toBe('string');
    expect(typeof quarter[5]).toBe('string');
    const lowest = Math.min(...SMALL_EVENT_SCORES);
    for (const surface of report.filter((each) => each.name === 'report dialog'))
      expect(withoutSvg(surface.text)).toContain(COMMUNITY_EVENTS.small);
    expect(values.flat().filter((cell) => cell === lowest)).toEqual([]);
  });
});
