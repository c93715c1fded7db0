/**
 * The forms in the group's language (issue 17): what a form shows comes from the catalogue, and
 * what a member answered in any shipped language is read as the English the code knows.
 */
import { localDateFormatter } from '../../../src/domain/dates';
import { CHECKIN_FORM, CHECKIN_ITEMS, PARTICIPATION } from '../../../src/domain/forms/checkin-form';
import { inEnglish } from '../../../src/domain/forms/choice-text';
import { planCommunitySurvey, timingOf } from '../../../src/domain/forms/community-form';
import { CONSENT_TEXT, consentProblem } from '../../../src/domain/forms/consent-item';
import { FEEDBACK_FORM } from '../../../src/domain/forms/feedback-form';
import { opennessAnswer } from '../../../src/domain/forms/openness-item';
import {
  formTextKey,
  knownTexts,
  shownForm,
  shownText,
} from '../../../src/domain/forms/shown-form';
import { planSurvey } from '../../../src/domain/forms/survey-form';
import { validateResponse } from '../../../src/domain/forms/validate-response';
import { PSEUDO_LANGUAGE, tIn, useLanguage } from '../../../src/domain/i18n';
import { FORMS_EN } from '../../../src/domain/i18n/en/forms';
import { processResponses, type IntakeContext } from '../../../src/domain/intake';
import { HeaderMap } from '../../../src/domain/sheet/header-map';
import { SUPPORT_LINE_TEXT, withSupportLine } from '../../../src/domain/support-line';
import { aMember } from '../fixtures/people';

afterEach(() => useLanguage('en'));

const pseudo = (english: string) => {
  const key = formTextKey(english);
  if (!key) throw new Error(`no form text "${english}"`);
  return tIn(PSEUDO_LANGUAGE, key);
};
const wrapped = (text: string) => text.startsWith('⟦') && text.endsWith('⟧');

const SPECS = [
  CHECKIN_FORM,
  FEEDBACK_FORM,
  planSurvey().spec,
  planCommunitySurvey([]).spec,
  planCommunitySurvey([]).spec,
];

describe('what a form shows', () => {
  it('names one message with each English text, so a spec text says which message it is', () => {
    const seen = new Map<string, string>();
    for (const [key, text] of Object.entries(FORMS_EN)) {
      if (text.includes('{')) continue;
      expect({ text, key: seen.get(text) ?? key }).toEqual({ text, key });
      seen.set(text, key);
    }
  });

  it('is in English byte for byte under English', () => {
    for (const spec of SPECS) {
      const shown = shownForm(withSupportLine(spec, 'Call 123.'));
      expect(shown.title).toBe(spec.title);
      expect(shown.description).toBe(`${spec.description}\n\nCall 123.`);
      expect(shown.confirmation).toBe(spec.confirmation);
      expect(shown.items.map((item) => item.title)).toEqual(spec.items.map((item) => item.title));
    }
  });

  it('wraps every text of the check-in and feedback forms under the pseudo-language', () => {
    useLanguage(PSEUDO_LANGUAGE);
    for (const spec of [CHECKIN_FORM, FEEDBACK_FORM]) {
      const shown = shownForm(withSupportLine(spec, 'Call 123.'));
      expect(wrapped(shown.title)).toBe(true);
      expect(wrapped(shown.confirmation)).toBe(true);
      // Each paragraph of ours is wrapped; the group's own support line stays as they typed it.
      const paragraphs = shown.description.split('\n\n');
      expect(paragraphs.at(-1)).toBe('Call 123.');
      for (const paragraph of paragraphs.slice(0, -1)) expect(wrapped(paragraph)).toBe(true);
      for (const item of shown.items) {
        expect(wrapped(item.title)).toBe(true);
        if (item.help !== undefined) expect(wrapped(item.help)).toBe(true);
        for (const choice of item.choices) expect(wrapped(choice)).toBe(true);
        if (item.spec.kind === 'scale') {
          expect(wrapped(item.lowLabel)).toBe(true);
          expect(wrapped(item.highLabel)).toBe(true);
        }
      }
    }
  });

  it('shows the default support line in the language, and a line the group typed as typed', () => {
    useLanguage(PSEUDO_LANGUAGE);
    const shown = shownForm(withSupportLine(CHECKIN_FORM, SUPPORT_LINE_TEXT.defaultLine));
    expect(wrapped(shown.description.split('\n\n').at(-1) ?? '')).toBe(true);
  });

  it('leaves pasted instrument wording as the group pasted it', () => {
    useLanguage(PSEUDO_LANGUAGE);
    const plan = planSurvey({ enabled: ['rses'] });
    const questions = shownForm(plan.spec).items.filter((item) => plan.items.has(item.spec.title));
    expect(questions.length).toBe(10);
    for (const question of questions) expect(question.title).toBe(question.spec.title);
    expect(shownText('A text of the group')).toBe('A text of the group');
  });

  it("knows every language's wording of a text, and only the text itself for the group's own", () => {
    expect(knownTexts(CHECKIN_ITEMS.mood)).toEqual([
      CHECKIN_ITEMS.mood,
      tIn(PSEUDO_LANGUAGE, 'item.checkin.mood'),
    ]);
    expect(knownTexts('Our own question')).toEqual(['Our own question']);
  });
});

