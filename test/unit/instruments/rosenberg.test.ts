import {
  ROSENBERG_SELF_ESTEEM as RSES,
  scaleEnds,
  scoreInstrument,
} from '../../../src/domain/instruments';
import { answersInOrder, expectRejected, expectScored } from './helpers';

const SA = 3;
const A = 2;
const D = 1;
const SD = 0;

describe('Rosenberg Self-Esteem Scale', () => {
  it('reverse-keys exactly items 2, 5, 6, 8 and 9 (the negatively worded ones)', () => {
    const reversed = RSES.items.filter((item) => item.reverseKeyed).map((item) => item.id);
    expect(reversed).toEqual(['rses_2', 'rses_5', 'rses_6', 'rses_8', 'rses_9']);
  });

  it('ships the published wording in the published order', () => {
    expect(RSES.items).toHaveLength(10);
    expect(RSES.items[0].text).toBe('On the whole, I am satisfied with myself.');
    expect(RSES.items[1].text).toBe('At times, I think I am no good at all.');
    expect(RSES.items[9].text).toBe('I take a positive attitude toward myself.');
    expect(RSES.licence.itemTextMayShip).toBe(true);
    expect(RSES.licence.terms).toContain('may be used without explicit permission');
  });

  it('scores 0-30 with SA = 3 ... SD = 0, ends labelled', () => {
    const ends = scaleEnds(RSES.items[0].scale);
    expect([ends.low.value, ends.low.label]).toEqual([0, 'Strongly disagree']);
    expect([ends.high.value, ends.high.label]).toEqual([3, 'Strongly agree']);
    expect(RSES.scoreRange).toEqual({ min: 0, max: 30 });
  });

  it('gives 30 for the most positive answers and 0 for the most negative', () => {
    // positive items strongly agreed (3 each), negative items strongly disagreed (0 -> 3 each)
    const best = [SA, SD, SA, SA, SD, SD, SA, SD, SD, SA];
    const worst = [SD, SA, SD, SD, SA, SA, SD, SA, SA, SD];
    expect(expectScored(scoreInstrument(RSES, answersInOrder(RSES, best))).score).toBe(30);
    expect(expectScored(scoreInstrument(RSES, answersInOrder(RSES, worst))).score).toBe(0);
  });

  it('gives 15 when someone strongly agrees with everything (acquiescence cancels out)', () => {
    // 5 positive items × 3 + 5 negative items × (3 - 3 = 0) = 15
    const result = scoreInstrument(RSES, answersInOrder(RSES, Array(10).fill(SA)));
    expect(expectScored(result).score).toBe(15);
  });

  it('matches a worked example', () => {
    // item:    1   2   3   4   5   6   7   8   9   10
    // answer:  A   D   SA  A   SD  A   A   D   SD  A
    // value:   2   1   3   2   0   2   2   1   0   2
    // points:  2   2   3   2   3   1   2   2   3   2   (items 2, 5, 6, 8, 9 reversed: 3 - value)
    // total:   2+2+3+2+3+1+2+2+3+2 = 22
    const answers = answersInOrder(RSES, [A, D, SA, A, SD, A, A, D, SD, A]);
    expect(expectScored(scoreInstrument(RSES, answers)).score).toBe(22);
  });

  it('requires all 10 items', () => {
    const result = expectRejected(
      scoreInstrument(RSES, answersInOrder(RSES, [A, D, SA, A, SD, A, A, D, SD, null])),
    );
    expect(result.reason).toContain('rses_10');
    expect(result.reason).toContain('expected 0-3');
  });
});
