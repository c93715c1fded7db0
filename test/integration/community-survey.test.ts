/**
 * The anonymous Community survey (issue 15 item 1, SPEC section 10) on the compiled bundle: Set
 * up makes a fourth form that collects no email, with the RIBS questions only once their wording
 * is pasted; responses name their event by the Activities row's event code, and those that name
 * no known event wait in Review; the "Outcomes: Community stigma" tab and the report show the
 * figures per event and per quarter, suppressed. A group set up by the landed build gets the
 * form and the Activities column on Set up or repair without losing anything.
 */
import { Environment } from '../../emulator/environment';
import { welchDifference } from '../../src/domain/stats/welch';
import {
  landedProject,
  newProject,
  setting,
  setUpProject,
  sheetNames,
  sheetValues,
  typeRows,
  upgrade,
} from './harness';
import { CONSENT } from './members';
import {
  addActivity,
  COMMUNITY,
  communityForm,
  pasteRibsWording,
  ribsWording,
  submitCommunity,
} from './community';

const DAY = 24 * 60 * 60 * 1000;
const CODE = COMMUNITY.code;
const TIMING = COMMUNITY.timing;
const TAB = COMMUNITY.tab;

function itemTitles(env: Environment): string[] {
  return env.meter.internal(() =>
    communityForm(env)
      .getItems()
      .map((item) => item.getTitle()),
  );
}

function records(env: Environment, tab: string): Record<string, unknown>[] {
  const [headers, ...rows] = sheetValues(env, tab);
  return rows
    .filter((row) => row.some((cell) => cell !== ''))
    .map((row) => Object.fromEntries(headers.map((header, i) => [String(header), row[i]])));
}

/** The rows of one block of the tab, by their first cell. */
function blockRows(env: Environment, heading: string): Map<string, unknown[]> {
  const values = sheetValues(env, TAB);
  const start = values.findIndex((row) => String(row[0]).startsWith(heading));
  expect(start).toBeGreaterThan(0);
  const rows = new Map<string, unknown[]>();
  for (const row of values.slice(start + 2)) {
    if (row[0] === '' || row[0] === undefined) break;
    rows.set(String(row[0]), row);
  }
  return rows;
}

function groupWithWording(): Environment {
  const env = newProject();
  setUpProject(env);
  pasteRibsWording(env);
  env.openSpreadsheet();
  expect(env.clickMenu('Set up or repair').ok).toBe(true);
  return env;
}

