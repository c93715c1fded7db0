/**
 * Rules of the instruments folder that the per-instrument tests leave open (issue 13 item 11):
 * what each problem identifies, the generic scoring rules on definitions no shipped instrument
 * happens to exercise (counted items beside a mean, items without a subscale, a conversion
 * table with a gap), the lower end of reverse keying, and the fallback from Jacobson–Truax to a
 * published threshold.
 */
import {
  ROSENBERG_SELF_ESTEEM as RSES,
  SWEMWBS,
  describeAllowedValues,
  getInstrument,
  reliableChangeCriterionFor,
  resolveItemWording,
  reverseKey,
  scaleEnds,
  scoreInstrument,
  type InstrumentDefinition,
  type InstrumentId,
  type InstrumentItem,
  type ResponseScale,
} from '../../../src/domain/instruments';
import { expectRejected, expectScored } from './helpers';

const FIVE_POINT: ResponseScale = {
  id: 'five',
  options: [1, 2, 3, 4, 5].map((value) => ({ value, label: `p${value}` })),
};

function item(id: string, extra: Partial<InstrumentItem> = {}): InstrumentItem {
  return {
    id,
    text: `Item ${id}`,
    label: `item ${id}`,
    scale: FIVE_POINT,
    reverseKeyed: false,
    required: false,
    role: 'scored',
    ...extra,
  };
}

/** A made-up mean-of-answered instrument, to exercise scoreInstrument's generic rules. */
function meanInstrument(
  items: InstrumentItem[],
  minAnswered: number,
  minAnsweredPerSubscale: number,
): InstrumentDefinition {
  return {
    ...SWEMWBS,
    shortTitle: 'TEST',
    items,
    scoring: { kind: 'mean-of-answered', minAnswered, minAnsweredPerSubscale },
    scoreRange: { min: 1, max: 5 },
    bands: null,
  };
}

/** Whole-word occurrence, so ids run together ("a1a2") do not count. */
const namesWord = (text: string, word: string): boolean =>
  new RegExp(`(^|[^A-Za-z0-9_])${word}($|[^A-Za-z0-9_])`).test(text);

describe('getInstrument', () => {
  it('finds each shipped instrument and refuses an unknown id, naming it', () => {
    expect(getInstrument('rses').shortTitle).toBe(RSES.shortTitle);
    expect(() => getInstrument('nope' as InstrumentId)).toThrow(RangeError);
    expect(() => getInstrument('nope' as InstrumentId)).toThrow(/nope/);
  });
});

describe('scale helpers', () => {
  it('refuses a scale with fewer than two ordered options, naming it', () => {
    const lonely: ResponseScale = {
      id: 'lonely',
      options: [
        { value: 1, label: 'Only' },
        { value: 9, label: "Don't know", offScale: true },
      ],
    };
    expect(() => scaleEnds(lonely)).toThrow(RangeError);
    expect(() => scaleEnds(lonely)).toThrow(/lonely/);
    expect(scaleEnds(FIVE_POINT)).toEqual({
      low: FIVE_POINT.options[0],
      high: FIVE_POINT.options[4],
    });
  });

  it('refuses to reverse a value below the scale as well as above it', () => {
    expect(() => reverseKey(0, FIVE_POINT)).toThrow(RangeError);
    expect(() => reverseKey(0.999, FIVE_POINT)).toThrow(/0\.999/);
    expect(reverseKey(1, FIVE_POINT)).toBe(5);
    expect(reverseKey(5, FIVE_POINT)).toBe(1);
  });

  it('lists a scale with gaps value by value, and every off-scale answer after it', () => {
    const gappy: ResponseScale = {
      id: 'gappy',
      options: [
        { value: 4, label: 'four' },
        { value: 1, label: 'one' },
        { value: 2, label: 'two' },
        { value: 8, label: 'Refused', offScale: true },
        { value: 9, label: "Don't know", offScale: true },
      ],
    };
    expect(describeAllowedValues(gappy)).toBe("1, 2, 4, or 8 (Refused), or 9 (Don't know)");
    const twoPoint: ResponseScale = {
      id: 'two',
      options: [
        { value: 2, label: 'No' },
        { value: 1, label: 'Yes' },
      ],
    };
    expect(describeAllowedValues(twoPoint)).toBe('1, 2');
  });
});

