/** Whose triggers run the group: the plan Set up follows and the guard triggers apply. */
import {
  parseTriggerOwner,
  planTriggers,
  runsTheGroup,
  serialiseTriggerOwner,
  TAKEOVER_AFTER_MS,
  TriggerOwner,
} from '../../src/domain/installation/owner';

const NOW = Date.UTC(2026, 0, 10);
const owner = (fields: Partial<TriggerOwner> = {}): TriggerOwner => ({
  owner: 'first@example.org',
  timeZone: 'Europe/London',
  hour: 6,
  installedAtMs: NOW - 10 * 86_400_000,
  lastDailyRunMs: NOW - 86_400_000,
  ...fields,
});

describe('trigger owner', () => {
  it('installs for the first account, and again for the same one (any letter case)', () => {
    expect(planTriggers(null, 'first@example.org', NOW).kind).toBe('mine');
    expect(planTriggers(owner(), 'First@Example.org', NOW)).toMatchObject({
      kind: 'mine',
      tookOverFrom: null,
    });
  });

  it('installs nothing for another account while the owner’s daily run is alive', () => {
    expect(planTriggers(owner(), 'second@example.org', NOW).kind).toBe('other');
    const justInTime = owner({ lastDailyRunMs: NOW - TAKEOVER_AFTER_MS });
    expect(planTriggers(justInTime, 'second@example.org', NOW).kind).toBe('other');
  });

  it('takes over once the owner’s daily run has been silent longer than three days', () => {
    const silent = owner({ lastDailyRunMs: NOW - TAKEOVER_AFTER_MS - 1 });
    expect(planTriggers(silent, 'second@example.org', NOW)).toEqual({
      kind: 'mine',
      tookOverFrom: 'first@example.org',
      previous: null,
    });
    const neverRan = owner({ lastDailyRunMs: null, installedAtMs: NOW - TAKEOVER_AFTER_MS - 1 });
    expect(planTriggers(neverRan, 'second@example.org', NOW).kind).toBe('mine');
  });

  it('lets only the owner’s triggers work, and any when the owner is unknown', () => {
    expect(runsTheGroup(owner(), 'first@example.org')).toBe(true);
    expect(runsTheGroup(owner(), 'second@example.org')).toBe(false);
    expect(runsTheGroup(null, 'second@example.org')).toBe(true);
    expect(runsTheGroup(owner({ owner: '' }), 'second@example.org')).toBe(true);
  });

  it('reads back what it wrote, and nothing from a damaged property', () => {
    expect(parseTriggerOwner(serialiseTriggerOwner(owner()))).toEqual(owner());
    expect(parseTriggerOwner('{not json')).toBeNull();
    expect(parseTriggerOwner(JSON.stringify({ owner: 3 }))).toBeNull();
    expect(parseTriggerOwner(null)).toBeNull();
  });
});