describe('answers in any language', () => {
  it('reads each language’s wording of a choice as the English choice, and nothing else', () => {
    for (const choice of PARTICIPATION) expect(inEnglish(pseudo(choice))).toBe(choice);
    expect(inEnglish(` ${pseudo('Online').toUpperCase()} `)).toBe('Online');
    expect(inEnglish('Online')).toBe('Online');
    expect(inEnglish('online')).toBe('online');
    expect(inEnglish('By pigeon')).toBe('By pigeon');
    expect(inEnglish(3)).toBe(3);
    expect(opennessAnswer(pseudo('Yes'))).toBe(true);
    expect(opennessAnswer(pseudo('No'))).toBe(false);
    expect(timingOf(pseudo('After the event'))).toBe('after');
    expect(consentProblem(true, pseudo(CONSENT_TEXT.agree))).toBeNull();
    expect(consentProblem(true, 'I refuse')).not.toBeNull();
  });

  const context = (): IntakeContext => ({
    membersByEmail: new Map([['ann@example.org', aMember()]]),
    ambiguousEmails: new Set(),
    sessions: [{ date: '2026-11-18', startTime: '18:30', topic: '', status: 'held' }],
    surveysSoFar: new Map(),
    localDateOf: localDateFormatter('Europe/London'),
  });

  const english: Record<string, unknown> = {
    [CHECKIN_ITEMS.consent]: CONSENT_TEXT.agree,
    [CHECKIN_ITEMS.participation]: 'Online',
    [CHECKIN_ITEMS.mood]: 4,
    [CHECKIN_ITEMS.coping]: 3,
    [CHECKIN_ITEMS.supported]: 5,
    [CHECKIN_ITEMS.outreach]: 'Yes',
    [CHECKIN_ITEMS.talkedOutside]: 'No',
  };

  it('takes a response tab headed and answered in the pseudo-language as the English one', () => {
    const titles = CHECKIN_FORM.items.map((item) => item.title);
    const row = (translate: boolean) => [
      new Date('2026-11-20T10:00:00Z'),
      'ann@example.org',
      ...titles.map((title) => {
        const value = english[title] ?? '';
        return translate && typeof value === 'string' && value !== '' ? pseudo(value) : value;
      }),
    ];
    const englishResult = processResponses(
      CHECKIN_FORM,
      ['Timestamp', 'Email Address', ...titles],
      [{ row: 2, values: row(false) }],
      context(),
    );
    // A form made in the pseudo-language: Google heads its columns with the wrapped titles.
    const pseudoResult = processResponses(
      CHECKIN_FORM,
      ['Timestamp', 'Email Address', ...titles.map(pseudo)],
      [{ row: 2, values: row(true) }],
      context(),
    );
    expect(englishResult.rejected).toEqual([]);
    expect(pseudoResult.rejected).toEqual([]);
    expect(pseudoResult.accepted[0]).toMatchObject({
      memberId: 'M0001',
      sessionDate: '2026-11-18',
    });
    const answers = (headers: string[], values: unknown[]) => {
      const checked = validateResponse(
        CHECKIN_FORM,
        new HeaderMap(['Timestamp', 'Email Address', ...headers]),
        values,
        localDateFormatter('Europe/London'),
      );
      if (!checked.ok) throw new Error(checked.reasons.join('; '));
      return checked.response.answers;
    };
    // The same answers, keyed and worded as the code knows them.
    expect(answers(titles.map(pseudo), row(true))).toEqual(answers(titles, row(false)));
  });

  it('names the question and its choices in the language when an answer is refused', () => {
    useLanguage(PSEUDO_LANGUAGE);
    const titles = CHECKIN_FORM.items.map((item) => item.title);
    const checked = validateResponse(
      CHECKIN_FORM,
      new HeaderMap(['Timestamp', 'Email Address', ...titles.map(pseudo)]),
      [
        new Date('2026-11-20T10:00:00Z'),
        'ann@example.org',
        ...titles.map((title) =>
          title === CHECKIN_ITEMS.participation ? 'By pigeon' : (english[title] ?? ''),
        ),
      ],
      localDateFormatter('Europe/London'),
    );
    expect(checked.ok).toBe(false);
    const reasons = checked.ok ? [] : checked.reasons;
    expect(reasons).toHaveLength(1);
    expect(wrapped(reasons[0])).toBe(true);
    expect(reasons[0]).toContain(pseudo(CHECKIN_ITEMS.participation));
    for (const choice of PARTICIPATION) expect(reasons[0]).toContain(pseudo(choice));
  });
});

describe('a response tab headed in another language', () => {
  it('gives each answer under its English title too, so the extra checks find it', () => {
    const headers = ['Timestamp', pseudo(CONSENT_TEXT.title), pseudo('Event code'), 'Processing'];
    const map = new HeaderMap(headers);
    const record = map.toRecord([new Date(0), pseudo(CONSENT_TEXT.agree), 'HL-1', '']);
    expect(record['Event code']).toBe('HL-1');
    expect(map.get([new Date(0), '', 'HL-1', ''], 'event code')).toBe('HL-1');
  });
});
