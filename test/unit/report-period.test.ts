import { parsePeriod } from '../../src/domain/report-period';

describe('parsePeriod', () => {
  it('reads two ISO dates joined by "to" or a dash', () => {
    expect(parsePeriod('2026-01-01 to 2026-06-30', '2026-11-25')).toEqual({
      period: { from: '2026-01-01', to: '2026-06-30' },
    });
    expect(parsePeriod(' 2026-01-01 – 2026-06-30 ', '2026-11-25')).toEqual({
      period: { from: '2026-01-01', to: '2026-06-30' },
    });
  });
  it('defaults to the last 12 months', () => {
    expect(parsePeriod('', '2026-11-25')).toEqual({
      period: { from: '2025-11-26', to: '2026-11-25' },
    });
  });
  it('explains what is wrong', () => {
    expect(parsePeriod('last spring', '2026-11-25')).toEqual({
      error: expect.stringMatching(/"last spring" is not a period/),
    });
    expect(parsePeriod('2026-02-30 to 2026-03-01', '2026-11-25')).toHaveProperty('error');
    expect(parsePeriod('2026-06-01 to 2026-01-01', '2026-11-25')).toEqual({
      error: expect.stringMatching(/starts .* after it ends/),
    });
  });
  it('needs the whole text to be the period, spaces around the joiner optional', () => {
    for (const text of [
      'from 2026-01-01 to 2026-06-30',
      '2026-01-01 to 2026-06-30 please',
      '2026-01-01 till 2026-06-30',
    ])
      expect(parsePeriod(text, '2026-11-25')).toHaveProperty('error');
    expect(parsePeriod('2026-01-01-2026-06-30', '2026-11-25')).toEqual({
      period: { from: '2026-01-01', to: '2026-06-30' },
    });
    expect(parsePeriod('2026-01-01 TO 2026-06-30', '2026-11-25')).toHaveProperty('period');
    expect(parsePeriod('2026-01-01—2026-06-30', '2026-11-25')).toHaveProperty('period');
  });
  it('a period of one day is a period', () => {
    expect(parsePeriod('2026-03-01 to 2026-03-01', '2026-11-25')).toEqual({
      period: { from: '2026-03-01', to: '2026-03-01' },
    });
  });
});
