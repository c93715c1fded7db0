import { indexMembersByEmail, normaliseEmail, parseMembers } from '../../src/domain/members';
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
