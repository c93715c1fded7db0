import { RETENTION_TEXT } from '../../src/domain/retention/texts';
import {
  findSettingDefinition,
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

  it('reads a time cell in UTC when no spreadsheet time zone is given', () => {
    const typed = new Date(Date.UTC(1899, 11, 30, 18, 30, 0));
    expect(parseSettings(defaultRows({ 'Meeting time': typed }), 2).meetingTime).toBe('18:30');
  });

  it('names a missing setting row instead of guessing a value', () => {
    const rows = defaultRows().filter((row) => row.label !== 'Daily email budget');
    expect(() => parseSettings(rows, 2)).toThrow(/missing the row "Daily email budget"/);
  });
});

describe('parseSettings, value by value', () => {
  const problemsOf = (overrides: Record<string, unknown>, rows = defaultRows(overrides)) => {
    try {
      parseSettings(rows, 2);
    } catch (error) {
      expect(error).toBeInstanceOf(SettingsError);
      return (error as SettingsError).problems;
    }
    return [];
  };
  const rowOf = (label: string) => defaultRows().find((row) => row.label === label)!.row;

  it('reads text cells trimmed, with empty and typed numbers as text', () => {
    const settings = parseSettings(
      defaultRows({
        'Check-in form ID': null,
        'Survey form ID': undefined,
        'Check-in form link': 123,
        'Group name': '  Tuesday circle  ',
      }),
      2,
    );
    expect(settings.checkinFormId).toBe('');
    expect(settings.surveyFormId).toBe('');
    expect(settings.checkinFormUrl).toBe('123');
    expect(settings.groupName).toBe('Tuesday circle');
  });

  it('names an empty required text, showing what the cell held', () => {
    const problems = problemsOf({ 'Group name': null });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(`Settings!B${rowOf('Group name')}`);
    expect(problems[0]).toContain('""');
  });

  it('reads yes/no from booleans and text in any case, naming anything else', () => {
    const on = parseSettings(defaultRows({ 'Email reminders on': ' YES ', 'Test mode': true }), 2);
    expect(on.emailOn).toBe(true);
    expect(on.testMode).toBe(true);
    const off = parseSettings(defaultRows({ 'Email reminders on': 'No', 'Test mode': false }), 2);
    expect(off.emailOn).toBe(false);
    expect(off.testMode).toBe(false);
    for (const bad of [null, '', 'maybe', 'y']) {
      const problems = problemsOf({ 'Test mode': bad });
      expect(problems).toHaveLength(1);
      expect(problems[0]).toContain(`Settings!B${rowOf('Test mode')}`);
    }
  });

  it('reads whole numbers from numbers and trimmed text within their bounds', () => {
    const settings = parseSettings(
      defaultRows({ 'Minimum group size for reporting': ' 3 ', 'Daily email budget': 1500 }),
      2,
    );
    expect(settings.minGroupSize).toBe(3);
    expect(settings.dailyEmailBudget).toBe(1500);
    expect(parseSettings(defaultRows({ 'Daily email budget': '0' }), 2).dailyEmailBudget).toBe(0);
    for (const bad of ['', null, '2', 101, '4.5', 'x', '  ']) {
      expect(problemsOf({ 'Minimum group size for reporting': bad })).toHaveLength(1);
    }
    expect(problemsOf({ 'Daily email budget': 1501 })).toHaveLength(1);
    expect(problemsOf({ 'Daily email budget': -1 })).toHaveLength(1);
    // A bound of 0 must not let an empty cell through as 0.
    expect(problemsOf({ 'Daily email budget': '' })).toHaveLength(1);
    expect(problemsOf({ 'Daily email budget': '   ' })).toHaveLength(1);
  });

  it('reads times with a colon or a dot, one or two hour digits, and nothing else around them', () => {
    const time = (typed: unknown) => parseSettings(defaultRows({ 'Meeting time': typed }), 2);
    expect(time(' 12.05 ').meetingTime).toBe('12:05');
    expect(time('7:45').meetingTime).toBe('07:45');
    expect(time('23:59').meetingTime).toBe('23:59');
    for (const bad of ['9:05 pm', 'at 9:05', '24:00', '9:60', '123:05', '9:5', null, '']) {
      expect(problemsOf({ 'Meeting time': bad })).toHaveLength(1);
    }
  });

  it('reads weekdays and cadence in any case, naming an empty cell', () => {
    expect(parseSettings(defaultRows({ 'Meeting weekday': 'SUNDAY' }), 2).meetingWeekday).toBe(
      'Sunday',
    );
    expect(problemsOf({ 'Meeting weekday': null })).toHaveLength(1);
    expect(problemsOf({ 'Meeting cadence': null })).toHaveLength(1);
    expect(problemsOf({ 'Meeting cadence': 'monthly' })).toHaveLength(1);
    expect(parseSettings(defaultRows({ 'Meeting cadence': ' WEEKLY ' }), 2).cadence).toBe('weekly');
  });

  it('needs a time zone name, not an empty cell', () => {
    expect(problemsOf({ 'Time zone': '' })).toHaveLength(1);
    expect(problemsOf({ 'Time zone': null })).toHaveLength(1);
    expect(parseSettings(defaultRows({ 'Time zone': ' Asia/Tokyo ' }), 2).timeZone).toBe(
      'Asia/Tokyo',
    );
  });

  it('reads lists split at commas, instruments in any case', () => {
    const settings = parseSettings(
      defaultRows({
        Organisers: ' a@example.org ,, b@example.org ',
        'Instruments on': 'RSES, Ribs',
        'Leading roles': '',
      }),
      2,
    );
    expect(settings.organisers).toEqual(['a@example.org', 'b@example.org']);
    expect(settings.instruments).toEqual(['rses', 'ribs']);
    expect(settings.leadingRoles).toEqual([]);
    expect(problemsOf({ Organisers: 'a@example.org, nobody' })).toHaveLength(1);
    expect(parseSettings(defaultRows({ 'Reply-to address': '' }), 2).replyTo).toBe('');
  });

  it('gives a row added later its default when the sheet has none, and needs every other row', () => {
    const later = SETTING_DEFINITIONS.filter((definition) => definition.addedLater);
    expect(later.length).toBeGreaterThan(0);
    const rows = defaultRows().filter(
      (row) => !later.some((definition) => definition.label === row.label),
    );
    const settings = parseSettings(rows, 2);
    expect(settings.meetingPlace).toBe('');
    expect(settings.attendanceRegister).toBe(false);
    expect(settings.keepCommentsMonths).toEqual({ months: 12, problem: null });
    expect(settings.keepLeaversMonths).toEqual({ months: 24, problem: null });
    expect(settings.supportLine.trim()).not.toBe('');
    const missing = problemsOf(
      {},
      defaultRows().filter((row) => row.label !== 'Group name'),
    );
    expect(missing).toHaveLength(1);
    expect(missing[0]).toContain('"Group name"');
  });

  it('finds rows by label in any case and spacing', () => {
    const rows = defaultRows().map((row) =>
      row.label === 'Group name' ? { ...row, label: '  GROUP NAME ', value: 'Found' } : row,
    );
    expect(parseSettings(rows, 2).groupName).toBe('Found');
    expect(findSettingDefinition(null)).toBeUndefined();
    expect(findSettingDefinition('')).toBeUndefined();
    expect(findSettingDefinition(' time zone ')?.key).toBe('timeZone');
  });

  it('names the cell in the value column given', () => {
    const rows = defaultRows({ 'Meeting weekday': 'Funday' });
    expect(() => parseSettings(rows, 3)).toThrow(`Settings!C${rowOf('Meeting weekday')}`);
  });

  it('keeps a bad retention value as its problem instead of stopping, blank as the default', () => {
    const settings = parseSettings(
      defaultRows({
        [RETENTION_TEXT.commentsLabel]: 0,
        [RETENTION_TEXT.leaversLabel]: null,
      }),
      2,
    );
    expect(settings.keepCommentsMonths.months).toBeNull();
    expect(settings.keepCommentsMonths.problem).toContain(
      `Settings!B${rowOf(RETENTION_TEXT.commentsLabel)}`,
    );
    expect(settings.keepLeaversMonths).toEqual({ months: 24, problem: null });
    const typed = parseSettings(
      defaultRows({
        [RETENTION_TEXT.commentsLabel]: ' 1200 ',
        [RETENTION_TEXT.leaversLabel]: '  ',
      }),
      2,
    );
    expect(typed.keepCommentsMonths).toEqual({ months: 1200, problem: null });
    expect(typed.keepLeaversMonths).toEqual({ months: 24, problem: null });
    expect(
      parseSettings(defaultRows({ [RETENTION_TEXT.leaversLabel]: 1201 }), 2).keepLeaversMonths
        .months,
    ).toBeNull();
  });

  it('SettingsError lists every problem', () => {
    const error = new SettingsError(['one', 'two']);
    expect(error.problems).toEqual(['one', 'two']);
    expect(error.message).toContain('one');
    expect(error.message).toContain('two');
    expect(error).toBeInstanceOf(Error);
  });
});

