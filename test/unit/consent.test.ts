import { localDateFormatter } from '../../src/domain/dates';
import { aMember } from './fixtures/people';
import { parseConsent } from '../../src/domain/consent';
import { CHECKIN_FORM, CHECKIN_ITEMS } from '../../src/domain/forms/checkin-form';
import { CONSENT_TEXT } from '../../src/domain/forms/consent-item';
import { FEEDBACK_FORM, FEEDBACK_ITEMS } from '../../src/domain/forms/feedback-form';
import { IntakeContext, processResponses } from '../../src/domain/intake';
import { parseMembers } from '../../src/domain/members';
import { leaveOutWithdrawn } from '../../src/domain/outcomes/withdrawn';
import type { OutcomeInput } from '../../src/domain/outcomes';
import { MEMBER_COLUMNS } from '../../src/domain/sheet/tabs';
import { Member } from '../../src/domain/types';

const member = (id: string, email: string, consentWithdrawn = false): Member =>
  aMember({ id, name: id, email, ...(consentWithdrawn ? { consentWithdrawn: true } : {}) });

const context = (members: Member[]): IntakeContext => ({
  membersByEmail: new Map(members.map((one) => [one.email, one])),
  ambiguousEmails: new Set(),
  sessions: [{ date: '2026-11-18', startTime: '18:30', topic: '', status: 'held' }],
  surveysSoFar: new Map(),
  localDateOf: localDateFormatter('Europe/London'),
});

const answers: Record<string, unknown> = {
  [CHECKIN_ITEMS.participation]: 'In person',
  [CHECKIN_ITEMS.mood]: 4,
  [CHECKIN_ITEMS.coping]: 3,
  [CHECKIN_ITEMS.supported]: 5,
  [CHECKIN_ITEMS.outreach]: 'No',
};

/** A check-in row under `titles` (Google's two columns first), consent as given. */
function row(titles: readonly string[], consent: unknown, email = 'ann@example.org') {
  const values: Record<string, unknown> = { ...answers, [CONSENT_TEXT.title]: consent };
  return [new Date('2026-11-20T10:00:00Z'), email, ...titles.map((title) => values[title] ?? '')];
}

const titlesWith = CHECKIN_FORM.items.map((item) => item.title);
const titlesBefore = titlesWith.filter((title) => title !== CONSENT_TEXT.title);
const headers = (titles: readonly string[]) => ['Timestamp', 'Email Address', ...titles];

describe('the consent item at intake', () => {
  const ann = member('M0001', 'ann@example.org');

  it('opens every form, required, with one option', () => {
    for (const spec of [CHECKIN_FORM, FEEDBACK_FORM]) {
      const first = spec.items[0];
      expect(first).toMatchObject({ title: CONSENT_TEXT.title, required: true });
      expect(first.kind === 'choice' && first.choices).toEqual([CONSENT_TEXT.agree]);
    }
  });

  it('accepts a response that agrees', () => {
    const result = processResponses(
      CHECKIN_FORM,
      headers(titlesWith),
      [{ row: 2, values: row(titlesWith, CONSENT_TEXT.agree) }],
      context([ann]),
    );
    expect(result.rejected).toEqual([]);
    expect(result.accepted).toHaveLength(1);
  });

  it('keeps a response without consent, or with another answer, in Review with the reason', () => {
    const result = processResponses(
      CHECKIN_FORM,
      headers(titlesWith),
      [
        { row: 2, values: row(titlesWith, '') },
        { row: 3, values: row(titlesWith, 'No') },
      ],
      context([ann]),
    );
    expect(result.accepted).toEqual([]);
    expect(result.rejected.map((rejected) => rejected.row)).toEqual([2, 3]);
    for (const rejected of result.rejected)
      expect(rejected.reason).toContain(`"${CONSENT_TEXT.title}"`);
    // Verbatim: the row handed to Review is the row as received.
    expect(result.rejected[1].values).toEqual(row(titlesWith, 'No'));
  });

  it('counts a response from a tab made before the item existed, as given under that form', () => {
    const result = processResponses(
      CHECKIN_FORM,
      headers(titlesBefore),
      [{ row: 2, values: row(titlesBefore, undefined) }],
      context([ann]),
    );
    expect(result.rejected).toEqual([]);
    expect(result.accepted).toHaveLength(1);
  });

  it('keeps an anonymous feedback response without consent in Review too', () => {
    const titles = FEEDBACK_FORM.items.map((item) => item.title);
    const values = (consent: string) => [
      new Date('2026-11-20T10:00:00Z'),
      ...titles.map((title) =>
        title === CONSENT_TEXT.title ? consent : title === FEEDBACK_ITEMS.rating ? 4 : '',
      ),
    ];
    const result = processResponses(
      FEEDBACK_FORM,
      ['Timestamp', ...titles],
      [
        { row: 2, values: values(CONSENT_TEXT.agree) },
        { row: 3, values: values('') },
      ],
      context([]),
    );
    expect(result.accepted.map((accepted) => accepted.row)).toEqual([2]);
    expect(result.rejected.map((rejected) => rejected.row)).toEqual([3]);
  });

  it('keeps a response from a member who withdrew consent in Review, whatever it says', () => {
    const withdrawn = member('M0002', 'bo@example.org', true);
    const result = processResponses(
      CHECKIN_FORM,
      headers(titlesWith),
      [{ row: 2, values: row(titlesWith, CONSENT_TEXT.agree, 'bo@example.org') }],
      context([ann, withdrawn]),
    );
    expect(result.accepted).toEqual([]);
    expect(result.rejected[0].reason).toContain('M0002');
  });
});

