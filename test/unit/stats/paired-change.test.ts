import fc from 'fast-check';
import * as ss from 'simple-statistics';
import type { Computed } from '../../../src/domain/stats/computed';
import {
  EFFECT_SIZE_DZ_LABEL,
  MIN_PAIRS_FOR_INFERENCE,
  summarisePairedChange,
  type ScorePair,
} from '../../../src/domain/stats/paired-change';
import { studentTQuantile } from '../../../src/domain/stats/t-distribution';

function valueOf<T>(result: Computed<T>): T {
  if (!result.ok) throw new Error(`expected a value, got: ${result.reason}`);
  return result.value;
}

function reasonOf<T>(result: Computed<T>): string {
  if (result.ok) throw new Error('expected not computable');
  return result.reason;
}

/** Every number anywhere in the summary, so a test can assert none is NaN or infinite. */
function allNumbers(value: unknown): number[] {
  if (typeof value === 'number') return [value];
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(allNumbers);
  return [];
}

const pairFrom = (baseline: number, followUp: number): ScorePair => ({ baseline, followUp });

describe('summarisePairedChange', () => {
  // Changes 1, 2, 3, 4, 5:
  //   mean change = 15 / 5 = 3
  //   SD of change = sqrt((4 + 1 + 0 + 1 + 4) / 4) = sqrt(2.5) = 1.58113883
  //   SE = 1.58113883 / sqrt(5) = 0.70710678
  //   t(0.975, df = 4) = 2.776445105 (table)
  //   half-width = 2.776445105 × 0.70710678 = 1.96324316
  //   95% CI = 3 ± 1.96324316 = [1.03675684, 4.96324316]
  //   d_z = 3 / 1.58113883 = 1.8973666
  const handPairs = [
    pairFrom(20, 21),
    pairFrom(18, 20),
    pairFrom(25, 28),
    pairFrom(15, 19),
    pairFrom(22, 27),
  ];

  it('matches a hand computation', () => {
    const summary = summarisePairedChange(handPairs);
    expect(summary.n).toBe(5);
    expect(valueOf(summary.meanBaseline)).toBeCloseTo(20, 12);
    expect(valueOf(summary.meanFollowUp)).toBeCloseTo(23, 12);
    expect(valueOf(summary.meanChange)).toBeCloseTo(3, 12);
    expect(valueOf(summary.sdChange)).toBeCloseTo(1.58113883, 8);
    const ci = valueOf(summary.confidenceInterval);
    expect(ci.level).toBe(0.95);
    expect(ci.lower).toBeCloseTo(1.03675684, 7);
    expect(ci.upper).toBeCloseTo(4.96324316, 7);
    expect(valueOf(summary.effectSizeDz)).toBeCloseTo(1.8973666, 7);
  });

  it('agrees with simple-statistics: the t statistic of each CI bound is the critical t', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            baseline: fc.integer({ min: 7, max: 35 }),
            followUp: fc.integer({ min: 7, max: 35 }),
          }),
          { minLength: 2, maxLength: 50 },
        ),
        (pairs) => {
          const changes = pairs.map((pair) => pair.followUp - pair.baseline);
          fc.pre(new Set(changes).size > 1);
          const summary = summarisePairedChange(pairs);
          const ci = valueOf(summary.confidenceInterval);
          const n = pairs.length;
          const criticalT = studentTQuantile(0.975, n - 1);
          // ss.tTest(sample, x) = (mean - x) / (sd / sqrt(n)) with simple-statistics' population
          // SD (denominator n); multiplying by sqrt((n - 1) / n) turns it into the usual t with
          // the sample SD, which at a CI bound must equal the critical t.
          const toSampleSd = Math.sqrt((n - 1) / n);
          expect(ss.tTest(changes, ci.lower) * toSampleSd).toBeCloseTo(criticalT, 6);
          expect(ss.tTest(changes, ci.upper) * toSampleSd).toBeCloseTo(-criticalT, 6);
          expect(valueOf(summary.meanChange)).toBeCloseTo(ss.mean(changes), 9);
          expect(valueOf(summary.sdChange)).toBeCloseTo(ss.sampleStandardDeviation(changes), 9);
          expect(valueOf(summary.meanBaseline)).toBeCloseTo(
            ss.mean(pairs.map((pair) => pair.baseline)),
            9,
          );
        },
      ),
    );
  });

  it('has a CI that contains the mean change and narrows at lower confidence', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            baseline: fc.double({ min: 1, max: 4, noNaN: true }),
            followUp: fc.double({ min: 1, max: 4, noNaN: true }),
          }),
          { minLength: 2, maxLength: 40 },
        ),
        (pairs) => {
          const wide = summarisePairedChange(pairs, 0.95);
          const narrow = summarisePairedChange(pairs, 0.8);
          fc.pre(wide.confidenceInterval.ok && narrow.confidenceInterval.ok);
          const meanChange = valueOf(wide.meanChange);
          const wideCi = valueOf(wide.confidenceInterval);
          const narrowCi = valueOf(narrow.confidenceInterval);
          expect(wideCi.lower).toBeLessThanOrEqual(meanChange);
          expect(wideCi.upper).toBeGreaterThanOrEqual(meanChange);
          expect(narrowCi.upper - narrowCi.lower).toBeLessThan(wideCi.upper - wideCi.lower);
        },
      ),
    );
  });

  it('never puts NaN or infinity in its output, whatever the data', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            baseline: fc.integer({ min: 0, max: 3 }),
            followUp: fc.integer({ min: 0, max: 3 }),
          }),
          { maxLength: 6 },
        ),
        (pairs) => {
          for (const number of allNumbers(summarisePairedChange(pairs))) {
            expect(Number.isFinite(number)).toBe(true);
          }
        },
      ),
    );
  });

  it('with no pairs, reports every figure as not computable', () => {
    const summary = summarisePairedChange([]);
    expect(summary.n).toBe(0);
    for (const figure of [
      summary.meanBaseline,
      summary.meanFollowUp,
      summary.meanChange,
      summary.sdChange,
      summary.confidenceInterval,
      summary.effectSizeDz,
    ]) {
      expect(figure.ok).toBe(false);
    }
  });

  it('with one pair, gives the change but no SD, CI or d_z', () => {
    const summary = summarisePairedChange([pairFrom(2.4, 1.9)]);
    expect(valueOf(summary.meanChange)).toBeCloseTo(-0.5, 12);
    expect(reasonOf(summary.sdChange)).toMatch(/at least 2/);
    expect(reasonOf(summary.confidenceInterval)).toMatch(/no confidence interval/);
    expect(reasonOf(summary.effectSizeDz)).toMatch(/no effect size/);
  });

  it('when everyone changed by the same amount, gives the change but no CI or d_z', () => {
    const summary = summarisePairedChange([pairFrom(10, 12), pairFrom(15, 17), pairFrom(20, 22)]);
    expect(valueOf(summary.meanChange)).toBe(2);
    expect(valueOf(summary.sdChange)).toBe(0);
    expect(reasonOf(summary.confidenceInterval)).toMatch(/exactly the same amount/);
    expect(reasonOf(summary.effectSizeDz)).toMatch(/SD of change is 0/);
  });

  it('labels results below 30 pairs as descriptive only, and says why', () => {
    const few = summarisePairedChange(handPairs);
    expect(few.inference).toBe('descriptive-only');
    expect(few.inferenceNote).toMatch(/5 members .* at least 30/);
    const enough = summarisePairedChange(
      Array.from({ length: MIN_PAIRS_FOR_INFERENCE }, (_, i) => pairFrom(i, i + (i % 3))),
    );
    expect(enough.inference).toBe('inferential');
    expect(enough.inferenceNote).toBeNull();
  });

  it('names the effect size as the paired d_z', () => {
    expect(EFFECT_SIZE_DZ_LABEL).toMatch(/^d_z/);
    expect(EFFECT_SIZE_DZ_LABEL).toMatch(/mean change ÷ SD of change/);
  });

  it('rejects non-finite scores and a confidence level outside (0, 1)', () => {
    expect(() => summarisePairedChange([pairFrom(1, Number.NaN)])).toThrow(
      /follow-up at position 0/,
    );
    expect(() => summarisePairedChange(handPairs, 1)).toThrow(RangeError);
  });
});