describe('scoreInstrument problems', () => {
  it("names a stray key and lists each of the instrument's items", () => {
    const answers = Object.fromEntries(SWEMWBS.items.map((one) => [one.id, 3]));
    const result = expectRejected(scoreInstrument(SWEMWBS, { ...answers, stray_key: 2 }));
    const [problem] = result.problems;
    expect(namesWord(problem.message, 'stray_key')).toBe(true);
    for (const one of SWEMWBS.items) expect(namesWord(problem.message, one.id)).toBe(true);
  });

  it('names the item and the value of an answer off its scale', () => {
    const answers = Object.fromEntries(SWEMWBS.items.map((one) => [one.id, 3]));
    const result = expectRejected(scoreInstrument(SWEMWBS, { ...answers, swemwbs_4: 7 }));
    expect(result.problems).toEqual([
      expect.objectContaining({ itemId: 'swemwbs_4', kind: 'out-of-range' }),
    ]);
    expect(namesWord(result.problems[0].message, 'swemwbs_4')).toBe(true);
    expect(namesWord(result.problems[0].message, '7')).toBe(true);
  });

  it('gives every problem in the reason, one after another', () => {
    const answers = Object.fromEntries(SWEMWBS.items.map((one) => [one.id, 3]));
    const result = expectRejected(
      scoreInstrument(SWEMWBS, { ...answers, swemwbs_2: 0, swemwbs_6: null }),
    );
    expect(result.problems.map((problem) => problem.itemId)).toEqual(['swemwbs_2', 'swemwbs_6']);
    expect(result.reason).toBe(result.problems.map((problem) => problem.message).join(' '));
  });
});

describe('scoreInstrument on generic definitions', () => {
  it('reports a counted tally only for instruments that have counted items', () => {
    const answers = Object.fromEntries(SWEMWBS.items.map((one) => [one.id, 3]));
    const result = expectScored(scoreInstrument(SWEMWBS, answers));
    expect(result).not.toHaveProperty('counted');
  });

  it('leaves counted items out of the subscales a mean needs', () => {
    const definition = meanInstrument(
      [
        item('a1', { subscale: 'A' }),
        item('a2', { subscale: 'A' }),
        item('c1', { role: 'counted' }),
      ],
      1,
      1,
    );
    const result = expectScored(scoreInstrument(definition, { a1: 2, a2: 4 }));
    expect(result.score).toBe(3);
    expect(result.counted).toEqual({});
    const tallied = expectScored(scoreInstrument(definition, { a1: 2, c1: 5 }));
    expect(tallied).toMatchObject({ score: 2, answered: 1, counted: { p5: 1 } });
  });

  it('treats items without a subscale as one subscale of their own', () => {
    const definition = meanInstrument(
      [item('x1'), item('x2'), item('s1', { subscale: 'S' })],
      1,
      1,
    );
    expect(expectScored(scoreInstrument(definition, { x1: 1, s1: 5 })).score).toBe(3);
    const missingPlain = expectRejected(scoreInstrument(definition, { s1: 5 }));
    expect(missingPlain.problems).toEqual([
      expect.objectContaining({ itemId: null, kind: 'too-few-answered' }),
    ]);
    const missingS = expectRejected(scoreInstrument(definition, { x1: 1, x2: 2 }));
    expect(missingS.problems).toHaveLength(1);
    expect(namesWord(missingS.problems[0].message, 'S')).toBe(true);
  });

  it('names the instrument and the counts when too few items are answered', () => {
    const definition = meanInstrument([item('a1'), item('a2'), item('a3')], 2, 0);
    const result = expectRejected(scoreInstrument(definition, { a1: 4 }));
    expect(result.problems).toEqual([
      expect.objectContaining({ itemId: null, kind: 'too-few-answered' }),
    ]);
    const { message } = result.problems[0];
    expect(namesWord(message, 'TEST')).toBe(true);
    expect(namesWord(message, '2')).toBe(true);
    expect(namesWord(message, '3')).toBe(true);
    expect(expectScored(scoreInstrument(definition, { a1: 4, a3: 2 })).score).toBe(3);
  });

  it('refuses a conversion table with no entry for the raw sum, naming the sum', () => {
    const definition: InstrumentDefinition = {
      ...SWEMWBS,
      scoring: { kind: 'sum', conversion: { table: { 7: 7 }, source: 'test' } },
    };
    const ones = Object.fromEntries(SWEMWBS.items.map((one) => [one.id, 1]));
    expect(expectScored(scoreInstrument(definition, ones))).toMatchObject({ score: 7, raw: 7 });
    const twos = Object.fromEntries(SWEMWBS.items.map((one) => [one.id, 2]));
    expect(() => scoreInstrument(definition, twos)).toThrow(/14/);
  });
});

