import {
  addToLog,
  hasExpired,
  leaversDue,
  nextPseudonym,
  parseLog,
  retentionCutoff,
  weekTotals,
} from '../../../src/domain/retention/rules';
import { parseSettings, SETTING_DEFINITIONS } from '../../../src/domain/settings';

describe('retention windows', () => {
  it('keep a date on the same day N months before today, and expire it the day after', () => {
    expect(retentionCutoff('2026-03-10', 12)).toBe('2025-03-10');
    expect(hasExpired('2025-03-10', '2026-03-10', 12)).toBe(false);
    expect(hasExpired('2025-03-09', '2026-03-10', 12)).toBe(true);
    expect(hasExpired('2025-03-10', '2026-03-11', 12)).toBe(true);
  });

  it('clamp the end of a month and cross years', () => {
    expect(retentionCutoff('2026-03-31', 1)).toBe('2026-02-28');
    expect(retentionCutoff('2024-03-31', 1)).toBe('2024-02-29');
    expect(retentionCutoff('2026-01-15', 24)).toBe('2024-01-15');
    expect(retentionCutoff('2026-01-15', 13)).toBe('2024-12-15');
  });
});

describe('leavers due', () => {
  const rows = [
    { id: 'M0001', status: 'left', leftOn: '2024-01-09' },
    { id: 'M0002', status: 'left', leftOn: '2024-01-10' },
    { id: 'M0003', status: 'active', leftOn: '2020-01-01' },
    { id: 'M0004', status: 'left', leftOn: null },
    { id: 'F0001', status: 'left', leftOn: '2020-01-01' },
  ];
  it('are members who left before the window, never an anonymised row or one without a date', () => {
    expect(leaversDue(rows, '2026-01-10', 24)).toEqual(['M0001']);
    expect(leaversDue(rows, '2026-01-11', 24)).toEqual(['M0001', 'M0002']);
  });

  it('get a pseudonym after every one in use, never derived from their id', () => {
    expect(nextPseudonym(['M0001', 'M0009'])).toBe('F0001');
    expect(nextPseudonym(['M0001', 'F0001', 'F0007'])).toBe('F0008');
  });
});

describe('the retention log for the digest', () => {
  it('adds up one day, drops old days, and gives each day to exactly one weekly digest', () => {
    let log = addToLog([], '2026-04-01', { comments: 2, formResponses: 1, leavers: 0 });
    log = addToLog(log, '2026-04-01', { comments: 1, formResponses: 0, leavers: 1 });
    log = addToLog(log, '2026-04-08', { comments: 5, formResponses: 0, leavers: 0 });
    expect(log).toEqual([
      { date: '2026-04-01', comments: 3, formResponses: 1, leavers: 1 },
      { date: '2026-04-08', comments: 5, formResponses: 0, leavers: 0 },
    ]);
    // Digests on 2026-04-08 and 2026-04-15: each day is counted once.
    expect(weekTotals(log, '2026-04-08')).toEqual({ comments: 3, formResponses: 1, leavers: 1 });
    expect(weekTotals(log, '2026-04-15')).toEqual({ comments: 5, formResponses: 0, leavers: 0 });
    expect(addToLog(log, '2026-08-01', { comments: 0, formResponses: 0, leavers: 0 })).toEqual([]);
    expect(parseLog(JSON.stringify(log))).toEqual(log);
    expect(parseLog('not json')).toEqual([]);
  });
});

describe('retention settings', () => {
  const rows = (overrides: Record<string, unknown>) =>
    SETTING_DEFINITIONS.map((definition, index) => ({
      row: index + 2,
      label: definition.label,
      value:
        definition.label in overrides
          ? overrides[definition.label]
          : definition.defaultValue({ timeZone: 'Europe/London' }),
    }));

  it('default to 12 and 24 months, also when empty or missing', () => {
    const settings = parseSettings(rows({}), 2, 'Europe/London');
    expect(settings.keepCommentsMonths).toEqual({ months: 12, problem: null });
    expect(settings.keepLeaversMonths).toEqual({ months: 24, problem: null });
    const empty = parseSettings(
      rows({ 'Keep private comments (months)': '', "Keep leavers' rows (months)": '' }),
      2,
    );
    expect(empty.keepCommentsMonths.months).toBe(12);
    expect(empty.keepLeaversMonths.months).toBe(24);
    const missing = parseSettings(
      rows({}).filter((row) => !String(row.label).startsWith('Keep')),
      2,
    );
    expect(missing.keepLeaversMonths.months).toBe(24);
  });

  it('keep a bad value as a problem naming the cell, without stopping the other settings', () => {
    const settings = parseSettings(rows({ "Keep leavers' rows (months)": 'two years' }), 2);
    expect(settings.keepLeaversMonths.months).toBeNull();
    expect(settings.keepLeaversMonths.problem).toMatch(/^Settings!B\d+ /);
    expect(settings.groupName).toBeTruthy();
    expect(
      parseSettings(rows({ 'Keep private comments (months)': 0 }), 2).keepCommentsMonths.months,
    ).toBeNull();
  });
});
