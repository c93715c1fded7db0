/**
 * Generated check-ins and surveys with random and hostile answers (raw, so invalid values
 * reach the sheet): the trigger never fails, every response ends up accepted with valid values
 * or in Review with a reason, every answer stays exactly as the form stored it (text that looks
 * like a formula stays text), and no cell anywhere becomes a formula.
 */
import fc from 'fast-check';
import { Environment } from '../../../emulator/environment';
import { acceptedCheckinsValid, acceptedSurveysValid } from '../support/accepted-rows';
import { unexplainedFailures } from '../support/explained';
import { MINUTE } from '../support/fixture';
import { buildGroup, formId, GROUP_EMAILS, surveyItems } from '../support/group';
import { noFormulas, responsesAccountedFor } from '../support/invariants';
import { tabRows } from '../support/sheet-access';
import { checkinArbitrary, GeneratedSubmission, surveyArbitrary } from '../support/submissions';
import { appendedRow, keptVerbatim } from '../support/verbatim';

const RUNS = { checkins: 250, surveys: 150 };
const tried = { checkins: 0, surveys: 0, inReview: 0 };

afterAll(() => {
  console.log(
    `Hostile submissions: ${tried.checkins} check-ins and ${tried.surveys} surveys generated; ` +
      `${tried.inReview} quarantined in Review, none lost, no trigger failed.`,
  );
});

/** Submits, captures the row as the form stored it, then lets the trigger run. */
function submit(env: Environment, kind: 'Check-in' | 'Survey', submission: GeneratedSubmission) {
  env.clock.advance(MINUTE);
  env.deferFormTriggers = true;
  const where = env.submitForm(formId(env, kind), { ...submission, raw: true });
  env.deferFormTriggers = false;
  const stored = appendedRow(env, where.sheetName, where.row);
  const runs = env.runQueuedFormTriggers();
  return { runs, stored, tab: where.sheetName };
}

describe('hostile form submissions', () => {
  it('every check-in is accepted with valid values or quarantined in Review', () => {
    const env = buildGroup();
    fc.assert(
      fc.property(checkinArbitrary(GROUP_EMAILS), (submission) => {
        const { runs, stored, tab } = submit(env, 'Check-in', submission);
        tried.checkins += 1;
        expect([
          ...unexplainedFailures(runs),
          ...runs.filter((run) => !run.ok).map((run) => `trigger failed: ${run.error?.message}`),
          ...responsesAccountedFor(env, true),
          ...keptVerbatim(env, tab, stored),
          ...acceptedCheckinsValid(env),
          ...noFormulas(env),
        ]).toEqual([]);
      }),
      { numRuns: RUNS.checkins, seed: 20260108 },
    );
    tried.inReview += tabRows(env, 'Review').length;
  }, 120_000);

  it('every survey is accepted with valid answers or quarantined in Review', () => {
    const env = buildGroup();
    const items = surveyItems(env);
    fc.assert(
      fc.property(surveyArbitrary(GROUP_EMAILS, items), (submission) => {
        const { runs, stored, tab } = submit(env, 'Survey', submission);
        tried.surveys += 1;
        expect([
          ...unexplainedFailures(runs),
          ...runs.filter((run) => !run.ok).map((run) => `trigger failed: ${run.error?.message}`),
          ...responsesAccountedFor(env, true),
          ...keptVerbatim(env, tab, stored),
          ...acceptedSurveysValid(env, items),
          ...noFormulas(env),
        ]).toEqual([]);
      }),
      { numRuns: RUNS.surveys, seed: 20260109 },
    );
    tried.inReview += tabRows(env, 'Review').length;
  }, 120_000);
});
