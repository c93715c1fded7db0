import { RIBS, RIBS_DONT_KNOW, scoreInstrument } from '../../../src/domain/instruments';
import { answersInOrder, expectRejected, expectScored } from './helpers';

const YES = 1;
const NO = 2;
const DK = RIBS_DONT_KNOW;

describe('RIBS', () => {
  it('sums items 5-8 with "don\'t know" as 3 and counts items 1-4 apart', () => {
    // items 5-8: 5 + 4 + (don't know -> 3) + 2 = 14
    const result = expectScored(
      scoreInstrument(RIBS, answersInOrder(RIBS, [YES, NO, DK, null, 5, 4, DK, 2])),
    );
    expect(result.score).toBe(14);
    expect(result.answered).toBe(4);
    expect(result.counted).toEqual({ Yes: 1, No: 1, "Don't know": 1 });
  });

  it('scores 4-20 and "don\'t know" throughout as 12', () => {
    const lowest = answersInOrder(RIBS, [NO, NO, NO, NO, 1, 1, 1, 1]);
    const highest = answersInOrder(RIBS, [YES, YES, YES, YES, 5, 5, 5, 5]);
    const unsure = answersInOrder(RIBS, [DK, DK, DK, DK, DK, DK, DK, DK]);
    expect(expectScored(scoreInstrument(RIBS, lowest)).score).toBe(4);
    expect(expectScored(scoreInstrument(RIBS, highest)).score).toBe(20);
    expect(expectScored(scoreInstrument(RIBS, unsure)).score).toBe(12);
  });

  it('lets items 1-4 go unanswered but requires items 5-8', () => {
    const noReported = answersInOrder(RIBS, [null, null, null, null, 3, 3, 3, 3]);
    expect(expectScored(scoreInstrument(RIBS, noReported)).counted).toEqual({});
    const missingIntended = answersInOrder(RIBS, [YES, YES, YES, YES, 3, null, 3, 3]);
    expect(expectRejected(scoreInstrument(RIBS, missingIntended)).reason).toBe(
      "RIBS intended behaviour item 6 (of items 5-8) (ribs_6) is not answered (expected 1-5, or 9 (Don't know)).",
    );
  });

  it('rejects values that are neither on the scale nor "don\'t know"', () => {
    const badReported = answersInOrder(RIBS, [3, NO, NO, NO, 3, 3, 3, 3]);
    expect(expectRejected(scoreInstrument(RIBS, badReported)).reason).toContain(
      "(ribs_1) has 3, which is not on its scale (expected 1, 2, or 9 (Don't know))",
    );
    const badIntended = answersInOrder(RIBS, [NO, NO, NO, NO, 6, 3, 3, 3]);
    expect(expectRejected(scoreInstrument(RIBS, badIntended)).problems[0].itemId).toBe('ribs_5');
  });

  it('treats a higher total as better (less stigmatising) and ships no wording', () => {
    expect(RIBS.better).toBe('higher');
    expect(RIBS.items.every((item) => item.text === null)).toBe(true);
    expect(RIBS.licence.terms).toMatch(/do not pass it on/i);
  });
});
