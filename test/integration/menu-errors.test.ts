/**
 * When a menu action fails, the person sees a plain message with what to do, never a stack trace
 * or Google's raw wording; the full error still reaches the execution log.
 */
import { newProject, setUpProject } from './harness';

const ACTIONS = [
  'Set up or repair',
  'Plan rotation',
  'Assign buddies',
  'Send due reminders now',
  'Refresh outcomes',
  'Re-process reviewed rows',
];

describe('a menu action that fails', () => {
  it.each(ACTIONS)('%s: a plain message with what to do, and the error in the log', (caption) => {
    const env = newProject();
    setUpProject(env);
    env.meter.injectFault({
      service: 'SpreadsheetApp',
      method: 'Range.getValues',
      times: 100,
      message: 'Exception: Service Spreadsheets timed out while accessing document with id abc.',
    });
    const record = env.clickMenu(caption);
    expect(record.ok).toBe(true);
    const alert = env.sheets.ui.alerts.at(-1);
    expect(alert?.title).toBe(`${caption} did not finish`);
    expect(alert?.prompt).toMatch(/^Service Spreadsheets timed out while accessing document/);
    expect(alert?.prompt).not.toMatch(/Exception:|\n\s+at |\.js:\d+/);
    expect(alert?.prompt).toMatch(
      /Nothing that was already saved has been lost\. Please try again/,
    );
    expect(env.logging.entries().some((line) => /failed/.test(line.message))).toBe(true);
  });

  it('Generate report: the same, after the period prompt', () => {
    const env = newProject();
    setUpProject(env);
    env.sheets.ui.queuePromptResponse('');
    env.meter.injectFault({
      service: 'SpreadsheetApp',
      method: 'Range.getValues',
      times: 100,
      message: 'Service Spreadsheets failed while accessing document with id abc.',
    });
    const record = env.clickMenu('Generate report');
    expect(record.ok).toBe(true);
    expect(env.sheets.ui.alerts.at(-1)?.title).toBe('Generate report did not finish');
  });
});
