import {
  OPENNESS_ITEM,
  OPENNESS_TEXT,
  opennessAnswer,
} from '../../../src/domain/forms/openness-item';

describe('the openness item', () => {
  it('is an optional yes/no question', () => {
    expect(OPENNESS_ITEM).toMatchObject({
      kind: 'choice',
      required: false,
      choices: [OPENNESS_TEXT.yes, OPENNESS_TEXT.no],
    });
  });

  it('reads yes and no in any case and spacing, anything else as not answered', () => {
    expect(opennessAnswer(OPENNESS_TEXT.yes)).toBe(true);
    expect(opennessAnswer(` ${OPENNESS_TEXT.yes.toUpperCase()} `)).toBe(true);
    expect(opennessAnswer(OPENNESS_TEXT.no)).toBe(false);
    expect(opennessAnswer(OPENNESS_TEXT.no.toLowerCase())).toBe(false);
    expect(opennessAnswer(null)).toBeNull();
    expect(opennessAnswer(undefined)).toBeNull();
    expect(opennessAnswer('')).toBeNull();
    expect(opennessAnswer('Maybe')).toBeNull();
    expect(opennessAnswer(true)).toBeNull();
  });
});
