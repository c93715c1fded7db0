/**
 * The forms in the group's language (issue 17) on the compiled bundle: a group set up in English
 * with responses switches Language to the pseudo-language and runs Set up or repair. Every form's
 * texts are then the catalogue's (wrapped in the pseudo-language's markers), each item is the
 * same item (same id, so its responses stay linked), the English responses are still read, and
 * a response given in the new wording counts exactly as the English one did.
 */
import { Environment } from '../../emulator/environment';
import type { FakeItem } from '../../emulator/services/forms/items';
import { englishName, PSEUDO_LANGUAGE, tIn, type FormattedKey } from '../../src/domain/i18n';
import { FORMS_EN } from '../../src/domain/i18n/en/forms';
import { newProject, setSetting, setting, setUpProject, sheetValues } from './harness';
import { addMembers, CHECKIN, CONSENT, submitSurvey } from './members';
import { STORY_TEXT } from '../../src/domain/stories';

const DAY = 24 * 60 * 60 * 1000;
const FORM_IDS = [
  'Check-in form ID',
  'Survey form ID',
  'Group feedback form ID',
  'Community survey form ID',
];

/** The pseudo-language's wording of one of the forms' English texts. */
function pseudo(english: string): string {
  const key = (Object.keys(FORMS_EN) as FormattedKey[]).find(
    (candidate) => FORMS_EN[candidate as keyof typeof FORMS_EN] === english,
  );
  if (!key) throw new Error(`no form text "${english}"`);
  return tIn(PSEUDO_LANGUAGE, key);
}

function isWrapped(text: string): boolean {
  return text.startsWith('⟦') && text.endsWith('⟧');
}

function form(env: Environment, label: string) {
  return env.forms.getById(String(setting(env, label)))!;
}

/** Every form's items as [id, title], uncounted. */
function itemsOf(env: Environment, label: string): Array<[number, string]> {
  return env.meter.internal(() =>
    form(env, label)
      .getItems()
      .map((item) => [item.getId(), item.getTitle()] as [number, string]),
  );
}

/** A form's title, description, confirmation and each item's id, title and help text. */
function formTexts(env: Environment, label: string): string[] {
  return env.meter.internal(() => {
    const shown = form(env, label);
    return [
      shown.getTitle(),
      shown.getDescription(),
      shown.getConfirmationMessage(),
      ...shown.getItems().map((item) => `${item.getId()} ${item.getTitle()} ${item.getHelpText()}`),
    ];
  });
}

/** The openness block of the Wellbeing tab: month → [members, check-ins, yes %, members yes %]. */
function opennessRows(env: Environment): Record<string, unknown[]> {
  // The outcome tabs are written in the group's language too (their own area of the catalogue).
  const values = sheetValues(env, tIn(PSEUDO_LANGUAGE, 'tab.outcomesWellbeing'));
  const heading = tIn(PSEUDO_LANGUAGE, 'outcomes.openness.heading');
  const start = values.findIndex((row) => row[0] === heading);
  expect(start).toBeGreaterThan(0);
  const rows: Record<string, unknown[]> = {};
  for (const row of values.slice(start + 2)) {
    if (!/^\d{4}-\d{2}$/.test(String(row[0]))) break;
    rows[String(row[0])] = row.slice(1, 5);
  }
  return rows;
}

/** A check-in's answers: who said yes to talking outside, and how they took part. */
function checkinAnswers(talkedOutside: string, participation: string) {
  return {
    [CONSENT.title]: CONSENT.agree,
    [CHECKIN.participation]: participation,
    [CHECKIN.mood]: 4,
    [CHECKIN.coping]: 3,
    [CHECKIN.supported]: 5,
    [CHECKIN.outreach]: 'No',
    [CHECKIN.talkedOutside]: talkedOutside,
  };
}

/** The same answers as the pseudo-language's form words them: titles and choices wrapped. */
function inPseudo(answers: Record<string, string | number>): Record<string, string | number> {
  return Object.fromEntries(
    Object.entries(answers).map(([title, value]) => [
      pseudo(title),
      typeof value === 'string' ? pseudo(value) : value,
    ]),
  );
}

/** Every Rosenberg item (shipped wording, untranslated options) answered with one choice. */
function rosenbergAll(
  items: readonly FakeItem[],
  choice: string,
  answers: Record<string, string>,
): Record<string, string> {
  const all = { ...answers };
  for (const item of items)
    if (
      String(item.getType()) === 'MULTIPLE_CHOICE' &&
      item
        .asMultipleChoiceItem()
        .getChoices()
        .some((option) => option.getValue() === choice)
    )
      all[item.getTitle()] = choice;
  return all;
}

function submitSurveyAnswers(env: Environment, email: string, answers: Record<string, string>) {
  return env.submitForm(String(setting(env, 'Survey form ID')), { email, answers });
}

function group(env: Environment): void {
  addMembers(
    env,
    Array.from({ length: 12 }, (_, i) => ({
      name: `Person ${i + 1}`,
      email: `p${i + 1}@example.org`,
      joined: '2025-12-01',
    })),
  );
}

/** Twelve check-ins: p1-p6 talked outside the group, p1-p4 came online. */
function checkInAll(env: Environment, translate: boolean): void {
  const formId = String(setting(env, 'Check-in form ID'));
  for (let i = 1; i <= 12; i += 1) {
    const answers = checkinAnswers(i <= 6 ? 'Yes' : 'No', i <= 4 ? 'Online' : 'In person');
    const outcome = env.submitForm(formId, {
      email: `p${i}@example.org`,
      answers: translate ? inPseudo(answers) : answers,
    });
    expect(outcome).toBeTruthy();
  }
}

