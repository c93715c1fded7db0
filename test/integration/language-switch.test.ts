/**
 * Changing the group's language (issue 17, Done-when): on a sheet that has run for a few weeks,
 * Language set to the pseudo-language and Set up or repair run, every cell of every tab is as
 * before except our own names (tabs, headers, Settings labels) and explanations, which are now
 * the new language's and read back as the old ones; the daily run still works on the renamed
 * sheet with the same figures; switching back to English gives the original sheet, cell for cell.
 */
import { Environment } from '../../emulator/environment';
import { englishName, PSEUDO_CLOSE, PSEUDO_OPEN } from '../../src/domain/i18n';
import { DERIVED_COLUMNS, TAB, TAB_SPECS } from '../../src/domain/sheet/tabs';
import { newProject, setSetting, setting, setUpProject, sheetNames } from './harness';
import { addMembers, askedOnly, checkinAnswers, submitCheckin, submitSurvey } from './members';

const DAY = 24 * 60 * 60 * 1000;

type Snapshot = Map<string, unknown[][]>;

/** Every tab's values, by tab name (uncounted). */
function snapshot(env: Environment): Snapshot {
  return env.meter.internal(
    () =>
      new Map(
        env.spreadsheet
          .getSheets()
          .map((sheet) => [sheet.getName(), sheet.getDataRange().getValues()] as const),
      ),
  );
}

/** Types a Settings value, the tab and the row found under their names in either language. */
function setLanguage(env: Environment, value: string): void {
  env.meter.internal(() => {
    const sheet = env.spreadsheet
      .getSheets()
      .find((tab) => englishName(tab.getName()) === 'Settings');
    const values = sheet!.getDataRange().getValues();
    const index = values.findIndex((cells) => englishName(cells[0]) === 'Language');
    sheet!.getRange(index + 1, 2).setValue(value);
  });
}

function setUp(env: Environment): void {
  // By entry point, not by caption: the menu's captions are in the group's language.
  const record = env.run('menuSetUp', undefined, 'menu');
  expect(record.ok).toBe(true);
}

function dailyRun(env: Environment): void {
  const record = env.run('dailyRun', undefined, 'trigger');
  expect(record.ok).toBe(true);
}

/** Every tab's own columns (Set up's), by tab; a response tab's are those Set up adds. */
const OWN_COLUMNS = new Map<string, readonly string[]>([
  ...TAB_SPECS.map((spec) => [spec.name, spec.columns.map((column) => column.name)] as const),
  ...[TAB.checkins, TAB.surveys, TAB.feedback, TAB.community].map(
    (tab) => [tab, Object.values(DERIVED_COLUMNS)] as const,
  ),
]);

/** Header cells of a tab's own columns still in English: none once the sheet is switched. */
function headersLeftInEnglish(sheet: Snapshot): string[] {
  return [...sheet].flatMap(([tab, values]) => {
    const own = OWN_COLUMNS.get(englishName(tab) ?? tab) ?? [];
    return (values[0] ?? [])
      .filter((cell) => own.includes(String(cell)))
      .map((cell) => `${tab}: ${String(cell)}`);
  });
}

/**
 * The same text in the pseudo-language: it wraps every message (and each message inside one)
 * in its markers and changes nothing else.
 */
function sameText(cell: unknown, was: unknown): boolean {
  const text = String(cell);
  return text.includes(PSEUDO_OPEN) && text.replace(/[⟦⟧]/g, '') === String(was);
}

/** The text in the pseudo-language, which wraps every message in its markers. */
const pseudo = (text: string) => `${PSEUDO_OPEN}${text}${PSEUDO_CLOSE}`;

/** A group that has met for three weeks, with check-ins, a survey and a daily run each day. */
function groupAfterWeeks(): Environment {
  const env = newProject({ start: Date.UTC(2026, 0, 5, 9, 0, 0) });
  setUpProject(env);
  setSetting(env, 'Group name', 'Harbour Lane');
  setSetting(env, 'Organisers', 'org@example.org');
  const emails = Array.from({ length: 7 }, (_, i) => `p${i + 1}@example.org`);
  addMembers(
    env,
    emails.map((email, i) => ({
      name: `Person ${i + 1}`,
      email,
      joined: '2025-12-01',
      roles: i < 4 ? 'Facilitator, Timekeeper, Greeter' : 'Greeter, Note-taker',
      buddy: i % 2 === 0,
    })),
  );
  for (let week = 0; week < 3; week += 1) {
    env.advanceBy(3 * DAY);
    for (const email of emails.slice(week)) submitCheckin(env, email);
    if (week === 1) for (const email of emails.slice(0, 5)) submitSurvey(env, email);
    env.advanceBy(4 * DAY);
  }
  dailyRun(env);
  return env;
}