describe('the Members Consent column', () => {
  it('reads empty and given as given, withdrawn as withdrawn, anything else as withdrawn with a problem', () => {
    expect(parseConsent('')).toEqual({ withdrawn: false, problem: null });
    expect(parseConsent(' Given ')).toEqual({ withdrawn: false, problem: null });
    expect(parseConsent('WITHDRAWN')).toEqual({ withdrawn: true, problem: null });
    const typo = parseConsent('withdrew');
    expect(typo.withdrawn).toBe(true);
    expect(typo.problem).toContain('withdrew');
  });

  it('marks the member and names the cell of a bad value', () => {
    const parsed = parseMembers(
      [
        MEMBER_COLUMNS.id,
        MEMBER_COLUMNS.name,
        MEMBER_COLUMNS.email,
        MEMBER_COLUMNS.status,
        MEMBER_COLUMNS.consent,
      ],
      [
        ['M0001', 'Ann', 'ann@example.org', 'active', ''],
        ['M0002', 'Bo', 'bo@example.org', 'active', 'withdrawn'],
        ['M0003', 'Cy', 'cy@example.org', 'active', 'maybe'],
      ],
      2,
      localDateFormatter('Europe/London'),
    );
    expect(parsed.members.map((one) => one.consentWithdrawn === true)).toEqual([false, true, true]);
    expect(parsed.problems).toEqual([expect.objectContaining({ row: 4, cell: 'Members!E4' })]);
  });
});

describe('leaveOutWithdrawn', () => {
  const input: OutcomeInput = {
    members: [
      { id: 'A', joined: '2026-01-01', status: 'active' },
      { id: 'B', joined: '2026-01-01', status: 'active' },
    ],
    sessions: [{ date: '2026-02-04', status: 'held' }],
    checkIns: ['A', 'B'].map((memberId) => ({
      memberId,
      sessionDate: '2026-02-04',
      participation: 'In person' as const,
      mood: 3,
      coping: 3,
      supported: 3,
      outreach: false,
    })),
    surveys: [{ memberId: 'B', date: '2026-02-04', wave: 'baseline', scores: { swemwbs: 20 } }],
    activities: [],
    rotation: [
      { date: '2026-02-04', role: 'Greeter', memberId: 'B' },
      { date: '2026-02-04', role: 'Timekeeper', memberId: null },
    ],
    register: {
      sessions: ['2026-02-04'],
      present: [
        { memberId: 'A', date: '2026-02-04' },
        { memberId: 'B', date: '2026-02-04' },
      ],
    },
    workingGroups: [
      { status: 'active', memberIds: ['A', 'B'], partnerOrganisation: '', started: '' },
    ],
    settings: { groupName: 'G', minGroupSize: 5, instruments: ['swemwbs'] },
    today: '2026-03-01',
  };

  it('leaves every trace of a withdrawn member out of the figure inputs, and says so', () => {
    const out = leaveOutWithdrawn(input, new Set(['B']));
    const text = JSON.stringify({ ...out, withdrawnLeftOut: undefined });
    expect(text).not.toContain('"B"');
    expect(out.withdrawnLeftOut).toBe(true);
    expect(out.checkIns).toHaveLength(1);
    expect(out.rotation).toEqual([{ date: '2026-02-04', role: 'Timekeeper', memberId: null }]);
    expect(out.sessions).toEqual(input.sessions);
  });

  it('changes nothing when no one withdrew', () => {
    expect(leaveOutWithdrawn(input, new Set())).toBe(input);
  });
});
