/**
 * Members rows typed with random and hostile values (duplicate emails, dates in other formats,
 * unknown statuses and roles, markup, formula prefixes, right-to-left and emoji names): every
 * run and menu works or explains itself, nothing becomes a formula, and no email carries
 * unescaped markup.
 */
import fc from 'fast-check';
import { submitCheckin } from '../../integration/members';
import { unexplainedFailures } from '../support/explained';
import { DAY } from '../support/fixture';
import { buildGroup, GROUP_EMAILS } from '../support/group';
import { hostileText, hostileValue } from '../support/hostile';
import { noDuplicateRows, noFormulas, responsesAccountedFor } from '../support/invariants';
import { executionsDuring } from '../support/operations';
import { formulasAnywhere, typeRowsLeniently } from '../support/sheet-access';

const RUNS = 30;
let rowsTried = 0;

afterAll(() => {
  console.log(`Hostile Members rows: ${rowsTried} rows in ${RUNS} groups, every run explained.`);
});

const cell = fc.oneof(
  { weight: 1, arbitrary: hostileValue },
  { weight: 1, arbitrary: fc.constant('') },
);

/** A Members row in Set up's column order, each cell plausible or hostile. */
const memberRow = fc.tuple(
  fc.oneof(fc.constant(''), fc.constant('M0001'), hostileText),
  fc.oneof(fc.constantFrom('Ann', '<b>Bo</b>', 'مرحبا', '😀 Cy'), hostileText),
  fc.oneof(fc.constantFrom(...GROUP_EMAILS, 'new@example.org', ' NEW@example.org '), hostileText),
  fc.oneof(fc.constantFrom('2025-11-01', '01/11/2025', '2026-02-30'), hostileValue),
  fc.oneof(fc.constantFrom('active', 'paused', 'left', 'Active '), hostileText),
  fc.oneof(fc.constantFrom('Facilitator, Greeter', 'Pilot'), hostileText),
  cell,
  cell,
  fc.oneof(fc.constantFrom('yes', 'no', 'maybe'), hostileValue),
  fc.oneof(fc.constantFrom('yes', 'no'), hostileValue),
  fc.oneof(fc.constantFrom(0, 1, 3, -2, 1.5), hostileValue),
  fc.oneof(fc.constantFrom('M0001', 'M0002, M9999', 'M0003,,M0003'), hostileText),
  hostileText,
);

describe('hostile Members rows', () => {
  it('runs and menus work or explain themselves; no formula, no unescaped markup in email', () => {
    fc.assert(
      fc.property(fc.array(memberRow, { minLength: 1, maxLength: 4 }), (rows) => {
        rowsTried += rows.length;
        const env = buildGroup();
        typeRowsLeniently(env, 'Members', rows);
        const typed = formulasAnywhere(env);
        const runs = executionsDuring(env, () => {
          env.advanceBy(DAY);
          for (const caption of ['Plan rotation', 'Assign buddies', 'Send due reminders now'])
            env.clickMenu(caption);
          submitCheckin(env, GROUP_EMAILS[1], { comment: 'ok' });
          env.clickMenu('Refresh outcomes');
        });
        const markup = env.mail
          .outbox()
          .filter((message) => /<script|<img src=x|<b>Bo/.test(message.htmlBody ?? ''))
          .map((message) => `unescaped markup in the email "${message.subject}"`);
        expect([
          ...unexplainedFailures(runs),
          ...responsesAccountedFor(env, true),
          ...noDuplicateRows(env),
          ...noFormulas(env, typed),
          ...markup,
        ]).toEqual([]);
      }),
      { numRuns: RUNS, seed: 20260111 },
    );
  }, 120_000);
});
