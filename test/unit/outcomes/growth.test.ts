import * as ss from 'simple-statistics';
import {
  buildGrowthAndStigma,
  suppressedText,
  type OutcomeSurvey,
} from '../../../src/domain/outcomes';
import { computeGrowth, descriptiveOnlyText } from '../../../src/domain/outcomes/growth';
import { scorePairs } from '../../../src/domain/outcomes/score-pairs';
import { INPUT, MIN_N } from './fixtures';
import { cell, findBlock } from './helpers';

const HIDDEN = suppressedText(MIN_N);
const DESCRIPTIVE_ONLY_NOTE = descriptiveOnlyText();
const WHOLE = { from: '2023-12-01', to: '2024-04-15' };
const tab = buildGrowthAndStigma(INPUT);
const table = findBlock(tab, 'Change from baseline to latest follow-up');
const ismi = (header: string) => cell(table, 'Internalized Stigma', header);
const swemwbs = (header: string) => cell(table, 'Short Warwick', header);

/** Published two-sided 95% critical values of Student's t (any t table). */
const T_975 = { 3: 3.182446, 4: 2.776445 } as const;

const round2 = (value: number) => Math.round(value * 100) / 100;

describe('Growth and stigma: pairing', () => {
  it("pairs each member's baseline with their latest follow-up", () => {
    // m3 has two follow-ups (20.73 on 02-15, 24.11 on 04-10): the latest is used.
    // m5 has no follow-up; m6's baseline has no SWEMWBS score, so no SWEMWBS pair.
    expect(scorePairs(INPUT.surveys, 'swemwbs', WHOLE)).toEqual([
      { baseline: 19.98, followUp: 23.21 },
      { baseline: 17.43, followUp: 17.98 },
      { baseline: 21.54, followUp: 24.11 },
      { baseline: 23.21, followUp: 19.98 },
    ]);
  });

  it('uses only follow-ups up to the end of the period, and needs one inside it', () => {
    // To 2024-03-31: m3's latest is now 20.73 (02-15); m4's only follow-up (04-05) is after.
    expect(scorePairs(INPUT.surveys, 'swemwbs', { from: '2023-12-01', to: '2024-03-31' })).toEqual([
      { baseline: 19.98, followUp: 23.21 },
      { baseline: 17.43, followUp: 17.98 },
      { baseline: 21.54, followUp: 20.73 },
    ]);
    // From 2024-04-01: only follow-ups in April count (m3's 04-10, m4's 04-05).
    expect(scorePairs(INPUT.surveys, 'swemwbs', { from: '2024-04-01', to: '2024-04-15' })).toEqual([
      { baseline: 21.54, followUp: 24.11 },
      { baseline: 23.21, followUp: 19.98 },
    ]);
  });

  it('ignores a follow-up dated on or before the baseline, and rejects a non-finite score', () => {
    const surveys: OutcomeSurvey[] = [
      { memberId: 'a', date: '2024-02-01', wave: 'baseline', scores: { brcs: 10 } },
      { memberId: 'a', date: '2024-02-01', wave: 'follow-up 1', scores: { brcs: 15 } },
    ];
    expect(scorePairs(surveys, 'brcs', WHOLE)).toEqual([]);
    const broken: OutcomeSurvey[] = [
      { memberId: 'a', date: '2024-02-01', wave: 'baseline', scores: { brcs: Number.NaN } },
    ];
    expect(() => scorePairs(broken, 'brcs', WHOLE)).toThrow(RangeError);
  });
});