describe('the forms in the group language', () => {
  it('Set up or repair puts existing forms into the new language in place, and answers in it count the same', () => {
    const env = newProject();
    setUpProject(env);
    group(env);
    env.advanceBy(3 * DAY);
    checkInAll(env, false);
    submitSurvey(env, 'p1@example.org', 'Agree');
    const before = Object.fromEntries(FORM_IDS.map((label) => [label, itemsOf(env, label)]));
    const checkinsBefore = sheetValues(env, 'Check-ins');

    const englishTexts = Object.fromEntries(
      FORM_IDS.map((label) => [label, formTexts(env, label)]),
    );
    setSetting(env, 'Language', PSEUDO_LANGUAGE);
    expect(env.clickMenu('Set up or repair').ok).toBe(true);

    for (const label of FORM_IDS) {
      const after = itemsOf(env, label);
      // The same items, in the same order: none was deleted and made again.
      expect(after.map(([id]) => id)).toEqual(before[label].map(([id]) => id));
      const shown = env.meter.internal(() => form(env, label));
      expect(isWrapped(shown.getTitle())).toBe(true);
      expect(isWrapped(shown.getConfirmationMessage())).toBe(true);
      expect(shown.getDescription()).toContain(pseudo(CONSENT_STATEMENT[label]));
    }
    // Every check-in item's title, help text, choices and scale labels are the catalogue's.
    const checkin = env.meter.internal(() => form(env, 'Check-in form ID').getItems());
    for (const item of checkin) {
      expect(isWrapped(item.getTitle())).toBe(true);
      const help = item.getHelpText();
      if (help !== '') expect(isWrapped(help)).toBe(true);
      if (String(item.getType()) === 'MULTIPLE_CHOICE')
        for (const choice of item.asMultipleChoiceItem().getChoices())
          expect(isWrapped(choice.getValue())).toBe(true);
      if (String(item.getType()) === 'SCALE') {
        expect(isWrapped(item.asScaleItem().getLeftLabel())).toBe(true);
        expect(isWrapped(item.asScaleItem().getRightLabel())).toBe(true);
      }
    }
    // The survey's own texts are the catalogue's; the instrument wording stays as it ships.
    const survey = env.meter.internal(() => form(env, 'Survey form ID').getItems());
    const titles = survey.map((item) => item.getTitle());
    expect(titles).toContain(pseudo(CONSENT.title));
    expect(titles).toContain(pseudo(STORY_TEXT.story));
    expect(titles).toContain('On the whole, I am satisfied with myself.');
    // The English rows are still there, untouched; Set up put only our own headers into the
    // language (the questions' headers are the form's, as Google wrote them).
    const checkinsNow = sheetValues(env, 'Check-ins');
    expect(checkinsNow.slice(1, checkinsBefore.length)).toEqual(checkinsBefore.slice(1));
    expect(checkinsNow[0].map((cell) => englishName(cell) ?? cell)).toEqual(checkinsBefore[0]);

    // February: the same answers, given in the new wording.
    env.advanceBy(28 * DAY);
    checkInAll(env, true);
    // A survey in the new wording: the consent is wrapped, the instrument's options are not.
    const answers = Object.fromEntries(
      titles
        .filter((title) => title.startsWith('On the whole') || title === pseudo(CONSENT.title))
        .map((title) => [
          title,
          title.startsWith('On the whole') ? 'Agree' : pseudo(CONSENT.agree),
        ]),
    );
    submitSurveyAnswers(env, 'p2@example.org', rosenbergAll(survey, 'Agree', answers));
    expect(sheetValues(env, 'Review')).toHaveLength(1);
    const surveys = sheetValues(env, 'Surveys');
    const status = surveys[0].indexOf('Processing');
    expect(surveys).toHaveLength(3);
    expect(surveys[2][status]).toBe(surveys[1][status]);
    const checkins = sheetValues(env, 'Check-ins');
    expect(checkins).toHaveLength(25);
    expect(String(checkins[24][checkins[0].indexOf(CHECKIN.participation)])).toBe(
      pseudo('In person'),
    );
    // The menu as it was built when the sheet was opened (its own language is not this test's).
    expect(env.clickMenu('Refresh outcomes').ok).toBe(true);
    const rows = opennessRows(env);
    expect(rows['2026-01']).toEqual([12, 12, 50, 50]);
    expect(rows['2026-02']).toEqual(rows['2026-01']);

    // Back to English: every form is as Set up first made it, item for item.
    setSetting(env, 'Language', 'en');
    expect(env.clickMenu('Set up or repair').ok).toBe(true);
    for (const label of FORM_IDS) {
      expect(itemsOf(env, label)).toEqual(before[label]);
      expect(formTexts(env, label)).toEqual(englishTexts[label]);
    }
  });
});

const CONSENT_STATEMENT: Record<string, string> = {
  'Check-in form ID': FORMS_EN['form.consent.named'],
  'Survey form ID': FORMS_EN['form.consent.named'],
  'Group feedback form ID': FORMS_EN['form.consent.anonymous'],
  'Community survey form ID': FORMS_EN['form.consent.community'],
};
