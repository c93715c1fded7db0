import {
  ISMI_10,
  RIBS,
  ROSENBERG_SELF_ESTEEM as RSES,
  SWEMWBS,
  resolveItemWording,
} from '../../../src/domain/instruments';

const pastedFor = (ids: readonly string[]) =>
  Object.fromEntries(ids.map((id) => [id, `Pasted wording for ${id}`]));

describe('resolveItemWording', () => {
  it('uses the shipped Rosenberg wording when nothing is pasted', () => {
    const result = resolveItemWording(RSES, {});
    if (!result.ok) throw new Error(result.reason);
    expect(result.questions).toHaveLength(10);
    expect(result.questions[0].text).toBe('On the whole, I am satisfied with myself.');
    expect(result.questions[0].ends.high.label).toBe('Strongly agree');
    expect(result.instructions).toBe(RSES.instructions);
    expect(result.copyrightLine).toBeNull();
  });

  it('refuses to build SWEMWBS until all 7 items are pasted, naming them', () => {
    const result = resolveItemWording(SWEMWBS, pastedFor(['swemwbs_1', 'swemwbs_2']));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.missingItemIds).toEqual([
      'swemwbs_3',
      'swemwbs_4',
      'swemwbs_5',
      'swemwbs_6',
      'swemwbs_7',
    ]);
    expect(result.reason).toContain('SWEMWBS cannot be asked until its wording is pasted');
  });

  it('builds SWEMWBS from pasted wording, carrying the copyright line', () => {
    const result = resolveItemWording(
      SWEMWBS,
      pastedFor(SWEMWBS.items.map((item) => item.id)),
      'Pasted instructions',
    );
    if (!result.ok) throw new Error(result.reason);
    expect(result.questions[6].text).toBe('Pasted wording for swemwbs_7');
    expect(result.instructions).toBe('Pasted instructions');
    expect(result.copyrightLine).toContain('© NHS Health Scotland');
  });

  it('treats blank pasted text as missing', () => {
    const pasted = { ...pastedFor(ISMI_10.items.map((item) => item.id)), ismi10_sr_b: '   ' };
    const result = resolveItemWording(ISMI_10, pasted);
    expect(result.ok ? [] : result.missingItemIds).toEqual(['ismi10_sr_b']);
  });

  it('reports pasted wording for ids the instrument does not have', () => {
    const pasted = { ...pastedFor(RIBS.items.map((item) => item.id)), ribs_9: 'stray' };
    const result = resolveItemWording(RIBS, pasted);
    expect(result.ok ? [] : result.unknownItemIds).toEqual(['ribs_9']);
  });

  it('lets a group override shipped wording (e.g. an authorised translation)', () => {
    const result = resolveItemWording(RSES, {
      rses_1: 'Dans l’ensemble, je suis satisfait de moi.',
    });
    if (!result.ok) throw new Error(result.reason);
    expect(result.questions[0].text).toBe('Dans l’ensemble, je suis satisfait de moi.');
    expect(result.questions[1].text).toBe(RSES.items[1].text);
  });

  it('flags questions whose options include an off-scale "don\'t know"', () => {
    const result = resolveItemWording(RIBS, pastedFor(RIBS.items.map((item) => item.id)));
    if (!result.ok) throw new Error(result.reason);
    expect(result.questions.every((question) => question.hasOffScaleOption)).toBe(true);
    expect(result.questions[4].ends.low.label).toBe('Disagree strongly');
    expect(result.questions[4].ends.high.label).toBe('Agree strongly');
    expect(result.questions[0].required).toBe(false);
    expect(result.questions[4].required).toBe(true);
  });
});
