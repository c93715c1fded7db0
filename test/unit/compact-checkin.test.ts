/** A check-in held compactly reads back every field as given (src/domain/compact-checkin.ts). */
import fc from 'fast-check';
import { compactCheckin } from '../../src/domain/compact-checkin';
import { PARTICIPATION } from '../../src/domain/forms/checkin-form';

const answer = fc.option(fc.integer({ min: 1, max: 5 }), { nil: null });
const fields = fc.record({
  memberId: fc.string({ minLength: 1, maxLength: 12 }),
  sessionDate: fc
    .date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
    .map((date) => date.toISOString().slice(0, 10)),
  participation: fc.constantFrom(...PARTICIPATION),
  mood: answer,
  coping: answer,
  supported: answer,
  outreach: fc.boolean(),
  talkedOutside: fc.option(fc.boolean(), { nil: null }),
});

const readBack = (checkin: ReturnType<typeof compactCheckin>) => ({
  memberId: checkin.memberId,
  sessionDate: checkin.sessionDate,
  participation: checkin.participation,
  mood: checkin.mood,
  coping: checkin.coping,
  supported: checkin.supported,
  outreach: checkin.outreach,
  talkedOutside: checkin.talkedOutside,
});

describe('compactCheckin', () => {
  it('reads back every field as given, whatever the answers', () => {
    fc.assert(
      fc.property(fields, (given) => {
        const compact = compactCheckin(
          given.memberId,
          given.sessionDate,
          given.participation,
          given.mood,
          given.coping,
          given.supported,
          given.outreach,
          given.talkedOutside,
        );
        expect(readBack(compact)).toEqual(given);
      }),
    );
  });

  it('refuses an answer a record cannot hold rather than packing a wrong value', () => {
    for (const bad of [0, 6, 2.5, 8, -1])
      expect(() => compactCheckin('M1', '2026-01-07', 'Online', bad, 3, 3, false, null)).toThrow(
        RangeError,
      );
    expect(() =>
      compactCheckin('M1', '2026-01-07', 'Elsewhere' as never, 3, 3, 3, false, null),
    ).toThrow(RangeError);
  });

  it('cannot be changed through its fields', () => {
    const compact = compactCheckin('M1', '2026-01-07', 'In person', 4, 2, 5, true, false);
    expect(() => Object.assign(compact, { mood: 1 })).toThrow(TypeError);
    expect(compact.mood).toBe(4);
  });
});
