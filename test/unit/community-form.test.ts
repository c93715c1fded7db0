import {
  communityChecks,
  eventCodeKey,
  planCommunitySurvey,
  timingOf,
  COMMUNITY_ITEMS,
} from '../../src/domain/forms/community-form';
import type { PastedWording } from '../../src/domain/forms/survey-form';
import { answerItems } from '../../src/domain/forms/form-spec';

const ribsWording = (upTo: number): PastedWording[] =>
  Array.from({ length: upTo }, (_, i) => ({
    instrumentId: 'ribs',
    itemId: `ribs_${i + 1}`,
    text: `[RIBS ${i + 1}]`,
  }));

describe('the Community survey form', () => {
  it('asks RIBS only with wording for all eight items, and never invents any', () => {
    for (const upTo of [0, 7]) {
      const plan = planCommunitySurvey(ribsWording(upTo));
      expect(plan.asksRibs).toBe(false);
      expect(answerItems(plan.spec).map((item) => item.title)).toHaveLength(3);
      expect(plan.spec.collectEmail).toBe(false);
    }
    const plan = planCommunitySurvey(ribsWording(8));
    expect(plan.asksRibs).toBe(true);
    const titles = answerItems(plan.spec).map((item) => item.title);
    expect(titles).toEqual(expect.arrayContaining(ribsWording(8).map((entry) => entry.text)));
    expect(titles).toHaveLength(11);
  });

  it('matches codes without case or spaces and reads the timing', () => {
    expect(eventCodeKey(' hl - 03 12 ')).toBe('HL-0312');
    expect(eventCodeKey(null)).toBe('');
    expect(timingOf('Before the event')).toBe('before');
    expect(timingOf(' After the event ')).toBe('after');
    expect(timingOf('During')).toBeNull();
  });

  it('sends a code on no row, or on two, to Review, and accepts one on exactly one', () => {
    const plan = planCommunitySurvey(ribsWording(8));
    const checks = communityChecks(
      plan,
      new Map([
        ['HL-01', 1],
        ['HL-02', 2],
      ]),
    );
    const answers: Record<string, unknown> = {};
    for (let item = 5; item <= 8; item += 1) answers[`[RIBS ${item}]`] = 'Agree slightly';
    const response = { timestamp: new Date(), email: '', answers: {} };
    const reasons = (code: string) =>
      checks(response, { ...answers, [COMMUNITY_ITEMS.eventCode]: code });
    expect(reasons('hl-01')).toEqual([]);
    expect(reasons('HL-03')).toHaveLength(1);
    expect(reasons('HL-02')).toHaveLength(1);
    expect(reasons('HL-03')[0]).not.toBe(reasons('HL-02')[0]);
    // Without the wording on the form, nothing can be counted.
    const bare = communityChecks(planCommunitySurvey([]), new Map([['HL-01', 1]]));
    expect(bare(response, { [COMMUNITY_ITEMS.eventCode]: 'HL-01' })).toHaveLength(1);
  });
});