describe('Growth and stigma: the table', () => {
  it('has one row per instrument switched on, in the order of SPEC section 4', () => {
    // Settings list ismi10, swemwbs, rses; BRCS and RIBS are off.
    expect(table.rows.map((row) => row[0])).toEqual([
      'Short Warwick-Edinburgh Mental Wellbeing Scale (SWEMWBS)',
      'Rosenberg Self-Esteem Scale (RSES)',
      'Internalized Stigma of Mental Illness scale, 10-item version (ISMI-10)',
    ]);
    expect(table.header).toContain('d_z (paired)');
  });

  it('matches simple-statistics on the ISMI-10 pairs, and says lower is better', () => {
    const baselines = [2.8, 2.5, 3.0, 2.2, 2.4];
    const followUps = [2.2, 2.4, 2.3, 2.3, 1.8];
    const changes = followUps.map((value, i) => value - baselines[i]); // -.6 -.1 -.7 +.1 -.6
    const meanChange = ss.mean(changes); // -0.38
    const sdChange = ss.sampleStandardDeviation(changes); // 0.3564
    const halfWidth = (T_975[4] * sdChange) / Math.sqrt(5); // 0.4425

    expect(ismi('Better when')).toBe('lower is better');
    expect(ismi('Members with baseline and follow-up (n)')).toBe(5);
    expect(ismi('Mean at baseline')).toBe(round2(ss.mean(baselines))); // 2.58
    expect(ismi('Mean at latest follow-up')).toBe(round2(ss.mean(followUps))); // 2.2
    expect(ismi('Mean change (follow-up − baseline)')).toBe(round2(meanChange)); // -0.38
    expect(ismi('95% CI lower')).toBe(round2(meanChange - halfWidth)); // -0.82
    expect(ismi('95% CI upper')).toBe(round2(meanChange + halfWidth)); // 0.06
    expect(ismi('d_z (paired)')).toBe(round2(meanChange / sdChange)); // -1.07
    expect(table.notes).toContain(
      'For ISMI-10 lower is better: a negative mean change is an improvement.',
    );
  });

  it('classifies ISMI-10 change by Jacobson–Truax with these members’ baseline SD', () => {
    // SD of baselines 0.3194; SE = 0.3194 x sqrt(1 - 0.86) = 0.1195; S_diff = 0.1690;
    // 1.96 x S_diff = 0.331. Falls of 0.6, 0.7 and 0.6 improved; -0.1 and +0.1 did not change.
    const sdBaseline = ss.sampleStandardDeviation([2.8, 2.5, 3.0, 2.2, 2.4]);
    const threshold = 1.96 * Math.SQRT2 * sdBaseline * Math.sqrt(1 - 0.86);
    expect(threshold).toBeCloseTo(0.331, 3);
    expect(ismi('Improved (reliable change)')).toBe(3);
    // Unchanged 2 and worse 0 are both below 3: two hidden cells, so n - 3 = 2 is only their sum.
    expect(ismi('No reliable change')).toBe(HIDDEN);
    expect(ismi('Worse (reliable change)')).toBe(HIDDEN);
    expect(ismi('Reliable-change criterion')).toBe(
      'Jacobson–Truax: a change of more than 0.33 points, that is 1.96 × S_diff from the baseline SD of these members (0.32) and reliability 0.86 (internal consistency)',
    );
  });

  it('matches simple-statistics on SWEMWBS and uses its published threshold', () => {
    const changes = [23.21 - 19.98, 17.98 - 17.43, 24.11 - 21.54, 19.98 - 23.21];
    const meanChange = ss.mean(changes); // 0.78
    const halfWidth = (T_975[3] * ss.sampleStandardDeviation(changes)) / 2; // 4.62
    expect(swemwbs('Better when')).toBe('higher is better');
    expect(swemwbs('Members with baseline and follow-up (n)')).toBe(4);
    expect(swemwbs('Mean at baseline')).toBe(20.54);
    expect(swemwbs('Mean at latest follow-up')).toBe(21.32);
    expect(swemwbs('Mean change (follow-up − baseline)')).toBe(round2(meanChange));
    expect(swemwbs('95% CI lower')).toBe(round2(meanChange - halfWidth)); // -3.84
    expect(swemwbs('95% CI upper')).toBe(round2(meanChange + halfWidth)); // 5.4
    // 3.23 improved, 0.55 and 2.57 within 2.87, -3.23 worse: 1 / 2 / 1, all below 3.
    expect(swemwbs('Improved (reliable change)')).toBe(HIDDEN);
    expect(swemwbs('No reliable change')).toBe(HIDDEN);
    expect(swemwbs('Worse (reliable change)')).toBe(HIDDEN);
    expect(swemwbs('Reliable-change criterion')).toBe(
      'published threshold: a change of more than 2.87 points',
    );
  });

  it('suppresses every figure of an instrument with fewer pairs than the minimum', () => {
    const rses = table.rows.find((row) => String(row[0]).startsWith('Rosenberg'));
    // Two pairs: the n, every statistic, and the criterion (its SD is from those two) hidden.
    expect(rses?.slice(2, 13)).toEqual(Array(11).fill(HIDDEN));
  });

  it('labels every row descriptive only below 30 pairs, and says why in the notes', () => {
    expect(table.rows.map((row) => row[13])).toEqual(Array(3).fill(DESCRIPTIVE_ONLY_NOTE));
    expect(DESCRIPTIVE_ONLY_NOTE).toBe('descriptive only: fewer than 30 pairs');
    expect(table.notes?.some((note) => note.includes('at least 30 people measured twice'))).toBe(
      true,
    );
  });

  it('carries the SWEMWBS copyright line and the citations', () => {
    const sources = findBlock(tab, 'Instruments and sources');
    expect(cell(sources, 'SWEMWBS', 'Copyright')).toContain(
      '© NHS Health Scotland, University of Warwick and University of Edinburgh, 2008, all rights reserved',
    );
    expect(cell(sources, 'ISMI-10', 'Reliable-change source')).toContain('ISMI-10');
  });
});

