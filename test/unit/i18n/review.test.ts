/**
 * What a facilitator reads in the Review tab comes from the catalogue (issue 17): under the
 * pseudo-language a reason that a survey cannot be scored, or that a response matches no member
 * or session, has no text of ours outside the markers; only the instrument's own words (short
 * title, item labels and ids, option labels) and the values the response held are left.
 */
import { PSEUDO_LANGUAGE, useLanguage } from '../../../src/domain/i18n';
import {
  describeAllowedValues,
  ISMI_10,
  RIBS,
  RIBS_DONT_KNOW,
  scoreInstrument,
  type InstrumentDefinition,
} from '../../../src/domain/instruments';
import { INTAKE_TEXT } from '../../../src/domain/intake';
import { answersInOrder, expectRejected } from '../instruments/helpers';
import { outsideMarkers, unwrappedWords } from './pseudo-scan';

beforeEach(() => useLanguage(PSEUDO_LANGUAGE));
afterEach(() => useLanguage('en'));

/** The instrument's own words: they stay as the instrument has them in every language. */
function instrumentWords(definition: InstrumentDefinition): string[] {
  return [
    definition.shortTitle,
    ...definition.items.flatMap((item) => [
      item.label,
      item.id,
      ...item.scale.options.map((option) => option.label),
    ]),
    ...definition.items.flatMap((item) => (item.subscale ? [item.subscale] : [])),
  ];
}

describe('Review reasons under the pseudo-language', () => {
  it.each([
    ['an unanswered item with an off-scale answer allowed', RIBS, [1, 2, 1, 2, 3, null, 3, 3]],
    ['an answer off the scale', RIBS, [3, 2, 1, 2, 3, 3, RIBS_DONT_KNOW, 3]],
    ['too few answered items', ISMI_10, [4, null, 3, null, 4, 3, 3, null, 1, 2]],
    ['a subscale with no answer', ISMI_10, [4, 3, 3, 3, 4, 3, 3, 3, null, null]],
  ] as const)('wraps every word of ours in %s', (_case, definition, values) => {
    const reason = expectRejected(
      scoreInstrument(definition, answersInOrder(definition, values)),
    ).reason;
    expect(reason).toContain('⟦');
    expect(unwrappedWords(reason, instrumentWords(definition))).toBe('');
  });

  // Nested in a reason the allowed values sit inside its markers, so they are scanned alone too.
  it('wraps the values an item accepts, off-scale answers and all', () => {
    for (const item of [...RIBS.items, ...ISMI_10.items]) {
      const allowed = describeAllowedValues(item.scale);
      expect(unwrappedWords(allowed, [...instrumentWords(RIBS), ...instrumentWords(ISMI_10)])).toBe(
        '',
      );
    }
  });

  it('wraps the item an unknown answer names and the items it expected', () => {
    const reason = expectRejected(
      scoreInstrument(RIBS, { ...answersInOrder(RIBS, [1, 2, 1, 2, 3, 3, 3, 3]), stray: 1 }),
    ).reason;
    expect(unwrappedWords(reason, [...instrumentWords(RIBS), 'stray'])).toBe('');
  });

  it('wraps the intake reasons, tab names and all, leaving only the email and the date', () => {
    const email = 'sam@example.org';
    const reasons = [
      INTAKE_TEXT.noSession('2026-03-02'),
      INTAKE_TEXT.cancelled('2026-03-02', true),
      INTAKE_TEXT.cancelled('2026-03-02', false),
      INTAKE_TEXT.ambiguousEmail(email),
      INTAKE_TEXT.unknownEmail(email),
    ];
    for (const reason of reasons) {
      expect(outsideMarkers(reason).trim()).not.toBe(reason.trim());
      expect(unwrappedWords(reason, [email])).toBe('');
    }
  });
});
