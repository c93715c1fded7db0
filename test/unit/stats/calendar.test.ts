import fc from 'fast-check';
import {
  addDays,
  dayNumber,
  isoDateFromDayNumber,
  isValidIsoDate,
  monthOf,
} from '../../../src/domain/stats/calendar';

describe('calendar', () => {
  it('counts days from 1970-01-01', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('1970-01-02')).toBe(1);
    expect(dayNumber('1969-12-31')).toBe(-1);
    // 30 years of 365 days plus 7 leap days (72, 76, 80, 84, 88, 92, 96) + Jan (31) + Feb (29)
    expect(dayNumber('2000-03-01')).toBe(30 * 365 + 7 + 31 + 29);
  });

  it('knows the leap-year rules', () => {
    expect(isValidIsoDate('2024-02-29')).toBe(true);
    expect(isValidIsoDate('2000-02-29')).toBe(true);
    expect(isValidIsoDate('2023-02-29')).toBe(false);
    expect(isValidIsoDate('1900-02-29')).toBe(false);
    expect(isValidIsoDate('2024-04-31')).toBe(false);
    expect(isValidIsoDate('2024-4-1')).toBe(false);
    expect(isValidIsoDate('2024-13-01')).toBe(false);
  });

  it('adds days across month and year ends', () => {
    expect(addDays('2024-06-30', -84)).toBe('2024-04-07');
    expect(addDays('2023-12-31', 1)).toBe('2024-01-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
  });

  it('agrees with Date.UTC and round-trips', () => {
    fc.assert(
      fc.property(fc.integer({ min: -700_000, max: 2_900_000 }), (days) => {
        const iso = isoDateFromDayNumber(days);
        expect(dayNumber(iso)).toBe(days);
        expect(new Date(days * 86_400_000).toISOString().slice(0, 10)).toBe(iso);
      }),
    );
  });

  it('gives the month key and rejects malformed dates', () => {
    expect(monthOf('2024-02-29')).toBe('2024-02');
    expect(() => monthOf('2024-02-30')).toThrow(/"2024-02-30" is not a calendar date/);
    expect(() => dayNumber('29/02/2024')).toThrow(RangeError);
  });
});