describe('Growth and stigma: figures that would disclose individuals', () => {
  /** n members, each with a BRCS baseline and follow-up. */
  function brcsSurveys(pairs: ReadonlyArray<readonly [number, number]>): OutcomeSurvey[] {
    return pairs.flatMap(([baseline, followUp], i) => [
      {
        memberId: `p${i}`,
        date: '2024-01-01',
        wave: 'baseline' as const,
        scores: { brcs: baseline },
      },
      {
        memberId: `p${i}`,
        date: '2024-03-01',
        wave: 'follow-up 1' as const,
        scores: { brcs: followUp },
      },
    ]);
  }

  it('hides every count when the hidden ones add up to zero ("improved 6 of 6")', () => {
    // Baseline SD 1.47, so 1.96 x sqrt(2) x 1.47 x sqrt(1 - 0.71) = 2.2 points; every member
    // rose by 8 or 9: improved 6, unchanged 0, worse 0. Showing "6" beside n = 6 would say
    // that every member improved, so all three cells are hidden.
    const surveys = brcsSurveys([
      [8, 16],
      [9, 18],
      [10, 18],
      [11, 20],
      [7, 15],
      [8, 17],
    ]);
    const [change] = computeGrowth(surveys, ['brcs'], WHOLE, 5).instruments;
    expect(change.pairs).toEqual({ kind: 'shown', value: 6 });
    expect([change.improved, change.unchanged, change.worse].map((f) => f.kind)).toEqual([
      'suppressed',
      'suppressed',
      'suppressed',
    ]);
  });

  it('hides the mean change, interval and d_z when every member changed by the same amount, and both means with them', () => {
    // Each rose by exactly 2: a mean change of 2 would be every member's own change.
    const surveys = brcsSurveys([
      [8, 10],
      [9, 11],
      [12, 14],
      [10, 12],
      [15, 17],
    ]);
    const [change] = computeGrowth(surveys, ['brcs'], WHOLE, 5).instruments;
    for (const figure of [change.meanChange, change.confidenceLower, change.effectSizeDz]) {
      expect(figure).toEqual({ kind: 'suppressed', reason: 'identical-values' });
    }
    // Follow-up 12.8 minus baseline 10.8 would give the hidden change (2) back.
    expect(change.meanBaseline).toEqual({ kind: 'suppressed', reason: 'complementary' });
    expect(change.meanFollowUp).toEqual({ kind: 'suppressed', reason: 'complementary' });
  });

  it('does not say "descriptive only" about a hidden n when the minimum is above 30', () => {
    const tabWithLargeMinimum = buildGrowthAndStigma({
      ...INPUT,
      settings: { ...INPUT.settings, minGroupSize: 40 },
    });
    const rows = findBlock(tabWithLargeMinimum, 'Change from baseline to latest follow-up').rows;
    expect(rows.map((row) => row[13])).toEqual(Array(3).fill(suppressedText(40)));
  });

  it('calls 30 or more pairs inferential', () => {
    const pairs = Array.from({ length: 30 }, (_, i) => [8 + (i % 5), 10 + (i % 7)] as const);
    const [change] = computeGrowth(brcsSurveys(pairs), ['brcs'], WHOLE, 5).instruments;
    expect(change.descriptiveOnly).toBe(false);
  });

  it('says so when no instrument is switched on', () => {
    const empty = buildGrowthAndStigma({
      ...INPUT,
      settings: { ...INPUT.settings, instruments: [] },
    });
    const block = findBlock(empty, 'Change from baseline to latest follow-up');
    expect(block.rows).toEqual([]);
    expect(block.notes).toContain('No instrument is switched on in Settings.');
  });
});
