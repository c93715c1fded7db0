import { idsInCell, NAME_SEPARATOR, namesOf } from '../../src/domain/member-names';

describe('idsInCell', () => {
  it('splits at commas, trims and drops blanks', () => {
    expect(idsInCell(' M0001, M0002 ,,M0003 ')).toEqual(['M0001', 'M0002', 'M0003']);
    expect(idsInCell('M0001')).toEqual(['M0001']);
  });
  it.each([null, undefined, '', ' , '])('%p holds no ids', (cell) => {
    expect(idsInCell(cell)).toEqual([]);
  });
  it('reads a number as its text', () => {
    expect(idsInCell(7)).toEqual(['7']);
  });
});

describe('namesOf', () => {
  const names = new Map([
    ['M1', ' Ann '],
    ['M2', 'Bo'],
    ['M3', '  '],
  ]);
  it('gives names in the order of the ids, trimmed, separated by a comma', () => {
    expect(namesOf(['M2', 'M1'], names)).toBe(`Bo${NAME_SEPARATOR}Ann`);
    expect(NAME_SEPARATOR).toBe(', ');
  });
  it('shows an unknown id, or one whose name is blank, as the id', () => {
    expect(namesOf(['M9', 'M3'], names)).toBe('M9, M3');
  });
  it('no ids give an empty cell', () => {
    expect(namesOf([], names)).toBe('');
  });
});
