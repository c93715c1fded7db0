import fc from 'fast-check';
import {
  addDays,
  isIsoDate,
  localDateFormatter,
  monthOf,
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

describe('localDateFormatter', () => {
  const zones = [
    'Europe/London',
    'America/New_York',
    'Pacific/Auckland',
    'Australia/Lord_Howe', // a half-hour DST shift
    'Asia/Kathmandu', // +05:45
    'America/St_Johns', // -03:30, DST
    'UTC',
  ];
  /** The plain way: format every instant in the zone. */
  const byIntl = (zone: string, instant: Date) =>
    new Intl.DateTimeFormat('en-CA', {
      timeZone: zone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    }).format(instant);

  it('gives the calendar date in the zone for any instant, DST days included', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        // 2000 to 2040, to the second, so days around every switch are drawn.
        fc.array(fc.integer({ min: 946_684_800, max: 2_208_988_800 }), {
          minLength: 1,
          maxLength: 40,
        }),
        (zone, seconds) => {
          const local = localDateFormatter(zone);
          for (const second of seconds) {
            const instant = new Date(second * 1000);
            expect(local(instant)).toBe(byIntl(zone, instant));
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('is right on each side of a DST switch on the same UTC day', () => {
    const london = localDateFormatter('Europe/London');
    // 2026-10-25 01:00Z: BST ends. Both instants are on that UTC day.
    expect(london(new Date('2026-10-24T23:30:00Z'))).toBe('2026-10-25');
    expect(london(new Date('2026-10-25T00:59:59Z'))).toBe('2026-10-25');
    const auckland = localDateFormatter('Pacific/Auckland');
    // 2026-09-26 14:00Z: NZDT starts (02:00 NZST becomes 03:00 NZDT).
    expect(auckland(new Date('2026-09-26T11:59:59Z'))).toBe('2026-09-26');
    expect(auckland(new Date('2026-09-26T12:00:00Z'))).toBe('2026-09-27');
    for (const instant of ['2026-09-26T13:59:59Z', '2026-09-26T14:00:00Z']) {
      expect(auckland(new Date(instant))).toBe(byIntl('Pacific/Auckland', new Date(instant)));
    }
  });

  it('checks year, month and day of an ISO date, and its shape', () => {
    expect(isIsoDate('2026-13-01')).toBe(false);
    expect(isIsoDate('2026-00-10')).toBe(false);
    expect(isIsoDate('2026-04-31')).toBe(false);
    expect(isIsoDate('2026-12-31')).toBe(true);
    expect(isIsoDate('2026-1-01')).toBe(false);
    expect(isIsoDate(' 2026-01-01')).toBe(false);
    // Years before 100 read as 19xx in Date.UTC, so they are not taken as dates.
    expect(isIsoDate('0050-01-01')).toBe(false);
    expect(monthOf('2026-03-09')).toBe('2026-03');
    expect(() => addDays('2026/03/09', 1)).toThrow('2026/03/09');
  });

  it('finds the local midnight of a day whose clocks change just after it', () => {
    // Berlin switches to summer time at 01:00 UTC on 29 March 2026: midnight is still CET.
    expect(startOfLocalDay('2026-03-29', 'Europe/Berlin').toISOString()).toBe(
      '2026-03-28T23:00:00.000Z',
    );
    expect(startOfLocalDay('2026-03-30', 'Europe/Berlin').toISOString()).toBe(
      '2026-03-29T22:00:00.000Z',
    );
  });

  it('on a UTC day whose offset changes, tells instants before and after the switch apart', () => {
    const london = localDateFormatter('Europe/London');
    expect(london(new Date('2026-03-29T00:30:00Z'))).toBe('2026-03-29');
    expect(london(new Date('2026-03-29T23:30:00Z'))).toBe('2026-03-30');
    expect(london(new Date('2026-03-29T00:30:00Z'))).toBe('2026-03-29');
    const tokyo = localDateFormatter('Asia/Tokyo');
    expect(tokyo(new Date('2026-06-01T14:59:59Z'))).toBe('2026-06-01');
    expect(tokyo(new Date('2026-06-01T15:00:00Z'))).toBe('2026-06-02');
  });

  it('throws on an invalid date, as Intl does', () => {
    expect(() => localDateFormatter('Europe/London')(new Date(NaN))).toThrow(RangeError);
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

  describe('every two weeks', () => {
    const fortnightly = { ...weekly, cadence: 'every two weeks' as const };
    const at = (date: string, status: Session['status'] = 'held'): Session => ({
      date,
      startTime: '18:30',
      topic: '',
      status,
    });
    it('carries the rhythm of a session long past forward to today', () => {
      expect(upcomingSessionDates([at('2026-11-04')], fortnightly, '2026-11-25', 2)).toEqual([
        '2026-12-02',
        '2026-12-16',
      ]);
    });
    it('stops at today when the rhythm of a past session lands on it', () => {
      expect(upcomingSessionDates([at('2026-11-11')], fortnightly, '2026-11-25', 2)).toEqual([
        '2026-11-25',
        '2026-12-09',
      ]);
    });
    it('a regular session today starts the plan today', () => {
      expect(upcomingSessionDates([at('2026-11-25')], fortnightly, '2026-11-25', 2)).toEqual([
        '2026-11-25',
        '2026-12-09',
      ]);
    });
    it('a session planned far ahead sets the rhythm back to the first date from today', () => {
      expect(upcomingSessionDates([at('2026-12-23')], fortnightly, '2026-11-25', 2)).toEqual([
        '2026-11-25',
        '2026-12-09',
      ]);
    });
    it('takes the rhythm from the latest regular session, whatever the order of the rows', () => {
      expect(
        upcomingSessionDates([at('2026-12-09'), at('2026-11-18')], fortnightly, '2026-11-25', 1),
      ).toEqual(['2026-11-25']);
    });
    it('ignores an extra session on another weekday', () => {
      expect(
        upcomingSessionDates([at('2026-11-18'), at('2026-11-26')], fortnightly, '2026-11-25', 2),
      ).toEqual(['2026-12-02', '2026-12-16']);
    });
    it('new sessions are planned, untitled, at the meeting time', () => {
      expect(sessionsToAdd([], fortnightly, '2026-11-25', 1)).toEqual([
        { date: '2026-11-25', startTime: '18:30', topic: '', status: 'planned' },
      ]);
    });
  });
});
