/**
 * The notices area under the pseudo-language (issue 17): each text moved into en/notices.ts comes
 * out wrapped, with nothing of ours left outside the markers. A text still written in code would
 * leave words outside them and fail.
 */
import { CONSENT_MEMBER_TEXT, parseConsent } from '../../../src/domain/consent';
import { useLanguage } from '../../../src/domain/i18n';
import { parsePeriod, periodExample } from '../../../src/domain/report-period';
import { readHistory } from '../../../src/domain/buddies/history';
import { BuddyObjective } from '../../../src/domain/buddies/objective';
import { unpairedReason } from '../../../src/domain/buddies/reasons';
import { BuddyParticipant } from '../../../src/domain/buddies';
import {
  lockedEmptyReason,
  recordedEmptyReason,
  unfilledReason,
} from '../../../src/domain/rotation/unfilled';
import { outsideMarkers, unwrappedWords } from './pseudo-scan';
import { person, rotaMember } from '../fixtures/people';

const member = rotaMember;
const LEADING = new Set(['Facilitator']);
const DATE = '2025-06-10';

const objectiveOf = (participants: BuddyParticipant[]) =>
  new BuddyObjective(participants, readHistory([], '2025-06-02'));

/** Every notice the Rotation and Buddies tabs can show, one per cause. */
function notices(): Record<string, string> {
  return {
    noneWilling: unfilledReason(
      'Facilitator',
      DATE,
      [member('a', { roles: ['Timekeeper'] })],
      LEADING,
    ),
    onlyNewcomers: unfilledReason(
      'Facilitator',
      DATE,
      [member('a', { isNewcomer: true })],
      LEADING,
    ),
    noneAvailable: unfilledReason(
      'Facilitator',
      DATE,
      [member('a', { unavailable: [{ from: '2025-06-01', to: null }] })],
      LEADING,
    ),
    allBusy: unfilledReason('Facilitator', DATE, [member('a')], LEADING),
    locked: lockedEmptyReason(),
    recorded: recordedEmptyReason(),
    alone: unpairedReason(0, objectiveOf([person('a')]), false),
    doNotPair: unpairedReason(
      0,
      objectiveOf([person('a', { doNotPairWith: ['b'] }), person('b')]),
      false,
    ),
    doNotPairOrCapacity: unpairedReason(
      0,
      objectiveOf([
        person('a', { isNewcomer: true, doNotPairWith: ['b'] }),
        person('b'),
        person('c', { mentorCapacity: 0 }),
      ]),
      false,
    ),
    trioTaken: unpairedReason(0, objectiveOf([person('a'), person('b')]), true),
    noTrio: unpairedReason(0, objectiveOf([person('a'), person('b')]), false),
  };
}

afterEach(() => useLanguage('en'));

describe('notices under the pseudo-language', () => {
  it('wraps every reason a role is unfilled or a member unpaired', () => {
    useLanguage('en-XA');
    const texts = notices();
    for (const [cause, text] of Object.entries(texts)) {
      expect([cause, unwrappedWords(text, [])]).toEqual([cause, '']);
      expect([cause, outsideMarkers(text)]).toEqual([cause, '']);
    }
    // Each cause still reads differently, so the wrapping did not make them one text.
    expect(new Set(Object.values(texts)).size).toBe(Object.keys(texts).length);
  });

  it('gives the English texts back, unwrapped, in English', () => {
    useLanguage('en');
    for (const text of Object.values(notices())) expect(text).not.toMatch(/[⟦⟧]/);
  });
});

describe('consent and report-period texts under the pseudo-language', () => {
  /** What a text says, with the values a person typed taken out, and nothing of ours outside. */
  function expectWrapped(text: string, typed: readonly string[]): void {
    expect(unwrappedWords(text, typed)).toBe('');
    expect(text.startsWith('⟦')).toBe(true);
  }

  it('wraps what withdrawing consent writes to Review, the typed values left outside', () => {
    useLanguage('en-XA');
    const bad = parseConsent('maybe later').problem;
    expect(bad).not.toBeNull();
    expectWrapped(bad!, ['maybe later']);
    expectWrapped(CONSENT_MEMBER_TEXT.withdrawnResponse('M007'), ['M007']);
    expectWrapped(CONSENT_MEMBER_TEXT.withdrawalDone('Ann Lee', 'M007'), ['Ann Lee', 'M007']);
    // A member without a name is named by their id.
    expectWrapped(CONSENT_MEMBER_TEXT.withdrawalDone('', 'M007'), ['M007']);
  });

  it('wraps what the report period prompt says back', () => {
    useLanguage('en-XA');
    expectWrapped(periodExample(), []);
    const notAPeriod = parsePeriod('last spring', '2026-11-25');
    const backwards = parsePeriod('2026-06-01 to 2026-01-01', '2026-11-25');
    expect('error' in notAPeriod && 'error' in backwards).toBe(true);
    if (!('error' in notAPeriod) || !('error' in backwards)) return;
    expectWrapped(notAPeriod.error, ['last spring']);
    expectWrapped(backwards.error, ['2026-06-01', '2026-01-01']);
    // The English example is still one the prompt reads.
    useLanguage('en');
    expect(parsePeriod(periodExample(), '2026-11-25')).toHaveProperty('period');
  });
});
