import {
  asText,
  cellName,
  columnLetter,
  keptCharacters,
  looksLikeFormula,
  MAX_CELL_CHARACTERS,
} from '../../../src/domain/sheet/cells';
import { HeaderMap } from '../../../src/domain/sheet/header-map';

describe('cells', () => {
  it('prefixes typed text with an apostrophe so Sheets stores it verbatim', () => {
    expect(asText('=IMPORTXML("http://x", "//a")')).toBe('\'=IMPORTXML("http://x", "//a")');
    expect(asText('')).toBe('');
    expect(asText('plain')).toBe("'plain");
  });
  it('never writes more than a cell holds, apostrophe included', () => {
    const words = 'Ω'.repeat(25_000) + 'x'.repeat(25_000);
    // Exactly at the limit, text Sheets cannot evaluate goes in without the apostrophe, whole.
    expect(asText(words)).toBe(words);
    expect(keptCharacters(words)).toBe(MAX_CELL_CHARACTERS);
    // Longer text is cut to the limit.
    expect(asText(words + 'more')).toBe(words);
    expect(keptCharacters(words + 'more')).toBe(MAX_CELL_CHARACTERS);
    // Text Sheets would evaluate keeps its apostrophe and loses a character to it.
    const formula = '=' + 'A'.repeat(MAX_CELL_CHARACTERS - 1);
    expect(asText(formula)).toBe(`'${formula.slice(0, MAX_CELL_CHARACTERS - 1)}`);
    expect(asText(formula).length).toBe(MAX_CELL_CHARACTERS);
    const digits = '1'.repeat(MAX_CELL_CHARACTERS + 3);
    expect(asText(digits).startsWith("'")).toBe(true);
    expect(asText(digits).length).toBe(MAX_CELL_CHARACTERS);
    // A cut never splits an emoji (a surrogate pair).
    const emoji = 'a' + '😀'.repeat(MAX_CELL_CHARACTERS / 2);
    expect(asText(emoji).length).toBe(MAX_CELL_CHARACTERS - 1);
    expect(asText(emoji).endsWith('😀')).toBe(true);
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
