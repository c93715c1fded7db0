/**
 * The boundaries and input contracts of src/domain/stats, one rule each (found unpinned by
 * npm run mutation): what is accepted and what is refused at the exact edge.
 */
import {
  addDays,
  dayNumber,
  isoDateFromDayNumber,
  isValidIsoDate,
} from '../../../src/domain/stats/calendar';
import { mean, sampleVariance } from '../../../src/domain/stats/descriptive';
import { summarisePairedChange } from '../../../src/domain/stats/paired-change';
import {
  classifyReliableChange,
  jacobsonTruaxCriterion,
  publishedThresholdCriterion,
  type JacobsonTruaxCriterion,
} from '../../../src/domain/stats/reliable-change';
import { retention } from '../../../src/domain/stats/retention';
import { monthlyMeans, trailingMovingAverage } from '../../../src/domain/stats/series';
import { logGamma, regularizedIncompleteBeta } from '../../../src/domain/stats/special-functions';
import { suppressCategoryCounts } from '../../../src/domain/stats/suppression';
import { welchDifference } from '../../../src/domain/stats/welch';
import { studentTQuantile, studentTUpperTail } from '../../../src/domain/stats/t-distribution';

const cells = (...counts: number[]) =>
  counts.map((count, index) => ({ category: `c${index}`, count }));
const shownPattern = (result: ReturnType<typeof suppressCategoryCounts>) =>
  result.cells.map((cell) => (cell.count.shown ? cell.count.value : cell.count.reason));

describe('suppression boundaries', () => {
  it('shows a total equal to the minimum', () => {
    const result = suppressCategoryCounts(cells(6), 6);
    expect(result.total).toEqual({ shown: true, value: 6 });
    expect(shownPattern(result)).toEqual([6]);
  });

  it('says why each cell is hidden when the total is below the minimum', () => {
    const result = suppressCategoryCounts(cells(3, 1), 5);
    expect(shownPattern(result)).toEqual(['fewer-than-minimum', 'fewer-than-minimum']);
  });

  it('hides the total too when every cell had to be hidden to keep the small ones unpinned', () => {
    // 0 + 0 beside a shown 5 = 5 would pin both zeros; hiding the 5 leaves 0 + 0 + 5 = total 5,
    // which pins every hidden cell again, with no shown cell left: the total goes.
    const result = suppressCategoryCounts(cells(5, 0, 0), 5);
    expect(shownPattern(result)).toEqual([
      'complementary',
      'fewer-than-minimum',
      'fewer-than-minimum',
    ]);
    expect(result.total).toEqual({ shown: false, reason: 'complementary' });
  });

  it('hides one more cell when small cells all at minimum - 1 would be pinned by the total', () => {
    // 4 + 4 = 8 is the most two small cells can hold: beside a shown 10 it gives both back.
    const result = suppressCategoryCounts(cells(4, 4, 10), 5);
    expect(shownPattern(result)).toEqual([
      'fewer-than-minimum',
      'fewer-than-minimum',
      'complementary',
    ]);
    expect(result.total).toEqual({ shown: true, value: 18 });
  });

  it('hides one more cell when a zero and a complement of exactly the minimum would be pinned', () => {
    // Hidden 0 (small) + 5 (complement, so at least 5) = 5 can only be 0 and 5: hide the 9 too.
    const result = suppressCategoryCounts(cells(0, 5, 9), 5);
    expect(shownPattern(result)).toEqual(['fewer-than-minimum', 'complementary', 'complementary']);
    expect(result.total).toEqual({ shown: true, value: 14 });
  });

  it('reads "every small cell at minimum - 1" as pinning only when no complement is hidden', () => {
    // The zeros force hiding the 8; then 0 + 0 + 8 = 8 = 2 × 4, but the 8 is a complement (at
    // least 5), so the hidden cells could also be 1 + 2 + 5: nothing more is hidden.
    const result = suppressCategoryCounts(cells(0, 0, 8, 20), 5);
    expect(shownPattern(result)).toEqual([
      'fewer-than-minimum',
      'fewer-than-minimum',
      'complementary',
      20,
    ]);
    expect(result.total).toEqual({ shown: true, value: 28 });
  });

  it('stops hiding once the hidden cells are not pinned', () => {
    const result = suppressCategoryCounts(cells(3, 4, 10, 12), 5);
    expect(shownPattern(result)).toEqual(['fewer-than-minimum', 'fewer-than-minimum', 10, 12]);
  });

  it('names the bad count or minimum it refuses', () => {
    expect(() => suppressCategoryCounts(cells(2.5), 5)).toThrow(/2\.5/);
    expect(() => suppressCategoryCounts(cells(3, -1), 5)).toThrow(/c1/);
    expect(() => suppressCategoryCounts(cells(2), 0)).toThrow(/0/);
  });
});

