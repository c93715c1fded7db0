/**
 * formatList under the pseudo-language (issue 17): the words between a list's items are ours and
 * come out wrapped, while the items stay as they came, so the scan sees the list's "and" as ours
 * and still sees an item that did not come from the catalogue.
 */
import { formatList, t, useLanguage } from '../../../src/domain/i18n';
import { outsideMarkers, unwrappedWords } from './pseudo-scan';

const NAMES = ['Ann Lee', 'Bo Ray', 'Cy Tan'];

afterEach(() => useLanguage('en'));

describe('formatList', () => {
  it('writes English lists as before', () => {
    useLanguage('en');
    expect(formatList(NAMES)).toBe('Ann Lee, Bo Ray and Cy Tan');
    expect(formatList(NAMES.slice(0, 2))).toBe('Ann Lee and Bo Ray');
    expect(formatList(NAMES.slice(0, 1))).toBe('Ann Lee');
    expect(formatList([])).toBe('');
  });

  it('wraps the words between the items under the pseudo-language, never the items', () => {
    useLanguage('en-XA');
    for (const count of [2, 3]) {
      const list = formatList(NAMES.slice(0, count));
      // Nothing of ours is left outside the markers once the names are taken out...
      expect(unwrappedWords(list, NAMES)).toBe('');
      // ...and the names themselves are outside them, as a person's typed text must be.
      for (const name of NAMES.slice(0, count)) expect(outsideMarkers(list)).toContain(name);
    }
    expect(formatList(['Ann Lee'])).toBe('Ann Lee');
  });

  it('leaves an item written in code visible to the scan', () => {
    useLanguage('en-XA');
    const list = formatList([t('menu.setUp'), 'hard-coded words']);
    expect(unwrappedWords(list, [])).toBe('hard coded words');
  });
});
