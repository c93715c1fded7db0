import { ISMI_10, scoreInstrument } from '../../../src/domain/instruments';
import { answersInOrder, expectRejected, expectScored } from './helpers';

// Item order in the definition: Alienation A, B; Stereotype Endorsement A, B; Discrimination
// Experience A, B; Social Withdrawal A, B; Stigma Resistance A, B (the last two reversed: 5 - value).

describe('ISMI-10', () => {
  it('reverse-keys only the two Stigma Resistance items', () => {
    expect(ISMI_10.items.filter((item) => item.reverseKeyed).map((item) => item.id)).toEqual([
      'ismi10_sr_a',
      'ismi10_sr_b',
    ]);
    expect(ISMI_10.better).toBe('lower');
  });

  it('scores the mean of all 10: all "strongly disagree" gives 1.6', () => {
    // 8 items × 1 + 2 resistance items × (5 - 1 = 4) = 16; 16 / 10 = 1.6
    const result = expectScored(
      scoreInstrument(ISMI_10, answersInOrder(ISMI_10, Array(10).fill(1))),
    );
    expect(result.score).toBeCloseTo(1.6, 12);
    expect(result.band).toBe('not elevated');
  });

  it('reads a mean of exactly 2.5 as not elevated and anything above as elevated', () => {
    // 2+2+3+3+2+3+2+3 = 20, plus resistance 5-3 = 2 and 5-2 = 3: 25 / 10 = 2.5
    const atCutOff = answersInOrder(ISMI_10, [2, 2, 3, 3, 2, 3, 2, 3, 3, 2]);
    expect(expectScored(scoreInstrument(ISMI_10, atCutOff))).toEqual(
      expect.objectContaining({ score: 2.5, band: 'not elevated' }),
    );
    // one more point on Alienation A: 26 / 10 = 2.6
    const above = answersInOrder(ISMI_10, [3, 2, 3, 3, 2, 3, 2, 3, 3, 2]);
    expect(expectScored(scoreInstrument(ISMI_10, above))).toEqual(
      expect.objectContaining({ score: 2.6, band: 'elevated' }),
    );
  });

  it('averages only the answered items when 8 or 9 are answered', () => {
    // answered: 4, 3, 3, 3, 4, 3, 3, 3 and resistance A = 1 (-> 4); 30 / 9 = 3.333...
    const nine = answersInOrder(ISMI_10, [4, 3, 3, 3, 4, 3, 3, 3, 1, null]);
    const result = expectScored(scoreInstrument(ISMI_10, nine));
    expect(result.answered).toBe(9);
    expect(result.score).toBeCloseTo(30 / 9, 12);
    // 8 answered (one Alienation, one Social Withdrawal missing): 4+3+3+4+3+3 + (5-1) + (5-2) = 27; 27 / 8
    const eight = answersInOrder(ISMI_10, [4, null, 3, 3, 4, 3, 3, null, 1, 2]);
    expect(expectScored(scoreInstrument(ISMI_10, eight)).score).toBeCloseTo(27 / 8, 12);
  });

  it('needs at least 8 answered items', () => {
    const seven = answersInOrder(ISMI_10, [4, null, 3, null, 4, 3, 3, null, 1, 2]);
    expect(expectRejected(scoreInstrument(ISMI_10, seven)).reason).toBe(
      'ISMI-10 needs at least 8 of its 10 items answered; 7 were.',
    );
  });

  it('needs an answer from every subscale, so both reversed items cannot drop out', () => {
    const noResistance = answersInOrder(ISMI_10, [4, 3, 3, 3, 4, 3, 3, 3, null, null]);
    const result = expectRejected(scoreInstrument(ISMI_10, noResistance));
    expect(result.reason).toBe(
      'ISMI-10 needs at least 1 answered item from the Stigma Resistance subscale; 0 were.',
    );
  });

  it('rejects an answer off the 1-4 scale', () => {
    const result = expectRejected(
      scoreInstrument(ISMI_10, answersInOrder(ISMI_10, [5, 3, 3, 3, 4, 3, 3, 3, 1, 2])),
    );
    expect(result.reason).toContain(
      '(ismi10_al_a) has 5, which is not on its scale (expected 1-4)',
    );
  });
});
