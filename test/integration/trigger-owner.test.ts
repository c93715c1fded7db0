/**
 * Whose triggers run the group (issue 12 item 4): the daily run fires at 06:xx in the
 * spreadsheet's own time zone wherever the group is (the manifest says Europe/London); a second
 * organiser running Set up installs nothing and is told who runs it, so nothing runs or is sent
 * twice; a trigger left on an account that no longer runs the group does nothing; and when the
 * owner's daily run has stopped, the next organiser's Set up takes over.
 */
import { Environment } from '../../emulator/environment';
import { zonedParts } from '../../emulator/services/utilities/time-zone';
import { newProject, setUpProject } from './harness';

const FIRST = 'first@example.org';
const SECOND = 'second@example.org';
const DAY = 86_400_000;

const lastDialog = (env: Environment) => env.sheets.ui.dialogs.at(-1)?.html ?? '';
const dailyRuns = (env: Environment, since: number) =>
  env.executions.filter((run) => run.handler === 'dailyRun' && run.startedAtMs >= since);

describe('the daily run in the group’s time zone', () => {
  it.each(['America/Toronto', 'Pacific/Auckland', 'Asia/Kolkata'])(
    'fires between 06:00 and 07:00 local time in %s',
    (zone) => {
      const env = newProject({ timeZone: zone, accountEmail: FIRST });
      setUpProject(env);
      expect(lastDialog(env)).toContain(zone);
      const start = env.clock.nowMs();
      env.advanceBy(3 * DAY);
      const runs = dailyRuns(env, start);
      expect(runs).toHaveLength(3);
      for (const run of runs) {
        expect(run.ok).toBe(true);
        expect(zonedParts(run.startedAtMs, zone).hour).toBe(6);
      }
    },
  );

  it('moves the daily run when the spreadsheet’s time zone changes', () => {
    const env = newProject({ accountEmail: FIRST });
    setUpProject(env);
    env.meter.internal(() => env.spreadsheet.setSpreadsheetTimeZone('America/Toronto'));
    expect(env.clickMenu('Set up or repair').ok).toBe(true);
    const start = env.clock.nowMs();
    env.advanceBy(2 * DAY);
    const runs = dailyRuns(env, start);
    expect(runs).toHaveLength(2);
    for (const run of runs) expect(zonedParts(run.startedAtMs, 'America/Toronto').hour).toBe(6);
    expect(env.scriptApp.triggers().filter((t) => t.handler === 'dailyRun')).toHaveLength(1);
  });
});

describe('one set of triggers per group', () => {
  it('a second organiser’s Set up installs nothing and names the account that runs it', () => {
    const env = newProject({ accountEmail: FIRST });
    setUpProject(env);
    expect(lastDialog(env)).toContain(FIRST);
    const before = env.scriptApp.triggers().length;
    expect(env.actAs(SECOND, () => env.clickMenu('Set up or repair')).ok).toBe(true);
    expect(env.scriptApp.triggers()).toHaveLength(before);
    expect(env.scriptApp.triggers().every((t) => t.owner === FIRST)).toBe(true);
    expect(lastDialog(env)).toContain(FIRST);
    const start = env.clock.nowMs();
    env.advanceBy(DAY);
    expect(dailyRuns(env, start)).toHaveLength(1);
  });

  it('a trigger left on another account does nothing, so nothing is sent twice', () => {
    const env = newProject({ accountEmail: FIRST });
    setUpProject(env);
    // A daily trigger the second organiser made before the owner was recorded.
    env.actAs(SECOND, () =>
      env.scriptApp.global.newTrigger('dailyRun').timeBased().everyDays(1).atHour(6).create(),
    );
    env.logging.clearEntries();
    const start = env.clock.nowMs();
    env.advanceBy(DAY);
    const runs = dailyRuns(env, start);
    expect(runs).toHaveLength(2);
    expect(runs.every((run) => run.ok)).toBe(true);
    expect(env.logging.text()).toMatch(/Daily run skipped: another account runs this group/);
    expect(env.logging.text().match(/Daily run skipped/g)).toHaveLength(1);
    // Set up from the second account removes its leftover trigger.
    env.actAs(SECOND, () => env.clickMenu('Set up or repair'));
    expect(env.scriptApp.triggers().filter((t) => t.owner === SECOND)).toEqual([]);
  });

  it('takes over when the owner’s daily run has stopped for three days', () => {
    const env = newProject({ accountEmail: FIRST });
    setUpProject(env);
    env.advanceBy(DAY);
    // The first organiser's account is gone, and its triggers with it.
    env.scriptApp.deleteAll();
    env.advanceBy(2 * DAY);
    env.actAs(SECOND, () => env.clickMenu('Set up or repair'));
    expect(env.scriptApp.triggers()).toEqual([]);
    expect(lastDialog(env)).toContain(FIRST);
    env.advanceBy(2 * DAY);
    env.actAs(SECOND, () => env.clickMenu('Set up or repair'));
    expect(env.scriptApp.triggers().map((t) => t.owner)).toEqual([SECOND, SECOND]);
    expect(lastDialog(env)).toContain(SECOND);
    const start = env.clock.nowMs();
    env.advanceBy(DAY);
    const runs = dailyRuns(env, start);
    expect(runs).toHaveLength(1);
    expect(runs[0].ok).toBe(true);
  });
});
