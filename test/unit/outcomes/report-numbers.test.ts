/**
 * Counts and figures read as the report always printed them: the catalogue's plurals must not
 * group thousands ("1,331"), which ICU's `#` would, nor change the minus sign or decimals.
 */
import { buildReportHtml, type ReportInput } from '../../../src/domain/outcomes';
import { formatNumber } from '../../../src/domain/outcomes/format';
import { ACTIVITIES, INPUT } from './fixtures';
import { textContent } from './helpers';

const input: ReportInput = {
  ...INPUT,
  activities: ACTIVITIES.map((activity, index) =>
    index === 0 ? { ...activity, peopleReached: 1234 } : activity,
  ),
  period: { from: '2024-01-01', to: '2024-04-15' },
};

describe('numbers in the report', () => {
  it('writes a count of a thousand or more without a thousands separator', () => {
    // 1234 + 60 + 25 + 12 people reached in the period.
    const text = textContent(buildReportHtml(input));
    expect(text).toContain('reaching 1331 people');
    expect(text).not.toContain('1,331');
  });

  it('formats figures with fixed decimals, a true minus and an optional plus, ungrouped', () => {
    expect(formatNumber(-0.375, 2)).toBe('\u22120.38');
    expect(formatNumber(0.5, 1, true)).toBe('+0.5');
    expect(formatNumber(0, 2, true)).toBe('0.00');
    expect(formatNumber(12345.678, 1)).toBe('12345.7');
  });
});