describe('reliable-change boundaries', () => {
  function jt(sd: number, reliability: number): JacobsonTruaxCriterion {
    const result = jacobsonTruaxCriterion(sd, reliability);
    if (!result.ok) throw new Error(result.reason);
    return result.value;
  }

  it('is a Jacobson-Truax criterion that counts a change whose ratio is exactly 1.96 as unchanged', () => {
    const criterion = jt(6.4, 0.5353);
    expect(criterion.kind).toBe('jacobson-truax');
    const change = criterion.minReliableChange;
    expect(change / criterion.sDiff).toBe(1.96);
    expect(classifyReliableChange(change, criterion, 'higher')).toBe('unchanged');
    expect(classifyReliableChange(-change, criterion, 'higher')).toBe('unchanged');
  });

  it('decides by the ratio, not by the rounded 1.96 × S_diff', () => {
    const criterion = jt(20.9, 0.9181);
    const change = criterion.minReliableChange;
    expect(change / criterion.sDiff).toBeGreaterThan(1.96);
    expect(classifyReliableChange(change, criterion, 'higher')).toBe('improved');
  });

  it('keeps the source of a published threshold, and refuses a change that is not a number', () => {
    const published = publishedThresholdCriterion(3, 'Shah et al. 2018');
    expect(published).toEqual({
      kind: 'published-threshold',
      minReliableChange: 3,
      source: 'Shah et al. 2018',
    });
    expect(() => classifyReliableChange(Number.NaN, published, 'higher')).toThrow(RangeError);
    expect(() => classifyReliableChange(Infinity, published, 'higher')).toThrow(/Infinity/);
  });

  it('names the bad value it refuses', () => {
    expect(() => jacobsonTruaxCriterion(4, 1.5)).toThrow(/1\.5/);
    expect(() => jacobsonTruaxCriterion(-2, 0.8)).toThrow(/-2/);
    expect(() => publishedThresholdCriterion(-3, 'x')).toThrow(/-3/);
  });
});

describe('retention edges', () => {
  const query = { referenceDate: '2024-06-30', minWeeksSinceJoining: 12, recentWeeks: 4 };

  it('counts a member who joined on the first day of the cohort, and not the day before', () => {
    // 12 to 20 weeks: joined 2024-02-11 to 2024-04-07.
    const result = retention(
      [
        { memberId: 'first', joined: '2024-02-11' },
        { memberId: 'before', joined: '2024-02-10' },
      ],
      [
        { memberId: 'first', sessionDate: '2024-06-20' },
        { memberId: 'before', sessionDate: '2024-06-20' },
      ],
      { ...query, maxWeeksSinceJoining: 20 },
    );
    expect(result.cohortSize).toBe(1);
    expect(result.stillAttending).toBe(1);
  });

  it('counts attendance on the reference day itself, and not the day after', () => {
    const members = [
      { memberId: 'A', joined: '2024-01-01' },
      { memberId: 'B', joined: '2024-01-01' },
    ];
    const result = retention(
      members,
      [
        { memberId: 'A', sessionDate: '2024-06-30' },
        { memberId: 'B', sessionDate: '2024-07-01' },
      ],
      query,
    );
    expect(result.stillAttending).toBe(1);
  });

  it('accepts a one-cohort query whose bounds are equal, 0 weeks and a 1-week window', () => {
    const result = retention(
      [
        { memberId: 'A', joined: '2024-06-30' },
        { memberId: 'B', joined: '2024-06-29' },
      ],
      [{ memberId: 'A', sessionDate: '2024-06-24' }],
      {
        referenceDate: '2024-06-30',
        minWeeksSinceJoining: 0,
        maxWeeksSinceJoining: 0,
        recentWeeks: 1,
      },
    );
    expect(result.cohortSize).toBe(1);
    expect(result.stillAttending).toBe(1);
    expect(result.attendedFrom).toBe('2024-06-24');
  });

  it('gives a reason when nobody is in the cohort, and names the bad field', () => {
    const empty = retention([], [], query);
    expect(empty.share.ok ? '' : empty.share.reason).not.toBe('');
    expect(() => retention([], [], { ...query, recentWeeks: 0 })).toThrow(/recentWeeks/);
    expect(() => retention([], [], { ...query, minWeeksSinceJoining: -1 })).toThrow(
      /minWeeksSinceJoining/,
    );
    expect(() => retention([], [], { ...query, maxWeeksSinceJoining: 1.5 })).toThrow(
      /maxWeeksSinceJoining/,
    );
  });
});

