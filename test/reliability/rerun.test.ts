/**
 * A person who repeats an action (because it seemed to fail, or to be sure) changes nothing
 * the second time: the same rotation, the same buddies, no second email, no new rows.
 */
import { Environment } from '../../emulator/environment';
import { buildFixture } from './support/fixture';
import { MENU_OPERATIONS } from './support/operations';
import { OUTCOME_TABS } from './support/outcome-tabs';
import { tabNames, tabValues } from './support/sheet-access';

/** Every tab's values, outcome stamps left out (a repeat may refresh them). */
function workbook(env: Environment): Record<string, unknown[][]> {
  const stamp = /^Last refreshed: /;
  return Object.fromEntries(
    tabNames(env).map((tab) => [
      tab,
      tabValues(env, tab).map((row) =>
        (OUTCOME_TABS as readonly string[]).includes(tab)
          ? row.map((cell) => (stamp.test(String(cell)) ? 'stamp' : cell))
          : row,
      ),
    ]),
  );
}

describe('repeating a menu action the same day', () => {
  // A second report is a new file with its own link, by design; a second removal finds no one.
  const repeatable = MENU_OPERATIONS.filter(
    (operation) => !["Remove a member's data", 'Generate report'].includes(operation.name),
  );
  it.each(repeatable.map((operation) => [operation.name, operation] as const))(
    '%s: the second run changes nothing and sends nothing',
    (_name, operation) => {
      const env = buildFixture();
      expect(operation.run(env).every((run) => run.ok)).toBe(true);
      const before = workbook(env);
      const emails = env.mail.outbox().length;
      expect(operation.rerun(env).every((run) => run.ok)).toBe(true);
      expect(workbook(env)).toEqual(before);
      expect(env.mail.outbox()).toHaveLength(emails);
    },
  );
});
