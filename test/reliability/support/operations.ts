/**
 * The operations the fault sweeps exercise, each as people or Google start it: a member
 * submits a form, the daily trigger fires, a facilitator clicks a menu item (answering its
 * prompts). `rerun` is the normal repeat a person would do after a failure.
 */
import { Environment, ExecutionRecord } from '../../../emulator/environment';
import { newProject } from '../../integration/harness';
import { submitCheckin } from '../../integration/members';
import { memberEmail, REMOVED_MEMBER } from './fixture';
import { setupComplete } from './setup-checks';

export interface Operation {
  name: string;
  run(env: Environment): ExecutionRecord[];
  /** What a person does after a failure; the next day's daily run follows in every case. */
  rerun(env: Environment): ExecutionRecord[];
  /** Emails of members whose data the operation deletes on purpose. */
  removes: readonly string[];
  /** The project it starts from (default: the fixture group). */
  fixture?: () => Environment;
  /**
   * Carries on after a failed step (the daily run): a later step, such as the outcome refresh,
   * may then run on other data than in a run without the fault.
   */
  stepwise?: boolean;
  /** What must hold after the re-run besides the common invariants. */
  checks?: (env: Environment) => string[];
}

/** The executions started while `work` ran. */
export function executionsDuring(env: Environment, work: () => void): ExecutionRecord[] {
  const before = env.executions.length;
  work();
  return env.executions.slice(before);
}

function menu(caption: string, answers: (env: Environment) => void = () => {}): Operation {
  const run = (env: Environment) =>
    executionsDuring(env, () => {
      answers(env);
      env.clickMenu(caption);
    });
  return { name: caption, run, rerun: run, removes: [] };
}

export const FORM_SUBMISSION: Operation = {
  name: 'Form submission',
  run: (env) =>
    executionsDuring(env, () => {
      submitCheckin(env, memberEmail(6), { mood: 2, comment: 'operation comment' });
    }),
  // The member does not submit again: the daily run picks the response up.
  rerun: () => [],
  removes: [],
};

export const DAILY_RUN: Operation = {
  name: 'Daily run',
  run: (env) => [env.run('dailyRun', undefined, 'trigger')],
  // The repeat is the next daily run itself, which follows every operation.
  rerun: () => [],
  removes: [],
  stepwise: true,
};

/** Set up on a new spreadsheet: the first run a group ever does. */
export const FIRST_SET_UP: Operation = {
  ...menu('Set up or repair'),
  name: 'Set up (first time)',
  fixture: () => {
    const env = newProject({ start: Date.UTC(2026, 0, 5, 9, 0, 0) });
    env.openSpreadsheet();
    return env;
  },
  checks: setupComplete,
};

export const MENU_OPERATIONS: readonly Operation[] = [
  { ...menu('Set up or repair'), checks: setupComplete },
  menu('Plan rotation'),
  menu('Assign buddies'),
  menu('Send due reminders now'),
  menu('Refresh outcomes'),
  menu('Generate report', (env) => env.sheets.ui.queuePromptResponse('', 'OK')),
  menu('Re-process reviewed rows'),
  {
    ...menu("Remove a member's data", (env) => {
      env.sheets.ui.queuePromptResponse(REMOVED_MEMBER, 'OK');
      env.sheets.ui.queueAlertResponse('YES');
    }),
    removes: [REMOVED_MEMBER],
  },
];

export const ALL_OPERATIONS: readonly Operation[] = [
  FORM_SUBMISSION,
  DAILY_RUN,
  FIRST_SET_UP,
  ...MENU_OPERATIONS,
];

export function operationNamed(name: string): Operation {
  const found = ALL_OPERATIONS.find((operation) => operation.name === name);
  if (!found) throw new Error(`No operation "${name}"`);
  return found;
}
