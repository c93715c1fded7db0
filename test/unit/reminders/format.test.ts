import {
  formatDate,
  formatDateAndTime,
  isWebLink,
  joinWithAnd,
  singleLine,
  weekStart,
} from '../../../src/domain/reminders/format';

describe('dates for people', () => {
  it('writes the weekday, day without a leading zero, month name and year', () => {
    expect(formatDate('2026-12-02')).toBe('Wednesday 2 December 2026');
    expect(formatDate('2024-02-29')).toBe('Thursday 29 February 2024');
    expect(formatDate('2027-01-31')).toBe('Sunday 31 January 2027');
  });

  it('adds the time exactly as the group typed it', () => {
    expect(formatDateAndTime('2026-12-02', '18:30')).toBe('Wednesday 2 December 2026 at 18:30');
    expect(formatDateAndTime('2026-12-02', '')).toBe('Wednesday 2 December 2026');
  });

  it('finds the Monday of the ISO week', () => {
    expect(weekStart('2026-11-30')).toBe('2026-11-30');
    expect(weekStart('2026-12-06')).toBe('2026-11-30');
    expect(weekStart('2027-01-01')).toBe('2026-12-28');
  });
});

describe('text helpers', () => {
  it('keeps subjects on one line', () => {
    expect(singleLine('Hope\r\nBcc: x@example.org  Circle ')).toBe(
      'Hope Bcc: x@example.org Circle',
    );
  });

  it('accepts only https links', () => {
    expect(isWebLink('https://docs.google.com/forms/d/e/abc/viewform')).toBe(true);
    expect(isWebLink('javascript:alert(1)')).toBe(false);
    expect(isWebLink('http://example.org')).toBe(false);
    expect(isWebLink('https://example.org/"onmouseover="x')).toBe(false);
    expect(isWebLink('')).toBe(false);
  });

  it('joins lists the way people write them', () => {
    expect(joinWithAnd(['Greeter'])).toBe('Greeter');
    expect(joinWithAnd(['A', 'B'])).toBe('A and B');
    expect(joinWithAnd(['A', 'B', 'C'])).toBe('A, B and C');
  });
});
