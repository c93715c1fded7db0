/**
 * Every instrument, every option of its scale, from an answer submitted on the live Survey form
 * to the figure in the Growth tab (issue 13, item 1). Sheets stores the option "3" as the number
 * 3, which once made every BRCS middle answer unscorable while the response read "ok".
 *
 * Six members answer a baseline and a first follow-up; then, one submission at a time, a member
 * sends a new follow-up whose answers put each option of each scale on some item. After each
 * submission the Growth tab must show all six pairs and the means an independent scorer (the
 * published scoring, written out below, not the app's code) computes from every answer so far.
 */
import { Environment } from '../../emulator/environment';
import { INSTRUMENTS, SWEMWBS_METRIC_CONVERSION } from '../../src/domain/instruments';
import { newProject, setSetting, setUpProject, sheetValues } from './harness';
import { addMembers, CONSENT } from './members';

const DAY = 24 * 60 * 60 * 1000;
const MEMBERS = 6;

interface ItemKey {
  instrument: string;
  id: string;
  /** Option labels in form order, with the points the published scoring gives each. */
  options: ReadonlyArray<readonly [string, number | null]>;
  reversed: boolean;
  scored: boolean;
}

const FIVE_FREQUENCY: ItemKey['options'] = [
  ['None of the time', 1],
  ['Rarely', 2],
  ['Some of the time', 3],
  ['Often', 4],
  ['All of the time', 5],
];
const ROSENBERG: ItemKey['options'] = [
  ['Strongly agree', 3],
  ['Agree', 2],
  ['Disagree', 1],
  ['Strongly disagree', 0],
];
const BRCS: ItemKey['options'] = [
  ['Does not describe me at all', 1],
  ['2', 2],
  ['3', 3],
  ['4', 4],
  ['Describes me very well', 5],
];
const ISMI: ItemKey['options'] = [
  ['Strongly disagree', 1],
  ['Disagree', 2],
  ['Agree', 3],
  ['Strongly agree', 4],
];
const RIBS_REPORTED: ItemKey['options'] = [
  ['Yes', null],
  ['No', null],
  ["Don't know", null],
];
const RIBS_INTENDED: ItemKey['options'] = [
  ['Agree strongly', 5],
  ['Agree slightly', 4],
  ['Neither agree nor disagree', 3],
  ['Disagree slightly', 2],
  ['Disagree strongly', 1],
  ["Don't know", 3],
];

