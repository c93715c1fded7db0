import {
  SWEMWBS,
  SWEMWBS_METRIC_CONVERSION,
  scaleEnds,
  scoreInstrument,
} from '../../../src/domain/instruments';
import { answersInOrder, expectRejected, expectScored } from './helpers';

// Warwick's published raw-to-metric table, typed in again here from the published table so
// that a slip in either copy fails the test.
const PUBLISHED_TABLE: ReadonlyArray<[number, number]> = [
  [7, 7.0],
  [8, 9.51],
  [9, 11.25],
  [10, 12.4],
  [11, 13.33],
  [12, 14.08],
  [13, 14.75],
  [14, 15.32],
  [15, 15.84],
  [16, 16.36],
  [17, 16.88],
  [18, 17.43],
  [19, 17.98],
  [20, 18.59],
  [21, 19.25],
  [22, 19.98],
  [23, 20.73],
  [24, 21.54],
  [25, 22.35],
  [26, 23.21],
  [27, 24.11],
  [28, 25.03],
  [29, 26.02],
  [30, 27.03],
  [31, 28.13],
  [32, 29.31],
  [33, 30.7],
  [34, 32.55],
  [35, 35.0],
];

describe('SWEMWBS conversion table', () => {
  it('has exactly one entry per possible raw score, 7 to 35', () => {
    expect(Object.keys(SWEMWBS_METRIC_CONVERSION).map(Number)).toEqual(
      PUBLISHED_TABLE.map(([raw]) => raw),
    );
  });

  it.each(PUBLISHED_TABLE)('maps raw %d to metric %f', (raw, metric) => {
    expect(SWEMWBS_METRIC_CONVERSION[raw]).toBe(metric);
  });

  it('maps the ends onto themselves, unlike the wrong table circulating in public code', () => {
    expect(SWEMWBS_METRIC_CONVERSION[7]).toBe(7);
    expect(SWEMWBS_METRIC_CONVERSION[35]).toBe(35);
    expect(SWEMWBS_METRIC_CONVERSION[8]).not.toBe(8.5);
    expect(SWEMWBS_METRIC_CONVERSION[35]).not.toBe(29.41);
  });

  it('rises strictly with the raw score', () => {
    for (let raw = 8; raw <= 35; raw++) {
      expect(SWEMWBS_METRIC_CONVERSION[raw]).toBeGreaterThan(SWEMWBS_METRIC_CONVERSION[raw - 1]);
    }
  });
});

describe('SWEMWBS scoring', () => {
  it('scores the lowest and highest responses as 7.00 and 35.00', () => {
    expect(
      expectScored(scoreInstrument(SWEMWBS, answersInOrder(SWEMWBS, [1, 1, 1, 1, 1, 1, 1]))),
    ).toEqual(expect.objectContaining({ score: 7, raw: 7, answered: 7 }));
    expect(
      expectScored(scoreInstrument(SWEMWBS, answersInOrder(SWEMWBS, [5, 5, 5, 5, 5, 5, 5]))),
    ).toEqual(expect.objectContaining({ score: 35, raw: 35 }));
  });

  it('sums, then converts: 3 + 4 + 2 + 5 + 3 + 3 + 4 = 24 -> 21.54', () => {
    const result = expectScored(
      scoreInstrument(SWEMWBS, answersInOrder(SWEMWBS, [3, 4, 2, 5, 3, 3, 4])),
    );
    expect(result.raw).toBe(24);
    expect(result.score).toBe(21.54);
    expect(result.band).toBeUndefined();
  });

  it('sends a response with a missing item to Review, naming the item and the range', () => {
    const result = expectRejected(
      scoreInstrument(SWEMWBS, answersInOrder(SWEMWBS, [3, 4, null, 5, 3, 3, 4])),
    );
    expect(result.reason).toBe('SWEMWBS item 3 of 7 (swemwbs_3) is not answered (expected 1-5).');
    expect(result.problems).toEqual([
      expect.objectContaining({ itemId: 'swemwbs_3', kind: 'unanswered' }),
    ]);
  });

  it('rejects answers off the 1-5 scale, reporting every problem at once', () => {
    const result = expectRejected(
      scoreInstrument(SWEMWBS, answersInOrder(SWEMWBS, [0, 6, 3.5, 5, 3, 3, 4])),
    );
    expect(result.problems.map((problem) => problem.itemId)).toEqual([
      'swemwbs_1',
      'swemwbs_2',
      'swemwbs_3',
    ]);
    expect(result.reason).toContain('swemwbs_2) has 6, which is not on its scale (expected 1-5)');
  });

  it('ships the copyright line, the recall period and no item wording', () => {
    expect(SWEMWBS.licence.copyrightLine).toContain(
      '© NHS Health Scotland, University of Warwick and University of Edinburgh, 2008, all rights reserved',
    );
    expect(SWEMWBS.items.every((item) => item.text === null)).toBe(true);
    expect(SWEMWBS.licence.itemTextMayShip).toBe(false);
    expect(SWEMWBS.recallPeriod).toBe('the last 2 weeks');
    expect(SWEMWBS.better).toBe('higher');
    const ends = scaleEnds(SWEMWBS.items[0].scale);
    expect([ends.low.label, ends.high.label]).toEqual(['None of the time', 'All of the time']);
  });

  it('carries the published reliable-change threshold of 2.87 points', () => {
    expect(SWEMWBS.reliableChange.publishedThreshold?.minReliableChange).toBe(2.87);
    expect(SWEMWBS.reliableChange.publishedThreshold?.source).toMatch(/Shah/);
  });
});