describe('switching the language of a sheet in use', () => {
  let env: Environment;
  let english: Snapshot;
  let checkinForm: string;
  beforeAll(() => {
    env = groupAfterWeeks();
    english = snapshot(env);
    checkinForm = String(setting(env, 'Check-in form ID'));
  });

  it('renames our names only, each reading back as the English one, and keeps every other cell', () => {
    setLanguage(env, 'en-XA');
    const chosen = snapshot(env);
    setUp(env);
    const pseudoSheet = snapshot(env);

    expect(pseudoSheet.size).toBe(chosen.size);
    const renamedTabs: string[] = [];
    let renamedCells = 0;
    for (const [name, values] of pseudoSheet) {
      const before = englishName(name) ?? name;
      if (before !== name) renamedTabs.push(before);
      const old = chosen.get(before);
      expect({ tab: name, found: old !== undefined }).toEqual({ tab: name, found: true });
      expect({ tab: name, rows: values.length }).toEqual({ tab: name, rows: old!.length });
      values.forEach((cells, row) =>
        cells.forEach((cell, column) => {
          const was = old![row]?.[column];
          if (cell instanceof Date || was instanceof Date) {
            expect(cell).toEqual(was);
            return;
          }
          if (cell === was) return;
          renamedCells += 1;
          // A name reads back as the old one; an explanation is the old one in the new language.
          const readsBack = englishName(cell) === was || sameText(cell, was);
          expect({ tab: name, row: row + 1, column: column + 1, cell, readsBack }).toEqual({
            tab: name,
            row: row + 1,
            column: column + 1,
            cell,
            readsBack: true,
          });
        }),
      );
    }
    // Every tab Set up makes has a name of ours, and each has headers of ours.
    for (const tab of ['Settings', 'Members', 'Sessions', 'Check-ins', 'Surveys', 'Sent'])
      expect(renamedTabs).toContain(tab);
    expect(renamedCells).toBeGreaterThan(100);
    expect(sheetNames(env)).toContain(pseudo('Members'));
    expect(headersLeftInEnglish(pseudoSheet)).toEqual([]);
  });

  it('still runs the daily run on the renamed sheet, with the same figures', () => {
    const renamed = snapshot(env);
    dailyRun(env);
    // The outcome tabs are refreshed in the new language: the same figures, words wrapped.
    const after = snapshot(env);
    expect([...after.keys()].map((name) => englishName(name) ?? name)).toEqual(
      [...renamed.keys()].map((name) => englishName(name) ?? name),
    );
    for (const [name, values] of after) {
      const before = renamed.get(name) ?? renamed.get(englishName(name) ?? name)!;
      values.forEach((cells, row) =>
        cells.forEach((cell, column) => {
          const was = before[row]?.[column];
          const same =
            cell instanceof Date
              ? was instanceof Date && cell.getTime() === was.getTime()
              : cell === was || sameText(cell, was) || englishName(cell) === was;
          expect({ tab: name, row: row + 1, column: column + 1, cell, same }).toEqual({
            tab: name,
            row: row + 1,
            column: column + 1,
            cell,
            same: true,
          });
        }),
      );
    }
    expect(headersLeftInEnglish(snapshot(env))).toEqual([]);
  });

  it('still takes in a check-in on the renamed sheet', () => {
    const rows = () => snapshot(env).get(pseudo('Check-ins'))!.length;
    const before = rows();
    env.submitForm(checkinForm, {
      email: 'p7@example.org',
      // The form is in the new language too: its titles and choices wrapped.
      answers: askedOnly(
        env,
        checkinForm,
        Object.fromEntries(
          Object.entries(checkinAnswers()).map(([title, value]) => [
            pseudo(title),
            typeof value === 'string' ? pseudo(value) : value,
          ]),
        ),
      ),
    });
    expect(env.executions.at(-1)).toMatchObject({ ok: true });
    expect(rows()).toBe(before + 1);
    // Processed, under the renamed derived columns: its Member ID found, its status ok.
    const checkins = snapshot(env).get(pseudo('Check-ins'))!;
    const at = (column: string) => checkins[0].indexOf(pseudo(column));
    expect(checkins.at(-1)![at('Member ID')]).toMatch(/\S/);
    expect(checkins.at(-1)![at('Processing')]).toBe('ok');
    const members = snapshot(env).get(pseudo('Members'))!;
    expect(members[0]).toContain(pseudo('Member ID'));
  });

  it('gives back the original sheet when switched back to English', () => {
    const withCheckin = snapshot(env);
    setLanguage(env, 'English');
    setUp(env);
    const back = snapshot(env);
    expect([...back.keys()]).toEqual(
      [...withCheckin.keys()].map((name) => englishName(name) ?? name),
    );
    // The check-ins as they were, plus the one taken in while the sheet was in the other language.
    expect(back.get('Check-ins')!.slice(0, english.get('Check-ins')!.length)).toEqual(
      english.get('Check-ins'),
    );
    // Set up renames the outcome tabs; their contents are the daily run's to refresh (below).
    const refreshedDaily = (name: string) => name.startsWith('Outcomes: ');
    for (const [name, values] of back) {
      if (name === 'Check-ins' || refreshedDaily(name)) continue;
      expect({ tab: name, values }).toEqual({ tab: name, values: english.get(name) });
    }
    // The next daily run writes them in English again (their figures now count that check-in).
    dailyRun(env);
    for (const [name, values] of snapshot(env)) {
      if (!refreshedDaily(name)) continue;
      const wrapped = values.flat().filter((cell) => String(cell).includes(PSEUDO_OPEN));
      expect({ tab: name, wrapped }).toEqual({ tab: name, wrapped: [] });
      expect(values.length).toBe(english.get(name)!.length);
    }
  });
});
