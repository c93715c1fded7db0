import { couldServe, isAvailable, isEligible } from '../../../src/domain/rotation/eligibility';
import type { RotationMember } from '../../../src/domain/rotation/types';

const member = (overrides: Partial<RotationMember> = {}): RotationMember => ({
  id: 'M1',
  roles: ['Facilitator', 'Greeter'],
  unavailable: [],
  isNewcomer: false,
  active: true,
  ...overrides,
});
const LEADING = new Set(['Facilitator']);

describe('isAvailable', () => {
  it('is unavailable on every day of a closed period, both ends included, and free outside it', () => {
    const away = member({ unavailable: [{ from: '2026-03-10', to: '2026-03-20' }] });
    expect(isAvailable(away, '2026-03-09')).toBe(true);
    expect(isAvailable(away, '2026-03-10')).toBe(false);
    expect(isAvailable(away, '2026-03-15')).toBe(false);
    expect(isAvailable(away, '2026-03-20')).toBe(false);
    expect(isAvailable(away, '2026-03-21')).toBe(true);
  });

  it('reads a period with no start as "until the end" and one with no end as "from the start on"', () => {
    const until = member({ unavailable: [{ from: null, to: '2026-03-20' }] });
    expect(isAvailable(until, '2020-01-01')).toBe(false);
    expect(isAvailable(until, '2026-03-20')).toBe(false);
    expect(isAvailable(until, '2026-03-21')).toBe(true);
    const from = member({ unavailable: [{ from: '2026-03-10', to: null }] });
    expect(isAvailable(from, '2026-03-09')).toBe(true);
    expect(isAvailable(from, '2026-03-10')).toBe(false);
    expect(isAvailable(from, '2099-12-31')).toBe(false);
    const always = member({ unavailable: [{ from: null, to: null }] });
    expect(isAvailable(always, '2026-03-10')).toBe(false);
  });

  it('is unavailable when any one of several periods covers the day', () => {
    const twice = member({
      unavailable: [
        { from: '2026-01-01', to: '2026-01-05' },
        { from: '2026-02-01', to: '2026-02-05' },
      ],
    });
    expect(isAvailable(twice, '2026-02-03')).toBe(false);
    expect(isAvailable(twice, '2026-01-20')).toBe(true);
  });
});

describe('isEligible and couldServe', () => {
  it('needs the member active and willing for the role; a newcomer may not lead', () => {
    expect(isEligible(member(), 'Greeter', LEADING)).toBe(true);
    expect(isEligible(member(), 'Timekeeper', LEADING)).toBe(false);
    expect(isEligible(member({ active: false }), 'Greeter', LEADING)).toBe(false);
    expect(isEligible(member({ isNewcomer: true }), 'Facilitator', LEADING)).toBe(false);
    expect(isEligible(member({ isNewcomer: true }), 'Greeter', LEADING)).toBe(true);
    expect(isEligible(member(), 'Facilitator', LEADING)).toBe(true);
  });

  it('serves only from the day the member joined, and only on days they are available', () => {
    const joined = member({ joined: '2026-03-10' });
    expect(couldServe(joined, 'Greeter', '2026-03-09', LEADING)).toBe(false);
    expect(couldServe(joined, 'Greeter', '2026-03-10', LEADING)).toBe(true);
    expect(couldServe(member(), 'Greeter', '2000-01-01', LEADING)).toBe(true);
    const away = member({ unavailable: [{ from: '2026-03-10', to: null }] });
    expect(couldServe(away, 'Greeter', '2026-03-10', LEADING)).toBe(false);
    expect(couldServe(member(), 'Timekeeper', '2026-03-10', LEADING)).toBe(false);
  });
});
