/**
 * The rules of cells and header rows one by one (issue 13 item 11): which text Sheets could
 * evaluate at the size limit, where a cut falls around a surrogate pair, how a cell reads as
 * text, column letters at their carries, and how a header row is read by name.
 */
import {
  asText,
  cellToText,
  columnLetter,
  cutToFit,
  isDate,
  keptCharacters,
  looksLikeFormula,
  MAX_CELL_CHARACTERS,
} from '../../../src/domain/sheet/cells';
import {
  HeaderMap,
  MissingColumnsError,
  normaliseHeader,
} from '../../../src/domain/sheet/header-map';
import { TAB, TAB_SPECS, tabSpec } from '../../../src/domain/sheet/tabs';

/** `start` padded with `fill` to exactly the cell limit. */
const atLimit = (start: string, fill = 'x'): string =>
  start + fill.repeat(MAX_CELL_CHARACTERS - start.length);

describe('asText below and at the limit', () => {
  it('protects every non-empty text shorter than the limit, the longest included', () => {
    const longest = 'x'.repeat(MAX_CELL_CHARACTERS - 1);
    expect(asText(longest)).toBe(`'${longest}`);
    expect(asText('1')).toBe("'1");
  });

  it('at the limit writes unprotected only text that Sheets would read as the same text', () => {
    // Each of these could be read as something else, so it keeps its apostrophe and is cut.
    const evaluable = [
      atLimit('=A1'),
      atLimit('  =A1'),
      atLimit('+1'),
      atLimit('-x'),
      atLimit('@x'),
      atLimit("'x"),
      atLimit('', '1'),
      atLimit('', ' '),
      atLimit('1.000,5 12:30 1/2 50% $3 1e5 (4) -2', '1'),
      ' true' + ' '.repeat(MAX_CELL_CHARACTERS - 5),
      'FALSE' + ' '.repeat(MAX_CELL_CHARACTERS - 5),
      ' '.repeat(MAX_CELL_CHARACTERS - 4) + 'True',
    ];
    for (const value of evaluable) {
      expect(value).toHaveLength(MAX_CELL_CHARACTERS);
      expect(asText(value)).toBe(`'${value.slice(0, MAX_CELL_CHARACTERS - 1)}`);
    }
    // Plain words, or a sign not at the start, or digits followed by words, stay as they are.
    const plain = [
      atLimit('words'),
      atLimit('a=b'),
      atLimit('x+1'),
      atLimit('1 apple'),
      atLimit('', '1').slice(1) + 'a',
      'a' + atLimit('', '1').slice(1),
      atLimit('truely'),
      atLimit('true x'),
      atLimit('x true'),
      'x'.repeat(MAX_CELL_CHARACTERS - 5) + ' true',
    ];
    for (const value of plain) {
      expect(value).toHaveLength(MAX_CELL_CHARACTERS);
      expect(asText(value)).toBe(value);
      expect(keptCharacters(value)).toBe(MAX_CELL_CHARACTERS);
    }
    expect(keptCharacters(atLimit('=A1'))).toBe(MAX_CELL_CHARACTERS - 1);
    expect(keptCharacters('')).toBe(0);
    expect(keptCharacters('abc')).toBe(3);
  });
});

describe('cutToFit', () => {
  it('keeps a value that fits, and otherwise its first characters', () => {
    expect(cutToFit('abc', 3)).toBe('abc');
    expect(cutToFit('abc', 4)).toBe('abc');
    // A value that fits is kept whole, even ending in half a pair.
    expect(cutToFit('a\ud800', 2)).toBe('a\ud800');
    expect(cutToFit('abcd', 3)).toBe('abc');
  });

  it('drops a pair whose first half would be the last character kept, and nothing else', () => {
    expect(cutToFit('ab😀c', 3)).toBe('ab');
    expect(cutToFit('ab😀c', 4)).toBe('ab😀');
    // Both ends of the high-surrogate range start a pair; just outside them does not.
    expect(cutToFit('a\ud800\udc00', 2)).toBe('a');
    expect(cutToFit('a\udbff\udfff', 2)).toBe('a');
    expect(cutToFit('a\ud7ffz', 2)).toBe('a\ud7ff');
    expect(cutToFit('a\udc00z', 2)).toBe('a\udc00');
  });
});

