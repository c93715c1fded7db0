/**
 * Working groups (issue 15, item 5) on the compiled bundle: a tab Set up makes, names beside
 * the ids, figures in the Participation tab and the report (members involved suppressed below
 * the minimum), and removal that takes the member out.
 */
import { Environment } from '../../emulator/environment';
import { newProject, setUpProject, sheetValues, typeRows } from './harness';
import { addMembers } from './members';

const NAMES = ['Ana Lima', 'Bo Chen', 'Cy Okafor', 'Dee Ng', 'Eli Roth', 'Fay Ude', 'Gus Pai'];

function rows(env: Environment, tab: string): Record<string, unknown>[] {
  const [headers, ...data] = sheetValues(env, tab);
  return data
    .filter((row) => row.some((cell) => cell !== ''))
    .map((row) => Object.fromEntries(headers.map((header, index) => [String(header), row[index]])));
}

function block(env: Environment, heading: string): unknown[][] {
  const values = sheetValues(env, 'Outcomes: Participation');
  const at = values.findIndex((row) => row[0] === heading);
  expect(at).toBeGreaterThanOrEqual(0);
  const end = values.findIndex((row, index) => index > at && row.every((cell) => cell === ''));
  return values.slice(at + 1, end < 0 ? undefined : end);
}

describe('working groups', () => {
  let env: Environment;
  beforeEach(() => {
    env = newProject({ start: Date.UTC(2026, 0, 5, 9, 0, 0) });
    setUpProject(env);
    addMembers(
      env,
      NAMES.map((name, i) => ({ name, email: `w${i}@example.org`, joined: '2025-06-01' })),
    );
    env.openSpreadsheet();
    env.clickMenu('Plan rotation'); // gives ids M0001..M0007
    typeRows(env, 'Working groups', [
      [
        'Library stall',
        'Talk to the public about peer support',
        'M0001, M0002, M0003',
        '',
        'City library',
        'active',
        'Book May date',
        '2025-11-01',
      ],
      [
        'Newsletter',
        'A monthly newsletter',
        'M0003, M0004, M0005, M0006',
        '',
        '',
        'active',
        '',
        '',
      ],
      [
        'Film night',
        'Screening and talk',
        'M0007',
        '',
        'Arts centre',
        'finished',
        '',
        '2025-09-01',
      ],
    ]);
  });

  it('Set up makes the tab; refreshing fills in the names and the Participation tab counts groups, members and partners', () => {
    expect(env.clickMenu('Refresh outcomes').ok).toBe(true);
    const groups = rows(env, 'Working groups');
    expect(groups.map((row) => row['Member names'])).toEqual([
      'Ana Lima, Bo Chen, Cy Okafor',
      'Cy Okafor, Dee Ng, Eli Roth, Fay Ude',
      'Gus Pai',
    ]);
    const figures = block(env, 'Working groups');
    expect(figures[0].slice(0, 4)).toEqual([
      'Status',
      'Working groups',
      'Members involved',
      'Partner organisations',
    ]);
    const row = (status: string) => figures.find((cells) => cells[0] === status)!.slice(0, 4);
    // Cy is in two groups and counts once.
    expect(row('active')).toEqual(['active', 2, 6, 1]);
    expect(row('finished')).toEqual(['finished', 1, 'suppressed (fewer than 5)', 1]);
    expect(row('all')).toEqual(['all', 3, 7, 2]);
  });

  it('the report says how many working groups, members and partners, for the period', () => {
    env.sheets.ui.queuePromptResponse('2025-10-01 to 2026-01-04', 'OK');
    expect(env.clickMenu('Generate report').ok).toBe(true);
    const html = env.sheets.ui.dialogs.at(-1)?.html ?? '';
    expect(html).toContain(
      'Members also work together in 3 working groups, 7 members in all, with 2 partner organisations.',
    );
  });

  it("removing a member takes them out of a working group's members and names", () => {
    env.clickMenu('Refresh outcomes');
    env.sheets.ui.queuePromptResponse('w2@example.org', 'OK');
    env.sheets.ui.queueAlertResponse('YES');
    expect(env.clickMenu("Remove a member's data").ok).toBe(true);
    const groups = rows(env, 'Working groups');
    expect(groups.map((row) => row['Members'])).toEqual([
      'M0001, M0002',
      'M0004, M0005, M0006',
      'M0007',
    ]);
    expect(JSON.stringify(sheetValues(env, 'Working groups'))).not.toContain('Cy Okafor');
  });
});
