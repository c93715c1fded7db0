import { answerKey, matchLabel } from '../../../src/domain/forms/answer-text';

describe('answerKey', () => {
  it('nothing is the empty key', () => {
    expect(answerKey(null)).toBe('');
    expect(answerKey(undefined)).toBe('');
    expect(answerKey('   ')).toBe('');
  });

  it('folds case, collapses and trims spaces, and straightens apostrophes', () => {
    expect(answerKey('  Strongly\t\n AGREE ')).toBe('strongly agree');
    expect(answerKey('Don’t know')).toBe("don't know");
    expect(answerKey('Don‘t know')).toBe("don't know");
    expect(answerKey('Donʼt know')).toBe("don't know");
    expect(answerKey("Don't know")).toBe("don't know");
  });

  it('composes accents so typed and pasted forms match', () => {
    expect(answerKey('Cafe\u0301')).toBe(answerKey('Caf\u00e9'));
    expect(answerKey('Cafe\u0301')).toBe('caf\u00e9');
  });

  it('reads numbers and numeric text as the same number', () => {
    expect(answerKey(3)).toBe('3');
    expect(answerKey('3')).toBe('3');
    expect(answerKey(' 3.0 ')).toBe('3');
    expect(answerKey('3.')).toBe('3');
    expect(answerKey('.5')).toBe('0.5');
    expect(answerKey('+2')).toBe('2');
    expect(answerKey('-2.50')).toBe('-2.5');
    expect(answerKey('12')).toBe('12');
    expect(answerKey('1.25')).toBe('1.25');
    expect(answerKey('12.0')).toBe('12');
    expect(answerKey('.25')).toBe('0.25');
    expect(answerKey(-0)).toBe('0');
    expect(answerKey('-0')).toBe('0');
    expect(answerKey(0)).toBe('0');
  });

  it('text that only starts or ends like a number stays text', () => {
    expect(answerKey('3 times')).toBe('3 times');
    expect(answerKey('about 3')).toBe('about 3');
    expect(answerKey('1.2.3')).toBe('1.2.3');
    expect(answerKey('3.x')).toBe('3.x');
    expect(answerKey('.')).toBe('.');
    expect(answerKey('+-3')).toBe('+-3');
    expect(answerKey('x3')).toBe('x3');
    expect(answerKey('.5a')).toBe('.5a');
  });

  it('a number that is not finite has no key', () => {
    expect(answerKey(Number.NaN)).toBe('');
    expect(answerKey(Number.POSITIVE_INFINITY)).toBe('');
  });

  it('other values read as their text', () => {
    expect(answerKey(true)).toBe('true');
  });
});

describe('matchLabel', () => {
  const labels = ['0', '1', '2', '3'] as const;
  it('finds the label that is the same answer', () => {
    expect(matchLabel(labels, 3)).toBe('3');
    expect(matchLabel(labels, '2.0')).toBe('2');
    expect(matchLabel(['Agree', 'Disagree'], ' agree ')).toBe('Agree');
  });
  it('gives the first of two labels that read the same', () => {
    expect(matchLabel(['Agree', 'agree '], 'AGREE')).toBe('Agree');
  });
  it('finds nothing for a blank answer, even with a blank label', () => {
    expect(matchLabel(['', 'Yes'], '')).toBeUndefined();
    expect(matchLabel(['', 'Yes'], null)).toBeUndefined();
    expect(matchLabel(labels, 4)).toBeUndefined();
  });
});
