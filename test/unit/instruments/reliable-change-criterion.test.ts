import {
  BRIEF_RESILIENT_COPING,
  ISMI_10,
  ROSENBERG_SELF_ESTEEM as RSES,
  SWEMWBS,
  reliableChangeCriterionFor,
} from '../../../src/domain/instruments';

describe('reliableChangeCriterionFor', () => {
  it('uses Jacobson–Truax with the group baseline SD and the published reliability', () => {
    // baselines 10, 14, 18, 22: mean 16, squared deviations 36 + 4 + 4 + 36 = 80,
    // SD = sqrt(80 / 3) = 5.1639778; reliability 0.85: SE = sqrt(80 / 3 × 0.15) = sqrt(4) = 2;
    // S_diff = 2 × sqrt(2) = 2.8284271; minimum reliable change 1.96 × 2.8284271 = 5.5437172
    const result = reliableChangeCriterionFor(RSES, [10, 14, 18, 22]);
    if (!result.ok) throw new Error(result.reason);
    expect(result.value.kind).toBe('jacobson-truax');
    if (result.value.kind !== 'jacobson-truax') return;
    expect(result.value.reliability).toBe(0.85);
    expect(result.value.standardError).toBeCloseTo(2, 12);
    expect(result.value.sDiff).toBeCloseTo(2.8284271, 7);
    expect(result.value.minReliableChange).toBeCloseTo(5.5437172, 7);
  });

  it('falls back to the published SWEMWBS threshold of 2.87 points', () => {
    const result = reliableChangeCriterionFor(SWEMWBS, [18.59, 21.54, 23.21]);
    expect(result).toEqual({
      ok: true,
      value: expect.objectContaining({ kind: 'published-threshold', minReliableChange: 2.87 }),
    });
  });

  it('is not computable without a baseline SD when no threshold is published', () => {
    const oneMember = reliableChangeCriterionFor(BRIEF_RESILIENT_COPING, [14]);
    expect(oneMember.ok ? '' : oneMember.reason).toMatch(/no baseline SD .*at least 2/);
    const sameScores = reliableChangeCriterionFor(ISMI_10, [2.5, 2.5, 2.5]);
    expect(sameScores.ok ? '' : sameScores.reason).toMatch(/SD 0/);
  });
});
