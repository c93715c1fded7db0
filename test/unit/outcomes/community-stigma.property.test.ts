/**
 * The Community survey's figures (issue 15 item 1) over generated groups: events with codes in
 * several quarters, anonymous audiences answering before or after (few distinct scores, so
 * identical values are common), minimum group sizes 3 to 6, the tab and reports over random
 * periods published together. The attacker (auditCommunity in auditor.ts) must recover nothing,
 * and every shown figure must be what an independent count gives.
 */
import fc from 'fast-check';
import { buildCommunityStigma, type Cell, type OutcomeInput } from '../../../src/domain/outcomes';
import { communityStigmaBlocks } from '../../../src/domain/outcomes/community-stigma-tab';
import { computeReportFigures } from '../../../src/domain/outcomes/report/report-figures';
import { quarterOf } from '../../../src/domain/outcomes/community-stigma';
import type { OutcomeBlock } from '../../../src/domain/outcomes';
import { cellNumber } from '../../../src/domain/outcomes/tab';
import { addDays } from '../../../src/domain/stats';
import {
  auditCommunity,
  type CommunityPublication,
  type CommunityRow,
  type CommunityTruth,
  type Value,
} from './auditor';

const FIRST = '2025-01-06';
const TODAY = '2025-12-20';
const RUNS = Number(process.env.AUDITOR_RUNS ?? 200);

const groupArbitrary = fc.record({
  minN: fc.integer({ min: 3, max: 6 }),
  events: fc.array(fc.integer({ min: 0, max: 330 }), { minLength: 1, maxLength: 6 }),
  responses: fc.array(
    fc.record({
      event: fc.nat(),
      after: fc.boolean(),
      // Few distinct scores, so identical values happen.
      intended: fc.constantFrom(8, 12, 12, 16, 20),
      yes: fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }),
    }),
    { maxLength: 60 },
  ),
  periods: fc.array(
    fc.tuple(fc.integer({ min: -30, max: 330 }), fc.integer({ min: 1, max: 300 })),
    { maxLength: 3 },
  ),
});

type Group = typeof groupArbitrary extends fc.Arbitrary<infer T> ? T : never;

const codeOf = (index: number) => `EV-${index}`;

function toInput(group: Group): OutcomeInput {
  return {
    members: [],
    sessions: [],
    checkIns: [],
    surveys: [],
    activities: group.events.map((offset, index) => ({
      date: addDays(FIRST, offset),
      kind: 'outreach' as const,
      partnerOrganisation: '',
      membersInvolved: null,
      peopleReached: null,
      eventCode: codeOf(index),
    })),
    communitySurvey: group.responses.map((response) => ({
      eventKey: codeOf(response.event % group.events.length),
      timing: response.after ? ('after' as const) : ('before' as const),
      intended: response.intended,
      reportedYes: response.yes,
    })),
    settings: { groupName: 'Circle', minGroupSize: group.minN, instruments: ['rses'] },
    today: TODAY,
  };
}

const value = (cell: Cell): Value => {
  const number = cellNumber(cell);
  return number === null ? { kind: 'hidden', reason: 'small' } : { kind: 'shown', value: number };
};

function rowOf(cells: readonly Cell[]): CommunityRow {
  const [before, after, meanBefore, meanAfter, difference, lower, upper, ...yes] = cells.map(value);
  return { before, after, meanBefore, meanAfter, difference, lower, upper, yes };
}

/** A publication as its reader sees it: the event block and the quarter block's cells. */
function publication(name: string, blocks: readonly OutcomeBlock[]): CommunityPublication {
  const [events, quarters] = blocks;
  return {
    name,
    events: new Map(
      events.rows.map((row) => [
        String(row[2]),
        { ...rowOf(row.slice(3)), quarter: quarterOf(String(row[0])) },
      ]),
    ),
    quarters: new Map(quarters.rows.map((row) => [String(row[0]), rowOf(row.slice(2))])),
  };
}

