/**
 * The daily run reads each tab once between its steps (readingEachTabOnce). What a step
 * writes must still be what the next step sees: check-ins accepted by the run's own intake
 * step are in the outcome figures it writes at the end.
 */
import { newProject, setUpProject, sheetValues } from './harness';
import { addMembers, submitCheckin } from './members';

const DAY = 24 * 60 * 60 * 1000;

describe('the daily run, reading each tab once', () => {
  it('counts in its outcome tabs the check-ins its own intake step accepted', () => {
    // Monday 5 January 2026; the group meets on Wednesdays.
    const env = newProject({ start: Date.UTC(2026, 0, 5, 9, 0, 0) });
    setUpProject(env);
    const emails = Array.from({ length: 6 }, (_, i) => `p${i + 1}@example.org`);
    addMembers(
      env,
      emails.map((email, i) => ({ name: `Person ${i + 1}`, email, joined: '2025-12-01' })),
    );
    env.advanceTo(Date.UTC(2026, 0, 8, 10, 0, 0));
    // The form-submit runs never happen (say the lock was busy): the rows wait as pending.
    env.deferFormTriggers = true;
    for (const email of emails) submitCheckin(env, email);
    env.runQueuedFormTriggers([]);
    const pending = () =>
      sheetValues(env, 'Check-ins')
        .slice(1)
        .filter((row) => row.some((cell) => cell !== '')).length;
    expect(pending()).toBe(6);

    const [daily] = env.advanceBy(DAY);
    expect(daily).toMatchObject({ handler: 'dailyRun', ok: true });
    const participation = sheetValues(env, 'Outcomes: Participation');
    const figure = (label: string) => participation.find((row) => row[0] === label)?.[1];
    expect(figure('Check-ins received')).toBe(6);
    expect(figure('Attendances (in person or online)')).toBe(6);
    expect(participation.find((row) => row[0] === '2026-01-07')?.[1]).toBe(6);
  });
});
