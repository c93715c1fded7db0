import {
  parseSettings,
  SETTING_DEFINITIONS,
  SettingsError,
  SettingsRow,
} from '../../src/domain/settings';

function defaultRows(overrides: Record<string, unknown> = {}): SettingsRow[] {
  return SETTING_DEFINITIONS.map((definition, index) => ({
    row: index + 3,
    label: definition.label,
    value:
      definition.label in overrides
        ? overrides[definition.label]
        : definition.defaultValue({ timeZone: 'Europe/London' }),
  }));
}

describe('parseSettings', () => {
  it('reads the seeded defaults into typed settings', () => {
    const settings = parseSettings(defaultRows(), 2);
    expect(settings.meetingWeekday).toBe('Wednesday');
    expect(settings.roles).toEqual([
      'Facilitator',
      'Co-facilitator',
      'Timekeeper',
      'Greeter',
      'Note-taker',
    ]);
    expect(settings.minGroupSize).toBe(5);
    expect(settings.emailOn).toBe(true);
    expect(settings.testMode).toBe(false);
    expect(settings.timeZone).toBe('Europe/London');
    expect(settings.instruments).toEqual(['swemwbs', 'rses', 'brcs', 'ismi10']);
  });

  it('names the tab, the cell and the expected value for a bad weekday', () => {
    const rows = defaultRows({ 'Meeting weekday': 'Funday' });
    const weekdayRow = rows.find((row) => row.label === 'Meeting weekday')!.row;
    expect(() => parseSettings(rows, 2)).toThrow(SettingsError);
    try {
      parseSettings(rows, 2);
    } catch (error) {
      expect((error as Error).message).toContain(`Settings!B${weekdayRow}`);
      expect((error as Error).message).toContain('"Funday"');
      expect((error as Error).message).toContain('Monday, Tuesday, Wednesday');
    }
  });

  it('accepts values as Sheets returns them: numbers, booleans, times as Dates, any case', () => {
    const settings = parseSettings(
      defaultRows({
        'Minimum group size for reporting': 7,
        'Email reminders on': false,
        'Meeting weekday': ' friday ',
        'Meeting time': '9.05',
        'Meeting cadence': 'Every two weeks',
      }),
      2,
    );
    expect(settings.minGroupSize).toBe(7);
    expect(settings.emailOn).toBe(false);
    expect(settings.meetingWeekday).toBe('Friday');
    expect(settings.meetingTime).toBe('09:05');
    expect(settings.cadence).toBe('every two weeks');
  });

  it('reports every bad value at once, each with its cell', () => {
    const rows = defaultRows({
      'Minimum group size for reporting': 'five',
      'Reply-to address': 'not-an-email',
      'Time zone': 'Mars/Olympus',
      'Role names': ' , ',
      'Instruments on': 'swemwbs, phq9',
    });
    try {
      parseSettings(rows, 2);
      throw new Error('expected a SettingsError');
    } catch (error) {
      expect(error).toBeInstanceOf(SettingsError);
      const problems = (error as SettingsError).problems;
      expect(problems).toHaveLength(5);
      expect(problems.join('\n')).toMatch(/whole number from 3 to 100/);
      expect(problems.join('\n')).toMatch(/time zone name/);
      expect(problems.join('\n')).toMatch(/instrument ids/);
    }
  });

  it('reads a time cell in the spreadsheet time zone, whatever the runtime zone', () => {
    // 18:30 typed in a New York spreadsheet (EST, UTC-5 in 1899) reads as 23:30 UTC on 30 Dec 1899.
    const typed = new Date(Date.UTC(1899, 11, 30, 23, 30, 0));
    const settings = parseSettings(defaultRows({ 'Meeting time': typed }), 2, 'America/New_York');
    expect(settings.meetingTime).toBe('18:30');
  });

  it('names a missing setting row instead of guessing a value', () => {
    const rows = defaultRows().filter((row) => row.label !== 'Daily email budget');
    expect(() => parseSettings(rows, 2)).toThrow(/missing the row "Daily email budget"/);
  });
});
