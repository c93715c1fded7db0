/**
 * The fairness ledger and the reasons for an unfilled role (issue 13 item 11). Reasons are
 * compared with each other, not with their wording: each cause has its own reason.
 */
import { FairnessLedger } from '../../../src/domain/rotation/ledger';
import { unfilledReason } from '../../../src/domain/rotation/unfilled';
import { rotaMember } from '../fixtures/people';

const member = rotaMember;
const LEADING = new Set(['Facilitator']);

describe('FairnessLedger', () => {
  it('shares one session’s duty equally among those who could serve, per role and member', () => {
    const ledger = new FairnessLedger();
    ledger.shareDuty('Facilitator', ['a', 'b', 'c', 'd']);
    ledger.shareDuty('Facilitator', ['a', 'b']);
    ledger.shareDuty('Timekeeper', ['a']);
    ledger.shareDuty('Timekeeper', []);
    expect(ledger.deficit('a', 'Facilitator')).toBeCloseTo(0.75, 12);
    expect(ledger.deficit('c', 'Facilitator')).toBeCloseTo(0.25, 12);
    expect(ledger.deficit('a', 'Timekeeper')).toBe(1);
    expect(ledger.deficit('b', 'Timekeeper')).toBe(0);
    expect(ledger.deficit('e', 'Facilitator')).toBe(0);
  });

  it('counts each service against that member’s entitlement in that role only', () => {
    const ledger = new FairnessLedger();
    ledger.shareDuty('Facilitator', ['a', 'b']);
    ledger.recordService('a', 'Facilitator');
    ledger.recordService('a', 'Facilitator');
    ledger.recordService('b', 'Timekeeper');
    expect(ledger.count('a', 'Facilitator')).toBe(2);
    expect(ledger.count('a', 'Timekeeper')).toBe(0);
    expect(ledger.count('b', 'Timekeeper')).toBe(1);
    expect(ledger.deficit('a', 'Facilitator')).toBeCloseTo(-1.5, 12);
    expect(ledger.deficit('b', 'Facilitator')).toBeCloseTo(0.5, 12);
    expect(ledger.deficit('b', 'Timekeeper')).toBe(-1);
  });
});

describe('unfilledReason', () => {
  const date = '2025-06-10';
  it('gives each cause its own reason', () => {
    const nobodyWilling = unfilledReason(
      'Facilitator',
      date,
      [member('a', { roles: ['Timekeeper'] }), member('b', { active: false })],
      LEADING,
    );
    const onlyNewcomers = unfilledReason(
      'Facilitator',
      date,
      [member('a', { isNewcomer: true }), member('b', { active: false })],
      LEADING,
    );
    const unavailable = unfilledReason(
      'Facilitator',
      date,
      [
        member('a', { unavailable: [{ from: '2025-06-01', to: null }] }),
        member('n', { isNewcomer: true }),
      ],
      LEADING,
    );
    const busy = unfilledReason('Facilitator', date, [member('a')], LEADING);
    const reasons = [nobodyWilling, onlyNewcomers, unavailable, busy];
    for (const reason of reasons) expect(reason.trim()).not.toBe('');
    expect(new Set(reasons).size).toBe(reasons.length);
    // A newcomer may take a supporting role, so for it they are simply busy elsewhere.
    expect(unfilledReason('Timekeeper', date, [member('a', { isNewcomer: true })], LEADING)).toBe(
      busy,
    );
  });
});
