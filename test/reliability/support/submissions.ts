/**
 * Generated form submissions: each answer valid, missing or hostile, from a member, a
 * stranger, or a hostile "email". Submitted with `raw: true`, so the values reach the response
 * tab as they are, as they could through an edited form or a pasted response.
 */
import fc from 'fast-check';
import { AnswerInput } from '../../../emulator/services/forms/responses';
import { CHECKIN, CONSENT } from '../../integration/members';
import { hostileText, hostileValue } from './hostile';

export interface GeneratedSubmission {
  email: string;
  answers: Record<string, AnswerInput>;
}

const asAnswer = (value: string | number | boolean | Date): AnswerInput =>
  typeof value === 'boolean' ? String(value) : value;

/**
 * In a clean submission every answer is valid (free text may still be hostile); in a tainted
 * one each answer is valid, missing or hostile. Half and half, so both paths are exercised.
 */
type Answer = (valid: fc.Arbitrary<AnswerInput>) => fc.Arbitrary<AnswerInput | undefined>;

const cleanAnswer: Answer = (valid) => valid;
const taintedAnswer: Answer = (valid) =>
  fc.oneof(
    { weight: 3, arbitrary: valid },
    { weight: 1, arbitrary: fc.constant(undefined) },
    { weight: 2, arbitrary: hostileValue.map(asAnswer) },
  );

export function emailArbitrary(members: readonly string[], tainted: boolean): fc.Arbitrary<string> {
  const member = fc.constantFrom(...members);
  const variant = member.map((email) => `  ${email.toUpperCase()} `);
  if (!tainted) return fc.oneof(member, variant);
  return fc.oneof(member, fc.constant('stranger@example.org'), hostileText);
}

function withoutMissing(answers: Record<string, AnswerInput | undefined>) {
  return Object.fromEntries(
    Object.entries(answers).filter(
      (entry): entry is [string, AnswerInput] => entry[1] !== undefined,
    ),
  );
}

export function checkinArbitrary(members: readonly string[]): fc.Arbitrary<GeneratedSubmission> {
  const scale = fc.integer({ min: 1, max: 5 });
  return fc.boolean().chain((tainted) => {
    const answer = tainted ? taintedAnswer : cleanAnswer;
    return fc
      .record({
        email: emailArbitrary(members, tainted),
        answers: fc.record({
          // The consent question (SPEC section 9): given, missing, or hostile like the rest.
          [CONSENT.title]: answer(fc.constant(CONSENT.agree)),
          [CHECKIN.sessionDate]: answer(fc.constantFrom('2026-01-07', '2026-01-14', '2025-12-31')),
          [CHECKIN.participation]: answer(fc.constantFrom('In person', 'Online', 'Could not come')),
          [CHECKIN.mood]: answer(scale),
          [CHECKIN.coping]: answer(scale),
          [CHECKIN.supported]: answer(scale),
          [CHECKIN.outreach]: answer(fc.constantFrom('Yes', 'No')),
          [CHECKIN.outreachWhat]: answer(hostileText),
          [CHECKIN.comment]: answer(hostileText),
        }),
      })
      .map(({ email, answers }) => ({ email, answers: withoutMissing(answers) }));
  });
}

/** Survey answers: each multiple-choice item gets one of its choices, nothing, or a hostile value. */
export function surveyArbitrary(
  members: readonly string[],
  items: ReadonlyArray<{ title: string; choices: readonly string[] }>,
): fc.Arbitrary<GeneratedSubmission> {
  return fc.boolean().chain((tainted) => {
    const answer = tainted ? taintedAnswer : cleanAnswer;
    const answers = Object.fromEntries(
      items.map((item) => [item.title, answer(fc.constantFrom(...item.choices))] as const),
    );
    return fc
      .record({ email: emailArbitrary(members, tainted), answers: fc.record(answers) })
      .map(({ email, answers: given }) => ({ email, answers: withoutMissing(given) }));
  });
}
