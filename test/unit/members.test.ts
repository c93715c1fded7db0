import {
  indexMembersByEmail,
  isSheetsError,
  normaliseEmail,
  parseMembers,
} from '../../src/domain/members';
import { MEMBER_COLUMNS } from '../../src/domain/sheet/tabs';

const HEADERS = [
  MEMBER_COLUMNS.name,
  MEMBER_COLUMNS.id,
  MEMBER_COLUMNS.email,
  MEMBER_COLUMNS.joined,
  MEMBER_COLUMNS.status,
  MEMBER_COLUMNS.roles,
  MEMBER_COLUMNS.emailReminders,
  MEMBER_COLUMNS.buddyProgramme,
  MEMBER_COLUMNS.mentorCapacity,
  MEMBER_COLUMNS.doNotPairWith,
];
const utcDate = (date: Date) => date.toISOString().slice(0, 10);

describe('parseMembers', () => {
  it('reads columns by name in any order and generates ids after the highest', () => {
    const parsed = parseMembers(
      HEADERS,
      [
        [
          'Ann',
          'M0007',
          'Ann@Example.org ',
          new Date('2026-01-05T00:00:00Z'),
          'active',
          'Facilitator, Greeter',
          'yes',
          'no',
          '',
          '',
        ],
        ['Bo', '', 'bo@example.org', '2026-02-01', '', '', '', 'yes', 2, 'M0007'],
        ['', '', '', '', '', '', '', '', '', ''],
      ],
      2,
      utcDate,
    );
    expect(parsed.problems).toEqual([]);
    expect(parsed.newIds).toEqual([{ row: 3, id: 'M0008' }]);
    expect(parsed.members).toHaveLength(2);
    expect(parsed.members[0]).toMatchObject({
      id: 'M0007',
      email: 'ann@example.org',
      joined: '2026-01-05',
      roles: ['Facilitator', 'Greeter'],
    });
    expect(parsed.members[1]).toMatchObject({
      id: 'M0008',
      status: 'active',
      buddyProgramme: true,
      mentorCapacity: 2,
      doNotPairWith: ['M0007'],
      emailReminders: true,
    });
  });

  it('flags duplicate emails and bad values with their cells', () => {
    const parsed = parseMembers(
      HEADERS,
      [
        ['Ann', 'M0001', 'ann@example.org', '', 'active', '', '', '', '', ''],
        [
          'Ann again',
          'M0002',
          ' ANN@example.org',
          'last week',
          'retired',
          '',
          'maybe',
          '',
          'lots',
          '',
        ],
      ],
      2,
      utcDate,
    );
    const messages = parsed.problems.map((problem) => `${problem.cell} ${problem.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Members!C3 .*also on row 2/),
        expect.stringMatching(/^Members!D3 "last week" is not a date/),
        expect.stringMatching(/^Members!E3 status "retired"/),
        expect.stringMatching(/^Members!G3 "maybe" should be yes or no/),
        expect.stringMatching(/^Members!I3 "lots"/),
      ]),
    );
  });

  it('names missing required columns', () => {
    expect(() => parseMembers([MEMBER_COLUMNS.name], [], 2, utcDate)).toThrow(
      /missing the columns "Member ID", "Email", "Status"/,
    );
  });

  it('matches emails ignoring case and spaces', () => {
    const parsed = parseMembers(
      HEADERS,
      [['Ann', 'M0001', 'ann@example.org', '', '', '', '', '', '', '']],
      2,
      utcDate,
    );
    expect(indexMembersByEmail(parsed.members).get(normaliseEmail(' Ann@Example.ORG '))?.id).toBe(
      'M0001',
    );
  });
});

const ALL = [
  MEMBER_COLUMNS.name,
  MEMBER_COLUMNS.id,
  MEMBER_COLUMNS.email,
  MEMBER_COLUMNS.joined,
  MEMBER_COLUMNS.status,
  MEMBER_COLUMNS.roles,
  MEMBER_COLUMNS.unavailableFrom,
  MEMBER_COLUMNS.unavailableTo,
  MEMBER_COLUMNS.emailReminders,
  MEMBER_COLUMNS.buddyProgramme,
  MEMBER_COLUMNS.mentorCapacity,
  MEMBER_COLUMNS.doNotPairWith,
  MEMBER_COLUMNS.consent,
  MEMBER_COLUMNS.leftOn,
];
type Cells = Partial<Record<(typeof ALL)[number], unknown>>;
const toRow = (cells: Cells) => ALL.map((header) => cells[header] ?? '');
const parseAll = (
  rows: Cells[],
  formulaOf?: (rowIndex: number, columnIndex: number) => string,
  headers: readonly string[] = ALL,
) =>
  parseMembers(
    headers,
    rows.map((cells) => headers.map((header) => toRow(cells)[ALL.indexOf(header as never)])),
    2,
    utcDate,
    formulaOf,
  );
const person = (name: string, email: string, more: Cells = {}): Cells => ({
  [MEMBER_COLUMNS.name]: name,
  [MEMBER_COLUMNS.email]: email,
  ...more,
});
const cellsOf = (parsed: ReturnType<typeof parseMembers>) =>
  parsed.problems.map((problem) => problem.cell);

describe('isSheetsError', () => {
  it.each(['#NAME?', ' #ERROR! ', '#REF!', '#VALUE!', '#N/A', '#DIV/0!', '#NUM!', '#NULL!'])(
    '%p is a formula error',
    (value) => expect(isSheetsError(value)).toBe(true),
  );
  it.each(['#NAME', 'x#NAME?', '#NAME?x', 'Jo', '', 7, null])('%p is not', (value) =>
    expect(isSheetsError(value)).toBe(false),
  );
});

describe('normaliseEmail', () => {
  it('drops every kind of space and lower-cases', () => {
    expect(normaliseEmail(' A b\t@Ex\nample.ORG ')).toBe('ab@example.org');
    expect(normaliseEmail(null)).toBe('');
    expect(normaliseEmail(undefined)).toBe('');
  });
});

describe('parseMembers, row by row', () => {
  it('skips rows with neither name nor email, but keeps a row with only one of them', () => {
    const parsed = parseAll([
      person('  ', ' '),
      person('Ann', ''),
      person('', 'bo@example.org'),
      { [MEMBER_COLUMNS.id]: 'M0009' },
    ]);
    expect(parsed.members.map((member) => member.name)).toEqual(['Ann', '']);
    expect(parsed.newIds.map((entry) => entry.row)).toEqual([3, 4]);
    // Ann has no email: that is a problem named in the email cell of her row.
    expect(cellsOf(parsed)).toEqual(['Members!C3']);
  });

  it('generates ids after the highest M-number, ignoring other ids, padded to four digits', () => {
    const parsed = parseAll([
      person('A', 'a@example.org', { [MEMBER_COLUMNS.id]: 'X99' }),
      person('B', 'b@example.org', { [MEMBER_COLUMNS.id]: ' M0012 ' }),
      person('C', 'c@example.org'),
      person('D', 'd@example.org'),
    ]);
    expect(parsed.members.map((member) => member.id)).toEqual(['X99', 'M0012', 'M0013', 'M0014']);
    expect(parsed.newIds).toEqual([
      { row: 4, id: 'M0013' },
      { row: 5, id: 'M0014' },
    ]);
  });

  it('gives a copied id a new one and names the id cell of the copy', () => {
    const parsed = parseAll([
      person('A', 'a@example.org', { [MEMBER_COLUMNS.id]: 'M0003' }),
      person('B', 'b@example.org', { [MEMBER_COLUMNS.id]: 'M0003' }),
    ]);
    expect(parsed.members.map((member) => member.id)).toEqual(['M0003', 'M0004']);
    expect(parsed.newIds).toEqual([{ row: 3, id: 'M0004' }]);
    expect(cellsOf(parsed)).toEqual(['Members!B3']);
    expect(parsed.problems[0].message).toContain('M0004');
    expect(parsed.problems[0].message).toContain('2');
  });

  it('reads a formula error in the name as the typed text, naming the cell', () => {
    const parsed = parseAll(
      [person('#NAME?', 'jo@example.org'), person('#ERROR!', 'x@example.org')],
      (rowIndex, columnIndex) => (rowIndex === 0 && columnIndex === 0 ? ' = Jo ' : ''),
    );
    expect(parsed.members.map((member) => member.name)).toEqual(['Jo', 'M0002']);
    expect(cellsOf(parsed)).toEqual(['Members!A2', 'Members!A3']);
    expect(parsed.problems[0].message).toContain('#NAME?');
    expect(parsed.problems[0].message).toContain('Jo');
  });

  it('a formula typed without "=" is recovered as it is', () => {
    const parsed = parseAll([person('#ERROR!', 'jo@example.org')], () => '-Jo-');
    expect(parsed.members[0].name).toBe('-Jo-');
  });

  it('keeps a row whose only cells are formula errors', () => {
    const parsed = parseAll([person('#NAME?', ''), person('', '#NAME?')]);
    expect(parsed.members).toHaveLength(2);
    expect(parsed.members[1].email).toBe('');
    // A broken email is named once, as broken, not also as "not an email address".
    expect(cellsOf(parsed)).toEqual(['Members!A2', 'Members!C2', 'Members!C3']);
  });

  it('names an email that is not one; an anonymised former member needs none', () => {
    const parsed = parseAll([
      person('A', 'not-an-email'),
      person('Former', '', { [MEMBER_COLUMNS.id]: 'F0001', [MEMBER_COLUMNS.status]: 'left' }),
      person('Former with text', 'bad', { [MEMBER_COLUMNS.id]: 'F0002' }),
      person('B', 'b@example.org'),
    ]);
    expect(parsed.members).toHaveLength(4);
    expect(cellsOf(parsed)).toEqual(['Members!C2', 'Members!C4']);
    expect(parsed.problems[0].message).toContain('not-an-email');
  });

  it('flags every row sharing an email, with the other rows', () => {
    const parsed = parseAll([
      person('A', 'same@example.org'),
      person('B', 'b@example.org'),
      person('C', 'SAME@example.org'),
      person('D', 'same@example.org'),
    ]);
    expect(cellsOf(parsed)).toEqual(['Members!C2', 'Members!C4', 'Members!C5']);
    expect(parsed.problems[0].message).toMatch(/4, 5/);
    expect(parsed.problems[1].message).toMatch(/2, 5/);
  });

  it('reads status in any case, blank as active, anything else as active with a problem', () => {
    const parsed = parseAll([
      person('A', 'a@example.org', { [MEMBER_COLUMNS.status]: ' Paused ' }),
      person('B', 'b@example.org', { [MEMBER_COLUMNS.status]: '' }),
      person('C', 'c@example.org', { [MEMBER_COLUMNS.status]: 'gone' }),
      person('D', 'd@example.org', { [MEMBER_COLUMNS.status]: 'LEFT' }),
    ]);
    expect(parsed.members.map((member) => member.status)).toEqual([
      'paused',
      'active',
      'active',
      'left',
    ]);
    expect(cellsOf(parsed)).toEqual(['Members!E4']);
  });

  it('reads dates from Date cells, ISO text or blank, naming anything else', () => {
    const parsed = parseAll([
      person('A', 'a@example.org', {
        [MEMBER_COLUMNS.joined]: ' 2026-02-03 ',
        [MEMBER_COLUMNS.unavailableFrom]: new Date('2026-04-01T00:00:00Z'),
        [MEMBER_COLUMNS.unavailableTo]: '2026-02-30',
        [MEMBER_COLUMNS.leftOn]: null,
      }),
    ]);
    expect(parsed.members[0]).toMatchObject({
      joined: '2026-02-03',
      unavailableFrom: '2026-04-01',
      unavailableTo: null,
      leftOn: null,
    });
    expect(cellsOf(parsed)).toEqual(['Members!H2']);
  });

  it('has leftOn only when the tab has the column', () => {
    const withIt = parseAll([
      person('A', 'a@example.org', { [MEMBER_COLUMNS.leftOn]: '2026-01-02' }),
    ]);
    expect(withIt.members[0].leftOn).toBe('2026-01-02');
    const without = parseAll(
      [person('A', 'a@example.org')],
      undefined,
      ALL.filter((header) => header !== MEMBER_COLUMNS.leftOn),
    );
    expect('leftOn' in without.members[0]).toBe(false);
  });

  it('reads yes/no flags with their defaults, naming anything else and using the default', () => {
    const flags = (reminders: unknown, buddy: unknown) =>
      parseAll([
        person('A', 'a@example.org', {
          [MEMBER_COLUMNS.emailReminders]: reminders,
          [MEMBER_COLUMNS.buddyProgramme]: buddy,
        }),
      ]);
    const blank = flags('', '');
    expect(blank.members[0]).toMatchObject({ emailReminders: true, buddyProgramme: false });
    expect(blank.problems).toEqual([]);
    expect(flags(' No ', 'Y').members[0]).toMatchObject({
      emailReminders: false,
      buddyProgramme: true,
    });
    expect(flags('n', 'TRUE').members[0]).toMatchObject({
      emailReminders: false,
      buddyProgramme: true,
    });
    expect(flags(false, true).members[0]).toMatchObject({
      emailReminders: false,
      buddyProgramme: true,
    });
    expect(flags('false', 'yes').members[0]).toMatchObject({
      emailReminders: false,
      buddyProgramme: true,
    });
    const bad = flags('sometimes', 'perhaps');
    expect(bad.members[0]).toMatchObject({ emailReminders: true, buddyProgramme: false });
    expect(cellsOf(bad)).toEqual(['Members!I2', 'Members!J2']);
    expect(bad.problems[0].message).toContain('sometimes');
  });

  it('reads mentor capacity as a whole number of at least 0, default 1', () => {
    const capacity = (raw: unknown) =>
      parseAll([person('A', 'a@example.org', { [MEMBER_COLUMNS.mentorCapacity]: raw })]);
    expect(capacity('').members[0].mentorCapacity).toBe(1);
    expect(capacity('  ').members[0].mentorCapacity).toBe(1);
    expect(capacity(0).members[0].mentorCapacity).toBe(0);
    expect(capacity(' 3 ').members[0].mentorCapacity).toBe(3);
    for (const bad of [-1, 1.5, 'two']) {
      const parsed = capacity(bad);
      expect(parsed.members[0].mentorCapacity).toBe(1);
      expect(cellsOf(parsed)).toEqual(['Members!K2']);
      expect(parsed.problems[0].message).toContain(String(bad));
    }
  });

  it('reads roles as a comma list and marks withdrawn consent, naming a bad consent value', () => {
    const parsed = parseAll([
      person('A', 'a@example.org', {
        [MEMBER_COLUMNS.roles]: ' Greeter ,, Tea ',
        [MEMBER_COLUMNS.consent]: 'withdrawn',
      }),
      person('B', 'b@example.org', { [MEMBER_COLUMNS.consent]: 'given' }),
      person('C', 'c@example.org', { [MEMBER_COLUMNS.consent]: 'unsure' }),
    ]);
    expect(parsed.members[0].roles).toEqual(['Greeter', 'Tea']);
    expect(parsed.members[0].consentWithdrawn).toBe(true);
    expect('consentWithdrawn' in parsed.members[1]).toBe(false);
    expect(parsed.members[2].consentWithdrawn).toBe(true);
    expect(cellsOf(parsed)).toEqual(['Members!M4']);
  });

  it('sorts problems by row', () => {
    const parsed = parseAll([
      person('A', 'dup@example.org'),
      person('B', 'b@example.org', { [MEMBER_COLUMNS.status]: 'odd' }),
      person('C', 'dup@example.org'),
    ]);
    expect(parsed.problems.map((problem) => problem.row)).toEqual([2, 3, 4]);
  });
});

describe('parseMembers, do not pair with', () => {
  const group = (doNotPair: string, ...others: Cells[]) =>
    parseAll([
      person('Ann Lee', 'ann@example.org', {
        [MEMBER_COLUMNS.id]: 'M0001',
        [MEMBER_COLUMNS.doNotPairWith]: doNotPair,
      }),
      person('Bo', 'bo@example.org', { [MEMBER_COLUMNS.id]: 'M0002' }),
      person('Cy', 'cy@example.org', { [MEMBER_COLUMNS.id]: 'M0003' }),
      ...others,
    ]);

  it('resolves ids, emails and names, ignoring case and spaces, each once', () => {
    const parsed = group(' m0002 , CY@Example.org, bo , M0002');
    expect(parsed.members[0].doNotPairWith).toEqual(['M0002', 'M0003']);
    expect(parsed.unresolvedDoNotPair.size).toBe(0);
    expect(parsed.problems).toEqual([]);
  });

  it('resolves a name written with extra spaces inside', () => {
    const parsed = parseAll([
      person('Ann', 'ann@example.org', { [MEMBER_COLUMNS.doNotPairWith]: 'bo  van  dam' }),
      person(' Bo van Dam ', 'bo@example.org'),
    ]);
    expect(parsed.members[0].doNotPairWith).toEqual(['M0002']);
  });

  it('ignores a member naming themselves', () => {
    const parsed = group('M0001, Ann Lee');
    expect(parsed.members[0].doNotPairWith).toEqual([]);
    expect(parsed.unresolvedDoNotPair.size).toBe(0);
  });

  it('an unknown or ambiguous reference leaves the member unresolved, naming the cell', () => {
    const parsed = group(
      'Zed, Bo',
      person('bo', 'bo2@example.org', { [MEMBER_COLUMNS.id]: 'M0004' }),
    );
    expect(parsed.members[0].doNotPairWith).toEqual([]);
    expect([...parsed.unresolvedDoNotPair]).toEqual(['M0001']);
    expect(cellsOf(parsed)).toEqual(['Members!L2', 'Members!L2']);
    expect(parsed.problems[0].message).toContain('Zed');
  });

  it('a formula error in the cell leaves the member unresolved, named once as broken', () => {
    const parsed = group('#NAME?');
    expect([...parsed.unresolvedDoNotPair]).toEqual(['M0001']);
    expect(cellsOf(parsed)).toEqual(['Members!L2']);
    expect(parsed.members[0].doNotPairWith).toEqual([]);
  });

  it('an id beats an email or name that would point at someone else', () => {
    const parsed = parseAll([
      person('Ann', 'ann@example.org', { [MEMBER_COLUMNS.doNotPairWith]: 'M0003' }),
      person('M0003', 'x@example.org'),
      person('Cy', 'cy@example.org'),
    ]);
    expect(parsed.members[0].doNotPairWith).toEqual(['M0003']);
    expect(parsed.members[2].id).toBe('M0003');
  });
});

describe('indexMembersByEmail', () => {
  it('keeps the first member of an email and skips members without one', () => {
    const parsed = parseAll([
      person('A', 'same@example.org'),
      person('B', 'same@example.org'),
      person('C', ''),
    ]);
    const index = indexMembersByEmail(parsed.members);
    expect(index.get('same@example.org')?.name).toBe('A');
    expect(index.size).toBe(1);
    expect(index.has('')).toBe(false);
  });
});

describe('parseMembers, more rules', () => {
  it('names the tab when required columns are missing', () => {
    expect(() => parseMembers([MEMBER_COLUMNS.name], [], 2, utcDate)).toThrow(/Members/);
  });

  it('without a way to read formulas, a broken name shows as the id', () => {
    const parsed = parseMembers(ALL, [toRow(person('#NAME?', 'jo@example.org'))], 2, utcDate);
    expect(parsed.members[0].name).toBe(parsed.members[0].id);
  });

  it('trims names and gives a blank joining date as empty', () => {
    const parsed = parseAll([person('  Ann  ', 'a@example.org')]);
    expect(parsed.members[0].name).toBe('Ann');
    expect(parsed.members[0].joined).toBe('');
  });

  it('tells names apart that differ only by a space', () => {
    const parsed = parseAll([
      person('Ann', 'ann@example.org', { [MEMBER_COLUMNS.doNotPairWith]: 'Joann' }),
      person('Jo Ann', 'joann1@example.org'),
      person('Joann', 'joann2@example.org'),
    ]);
    expect(parsed.members[0].doNotPairWith).toEqual(['M0003']);
  });
});
