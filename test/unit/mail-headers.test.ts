import { headerText } from '../../src/domain/mail-headers';

describe('headerText', () => {
  it('puts line breaks, tabs and control characters on one line as single spaces', () => {
    expect(headerText('Peer\r\nCircle')).toBe('Peer Circle');
    expect(headerText('a\tb\u0000c\u001fd\u007fe\u009ff')).toBe('a b c d e f');
    expect(headerText('one\u2028two\u2029three')).toBe('one two three');
    expect(headerText('x \n\n y')).toBe('x y');
  });
  it('collapses runs of spaces and trims', () => {
    expect(headerText('  Weekly    digest  ')).toBe('Weekly digest');
    expect(headerText('\n')).toBe('');
  });
  it('leaves ordinary text, single spaces and printable non-ASCII alone', () => {
    expect(headerText('Café — week 3')).toBe('Café — week 3');
    expect(headerText('a\u00a0b')).toBe('a\u00a0b');
  });
});
