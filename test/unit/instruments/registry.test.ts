import {
  INSTRUMENTS,
  getInstrument,
  isInstrumentId,
  onScaleOptions,
  scaleEnds,
} from '../../../src/domain/instruments';

describe('instrument registry', () => {
  it('ships the five instruments of SPEC section 4, one per purpose', () => {
    expect(INSTRUMENTS.map((definition) => [definition.id, definition.purpose])).toEqual([
      ['swemwbs', 'wellbeing'],
      ['rses', 'self-esteem'],
      ['brcs', 'coping'],
      ['ismi10', 'internalised-stigma'],
      ['ribs', 'public-stigma'],
    ]);
  });

  it('looks instruments up by id', () => {
    expect(getInstrument('ismi10').shortTitle).toBe('ISMI-10');
    expect(isInstrumentId('rses')).toBe(true);
    expect(isInstrumentId('phq9')).toBe(false);
  });

  it('has the item counts the authors publish', () => {
    expect(INSTRUMENTS.map((definition) => definition.items.length)).toEqual([7, 10, 4, 10, 8]);
  });
});

describe.each(INSTRUMENTS.map((definition) => [definition.shortTitle, definition] as const))(
  '%s definition',
  (_, definition) => {
    it('has unique item ids, prefixed with the instrument id', () => {
      const ids = definition.items.map((item) => item.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids.every((id) => id.startsWith(`${definition.id}_`))).toBe(true);
    });

    it('ships item text only when the licence allows it', () => {
      for (const item of definition.items) {
        expect(item.text !== null).toBe(definition.licence.itemTextMayShip);
      }
    });

    it('cites its source and the source of its terms', () => {
      expect(definition.licence.citation.length).toBeGreaterThan(20);
      expect(definition.licence.termsSource.length).toBeGreaterThan(10);
      expect(definition.bands === null).toBe(definition.bandsSource === null);
    });

    it('gives every scale labelled ends and distinct values', () => {
      for (const item of definition.items) {
        const values = item.scale.options.map((option) => option.value);
        expect(new Set(values).size).toBe(values.length);
        expect(onScaleOptions(item.scale).length).toBeGreaterThanOrEqual(2);
        const ends = scaleEnds(item.scale);
        expect(ends.low.label.length).toBeGreaterThan(1);
        expect(ends.high.label.length).toBeGreaterThan(1);
      }
    });

    it('has ascending bands that end at the top of the range', () => {
      if (definition.bands === null) return;
      const limits = definition.bands.map((band) => band.upTo);
      expect([...limits].sort((a, b) => a - b)).toEqual(limits);
      expect(limits[limits.length - 1]).toBe(definition.scoreRange.max);
    });

    it('has a reliable-change basis with a plausible, sourced reliability', () => {
      const { reliability, publishedThreshold } = definition.reliableChange;
      expect(reliability !== null || publishedThreshold !== null).toBe(true);
      if (reliability !== null) {
        expect(reliability.value).toBeGreaterThan(0.5);
        expect(reliability.value).toBeLessThan(1);
        expect(reliability.source.length).toBeGreaterThan(20);
      }
    });

    it('has at least one required scored item, so an empty response never scores', () => {
      const scoring = definition.scoring;
      const required = definition.items.filter((item) => item.required && item.role === 'scored');
      const hasMinimum = scoring.kind === 'mean-of-answered' && scoring.minAnswered > 0;
      expect(required.length > 0 || hasMinimum).toBe(true);
    });
  },
);
