import {
  addDays,
  isIsoDate,
  localDateFormatter,
  startOfLocalDay,
  weekdayIndex,
} from '../../src/domain/dates';
import { sessionsToAdd, upcomingSessionDates } from '../../src/domain/sessions';
import { Session } from '../../src/domain/types';

describe('dates', () => {
  it('validates and shifts ISO dates without time zone drift', () => {
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
    expect(weekdayIndex('2026-11-25')).toBe(2);
  });
  it('converts instants to local dates and back across DST', () => {
    const london = localDateFormatter('Europe/London');
    expect(london(new Date('2026-06-30T23:30:00Z'))).toBe('2026-07-01');
    expect(startOfLocalDay('2026-07-01', 'Europe/London').toISOString()).toBe(
      '2026-06-30T23:00:00.000Z',
    );
    expect(startOfLocalDay('2026-01-15', 'Europe/London').toISOString()).toBe(
      '2026-01-15T00:00:00.000Z',
    );
    expect(startOfLocalDay('2026-03-29', 'Europe/London').toISOString()).toBe(
      '2026-03-29T00:00:00.000Z',
    );
    expect(startOfLocalDay('2026-11-01', 'America/New_York').toISOString()).toBe(
      '2026-11-01T04:00:00.000Z',
    );
    expect(
      localDateFormatter('Pacific/Auckland')(startOfLocalDay('2026-04-05', 'Pacific/Auckland')),
    ).toBe('2026-04-05');
  });
});

describe('sessions', () => {
  const weekly = {
    meetingWeekday: 'Wednesday' as const,
    cadence: 'weekly' as const,
    meetingTime: '18:30',
  };
  it('plans the next weekly sessions from today', () => {
    expect(upcomingSessionDates([], weekly, '2026-11-25', 3)).toEqual([
      '2026-11-25',
      '2026-12-02',
      '2026-12-09',
    ]);
    expect(upcomingSessionDates([], weekly, '2026-11-26', 2)).toEqual(['2026-12-02', '2026-12-09']);
  });
  it('keeps the rhythm of an every-two-weeks group and adds only missing dates', () => {
    const existing: Session[] = [
      { date: '2026-11-18', startTime: '18:30', topic: 'Intro', status: 'held' },
      { date: '2026-12-02', startTime: '18:30', topic: 'Sleep', status: 'cancelled' },
    ];
    const fortnightly = { ...weekly, cadence: 'every two weeks' as const };
    expect(upcomingSessionDates(existing, fortnightly, '2026-11-25', 3)).toEqual([
      '2026-12-02',
      '2026-12-16',
      '2026-12-30',
    ]);
    expect(
      sessionsToAdd(existing, fortnightly, '2026-11-25', 3).map((session) => session.date),
    ).toEqual(['2026-12-16', '2026-12-30']);
  });
});
