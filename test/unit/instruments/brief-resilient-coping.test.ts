import { BRIEF_RESILIENT_COPING as BRCS, scoreInstrument } from '../../../src/domain/instruments';
import { answersInOrder, expectRejected, expectScored } from './helpers';

describe('Brief Resilient Coping Scale', () => {
  it('sums 4 items: 3 + 4 + 3 + 4 = 14, the bottom of the medium band', () => {
    const result = expectScored(scoreInstrument(BRCS, answersInOrder(BRCS, [3, 4, 3, 4])));
    expect(result.score).toBe(14);
    expect(result.band).toBe('medium resilient coping');
  });

  // Published bands: 4-13 low, 14-16 medium, 17-20 high; each boundary checked.
  it.each([
    [[1, 1, 1, 1], 4, 'low resilient coping'],
    [[4, 3, 3, 3], 13, 'low resilient coping'],
    [[4, 4, 4, 4], 16, 'medium resilient coping'],
    [[5, 4, 4, 4], 17, 'high resilient coping'],
    [[5, 5, 5, 5], 20, 'high resilient coping'],
  ])('answers %j score %d (%s)', (values, score, band) => {
    const result = expectScored(scoreInstrument(BRCS, answersInOrder(BRCS, values)));
    expect(result.score).toBe(score);
    expect(result.band).toBe(band);
  });

  it('requires all 4 items and ships no wording', () => {
    const result = expectRejected(scoreInstrument(BRCS, answersInOrder(BRCS, [3, null, 3, 4])));
    expect(result.reason).toBe('BRCS item 2 of 4 (brcs_2) is not answered (expected 1-5).');
    expect(BRCS.items.every((item) => item.text === null && !item.reverseKeyed)).toBe(true);
  });
});
