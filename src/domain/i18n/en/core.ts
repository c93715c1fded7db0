/**
 * English texts used across features. English is the master catalogue: every other language has
 * exactly these keys with the same placeholders (test/unit/i18n/catalogue.test.ts).
 *
 * Format: ICU MessageFormat (https://unicode-org.github.io/icu/userguide/format_parse/messages/):
 * `{name}` is a placeholder, `{count, plural, one {# reply} other {# replies}}` a plural. A
 * quote before a brace starts a literal in ICU, so never write `'{`; write `''` for a quote
 * there. Keys starting `template.` are the group's editable email templates instead: their
 * placeholders are `{{name}}` and they are never run through ICU.
 */
export const CORE_EN = {
  /** Intl supplies the localised names; the order and the words between are the language's. */
  'date.long': '{weekday} {day} {month} {year}',
  'date.dayMonth': '{day} {month}',
  /** The answers of yes/no columns and questions. */
  'value.yes': 'yes',
  'value.no': 'no',
} as const;