describe('paired change input contract', () => {
  const pairs = [
    { baseline: 10, followUp: 12 },
    { baseline: 11, followUp: 14 },
    { baseline: 9, followUp: 9 },
  ];

  it('takes a confidence level strictly between 0 and 1', () => {
    for (const level of [0, 1, -0.5, 1.5, Number.NaN]) {
      expect(() => summarisePairedChange(pairs, level)).toThrow(RangeError);
    }
    const narrow = summarisePairedChange(pairs, 0.5).confidenceInterval;
    const wide = summarisePairedChange(pairs, 0.99).confidenceInterval;
    expect(narrow.ok && wide.ok && narrow.value.upper < wide.value.upper).toBe(true);
  });

  it('refuses a bad level even when there is too little data for an interval', () => {
    for (const level of [1, 1.5, 0]) {
      expect(() => summarisePairedChange([{ baseline: 1, followUp: 2 }], level)).toThrow(/level/);
    }
  });

  it('says which score is not a number', () => {
    expect(() => summarisePairedChange([{ baseline: Number.NaN, followUp: 1 }])).toThrow(
      /baseline/,
    );
    expect(() => summarisePairedChange([{ baseline: 1, followUp: Infinity }])).toThrow(/follow-up/);
  });
});

describe('mean and variance', () => {
  it('gives the correctly rounded mean where a plain sum ÷ n would not', () => {
    expect(mean([0.07, 22.37, 1.26, 5.34])).toEqual({ ok: true, value: 7.26 });
    expect(mean([19.48, 20.89, 22.18])).toEqual({ ok: true, value: 20.85 });
  });

  it('gives a reason for too few values', () => {
    const one = sampleVariance([1]);
    expect(one.ok ? '' : one.reason).not.toBe('');
  });
});

describe('series contracts', () => {
  it('says which value is not a number, and names the bad window', () => {
    expect(() => monthlyMeans([{ date: '2024-01-01', value: Number.NaN }])).toThrow(/value/);
    expect(() => trailingMovingAverage([1, 2], 0)).toThrow(/ 0/);
  });
});