describe('the Language setting', () => {
  it('is English by default, and a sheet without the row is English too', () => {
    expect(parseSettings(defaultRows(), 2).language).toBe('en');
    const withoutRow = defaultRows().filter((row) => row.label !== 'Language');
    expect(parseSettings(withoutRow, 2).language).toBe('en');
  });

  it('accepts a code or the language own name, in any case and spacing', () => {
    for (const typed of ['en', ' EN ', 'English', 'english'])
      expect(parseSettings(defaultRows({ Language: typed }), 2).language).toBe('en');
    for (const typed of ['en-XA', 'EN-xa', 'Pseudo-language (for testing)'])
      expect(parseSettings(defaultRows({ Language: typed }), 2).language).toBe('en-XA');
  });

  it('names the cell and every accepted value for a language it does not know', () => {
    const rows = defaultRows({ Language: 'Klingon' });
    const languageRow = rows.find((row) => row.label === 'Language')!.row;
    expect(() => parseSettings(rows, 2)).toThrow(SettingsError);
    const message = (() => {
      try {
        parseSettings(rows, 2);
        return '';
      } catch (error) {
        return (error as Error).message;
      }
    })();
    expect(message).toContain(`Settings!B${languageRow}`);
    expect(message).toContain('"Klingon"');
    for (const accepted of ['en', 'English', 'en-XA']) expect(message).toContain(accepted);
  });
});
