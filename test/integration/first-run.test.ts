/**
 * A volunteer's first run: after Set up on a brand-new sheet the first tab is "Start here" with
 * the next steps, the facilitators' tabs follow, the forms' raw response tabs come last, the
 * empty tab the spreadsheet came with is gone, and the dialog separates what it created from what
 * it repaired and ends with the next step.
 */
import { Environment } from '../../emulator/environment';
import { addMembers, submitCheckin } from './members';
import { newProject, setSetting, setUpProject, sheetNames, sheetValues } from './harness';

const FACILITATOR_TABS = [
  'Start here',
  'Settings',
  'Members',
  'Sessions',
  'Attendance register',
  'Rota',
  'Rotation',
  'Buddies',
  'Activities',
  'Working groups',
  'Stories',
  'Review',
  'Contact requests',
  'Instrument wording',
  'Messages',
  'Sent',
];

function lastDialog(env: Environment): string {
  return env.sheets.ui.dialogs.at(-1)?.html ?? '';
}

function checklist(env: Environment): Record<string, string> {
  const [, ...rows] = sheetValues(env, 'Start here');
  return Object.fromEntries(rows.map((row) => [String(row[0]), String(row[1])]));
}

describe('first run', () => {
  let env: Environment;
  beforeEach(() => {
    env = newProject();
    setUpProject(env);
  });

  it('puts Start here first, the facilitators’ tabs next and the response tabs last, and removes the empty Sheet1', () => {
    const names = sheetNames(env);
    expect(names).not.toContain('Sheet1');
    expect(names.slice(0, FACILITATOR_TABS.length)).toEqual(FACILITATOR_TABS);
    expect(names.slice(-4)).toEqual(['Check-ins', 'Surveys', 'Feedback', 'Community survey']);
  });

  it('lists the next steps on Start here, none done on a new sheet', () => {
    const steps = checklist(env);
    expect(Object.keys(steps)).toEqual([
      'Fill in Settings',
      'Add your members',
      'Share the forms',
      'Paste the wording of your survey instruments',
      'Run Check installation',
    ]);
    expect(Object.values(steps)).toEqual(['to do', 'to do', 'to do', 'to do', 'to do']);
  });

  it('separates created from repaired, lists no settings as repaired, and ends with the next step', () => {
    const html = lastDialog(env);
    expect(html).toContain('<h3>Created</h3>');
    expect(html).not.toContain('<h3>Repaired</h3>');
    expect(html).toMatch(/Settings: \d+ settings with their default values/);
    const headings = [...html.matchAll(/<h3>([^<]*)<\/h3>/g)].map((match) => match[1]);
    expect(headings.at(-1)).toBe('Next step: Fill in Settings');
  });

  it('marks steps done as the group does them, and names the next one', () => {
    setSetting(env, 'Group name', 'Harbour Lane Peer Support');
    setSetting(env, 'Organisers', 'organiser@example.org');
    addMembers(env, [{ name: 'Ana Costa', email: 'ana@example.org', joined: '2026-01-01' }]);
    expect(env.clickMenu('Set up or repair').ok).toBe(true);
    const steps = checklist(env);
    expect(steps['Fill in Settings']).toBe('done');
    expect(steps['Add your members']).toBe('done');
    expect(steps['Share the forms']).toBe('to do');
    const headings = [...lastDialog(env).matchAll(/<h3>([^<]*)<\/h3>/g)].map((m) => m[1]);
    expect(headings.at(-1)).toBe('Next step: Share the forms');
  });

  it('keeps the checklist up to date between Set ups: the daily run marks members added and answers arriving', () => {
    addMembers(env, [{ name: 'Ana Costa', email: 'ana@example.org', joined: '2026-01-01' }]);
    env.run('dailyRun', undefined, 'trigger');
    expect(checklist(env)['Add your members']).toBe('done');
    expect(checklist(env)['Share the forms']).toBe('to do');
    submitCheckin(env, 'ana@example.org');
    env.run('dailyRun', undefined, 'trigger');
    expect(checklist(env)['Share the forms']).toBe('done');
  });

  it('keeps a tab the group typed into, and the group’s own order on repair, but puts response tabs last again', () => {
    const fresh = newProject();
    fresh.meter.internal(() =>
      fresh.spreadsheet.getSheets()[0].getRange('A1').setValue('our notes'),
    );
    setUpProject(fresh);
    const names = sheetNames(fresh);
    expect(names).toContain('Sheet1');
    expect(names.slice(-4)).toEqual(['Check-ins', 'Surveys', 'Feedback', 'Community survey']);
    // The group moves Members to the end; Google puts a response tab first.
    fresh.meter.internal(() => {
      const spreadsheet = fresh.spreadsheet;
      spreadsheet.setActiveSheet(spreadsheet.getSheetByName('Members')!);
      spreadsheet.moveActiveSheet(spreadsheet.getSheets().length);
      spreadsheet.setActiveSheet(spreadsheet.getSheetByName('Surveys')!);
      spreadsheet.moveActiveSheet(1);
    });
    expect(fresh.clickMenu('Set up or repair').ok).toBe(true);
    const repaired = sheetNames(fresh);
    expect(repaired[0]).toBe('Start here');
    expect(repaired.slice(-5)).toEqual([
      'Members',
      'Check-ins',
      'Surveys',
      'Feedback',
      'Community survey',
    ]);
  });

  it('creates outcome tabs before the response tabs', () => {
    expect(env.clickMenu('Refresh outcomes').ok).toBe(true);
    const names = sheetNames(env);
    expect(names.slice(-4)).toEqual(['Check-ins', 'Surveys', 'Feedback', 'Community survey']);
    expect(names.filter((name) => name.startsWith('Outcomes:'))).toHaveLength(3);
  });
});
