import { CONSENT_ITEM, CONSENT_TEXT, consentProblem } from '../../../src/domain/forms/consent-item';

describe('the consent item', () => {
  it('is a required question with the one answer that agrees', () => {
    expect(CONSENT_ITEM).toMatchObject({
      kind: 'choice',
      title: CONSENT_TEXT.title,
      required: true,
      choices: [CONSENT_TEXT.agree],
    });
  });

  it('a tab without the column received a form that did not ask: read as given', () => {
    expect(consentProblem(false, '')).toBeNull();
    expect(consentProblem(false, 'No')).toBeNull();
  });

  it('the agreeing answer, in any case or spacing, gives consent', () => {
    expect(consentProblem(true, CONSENT_TEXT.agree)).toBeNull();
    expect(consentProblem(true, ` ${CONSENT_TEXT.agree.toUpperCase()} `)).toBeNull();
  });

  it('anything else is a reason naming the answer given; a blank answer a different one', () => {
    const other = consentProblem(true, ' Not sure ');
    expect(other).toContain('Not sure');
    expect(other).not.toContain(' Not sure ');
    const blank = consentProblem(true, null);
    expect(blank).not.toBeNull();
    expect(consentProblem(true, '   ')).toEqual(blank);
  });
});
