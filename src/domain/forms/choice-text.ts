/**
 * A choice a member picked, in whatever language the form was in when they answered, read as
 * the English choice the code knows it by (SPEC section 11): a group that switches language
 * keeps its old answers, and its new ones count the same. The table of every shipped language's
 * wording is built once per execution: intake and the records read it for every row of a tab
 * (the bench's 290,000 check-ins), one map lookup each.
 */
import { CATALOGUES } from '../i18n/catalogues';
import { ENGLISH, type MessageKey } from '../i18n/catalogue';
import { LANGUAGE_CODES } from '../i18n';
import { answerKey } from './answer-text';

/** The catalogue keys of every choice the forms offer (form-spec choiceKeys draw from these). */
function isChoiceKey(key: string): boolean {
  return (
    key.startsWith('choice.') ||
    key.startsWith('value.checkin.') ||
    key.startsWith('value.community.') ||
    key.startsWith('value.story.') ||
    key.startsWith('value.consent.')
  );
}

interface ChoiceTable {
  /** The English choices: an answer that is one is read as it is, at once. */
  readonly english: ReadonlySet<string>;
  /** A translation's exact text → the English choice. */
  readonly exact: ReadonlyMap<string, string>;
  /** The same, compared as answer-text.ts compares answers (case, spaces, apostrophes). */
  readonly folded: ReadonlyMap<string, string>;
}

let table: ChoiceTable | null = null;

function choiceTable(): ChoiceTable {
  if (table) return table;
  const english = new Set<string>();
  const exact = new Map<string, string>();
  const folded = new Map<string, string>();
  for (const key of Object.keys(ENGLISH) as MessageKey[]) {
    if (!isChoiceKey(key)) continue;
    const choice = ENGLISH[key];
    english.add(choice);
    for (const code of LANGUAGE_CODES) {
      const text = CATALOGUES[code][key];
      // English itself is not in the table: an English answer is read exactly as before.
      if (text === undefined || text === choice) continue;
      exact.set(text, choice);
      folded.set(answerKey(text), choice);
    }
  }
  table = { english, exact, folded };
  return table;
}

/**
 * The English choice `raw` is another language's wording of, or `raw` itself (an English
 * answer, a number, a typed text, an empty cell) unchanged.
 */
export function inEnglish(raw: unknown): unknown {
  if (typeof raw !== 'string' || raw === '') return raw;
  const { english, exact, folded } = choiceTable();
  if (english.has(raw) || exact.size === 0) return raw;
  return exact.get(raw) ?? folded.get(answerKey(raw)) ?? raw;
}