describe('resolveItemWording reasons', () => {
  const all = (definition: InstrumentDefinition) =>
    Object.fromEntries(definition.items.map((one) => [one.id, `Pasted ${one.id}`]));
  const reasonOf = (pasted: Record<string, string>): string => {
    const result = resolveItemWording(SWEMWBS, pasted);
    if (result.ok) throw new Error('expected a refusal');
    return result.reason;
  };

  it('says which items are missing and which pasted ids are unknown, each once', () => {
    const { swemwbs_3: _third, swemwbs_5: _fifth, ...withoutTwo } = all(SWEMWBS);
    const missingOnly = reasonOf(withoutTwo);
    const unknownOnly = reasonOf({ ...all(SWEMWBS), stray_id: 'x', other_id: 'y' });
    const both = reasonOf({ ...withoutTwo, stray_id: 'x', other_id: 'y' });
    expect(namesWord(missingOnly, 'swemwbs_3')).toBe(true);
    expect(namesWord(missingOnly, 'swemwbs_5')).toBe(true);
    expect(namesWord(unknownOnly, 'other_id')).toBe(true);
    expect(namesWord(missingOnly, 'stray_id')).toBe(false);
    expect(namesWord(unknownOnly, 'stray_id')).toBe(true);
    expect(namesWord(unknownOnly, 'swemwbs_3')).toBe(false);
    expect(both).toBe(`${missingOnly} ${unknownOnly}`);
  });

  it('marks only questions with an off-scale answer as having one', () => {
    const result = resolveItemWording(RSES, {});
    if (!result.ok) throw new Error(result.reason);
    expect(result.questions.some((question) => question.hasOffScaleOption)).toBe(false);
  });
});

describe('reliableChangeCriterionFor fallbacks', () => {
  const threshold = { minReliableChange: 3, detail: 'test', source: 'test source' };

  it('falls back to the published threshold when the baseline SD is 0', () => {
    const definition: InstrumentDefinition = {
      ...RSES,
      reliableChange: {
        reliability: RSES.reliableChange.reliability,
        publishedThreshold: threshold,
      },
    };
    expect(reliableChangeCriterionFor(definition, [20, 20, 20])).toEqual({
      ok: true,
      value: { kind: 'published-threshold', minReliableChange: 3, source: 'test source' },
    });
    const spread = reliableChangeCriterionFor(definition, [10, 14, 18, 22]);
    expect(spread.ok && spread.value.kind).toBe('jacobson-truax');
  });

  it('says why there is no criterion: no reliability figure, or no usable SD', () => {
    const none: InstrumentDefinition = {
      ...RSES,
      reliableChange: { reliability: null, publishedThreshold: null },
    };
    const noFigure = reliableChangeCriterionFor(none, [10, 14, 18, 22]);
    expect(noFigure.ok ? '' : noFigure.reason).toMatch(/reliability/i);
    const noSpread = reliableChangeCriterionFor(
      { ...RSES, reliableChange: { ...RSES.reliableChange, publishedThreshold: null } },
      [20, 20],
    );
    expect(noSpread.ok ? '' : noSpread.reason).toMatch(new RegExp(RSES.shortTitle));
  });
});
