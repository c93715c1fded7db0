/**
 * The checks the sweeps and property tests rely on can fail: each is shown a project broken in
 * the way it guards against, and must report it (and report nothing on the intact fixture).
 */
import { Environment } from '../../emulator/environment';
import { traceCalls } from './support/call-trace';
import { buildFixture, DAY } from './support/fixture';
import {
  emailsMatchSentTab,
  noDuplicateRows,
  noFormulas,
  responsesAccountedFor,
  wavesInOrder,
} from './support/invariants';
import { outcomeTabsWholeOrOld, snapshotOutcomeTabs } from './support/outcome-tabs';
import { choosePoints, isReadOnly } from './support/points';
import { setupComplete } from './support/setup-checks';
import { cellIndex, editCell } from './support/sheet-access';
import { unexplained } from './support/explained';

function settledFixture(): Environment {
  const env = buildFixture();
  env.advanceBy(DAY);
  return env;
}

/** Copies a tab's data row (1-based sheet row) to the bottom, as a duplicate. */
function duplicateRow(env: Environment, tab: string, row: number): void {
  env.meter.internal(() => {
    const sheet = env.spreadsheet.getSheetByName(tab)!;
    const values = sheet.getRange(row, 1, 1, sheet.getLastColumn()).getValues()[0];
    sheet.appendRow(
      values.map((cell) => (typeof cell === 'string' && cell !== '' ? `'${cell}` : cell)),
    );
  });
}

describe('the reliability checks detect what they guard against', () => {
  let env: Environment;
  beforeEach(() => {
    env = settledFixture();
  });

  it('hold on the intact fixture after a daily run', () => {
    expect([
      ...responsesAccountedFor(env, true),
      ...noDuplicateRows(env),
      ...emailsMatchSentTab(env, []),
      ...noFormulas(env),
      ...wavesInOrder(env),
      ...setupComplete(env),
    ]).toEqual([]);
  });

  it('a doubled or lost response, and an unprocessed row', () => {
    duplicateRow(env, 'Check-ins', 2);
    expect(responsesAccountedFor(env, true)).toEqual([expect.stringMatching(/appears 2 times/)]);
    env.meter.internal(() => env.spreadsheet.getSheetByName('Surveys')!.deleteRow(2));
    expect(responsesAccountedFor(env, false)).toEqual([expect.stringMatching(/is lost/)]);
    editCell(env, 'Check-ins', 3, 'Processing', '');
    expect(responsesAccountedFor(env, true)).toContainEqual(
      expect.stringMatching(/is "", not "ok"/),
    );
  });

  it('a doubled rotation slot, Sent key or buddy', () => {
    duplicateRow(env, 'Rotation', 2);
    duplicateRow(env, 'Sent', 2);
    duplicateRow(env, 'Buddies', 2);
    expect(noDuplicateRows(env)).toEqual([
      expect.stringMatching(/^Rotation slot .* appears 2 times/),
      expect.stringMatching(/^Sent key .* appears 2 times/),
      expect.stringMatching(/^Buddies cycle .* appears 2 times/),
      expect.stringMatching(/^Buddies cycle .* appears 2 times/),
    ]);
  });

  it('an email sent twice, and an email the Sent tab does not record', () => {
    const [first] = env.mail.outbox();
    env.meter.internal(() =>
      env.mail.global.sendEmail({
        to: first.to.join(','),
        subject: first.subject,
        body: first.body,
      }),
    );
    expect(emailsMatchSentTab(env, [])).toEqual([
      expect.stringMatching(/was sent 2 times/),
      expect.stringMatching(/emails went but Sent records only/),
    ]);
  });

  it('a formula the script wrote, but not one a facilitator typed', () => {
    editCell(env, 'Members', 2, 'Facilitator notes', '=1+1');
    expect(noFormulas(env)).toEqual([expect.stringMatching(/Members!R2C\d+: =1\+1/)]);
    expect(noFormulas(env, ['Members!R9C13: =1+1'])).toEqual([]);
  });

  it('an outcome tab with a new stamp over old figures, or half rewritten', () => {
    const before = snapshotOutcomeTabs(env);
    const tab = 'Outcomes: Participation';
    const values = before.get(tab)!;
    editCell(env, tab, 2, String(values[0][0]), 'Last refreshed: 2030-01-01 00:00');
    const stale = outcomeTabsWholeOrOld(env, before, null);
    expect(stale).toEqual([]); // a new stamp over the same blocks passes the structural check…
    const expected = snapshotOutcomeTabs(env);
    env.meter.internal(() =>
      env.spreadsheet
        .getSheetByName(tab)!
        .getRange(8, 1, 1, 2)
        .setValues([['changed', 1]]),
    );
    // …but not when the figures a clean run wrote are known.
    expect(outcomeTabsWholeOrOld(env, before, expected)).toEqual([
      `${tab} holds neither its old figures nor the complete new ones`,
    ]);
    env.meter.internal(() => env.spreadsheet.getSheetByName(tab)!.getRange(5, 1).setValue(''));
    expect(outcomeTabsWholeOrOld(env, before, null)).toEqual([
      expect.stringMatching(/^Outcomes: Participation: blocks/),
    ]);
  });

  it('a survey numbered out of order', () => {
    const row = cellIndex(env, 'Surveys', 'Wave', 'baseline');
    editCell(env, 'Surveys', row, 'Wave', 'follow-up 3');
    expect(wavesInOrder(env)).toEqual([expect.stringMatching(/expected "baseline"/)]);
  });

  it('a second form or leftover response tab, and a doubled trigger', () => {
    env.meter.internal(() => env.spreadsheet.insertSheet('Form Responses 3'));
    env.meter.internal(() =>
      env.scriptApp.global.newTrigger('dailyRun').timeBased().everyDays(1).atHour(7).create(),
    );
    expect(setupComplete(env)).toEqual([
      'leftover response tabs: Form Responses 3',
      '2 dailyRun triggers instead of 1',
    ]);
  });
});

