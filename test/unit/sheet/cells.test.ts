import { asText, cellName, columnLetter, looksLikeFormula } from '../../../src/domain/sheet/cells';
import { HeaderMap } from '../../../src/domain/sheet/header-map';

describe('cells', () => {
  it('prefixes typed text with an apostrophe so Sheets stores it verbatim', () => {
    expect(asText('=IMPORTXML("http://x", "//a")')).toBe('\'=IMPORTXML("http://x", "//a")');
    expect(asText('')).toBe('');
    expect(asText('plain')).toBe("'plain");
  });
  it('spots formula-like answers', () => {
    expect(looksLikeFormula('  =1+1')).toBe(true);
    expect(looksLikeFormula('a = b')).toBe(false);
  });
  it('names columns and cells', () => {
    expect(columnLetter(1)).toBe('A');
    expect(columnLetter(26)).toBe('Z');
    expect(columnLetter(27)).toBe('AA');
    expect(columnLetter(703)).toBe('AAA');
    expect(cellName(4, 2)).toBe('B4');
  });
});

describe('HeaderMap', () => {
  it('finds columns by name ignoring case and extra spaces, first one wins', () => {
    const map = new HeaderMap(['Email', ' member  id ', 'Email', '']);
    expect(map.indexOf('Member ID')).toBe(1);
    expect(map.indexOf('email')).toBe(0);
    expect(map.get(['a', 'b'], 'Missing')).toBe('');
    expect(map.missing(['Email', 'Name'])).toEqual(['Name']);
    expect(() => map.requireAll('Members', ['Name'])).toThrow(
      'The "Members" tab is missing the column "Name"',
    );
  });
});