describe('community survey figures over generated groups', () => {
  it('give the attacker nothing, and show what an independent count gives', () => {
    let attacks = 0;
    fc.assert(
      fc.property(groupArbitrary, (group) => {
        const input = toInput(group);
        const tab = buildCommunityStigma(input);
        expect(tab).not.toBeNull();
        const publications = [publication('tab', tab!.blocks)];
        for (const [start, length] of group.periods) {
          const period = { from: addDays(FIRST, start), to: addDays(FIRST, start + length) };
          const figures = computeReportFigures({ ...input, period });
          publications.push(
            publication(`report ${period.from}`, communityStigmaBlocks(figures.communityStigma)),
          );
        }
        const truth: CommunityTruth = (code) =>
          (input.communitySurvey ?? [])
            .filter((response) => response.eventKey === code)
            .map((response) => ({
              timing: response.timing,
              intended: response.intended,
              yes: response.reportedYes,
            }));
        const result = auditCommunity(publications, group.minN, truth);
        attacks += result.attacksTried;
        expect(result.findings).toEqual([]);

        // Shown figures agree with a count made here.
        for (const [code, row] of publications[0].events) {
          const responses = truth(code);
          const before = responses.filter((r) => r.timing === 'before');
          const after = responses.filter((r) => r.timing === 'after');
          if (row.before.kind === 'shown') expect(row.before.value).toBe(before.length);
          if (row.after.kind === 'shown') expect(row.after.value).toBe(after.length);
          const meanOf = (list: typeof responses) =>
            list.reduce((sum, r) => sum + r.intended, 0) / list.length;
          if (row.meanBefore.kind === 'shown')
            expect(row.meanBefore.value).toBeCloseTo(meanOf(before), 9);
          if (row.meanAfter.kind === 'shown')
            expect(row.meanAfter.value).toBeCloseTo(meanOf(after), 9);
          if (row.difference.kind === 'shown')
            expect(row.difference.value).toBeCloseTo(meanOf(after) - meanOf(before), 9);
          if (
            row.lower.kind === 'shown' &&
            row.upper.kind === 'shown' &&
            row.difference.kind === 'shown'
          ) {
            expect(row.lower.value).toBeLessThan(row.difference.value);
            expect(row.upper.value).toBeGreaterThan(row.difference.value);
          }
          row.yes.forEach((cell, item) => {
            if (cell.kind === 'shown')
              expect(cell.value).toBe(responses.filter((r) => r.yes[item]).length);
          });
        }
      }),
      { numRuns: RUNS, seed: 15 },
    );
    expect(attacks).toBeGreaterThan(RUNS * 10);
  });

  it('the attacker finds what unsuppressed figures would give away', () => {
    // The same attacker on a publication that shows a small event and a quarter beside it.
    const shown = (v: number): Value => ({ kind: 'shown', value: v });
    const hidden: Value = { kind: 'hidden', reason: 'small' };
    const row = (n: number, mean: number): CommunityRow => ({
      before: shown(n),
      after: hidden,
      meanBefore: shown(mean),
      meanAfter: hidden,
      difference: hidden,
      lower: hidden,
      upper: hidden,
      yes: [hidden, hidden, hidden, hidden],
    });
    const leaky: CommunityPublication = {
      name: 'leaky',
      events: new Map([
        ['A', { ...row(6, 12), quarter: '2025 Q1' }],
        ['B', { ...row(6, 10), before: hidden, meanBefore: hidden, quarter: '2025 Q1' }],
      ]),
      quarters: new Map([['2025 Q1', row(8, 11.5)]]),
    };
    const truth: CommunityTruth = (code) =>
      Array.from({ length: code === 'A' ? 6 : 2 }, (_, i) => ({
        timing: 'before' as const,
        intended: code === 'A' ? 8 + (i % 2) * 8 : 10,
        yes: [false, false, false, false],
      }));
    const attacks = auditCommunity([leaky], 5, truth).findings.map((f) => f.attack);
    expect(attacks).toContain('subtraction');
  });
});
