import fc from 'fast-check';
import {
  classifyReliableChange,
  countReliableChange,
  jacobsonTruaxCriterion,
  publishedThresholdCriterion,
  type JacobsonTruaxCriterion,
} from '../../../src/domain/stats/reliable-change';

function criterion(sdBaseline: number, reliability: number): JacobsonTruaxCriterion {
  const result = jacobsonTruaxCriterion(sdBaseline, reliability);
  if (!result.ok) throw new Error(result.reason);
  return result.value;
}

describe('jacobsonTruaxCriterion', () => {
  it('matches a hand computation', () => {
    // SD 4, reliability 0.84: SE = 4 × sqrt(0.16) = 1.6; S_diff = sqrt(2) × 1.6 = 2.2627417;
    // a change counts when it exceeds 1.96 × 2.2627417 = 4.4349737 points.
    const jt = criterion(4, 0.84);
    expect(jt.standardError).toBeCloseTo(1.6, 12);
    expect(jt.sDiff).toBeCloseTo(2.2627417, 7);
    expect(jt.minReliableChange).toBeCloseTo(4.4349737, 7);
  });

  it('is not computable when every baseline score is the same', () => {
    const result = jacobsonTruaxCriterion(0, 0.84);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.reason).toMatch(/SD 0/);
  });

  it('rejects a reliability outside (0, 1) and a negative SD', () => {
    expect(() => jacobsonTruaxCriterion(4, 1)).toThrow(RangeError);
    expect(() => jacobsonTruaxCriterion(4, 0)).toThrow(RangeError);
    expect(() => jacobsonTruaxCriterion(-1, 0.8)).toThrow(RangeError);
  });
});

describe('classifyReliableChange', () => {
  const jt = criterion(4, 0.84); // needs |change| > 4.4349737

  it('classifies by direction: higher is better', () => {
    expect(classifyReliableChange(5, jt, 'higher')).toBe('improved');
    expect(classifyReliableChange(4, jt, 'higher')).toBe('unchanged');
    expect(classifyReliableChange(-4, jt, 'higher')).toBe('unchanged');
    expect(classifyReliableChange(-5, jt, 'higher')).toBe('worse');
  });

  it('classifies by direction: lower is better (stigma)', () => {
    expect(classifyReliableChange(-5, jt, 'lower')).toBe('improved');
    expect(classifyReliableChange(5, jt, 'lower')).toBe('worse');
    expect(classifyReliableChange(0, jt, 'lower')).toBe('unchanged');
  });

  it('needs the ratio |change| / S_diff strictly above 1.96', () => {
    const exact = criterion(2, 0.75); // SE = 2 × 0.5 = 1, S_diff = sqrt(2)
    expect(classifyReliableChange(1.9601 * Math.SQRT2, exact, 'higher')).toBe('improved');
    expect(classifyReliableChange(1.9599 * Math.SQRT2, exact, 'higher')).toBe('unchanged');
  });

  it('uses a published threshold as a strict bound in points', () => {
    const published = publishedThresholdCriterion(2.87, 'Shah et al. 2018');
    expect(classifyReliableChange(2.87, published, 'higher')).toBe('unchanged');
    expect(classifyReliableChange(2.88, published, 'higher')).toBe('improved');
    expect(classifyReliableChange(-2.88, published, 'higher')).toBe('worse');
    expect(() => publishedThresholdCriterion(0, 'x')).toThrow(RangeError);
  });
});

describe('countReliableChange', () => {
  const jt = criterion(4, 0.84);

  it('counts improved / unchanged / worse by hand', () => {
    const pairs = [
      { baseline: 20, followUp: 26 }, // +6 improved
      { baseline: 20, followUp: 25 }, // +5 improved
      { baseline: 20, followUp: 22 }, // +2 unchanged
      { baseline: 20, followUp: 20 }, //  0 unchanged
      { baseline: 20, followUp: 14 }, // -6 worse
    ];
    expect(countReliableChange(pairs, jt, 'higher')).toEqual({
      n: 5,
      improved: 2,
      unchanged: 2,
      worse: 1,
    });
    expect(countReliableChange(pairs, jt, 'lower')).toEqual({
      n: 5,
      improved: 1,
      unchanged: 2,
      worse: 2,
    });
  });

  it('gives zero counts for no pairs', () => {
    expect(countReliableChange([], jt, 'higher')).toEqual({
      n: 0,
      improved: 0,
      unchanged: 0,
      worse: 0,
    });
  });

  const pairs = fc.array(
    fc.record({
      baseline: fc.integer({ min: 4, max: 20 }),
      followUp: fc.integer({ min: 4, max: 20 }),
    }),
    { maxLength: 40 },
  );

  it('accounts for every pair, and reversing the direction swaps improved and worse', () => {
    fc.assert(
      fc.property(pairs, (generated) => {
        const higher = countReliableChange(generated, jt, 'higher');
        const lower = countReliableChange(generated, jt, 'lower');
        expect(higher.improved + higher.unchanged + higher.worse).toBe(generated.length);
        expect(lower.improved).toBe(higher.worse);
        expect(lower.worse).toBe(higher.improved);
        expect(lower.unchanged).toBe(higher.unchanged);
      }),
    );
  });

  it('swapping baseline and follow-up swaps improved and worse', () => {
    fc.assert(
      fc.property(pairs, (generated) => {
        const forward = countReliableChange(generated, jt, 'higher');
        const backward = countReliableChange(
          generated.map(({ baseline, followUp }) => ({ baseline: followUp, followUp: baseline })),
          jt,
          'higher',
        );
        expect(backward.improved).toBe(forward.worse);
        expect(backward.worse).toBe(forward.improved);
      }),
    );
  });
});