describe('calendar edges', () => {
  it('refuses text around a date, month 0 and day 0, and the 31st of a 30-day month', () => {
    for (const text of ['2024-01-01x', 'x2024-01-01', '2024-00-10', '2024-01-00']) {
      expect(isValidIsoDate(text)).toBe(false);
    }
    for (const month of ['04', '06', '09', '11']) {
      expect(isValidIsoDate(`2024-${month}-31`)).toBe(false);
      expect(isValidIsoDate(`2024-${month}-30`)).toBe(true);
    }
    for (const month of ['01', '03', '05', '07', '08', '10', '12']) {
      expect(isValidIsoDate(`2024-${month}-31`)).toBe(true);
    }
  });

  it('round-trips the days around every year end and leap day of a 400-year cycle, as Date does', () => {
    // 2000-03-01 starts an era of the algorithm; its 4-, 100- and 400-year terms change there.
    const wrong: string[] = [];
    for (let year = 2000; year <= 2400; year++) {
      for (const [month, day] of [
        [1, 1],
        [3, 1],
        [12, 31],
      ]) {
        for (const offset of [-1, 0]) {
          const days = Date.UTC(year, month - 1, day) / 86_400_000 + offset;
          const iso = isoDateFromDayNumber(days);
          const expected = new Date(days * 86_400_000).toISOString().slice(0, 10);
          if (iso !== expected || dayNumber(iso) !== days) wrong.push(`${days}: ${iso}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it('covers years 0000 to 9999 exactly, and refuses a day number that is not whole', () => {
    expect(isoDateFromDayNumber(dayNumber('0000-01-01'))).toBe('0000-01-01');
    expect(isoDateFromDayNumber(dayNumber('9999-12-31'))).toBe('9999-12-31');
    expect(() => addDays('0000-01-01', -1)).toThrow(RangeError);
    expect(() => addDays('9999-12-31', 1)).toThrow(String(dayNumber('9999-12-31') + 1));
    expect(() => isoDateFromDayNumber(1.5)).toThrow(/1\.5/);
  });
});

describe('special functions and the t distribution at their edges', () => {
  it('uses the reflection formula below 1/2, accurate where the series alone is not', () => {
    // ln Γ(x) = -ln x - γx + O(x²): 18.420680743952367 - 5.772e-9 at x = 1e-8.
    expect(logGamma(1e-8)).toBeCloseTo(18.42068073818, 10);
    expect(() => logGamma(-1)).toThrow(/-1/);
  });

  it('refuses shapes that are not finite and positive, and x outside [0, 1]', () => {
    for (const [a, b] of [
      [0, 2],
      [2, 0],
      [Infinity, 2],
      [2, Infinity],
      [Number.NaN, 2],
      [2, -1],
    ]) {
      expect(() => regularizedIncompleteBeta(0.5, a, b)).toThrow(RangeError);
    }
    expect(() => regularizedIncompleteBeta(-0.5, 2, 3)).toThrow(/-0\.5/);
    // At the ends too, where the value needs no computation.
    for (const x of [0, 1]) {
      for (const [a, b] of [
        [0, 2],
        [2, 0],
        [Infinity, 2],
        [2, Infinity],
      ]) {
        expect(() => regularizedIncompleteBeta(x, a, b)).toThrow(RangeError);
      }
    }
    expect(regularizedIncompleteBeta(1e-300, 2, 3)).toBeGreaterThanOrEqual(0);
  });

  it('has tails 0 and 1 at the infinities, 1/2 at 0, and refuses NaN and bad degrees of freedom', () => {
    expect(studentTUpperTail(Infinity, 5)).toBe(0);
    expect(studentTUpperTail(-Infinity, 5)).toBe(1);
    expect(studentTUpperTail(0, 5)).toBe(0.5);
    expect(studentTUpperTail(-1, 5)).toBeCloseTo(1 - studentTUpperTail(1, 5), 14);
    expect(() => studentTUpperTail(Number.NaN, 5)).toThrow(RangeError);
    for (const df of [0, -1, Infinity, Number.NaN]) {
      expect(() => studentTUpperTail(1, df)).toThrow(RangeError);
      expect(() => studentTQuantile(0.9, df)).toThrow(RangeError);
      // Also where the answer needs no computation (the infinities, the median).
      expect(() => studentTUpperTail(Infinity, df)).toThrow(RangeError);
      expect(() => studentTUpperTail(-Infinity, df)).toThrow(RangeError);
      expect(() => studentTQuantile(0.5, df)).toThrow(RangeError);
    }
    expect(() => studentTQuantile(0.5, -3)).toThrow(/-3/);
    expect(() => studentTQuantile(-0.1, 5)).toThrow(/-0\.1/);
    expect(studentTQuantile(0.4, 5)).toBeCloseTo(-studentTQuantile(0.6, 5), 12);
  });
});

describe('welch difference contract', () => {
  it('refuses a bad level even when a sample is too small for an interval', () => {
    for (const level of [0, 1, 1.5, -0.1, Number.NaN]) {
      expect(() => welchDifference([1], [2], level)).toThrow(/level/);
    }
  });

  it('has no interval when only the second sample is too small', () => {
    expect(welchDifference([1, 2, 3], [5]).ok).toBe(false);
  });

  it('has an interval for two samples with the same spread', () => {
    const result = welchDifference([1, 2, 3], [4, 5, 6]);
    expect(result.ok && result.value.difference).toBe(3);
  });
});