describe('community survey', () => {
  it('Set up makes an anonymous fourth form that asks RIBS only once its wording is pasted', () => {
    const env = newProject();
    setUpProject(env);
    const form = communityForm(env);
    expect(form.getTitle()).toBe('Community survey');
    expect(form.collectsEmail()).toBe(false);
    expect(String(setting(env, 'Community survey form link'))).toMatch(/^https:/);
    // No wording pasted: consent, event code and timing only; no RIBS question is invented.
    expect(itemTitles(env)).toEqual([CONSENT.title, CODE, TIMING]);
    const [headers] = sheetValues(env, 'Community survey');
    expect(headers).not.toContain('Email Address');
    expect(headers).toEqual(expect.arrayContaining([CODE, TIMING, 'Processing']));
    expect(sheetValues(env, 'Activities')[0]).toContain(CODE);
    expect(sheetNames(env).at(-1)).toBe('Community survey');
    expect(env.forms.all()).toHaveLength(4);
    // No event code anywhere yet: no community tab.
    expect(env.clickMenu('Refresh outcomes').ok).toBe(true);
    expect(sheetNames(env)).not.toContain(TAB);

    pasteRibsWording(env);
    expect(env.clickMenu('Set up or repair').ok).toBe(true);
    const titles = itemTitles(env);
    for (let item = 1; item <= 8; item += 1) expect(titles).toContain(ribsWording(item));
    expect(env.forms.all()).toHaveLength(4);
  });

  it('sends a response before the wording was pasted to Review, not into a figure', () => {
    const env = newProject();
    setUpProject(env);
    addActivity(env, '2026-01-08', 'HL-01');
    env.submitForm(communityForm(env).getId(), {
      email: '',
      answers: { [CONSENT.title]: CONSENT.agree, [CODE]: 'HL-01', [TIMING]: 'Before the event' },
    });
    expect(records(env, 'Community survey')).toHaveLength(0);
    const review = records(env, 'Review');
    expect(review).toHaveLength(1);
    expect(review[0].Source).toBe('Community survey');
  });

  it('keeps responses per event, sends an unknown code to Review verbatim, and shows suppressed figures', () => {
    const env = groupWithWording();
    addActivity(env, '2026-01-08', 'HL-01');
    addActivity(env, '2026-01-15', 'HL-02');
    env.advanceBy(3 * DAY);
    const before = [2, 3, 3, 2, 4, 3];
    const after = [4, 4, 5, 3, 4, 5];
    before.forEach((agree, i) => submitCommunity(env, 'HL-01', 'Before the event', agree, i < 5));
    // Typed in lower case with a space: still the same code.
    after.forEach((agree, i) =>
      submitCommunity(env, i === 0 ? ' hl-01' : 'HL-01', 'After the event', agree, i < 5),
    );
    submitCommunity(env, 'HL-02', 'Before the event', 3);
    submitCommunity(env, 'HL-02', 'After the event', 5);
    // Mistyped: the letter O for the zero.
    submitCommunity(env, 'HL-O1', 'After the event', 4);

    expect(records(env, 'Community survey')).toHaveLength(14);
    const review = records(env, 'Review');
    expect(review).toHaveLength(1);
    expect(review[0].Source).toBe('Community survey');
    expect(review[0][CODE]).toBe('HL-O1');
    expect(String(review[0].Reason)).toContain('HL-O1');

    env.openSpreadsheet();
    expect(env.clickMenu('Refresh outcomes').ok).toBe(true);
    const events = blockRows(env, 'Community survey per event');
    const hl01 = events.get('2026-01-08')!;
    // Date, kind, code, n before, n after, mean before, mean after, difference, lower, upper, yes 1-4.
    expect(hl01.slice(1, 5)).toEqual(['outreach', 'HL-01', 6, 6]);
    const meanOf = (values: number[]) => (values.reduce((a, b) => a + b, 0) * 4) / values.length;
    expect(hl01[5]).toBeCloseTo(meanOf(before), 10);
    expect(hl01[6]).toBeCloseTo(meanOf(after), 10);
    const welch = welchDifference(
      before.map((a) => a * 4),
      after.map((a) => a * 4),
    );
    if (!welch.ok) throw new Error(welch.reason);
    expect(hl01[7]).toBeCloseTo(welch.value.difference, 10);
    expect(hl01[8]).toBeCloseTo(welch.value.interval.lower, 10);
    expect(hl01[9]).toBeCloseTo(welch.value.interval.upper, 10);
    // Item 1: 10 of 12 said yes; items 2-4 unanswered, so no "yes": 0 is below 5, hidden.
    expect(hl01[10]).toBe(10);
    expect(typeof hl01[11]).toBe('string');
    // HL-02 had two responses: every figure is hidden.
    const hl02 = events.get('2026-01-15')!;
    expect(hl02.slice(3).every((cell) => typeof cell === 'string')).toBe(true);
    // The quarter minus HL-01 would give HL-02's one response per side back: hidden too.
    const quarter = blockRows(env, 'Community survey per quarter').get('2026 Q1')!;
    expect(quarter[1]).toBe(2);
    expect(quarter.slice(2, 9).every((cell) => typeof cell === 'string')).toBe(true);

    // A facilitator corrects the code in Review and re-processes it.
    env.meter.internal(() => {
      const sheet = env.spreadsheet.getSheetByName('Review')!;
      const values = sheet.getDataRange().getValues();
      sheet.getRange(2, values[0].indexOf(CODE) + 1).setValue('HL-01');
      sheet.getRange(2, values[0].indexOf('Action') + 1).setValue('re-process');
    });
    expect(env.clickMenu('Re-process reviewed rows').ok).toBe(true);
    expect(records(env, 'Community survey')).toHaveLength(15);
    expect(records(env, 'Review')).toHaveLength(0);
    expect(env.clickMenu('Refresh outcomes').ok).toBe(true);
    expect(blockRows(env, 'Community survey per event').get('2026-01-08')![4]).toBe(7);

    env.sheets.ui.queuePromptResponse('2026-01-01 to 2026-03-31', 'OK');
    expect(env.clickMenu('Generate report').ok).toBe(true);
    const html = env.sheets.ui.dialogs.at(-1)!.html;
    expect(html).toContain('id="community-survey"');
    expect(html).toContain('HL-01');
    expect(html).toContain('2026 Q1');
  });

  it('says so in the tab when accepted responses lose their event because its code was edited', () => {
    const env = groupWithWording();
    addActivity(env, '2026-01-08', 'HL-01');
    env.advanceBy(3 * DAY);
    for (let i = 0; i < 6; i += 1) submitCommunity(env, 'HL-01', 'Before the event', 3);
    expect(records(env, 'Community survey')).toHaveLength(6);
    env.openSpreadsheet();
    expect(env.clickMenu('Refresh outcomes').ok).toBe(true);
    const noteMentioning = (count: number) =>
      sheetValues(env, TAB).some((row) =>
        row.some((cell) => String(cell).startsWith(`${count} Community survey response(s)`)),
      );
    expect(noteMentioning(6)).toBe(false);

    // A facilitator retypes the code in Activities after the responses came in.
    env.meter.internal(() => {
      const sheet = env.spreadsheet.getSheetByName('Activities')!;
      const values = sheet.getDataRange().getValues();
      sheet.getRange(2, values[0].indexOf(CODE) + 1).setValue('HL-09');
    });
    expect(env.clickMenu('Refresh outcomes').ok).toBe(true);
    // The responses are kept, count in no figure, and the tab says how many and how to fix it.
    expect(records(env, 'Community survey')).toHaveLength(6);
    const event = blockRows(env, 'Community survey per event').get('2026-01-08')!;
    expect(event[2]).toBe('HL-09');
    expect(event[3]).not.toBe(6);
    expect(noteMentioning(6)).toBe(true);
  });

  it('reaches a group set up by the landed build, keeping its tabs and activities', () => {
    const env = landedProject();
    setUpProject(env);
    typeRows(env, 'Activities', [['2026-01-06', 'outreach', 'Stall at the fair', 'Mind', '', 25]]);
    expect(setting(env, 'Community survey form ID')).toBeUndefined();
    const activities = sheetValues(env, 'Activities');
    const others = Object.fromEntries(
      ['Members', 'Sessions', 'Check-ins', 'Surveys'].map((tab) => [tab, sheetValues(env, tab)]),
    );

    upgrade(env);
    env.openSpreadsheet();
    expect(env.clickMenu('Set up or repair').ok).toBe(true);
    expect(String(setting(env, 'Community survey form ID'))).not.toBe('');
    // Activities gains only its Event code column, at the end; the row is as it was.
    const after = sheetValues(env, 'Activities');
    const width = activities[0].length;
    expect(after.map((row) => row.slice(0, width))).toEqual(activities);
    expect(after[0].slice(width)).toContain(CODE);
    expect(sheetValues(env, 'Sessions')).toEqual(others['Sessions']);
    expect(sheetValues(env, 'Members').length).toBe(others['Members'].length);

    // The facilitator types the code into the old row; a response to it is accepted.
    env.meter.internal(() => {
      const sheet = env.spreadsheet.getSheetByName('Activities')!;
      sheet.getRange(2, after[0].indexOf(CODE) + 1).setValue('FAIR-1');
    });
    pasteRibsWording(env);
    expect(env.clickMenu('Set up or repair').ok).toBe(true);
    submitCommunity(env, 'FAIR-1', 'Before the event', 4);
    expect(records(env, 'Community survey').map((row) => row.Processing)).toEqual(['ok']);
    expect(sheetNames(env).filter((name) => name.startsWith('Community survey'))).toEqual([
      'Community survey',
    ]);
    expect(env.forms.all()).toHaveLength(4);
  });
});
