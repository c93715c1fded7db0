import { errorMessage } from '../../src/domain/errors';
import { MENU_ERROR_TEXT, plainErrorMessage } from '../../src/domain/menu-errors';

describe('errorMessage', () => {
  it('takes the message of anything that has one, Error or not', () => {
    expect(errorMessage(new Error('boom'))).toBe('boom');
    expect(errorMessage({ message: 'from Google' })).toBe('from Google');
    expect(errorMessage({ message: 42 })).toBe('42');
  });
  it('turns anything else into text', () => {
    expect(errorMessage('plain')).toBe('plain');
    expect(errorMessage(null)).toBe('null');
    expect(errorMessage(undefined)).toBe('undefined');
    expect(errorMessage(7)).toBe('7');
    expect(errorMessage({ other: 1 })).toBe('[object Object]');
  });
});

describe('plainErrorMessage', () => {
  const advice = `\n\n${MENU_ERROR_TEXT.advice}`;
  it('keeps the first line only and adds the advice', () => {
    expect(plainErrorMessage(new Error('Sheet is busy\n    at foo (Code:1:2)'))).toBe(
      `Sheet is busy.${advice}`,
    );
    expect(plainErrorMessage(new Error('First\r\nSecond'))).toBe(`First.${advice}`);
  });

  it("strips Google's prefixes, repeated and in any case", () => {
    expect(plainErrorMessage(new Error('Exception: Service timed out'))).toBe(
      `Service timed out.${advice}`,
    );
    expect(plainErrorMessage('Error: TypeError:   Cannot read x')).toBe(`Cannot read x.${advice}`);
    expect(plainErrorMessage('exception:RangeError: too big')).toBe(`too big.${advice}`);
    expect(plainErrorMessage('An Error: inside')).toBe(`An Error: inside.${advice}`);
  });

  it('keeps a sentence that already ends, and adds a full stop otherwise', () => {
    expect(plainErrorMessage('Done!')).toBe(`Done!${advice}`);
    expect(plainErrorMessage('Really?')).toBe(`Really?${advice}`);
    expect(plainErrorMessage('Stop.')).toBe(`Stop.${advice}`);
    expect(plainErrorMessage('Stop. Now')).toBe(`Stop. Now.${advice}`);
  });

  it('trims what is left', () => {
    expect(plainErrorMessage('  boom  ')).toBe(`boom.${advice}`);
    expect(plainErrorMessage('Exception: boom  ')).toBe(`boom.${advice}`);
  });

  it('says something went wrong when nothing is left', () => {
    expect(plainErrorMessage('Exception: ')).toBe(`${MENU_ERROR_TEXT.unknown}${advice}`);
    expect(plainErrorMessage(new Error(''))).toBe(`${MENU_ERROR_TEXT.unknown}${advice}`);
    expect(plainErrorMessage('\nsecond line')).toBe(`${MENU_ERROR_TEXT.unknown}${advice}`);
  });

  it('titles the dialog with the action', () => {
    expect(MENU_ERROR_TEXT.title('Generate report')).toContain('Generate report');
  });
});
