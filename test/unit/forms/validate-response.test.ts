import { CONSENT_ITEM, CONSENT_TEXT } from '../../../src/domain/forms/consent-item';
import type { FormSpec } from '../../../src/domain/forms/form-spec';
import { validateResponse, type ResponseCheck } from '../../../src/domain/forms/validate-response';
import { HeaderMap } from '../../../src/domain/sheet/header-map';

/** One question of each kind, so every rule of checkAnswer is reached. */
const SPEC: FormSpec = {
  kind: 'checkin',
  title: 'Test form',
  description: '',
  confirmation: '',
  items: [
    { kind: 'section', title: 'About you' },
    CONSENT_ITEM,
    {
      kind: 'scale',
      title: 'Scale',
      required: true,
      low: 1,
      high: 5,
      lowLabel: 'low',
      highLabel: 'high',
    },
    { kind: 'choice', title: 'Choice', required: true, choices: ['Yes', 'No'] },
    { kind: 'date', title: 'Date', required: false },
    { kind: 'text', title: 'Text', required: false },
    { kind: 'paragraph', title: 'Paragraph', required: false },
  ],
};
const HEADERS = [
  'Timestamp',
  'Email Address',
  CONSENT_TEXT.title,
  'Scale',
  'Choice',
  'Date',
  'Text',
  'Paragraph',
];
const WHEN = new Date('2026-11-20T10:00:00Z');
const localDate = (date: Date) => date.toISOString().slice(0, 10);

type Row = Partial<Record<(typeof HEADERS)[number], unknown>>;
function check(overrides: Row = {}, spec = SPEC, headers = HEADERS): ResponseCheck {
  const values: Row = {
    Timestamp: WHEN,
    'Email Address': ' ann@example.org ',
    [CONSENT_TEXT.title]: CONSENT_TEXT.agree,
    Scale: 3,
    Choice: 'Yes',
    Date: '',
    Text: '',
    Paragraph: '',
    ...overrides,
  };
  return validateResponse(
    spec,
    new HeaderMap(headers),
    headers.map((header) => values[header]),
    localDate,
  );
}
function answers(result: ResponseCheck) {
  if (!result.ok) throw new Error(`rejected: ${result.reasons.join('; ')}`);
  return result.response.answers;
}
function reasonCount(result: ResponseCheck): number {
  return result.ok ? 0 : result.reasons.length;
}

