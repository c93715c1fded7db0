import fc from 'fast-check';
import {
  INSTRUMENTS,
  ROSENBERG_SELF_ESTEEM,
  SWEMWBS,
  describeAllowedValues,
  onScaleOptions,
  reverseKey,
  scoreInstrument,
  type InstrumentAnswers,
  type InstrumentDefinition,
} from '../../../src/domain/instruments';
import { expectRejected, expectScored } from './helpers';

/** Complete answers: every item gets one of its scale's values (don't know included). */
function completeAnswers(definition: InstrumentDefinition): fc.Arbitrary<InstrumentAnswers> {
  return fc.record(
    Object.fromEntries(
      definition.items.map((item) => [
        item.id,
        fc.constantFrom(...item.scale.options.map((option) => option.value)),
      ]),
    ),
  );
}

describe.each(INSTRUMENTS.map((definition) => [definition.shortTitle, definition] as const))(
  '%s scoring invariants',
  (_, definition) => {
    it('scores every complete response within the valid range, with a band when bands exist', () => {
      fc.assert(
        fc.property(completeAnswers(definition), (answers) => {
          const result = expectScored(scoreInstrument(definition, answers));
          expect(result.score).toBeGreaterThanOrEqual(definition.scoreRange.min);
          expect(result.score).toBeLessThanOrEqual(definition.scoreRange.max);
          expect(Number.isFinite(result.score)).toBe(true);
          expect(result.band !== undefined).toBe(definition.bands !== null);
        }),
      );
    });

    it('reaches both ends of its range', () => {
      const extreme = (wantHigh: boolean): InstrumentAnswers =>
        Object.fromEntries(
          definition.items.map((item) => {
            const values = onScaleOptions(item.scale).map((option) => option.value);
            const high = Math.max(...values);
            const low = Math.min(...values);
            const pointsHigh = item.reverseKeyed ? low : high;
            const pointsLow = item.reverseKeyed ? high : low;
            return [item.id, wantHigh ? pointsHigh : pointsLow];
          }),
        );
      expect(expectScored(scoreInstrument(definition, extreme(false))).score).toBe(
        definition.scoreRange.min,
      );
      expect(expectScored(scoreInstrument(definition, extreme(true))).score).toBe(
        definition.scoreRange.max,
      );
    });

    it('moves the score up when a forward item rises and down when a reversed item rises', () => {
      const scoredOnScale = definition.items.filter((item) => item.role === 'scored');
      fc.assert(
        fc.property(
          completeAnswers(definition),
          fc.constantFrom(...scoredOnScale),
          (answers, item) => {
            const values = onScaleOptions(item.scale)
              .map((option) => option.value)
              .sort((a, b) => a - b);
            const lowAnswers = { ...answers, [item.id]: values[0] };
            const highAnswers = { ...answers, [item.id]: values[values.length - 1] };
            const low = expectScored(scoreInstrument(definition, lowAnswers)).score;
            const high = expectScored(scoreInstrument(definition, highAnswers)).score;
            if (item.reverseKeyed) expect(high).toBeLessThan(low);
            else expect(high).toBeGreaterThan(low);
          },
        ),
      );
    });

    it('reverse keying twice gives the answer back, on every scale it uses', () => {
      for (const item of definition.items) {
        for (const option of onScaleOptions(item.scale)) {
          expect(reverseKey(reverseKey(option.value, item.scale), item.scale)).toBe(option.value);
        }
      }
    });

    it('rejects an answer for an item the instrument does not have', () => {
      fc.assert(
        fc.property(completeAnswers(definition), (answers) => {
          const result = expectRejected(scoreInstrument(definition, { ...answers, extra_item: 1 }));
          expect(result.problems).toEqual([
            expect.objectContaining({ itemId: 'extra_item', kind: 'unknown-item' }),
          ]);
        }),
        { numRuns: 10 },
      );
    });
  },
);

describe('reverseKey', () => {
  it('maps the ends of the scale onto each other', () => {
    const scale = ROSENBERG_SELF_ESTEEM.items[0].scale; // 0-3
    expect([0, 1, 2, 3].map((value) => reverseKey(value, scale))).toEqual([3, 2, 1, 0]);
  });

  it('is its own inverse for any point within the scale', () => {
    const scale = SWEMWBS.items[0].scale; // 1-5
    fc.assert(
      fc.property(fc.double({ min: 1, max: 5, noNaN: true }), (points) => {
        expect(reverseKey(reverseKey(points, scale), scale)).toBeCloseTo(points, 12);
      }),
    );
  });

  it('refuses a value outside the scale', () => {
    expect(() => reverseKey(6, SWEMWBS.items[0].scale)).toThrow(/outside 1-5/);
  });
});

describe('describeAllowedValues', () => {
  it('names the expected answers', () => {
    expect(describeAllowedValues(SWEMWBS.items[0].scale)).toBe('1-5');
    expect(describeAllowedValues(ROSENBERG_SELF_ESTEEM.items[0].scale)).toBe('0-3');
  });
});

describe('scoreInstrument with no answers at all', () => {
  it('lists every required item', () => {
    const result = expectRejected(scoreInstrument(SWEMWBS, {}));
    expect(result.problems).toHaveLength(7);
    expect(result.problems.every((problem) => problem.kind === 'unanswered')).toBe(true);
  });
});