describe('looksLikeFormula and isDate', () => {
  it('sees a formula only where an equals sign comes first, after any spaces', () => {
    expect(looksLikeFormula('=1')).toBe(true);
    expect(looksLikeFormula('\t =1')).toBe(true);
    expect(looksLikeFormula('1=1')).toBe(false);
    expect(looksLikeFormula('')).toBe(false);
  });

  it('tells a Date from text and from look-alike objects', () => {
    expect(isDate(new Date(0))).toBe(true);
    expect(isDate(new Date(Number.NaN))).toBe(true);
    expect(isDate('2025-01-01')).toBe(false);
    expect(isDate({ getTime: () => 0 })).toBe(false);
    expect(isDate(null)).toBe(false);
  });
});

describe('cellToText', () => {
  it('reads an empty cell, a date, an invalid date and any other value as text', () => {
    expect(cellToText(null)).toBe('');
    expect(cellToText(undefined)).toBe('');
    expect(cellToText(new Date(Date.UTC(2025, 0, 2, 3, 4, 5)))).toBe('2025-01-02T03:04:05.000Z');
    expect(cellToText(new Date(Number.NaN))).toBe('');
    expect(cellToText(0)).toBe('0');
    expect(cellToText(false)).toBe('false');
    expect(cellToText('x')).toBe('x');
  });
});

describe('columnLetter', () => {
  it('carries at Z and ZZ, and names no column before the first', () => {
    expect(columnLetter(0)).toBe('');
    expect(columnLetter(2)).toBe('B');
    expect(columnLetter(52)).toBe('AZ');
    expect(columnLetter(53)).toBe('BA');
    expect(columnLetter(702)).toBe('ZZ');
  });
});

describe('HeaderMap', () => {
  it('normalises a header: trimmed, inner runs of white space as one space, lower case', () => {
    expect(normaliseHeader('  Member\t\n ID ')).toBe('member id');
    expect(normaliseHeader(null)).toBe('');
    expect(normaliseHeader(undefined)).toBe('');
    expect(normaliseHeader(42)).toBe('42');
  });

  it('looks a name up the same way every time, and never finds a blank header', () => {
    const map = new HeaderMap(['', 'Name', null, 'Email']);
    expect(map.indexOf('Name')).toBe(1);
    expect(map.indexOf('Name')).toBe(1);
    expect(map.indexOf('NAME ')).toBe(1);
    expect(map.indexOf('')).toBe(-1);
    expect(map.indexOf('Phone')).toBe(-1);
    expect(map.indexOf('Phone')).toBe(-1);
    expect(map.has('email')).toBe(true);
    expect(map.has('Phone')).toBe(false);
    expect(map.missing(['Name', 'Phone', 'Email', 'Age'])).toEqual(['Phone', 'Age']);
    expect(map.missing([])).toEqual([]);
  });

  it('reads a value by name, an absent or short cell as empty, and keeps falsy values', () => {
    const map = new HeaderMap(['Name', 'Count', 'Flag']);
    expect(map.get(['Ann', 0, false], 'Count')).toBe(0);
    expect(map.get(['Ann', 0, false], 'Flag')).toBe(false);
    expect(map.get(['Ann'], 'Flag')).toBe('');
    expect(map.get(['Ann'], 'Missing')).toBe('');
  });

  it('makes a record of the named columns, trimmed, the first of a repeated name winning', () => {
    const map = new HeaderMap([' Name ', '', 'Name', null, 'Count', 'Note']);
    expect(map.toRecord(['Ann', 'skip', 'Bea', 'skip', 0])).toEqual({
      Name: 'Ann',
      Count: 0,
      Note: '',
    });
  });

  it('passes when every column is there and names each missing one otherwise', () => {
    const map = new HeaderMap(['Name']);
    expect(() => map.requireAll('Members', ['name'])).not.toThrow();
    let caught: unknown;
    try {
      map.requireAll('Members', ['Email', 'Name', 'Joined']);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(MissingColumnsError);
    const error = caught as MissingColumnsError;
    expect(error.tab).toBe('Members');
    expect(error.missing).toEqual(['Email', 'Joined']);
    expect(error.name).toBe('MissingColumnsError');
    for (const name of ['Members', 'Email', 'Joined']) expect(error.message).toContain(name);
  });
});

describe('tabSpec', () => {
  it('finds each tab by its name and refuses an unknown one', () => {
    for (const spec of TAB_SPECS) expect(tabSpec(spec.name)).toBe(spec);
    expect(tabSpec(TAB.members).name).toBe(TAB.members);
    expect(() => tabSpec('No such tab')).toThrow();
  });
});
