/**
 * One accepted check-in held in three fields instead of eight: a group's history is 290,000
 * check-ins at 1,000 members and 10 years, every one of them held for the whole daily run, and
 * a plain record of eight fields takes about twice the memory. The member id and the session
 * date are strings shared between records (one per member, one per session date); the six
 * answers, all small, are packed into one small integer and read back through getters, so code
 * reading `checkin.mood` or `checkin.participation` sees the same values as from a plain record.
 * The fields are read-only, like every record a run shares between its steps.
 */
import { PARTICIPATION, type Participation } from './forms/checkin-form';
import type { ArchivedCheckin } from './archive/codec';
import type { IsoDate, MemberId } from './types';

// Bit layout of `answers`: participation (2 bits, its index), mood, coping and supported (3 bits
// each, 0 for no answer, else 1-5), outreach (1 bit), talked outside (2 bits: 0 no answer, 1 no,
// 2 yes). 14 bits: always a small integer, which the engine stores in the field itself.
const MOOD_SHIFT = 2;
const COPING_SHIFT = 5;
const SUPPORTED_SHIFT = 8;
const OUTREACH_SHIFT = 11;
const TALKED_SHIFT = 12;
const SCALE_MASK = 0b111;

const packScale = (value: number | null, shift: number): number =>
  value === null ? 0 : value << shift;
const unpackScale = (answers: number, shift: number): number | null => {
  const value = (answers >> shift) & SCALE_MASK;
  return value === 0 ? null : value;
};

class CompactCheckin implements ArchivedCheckin {
  constructor(
    readonly memberId: MemberId,
    readonly sessionDate: IsoDate,
    private readonly answers: number,
  ) {}

  get participation(): Participation {
    return PARTICIPATION[this.answers & 0b11];
  }
  get mood(): number | null {
    return unpackScale(this.answers, MOOD_SHIFT);
  }
  get coping(): number | null {
    return unpackScale(this.answers, COPING_SHIFT);
  }
  get supported(): number | null {
    return unpackScale(this.answers, SUPPORTED_SHIFT);
  }
  get outreach(): boolean {
    return ((this.answers >> OUTREACH_SHIFT) & 1) === 1;
  }
  get talkedOutside(): boolean | null {
    const value = (this.answers >> TALKED_SHIFT) & 0b11;
    return value === 0 ? null : value === 2;
  }
}

const isAnswer = (value: number | null): boolean =>
  value === null || (Number.isInteger(value) && value >= 1 && value <= 5);

/**
 * The compact form of a check-in, from its fields (passed one by one: no object is made for
 * each of 290,000 rows only to be dropped). Each answer must be what a record holds, a whole
 * number 1-5 or null: anything else is refused rather than packed into a wrong value.
 */
export function compactCheckin(
  memberId: MemberId,
  sessionDate: IsoDate,
  participation: Participation,
  mood: number | null,
  coping: number | null,
  supported: number | null,
  outreach: boolean,
  talkedOutside: boolean | null,
): ArchivedCheckin {
  const choice = PARTICIPATION.indexOf(participation);
  if (choice < 0) throw new RangeError(`participation ${participation}`);
  if (!isAnswer(mood) || !isAnswer(coping) || !isAnswer(supported))
    throw new RangeError(`answers ${mood}, ${coping}, ${supported}`);
  const talked = talkedOutside === null ? 0 : talkedOutside ? 2 : 1;
  return new CompactCheckin(
    memberId,
    sessionDate,
    choice |
      packScale(mood, MOOD_SHIFT) |
      packScale(coping, COPING_SHIFT) |
      packScale(supported, SUPPORTED_SHIFT) |
      ((outreach ? 1 : 0) << OUTREACH_SHIFT) |
      (talked << TALKED_SHIFT),
  );
}
