import {
  answerItems,
  collectsEmail,
  FormSpec,
  googleColumns,
  RESPONSE_EMAIL,
  RESPONSE_TIMESTAMP,
  responseHeaders,
} from '../../../src/domain/forms/form-spec';

const spec = (collectEmail?: boolean): FormSpec => ({
  kind: 'feedback',
  ...(collectEmail === undefined ? {} : { collectEmail }),
  title: 'T',
  description: 'D',
  confirmation: 'C',
  items: [
    { kind: 'section', title: 'Part one' },
    { kind: 'text', title: 'Name a thing', required: false },
    { kind: 'date', title: 'When', required: true },
  ],
});

describe('form specs', () => {
  it('collect email unless told not to', () => {
    expect(collectsEmail(spec())).toBe(true);
    expect(collectsEmail(spec(true))).toBe(true);
    expect(collectsEmail(spec(false))).toBe(false);
  });

  it('Google puts the timestamp first, then the email when the form collects it', () => {
    expect(googleColumns(spec())).toEqual([RESPONSE_TIMESTAMP, RESPONSE_EMAIL]);
    expect(googleColumns(spec(false))).toEqual([RESPONSE_TIMESTAMP]);
    expect(RESPONSE_TIMESTAMP).not.toBe(RESPONSE_EMAIL);
  });

  it('answer items leave sections out, in order', () => {
    expect(answerItems(spec()).map((item) => item.title)).toEqual(['Name a thing', 'When']);
  });

  it('renames only the columns Google writes, by position', () => {
    expect(responseHeaders(['Zeit', 'Mail', 'Q1', 'Q2'])).toEqual([
      RESPONSE_TIMESTAMP,
      RESPONSE_EMAIL,
      'Q1',
      'Q2',
    ]);
    expect(responseHeaders(['Zeit', 'Q1', 'Q2'], false)).toEqual([RESPONSE_TIMESTAMP, 'Q1', 'Q2']);
    expect(responseHeaders([])).toEqual([]);
  });
});
