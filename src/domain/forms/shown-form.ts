/**
 * A form's texts as a person reads them, in the group's language (issue 17). A spec is English
 * data: its item titles and choices are also what the code knows items and answers by. Every
 * English text of the forms is one catalogue message (en/forms.ts), and no two of those messages
 * share an English text (test/unit/forms/shown-form.test.ts), so a spec's text names its message
 * and is shown as that message in the current language. A text that is no message (an
 * instrument's pasted wording, the group's support line) is shown as it is.
 */
import { t, tIn, LANGUAGE_CODES, type FormattedKey } from '../i18n';
import { FORMS_EN } from '../i18n/en/forms';
import type { FormItemSpec, FormSpec } from './form-spec';

let keyByText: Map<string, FormattedKey> | null = null;

/** The forms' messages without placeholders, by their English text: built once. */
function keys(): Map<string, FormattedKey> {
  if (keyByText) return keyByText;
  keyByText = new Map();
  for (const [key, text] of Object.entries(FORMS_EN) as Array<[FormattedKey, string]>)
    if (!text.includes('{')) keyByText.set(text, key);
  return keyByText;
}

/** The catalogue key whose English text is `english`, if any (for the test of uniqueness). */
export function formTextKey(english: string): FormattedKey | undefined {
  return keys().get(english);
}

/** One of the forms' English texts in the current language; any other text as it is. */
export function shownText(english: string): string {
  const key = keys().get(english);
  return key ? t(key) : english;
}

/**
 * Every shipped language's wording of the English text `english` (itself alone when it is no
 * message): a text on a form that is one of these was put there by Set up in some language,
 * so a change of language may replace it; any other text is the group's own edit, and stays.
 */
export function knownTexts(english: string): readonly string[] {
  const key = keys().get(english);
  if (!key) return [english];
  return [...new Set([english, ...LANGUAGE_CODES.map((code) => tIn(code, key))])];
}

export interface ShownItem {
  /** The spec's item: its English title is the item's name in the code. */
  readonly spec: FormItemSpec;
  readonly title: string;
  readonly help: string | undefined;
  /** A choice item's choices, in the spec's order. */
  readonly choices: readonly string[];
  readonly lowLabel: string;
  readonly highLabel: string;
}

export interface ShownForm {
  readonly title: string;
  readonly description: string;
  readonly confirmation: string;
  readonly items: readonly ShownItem[];
}

export function shownItem(item: FormItemSpec): ShownItem {
  return {
    spec: item,
    title: shownText(item.title),
    help: item.help === undefined ? undefined : shownText(item.help),
    choices: item.kind === 'choice' ? item.choices.map(shownText) : [],
    lowLabel: item.kind === 'scale' ? shownText(item.lowLabel) : '',
    highLabel: item.kind === 'scale' ? shownText(item.highLabel) : '',
  };
}

/** The description's paragraphs (statement, consent, support line) each in the language. */
export function shownDescription(description: string): string {
  return description.split('\n\n').map(shownText).join('\n\n');
}

export function shownForm(spec: FormSpec): ShownForm {
  return {
    title: shownText(spec.title),
    description: shownDescription(spec.description),
    confirmation: shownText(spec.confirmation),
    items: spec.items.map(shownItem),
  };
}
