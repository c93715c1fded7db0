import { FormSpec } from '../../src/domain/forms/form-spec';
import { SUPPORT_LINE_TEXT, withSupportLine } from '../../src/domain/support-line';

describe('withSupportLine', () => {
  const spec = { title: 'Check-in', description: 'How was it?', items: [] } as unknown as FormSpec;
  it('adds the trimmed line as the last paragraph of the description', () => {
    const withLine = withSupportLine(spec, '  Call 116 123  ');
    expect(withLine.description).toBe('How was it?\n\nCall 116 123');
    expect(withLine).toEqual({ ...spec, description: 'How was it?\n\nCall 116 123' });
    expect(spec.description).toBe('How was it?');
  });
  it('leaves the form as it is when the line is blank', () => {
    expect(withSupportLine(spec, '   ')).toBe(spec);
    expect(withSupportLine(spec, '')).toBe(spec);
  });
  it('has a default line to show', () => {
    expect(SUPPORT_LINE_TEXT.defaultLine.trim()).not.toBe('');
  });
});