describe('the sweep machinery', () => {
  it('traces exactly the calls the meter counts, in order, with their elapsed time', () => {
    const env = buildFixture();
    env.meter.reset();
    const trace = traceCalls(env);
    env.clickMenu('Plan rotation');
    trace.stop();
    expect(trace.calls.length).toBe(env.meter.total());
    expect(trace.calls[0].elapsedMs).toBe(0);
    const elapsed = trace.calls.map((call) => call.elapsedMs);
    expect([...elapsed].sort((a, b) => a - b)).toEqual(elapsed);
  });

  it('chooses every step when few, else a reproducible sample that keeps the writes', () => {
    const call = (method: string) => ({ service: 'SpreadsheetApp', method, elapsedMs: 0 });
    const few = [call('Range.getValues'), call('Range.setValues')];
    expect(choosePoints(few, 10, 'seed')).toEqual([1, 2]);
    const many = Array.from({ length: 200 }, (_, i) =>
      call(i % 50 === 10 ? 'Range.setValues' : 'Range.getValues'),
    );
    const chosen = choosePoints(many, 30, 'seed');
    expect(chosen).toEqual(choosePoints(many, 30, 'seed'));
    expect(chosen.length).toBeLessThanOrEqual(30);
    expect(chosen).toEqual(expect.arrayContaining([1, 200, 11, 61, 111, 161, 10, 60]));
    expect(isReadOnly(call('EmbeddedChartBuilder.addRange'))).toBe(true);
    expect(isReadOnly(call('Range.clearContent'))).toBe(false);
  });

  it('tells an explained failure from a JavaScript slip', () => {
    const record = (message: string) => ({
      id: 'x',
      handler: 'dailyRun',
      kind: 'trigger' as const,
      startedAtMs: 0,
      elapsedMs: 0,
      ok: false,
      error: new Error(message),
    });
    expect(unexplained(record('The "Rotation" tab is missing. Run Set up or repair.'))).toBeNull();
    expect(unexplained(record('Settings need attention:\n- Settings!B4 is "NaN"'))).toBeNull();
    expect(
      unexplained(record("TypeError: Cannot read properties of undefined (reading 'x')")),
    ).not.toBeNull();
    expect(
      unexplained(record('Peer Circle daily run: rotation failed: Member id "M1" appears twice')),
    ).not.toBeNull();
  });
});