const ROSENBERG_REVERSED = new Set([2, 5, 6, 8, 9]);
const ITEMS: ItemKey[] = [
  ...[1, 2, 3, 4, 5, 6, 7].map((n) => ({
    instrument: 'swemwbs',
    id: `swemwbs_${n}`,
    options: FIVE_FREQUENCY,
    reversed: false,
    scored: true,
  })),
  ...[1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((n) => ({
    instrument: 'rses',
    id: `rses_${n}`,
    options: ROSENBERG,
    reversed: ROSENBERG_REVERSED.has(n),
    scored: true,
  })),
  ...[1, 2, 3, 4].map((n) => ({
    instrument: 'brcs',
    id: `brcs_${n}`,
    options: BRCS,
    reversed: false,
    scored: true,
  })),
  ...['al', 'se', 'de', 'sw', 'sr'].flatMap((code) =>
    ['a', 'b'].map((letter) => ({
      instrument: 'ismi10',
      id: `ismi10_${code}_${letter}`,
      options: ISMI,
      reversed: code === 'sr',
      scored: true,
    })),
  ),
  ...[1, 2, 3, 4].map((n) => ({
    instrument: 'ribs',
    id: `ribs_${n}`,
    options: RIBS_REPORTED,
    reversed: false,
    scored: false,
  })),
  ...[5, 6, 7, 8].map((n) => ({
    instrument: 'ribs',
    id: `ribs_${n}`,
    options: RIBS_INTENDED,
    reversed: false,
    scored: true,
  })),
];

const GROWTH_ROW: Record<string, string> = {
  swemwbs: '(SWEMWBS)',
  rses: '(RSES)',
  brcs: '(BRCS)',
  ismi10: '(ISMI-10)',
  ribs: '(RIBS)',
};

/** Wording pasted for an item: its id in brackets, so the test finds each question's item. */
const wordingOf = (id: string) => `[${id}] wording pasted for the test`;

/** The question's title on the form: the shipped wording (Rosenberg) or the pasted one. */
function titleOf(id: string): string {
  const shipped = INSTRUMENTS.flatMap((instrument) => instrument.items).find(
    (item) => item.id === id,
  )?.text;
  return shipped ?? wordingOf(id);
}

/** One submission's answers: item → option index, varied by item so each option is used. */
type Answers = Map<string, number>;

function answersFor(seed: number): Answers {
  return new Map(ITEMS.map((item, index) => [item.id, (seed + index) % item.options.length]));
}

/** The published scoring, written out independently of src/domain/instruments. */
function expectedScore(instrument: string, answers: Answers): number {
  const items = ITEMS.filter((item) => item.instrument === instrument && item.scored);
  const points = items.map((item) => {
    const value = item.options[answers.get(item.id)!][1]!;
    if (!item.reversed) return value;
    const onScale = item.options.map(([, p]) => p!);
    return Math.min(...onScale) + Math.max(...onScale) - value;
  });
  const sum = points.reduce((total, value) => total + value, 0);
  if (instrument === 'swemwbs') return SWEMWBS_METRIC_CONVERSION[sum];
  if (instrument === 'ismi10') return sum / points.length;
  return sum;
}

function submit(
  env: Environment,
  email: string,
  answers: Answers,
  instruments: readonly string[] = Object.keys(GROWTH_ROW),
): void {
  const formId = String(
    sheetValues(env, 'Settings').find((row) => row[0] === 'Survey form ID')![1],
  );
  // Every member agrees to take part: the form requires it (SPEC section 9).
  const byTitle: Record<string, string> = { [CONSENT.title]: CONSENT.agree };
  for (const item of ITEMS.filter((candidate) => instruments.includes(candidate.instrument)))
    byTitle[titleOf(item.id)] = item.options[answers.get(item.id)!][0];
  env.submitForm(formId, { email, answers: byTitle });
}

/** A group of six with every instrument's wording pasted and the given instruments on. */
function surveyProject(instruments: string): { env: Environment; emails: string[] } {
  const env = newProject({ start: Date.UTC(2026, 0, 5, 9, 0, 0) });
  setUpProject(env);
  setSetting(env, 'Instruments on', instruments);
  env.meter.internal(() => {
    const sheet = env.spreadsheet.getSheetByName('Instrument wording')!;
    const values = sheet.getDataRange().getValues();
    const idAt = values[0].indexOf('Item ID');
    const wordingAt = values[0].indexOf('Wording');
    values.slice(1).forEach((row, index) => {
      sheet.getRange(index + 2, wordingAt + 1).setValue(wordingOf(String(row[idAt])));
    });
  });
  expect(env.clickMenu('Set up or repair').ok).toBe(true);
  const emails = Array.from({ length: MEMBERS }, (_, m) => `m${m + 1}@example.org`);
  addMembers(
    env,
    emails.map((email, m) => ({ name: `Member ${m + 1}`, email, joined: '2025-12-01' })),
  );
  return { env, emails };
}

const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;

function growthRow(env: Environment, instrument: string): unknown[] {
  const row = sheetValues(env, 'Outcomes: Growth and stigma').find((cells) =>
    String(cells[0]).endsWith(GROWTH_ROW[instrument]),
  );
  if (!row) throw new Error(`no Growth row for ${instrument}`);
  return row;
}

describe('every instrument, every option: from the form to the Growth tab', () => {
  it('scores each answer as published and shows every pair, after every submission', () => {
    const { env, emails } = surveyProject('swemwbs, rses, brcs, ismi10, ribs');

    const baseline = emails.map((_, m) => answersFor(m * 7));
    const latest = emails.map((_, m) => answersFor(m * 7 + 3));
    emails.forEach((email, m) => submit(env, email, baseline[m]));
    env.advanceBy(DAY);
    emails.forEach((email, m) => submit(env, email, latest[m]));

    // Every option of every scale appears on some item of some submission below.
    const longest = Math.max(...ITEMS.map((item) => item.options.length));
    const used = new Map(ITEMS.map((item) => [item.id, new Set<number>()]));
    const note = (answers: Answers) => answers.forEach((option, id) => used.get(id)!.add(option));
    [...baseline, ...latest].forEach(note);
    for (let step = 0; step < longest + 2; step += 1) {
      env.advanceBy(DAY);
      const member = step % MEMBERS;
      latest[member] = answersFor(step * 3 + 1);
      note(latest[member]);
      submit(env, emails[member], latest[member]);
      expect(env.clickMenu('Refresh outcomes').ok).toBe(true);
      expect(env.executions.filter((run) => !run.ok)).toEqual([]);
      for (const instrument of Object.keys(GROWTH_ROW)) {
        const row = growthRow(env, instrument);
        const before = baseline.map((answers) => expectedScore(instrument, answers));
        const after = latest.map((answers) => expectedScore(instrument, answers));
        expect({ instrument, step, n: row[2] }).toEqual({ instrument, step, n: MEMBERS });
        expect([instrument, step, row[3]]).toEqual([
          instrument,
          step,
          expect.closeTo(mean(before), 9),
        ]);
        expect([instrument, step, row[4]]).toEqual([
          instrument,
          step,
          expect.closeTo(mean(after), 9),
        ]);
        expect([instrument, step, row[5]]).toEqual([
          instrument,
          step,
          expect.closeTo(mean(after) - mean(before), 9),
        ]);
      }
    }
    for (const item of ITEMS)
      expect([item.id, used.get(item.id)!.size]).toEqual([item.id, item.options.length]);
    // Nothing went to Review: every answer was one of its options.
    expect(sheetValues(env, 'Review').length).toBe(1);
  });
});

describe('outcome cells hold exact figures (issue 13, item 10)', () => {
  it('writes the true mean and interval, rounded only by the number format; the report says how the CI is computed', () => {
    const { env, emails } = surveyProject('swemwbs, rses');
    const baseline = emails.map((_, m) => answersFor(m * 7));
    const latest = emails.map((_, m) => answersFor(m * 7 + 3));
    emails.forEach((email, m) => submit(env, email, baseline[m], ['swemwbs', 'rses']));
    env.advanceBy(DAY);
    emails.forEach((email, m) => submit(env, email, latest[m], ['swemwbs', 'rses']));
    expect(env.clickMenu('Refresh outcomes').ok).toBe(true);

    const changes = emails.map(
      (_, m) => expectedScore('swemwbs', latest[m]) - expectedScore('swemwbs', baseline[m]),
    );
    const meanChange = mean(changes);
    const sd = Math.sqrt(
      changes.reduce((sum, change) => sum + (change - meanChange) ** 2, 0) / (changes.length - 1),
    );
    // Student's t, 97.5th percentile, 5 degrees of freedom (n - 1 with n = 6), from the table.
    const halfWidth = (2.570581835636314 * sd) / Math.sqrt(changes.length);
    const row = growthRow(env, 'swemwbs');
    expect(row[5]).toBeCloseTo(meanChange, 12);
    expect(row[6]).toBeCloseTo(meanChange - halfWidth, 9);
    expect(row[7]).toBeCloseTo(meanChange + halfWidth, 9);
    // Some figure here has more decimals than are shown: the cell must not have been rounded.
    expect(
      [row[3], row[4], row[5], row[6]].some(
        (cell) => Number(cell) !== Math.round(Number(cell) * 100) / 100,
      ),
    ).toBe(true);

    env.meter.internal(() => {
      const sheet = env.spreadsheet.getSheetByName('Outcomes: Growth and stigma')!;
      const at = sheet
        .getDataRange()
        .getValues()
        .findIndex((cells) => String(cells[0]) === String(row[0]));
      const formats = sheet.getRange(at + 1, 1, 1, 9).getNumberFormats()[0];
      const shown = sheet.getRange(at + 1, 1, 1, 9).getDisplayValues()[0];
      expect(formats.slice(2, 9)).toEqual(['0', '0.00', '0.00', '0.00', '0.00', '0.00', '0.00']);
      expect(shown[5]).toBe(meanChange.toFixed(2));
    });
    const notes = sheetValues(env, 'Outcomes: Growth and stigma').flat().map(String);
    expect(notes.some((text) => /n − 1 degrees of freedom/.test(text))).toBe(true);

    env.openSpreadsheet();
    env.sheets.ui.queuePromptResponse('2025-12-01 to 2026-01-31', 'OK');
    expect(env.clickMenu('Generate report').ok).toBe(true);
    expect(env.sheets.ui.dialogs.at(-1)!.html).toMatch(
      /t distribution with n − 1 degrees of freedom/,
    );
  });
});