describe('validateResponse', () => {
  it('accepts a complete row: trimmed email, the timestamp as given, each answer typed', () => {
    const result = check({ Date: '2026-11-18', Text: 'fine', Paragraph: 'Long\ntext' });
    expect(result).toEqual({
      ok: true,
      response: {
        timestamp: WHEN,
        email: 'ann@example.org',
        answers: {
          [CONSENT_TEXT.title]: CONSENT_TEXT.agree,
          Scale: 3,
          Choice: 'Yes',
          Date: '2026-11-18',
          Text: 'fine',
          Paragraph: 'Long\ntext',
        },
      },
    });
  });

  it('reads a timestamp typed as text, and rejects one that is no date', () => {
    const typed = check({ Timestamp: '2026-11-20T10:00:00Z' });
    expect(typed.ok && typed.response.timestamp.getTime()).toBe(WHEN.getTime());
    expect(check({ Timestamp: 'yesterday' }).ok).toBe(false);
    expect(check({ Timestamp: '' }).ok).toBe(false);
    expect(check({ Timestamp: new Date(Number.NaN) }).ok).toBe(false);
  });

  it('rejects a row without an email on a form that collects one, and ignores it on one that does not', () => {
    expect(check({ 'Email Address': '  ' }).ok).toBe(false);
    expect(check({ 'Email Address': undefined }).ok).toBe(false);
    const anonymous = { ...SPEC, collectEmail: false };
    const headers = HEADERS.filter((header) => header !== 'Email Address');
    const result = check({ 'Email Address': 'someone@example.org' }, anonymous, headers);
    expect(result.ok && result.response.email).toBe('');
  });

  describe('scale answers', () => {
    it('accepts every whole number from the lowest to the highest, typed as text too', () => {
      for (const value of [1, 2, 3, 4, 5])
        expect(answers(check({ Scale: value })).Scale).toBe(value);
      expect(answers(check({ Scale: ' 4 ' })).Scale).toBe(4);
    });

    it('rejects a number below the lowest, above the highest, a fraction or text', () => {
      for (const value of [0, -1, 6, 2.5, '2.5', 'three', Number.NaN]) {
        expect(check({ Scale: value }).ok).toBe(false);
      }
    });
  });

  it('accepts a choice by its label (case and spacing aside) and stores the label', () => {
    expect(answers(check({ Choice: '  yes ' })).Choice).toBe('Yes');
    expect(check({ Choice: 'Maybe' }).ok).toBe(false);
  });

  describe('date answers', () => {
    it('stores a date cell as the local date and an ISO date typed as text as it is', () => {
      expect(answers(check({ Date: new Date('2026-11-18T12:00:00Z') })).Date).toBe('2026-11-18');
      expect(answers(check({ Date: ' 2026-11-18 ' })).Date).toBe('2026-11-18');
    });

    it('rejects text that is not a calendar date', () => {
      for (const value of ['next Tuesday', '18/11/2026', '2026-02-30', '2026-11-18x']) {
        expect(check({ Date: value }).ok).toBe(false);
      }
    });
  });

  describe('text and paragraph answers', () => {
    it('keeps the text as typed, spaces included', () => {
      expect(answers(check({ Text: ' hello ' })).Text).toBe(' hello ');
      expect(answers(check({ Text: 42 })).Text).toBe('42');
    });

    it('rejects what a spreadsheet would read as a formula, in either kind', () => {
      expect(check({ Text: '=HYPERLINK("x")' }).ok).toBe(false);
      expect(check({ Text: '  =1+1' }).ok).toBe(false);
      expect(check({ Paragraph: '=IMPORTXML("http://evil", "//a")' }).ok).toBe(false);
      expect(answers(check({ Text: 'a = b' })).Text).toBe('a = b');
    });

    it('accepts at most 5000 characters', () => {
      expect(answers(check({ Text: 'x'.repeat(5000) })).Text).toHaveLength(5000);
      expect(check({ Text: 'x'.repeat(5001) }).ok).toBe(false);
      expect(check({ Paragraph: 'x'.repeat(5001) }).ok).toBe(false);
    });
  });

  it('gives an empty optional answer as null and refuses an empty required one', () => {
    const result = answers(check({ Date: null, Text: undefined, Paragraph: '   ' }));
    expect([result.Date, result.Text, result.Paragraph]).toEqual([null, null, null]);
    expect(check({ Scale: '' }).ok).toBe(false);
    expect(check({ Choice: ' ' }).ok).toBe(false);
    expect(check({ Scale: null }).ok).toBe(false);
  });

  it('collects every problem of a row at once, one reason each', () => {
    const result = check({ Timestamp: 'never', 'Email Address': '', Scale: 9, Text: '=1' });
    expect(reasonCount(result)).toBe(4);
    expect(reasonCount(check({ Scale: 0 }))).toBe(1);
  });

  describe('columns missing from the response tab', () => {
    const without = (title: string) => HEADERS.filter((header) => header !== title);

    it('gives null for an optional question with no column, and rejects a required one', () => {
      const result = check({}, SPEC, without('Text'));
      expect(answers(result)).toHaveProperty('Text', null);
      expect(check({}, SPEC, without('Scale')).ok).toBe(false);
      expect(reasonCount(check({}, SPEC, without('Scale')))).toBe(1);
    });

    it('reads consent as given when the tab has no consent column, and as refused otherwise', () => {
      const result = check({}, SPEC, without(CONSENT_TEXT.title));
      expect(answers(result)[CONSENT_TEXT.title]).toBeNull();
      expect(check({ [CONSENT_TEXT.title]: '' }).ok).toBe(false);
      expect(check({ [CONSENT_TEXT.title]: 'No' }).ok).toBe(false);
      expect(answers(check({ [CONSENT_TEXT.title]: ' i agree ' }))[CONSENT_TEXT.title]).toBe(
        'i agree',
      );
    });
  });

  describe('each reason names the question or the value it is about', () => {
    const reasons = (result: ResponseCheck) => (result.ok ? [] : result.reasons);
    it('a timestamp that is no date, and a missing email', () => {
      expect(reasons(check({ Timestamp: 'never' }))[0]).toContain('never');
      const noEmail = reasons(check({ 'Email Address': '  ' }));
      expect(noEmail).toHaveLength(1);
      expect(noEmail[0].trim()).not.toBe('');
    });
    it('a required question without a column', () => {
      const result = reasons(
        check(
          {},
          SPEC,
          HEADERS.filter((header) => header !== 'Scale'),
        ),
      );
      expect(result[0]).toContain('"Scale"');
    });
    it('a choice that is not one, named trimmed', () => {
      const result = reasons(check({ Choice: '  Maybe  ' }));
      expect(result[0]).toContain('"Maybe"');
      expect(result[0]).toContain('Choice');
    });
    it('a scale, a date and a text answer', () => {
      expect(reasons(check({ Scale: 9 }))[0]).toContain('Scale');
      expect(reasons(check({ Date: 'soon' }))[0]).toContain('soon');
      expect(reasons(check({ Date: 'soon' }))[0]).toContain('Date');
      expect(reasons(check({ Text: '=SUM(A1)' }))[0]).toContain('Text');
      expect(reasons(check({ Paragraph: 'x'.repeat(5001) }))[0]).toContain('Paragraph');
      expect(reasons(check({ Scale: '' }))[0]).toContain('Scale');
    });
  });

  it('reads a date typed with spaces around it', () => {
    expect(answers(check({ Date: ' 2026-01-05 ' })).Date).toBe('2026-01-05');
  });
});
