import { localDateFormatter } from '../../src/domain/dates';
import { CHECKIN_FORM, CHECKIN_ITEMS } from '../../src/domain/forms/checkin-form';
import { CONSENT_TEXT } from '../../src/domain/forms/consent-item';
import { responseHeaders } from '../../src/domain/forms/form-spec';
import { planSurvey, surveyChecks } from '../../src/domain/forms/survey-form';
import { attributeSession, IntakeContext, processResponses } from '../../src/domain/intake';
import { Member, Session } from '../../src/domain/types';

const member = (id: string, email: string): Member => ({
  id,
  name: id,
  email,
  joined: '2026-01-01',
  status: 'active',
  roles: [],
  unavailableFrom: null,
  unavailableTo: null,
  emailReminders: true,
  buddyProgramme: false,
  mentorCapacity: 1,
  doNotPairWith: [],
});
const sessions: Session[] = [
  { date: '2026-11-04', startTime: '18:30', topic: '', status: 'held' },
  { date: '2026-11-11', startTime: '18:30', topic: '', status: 'cancelled' },
  { date: '2026-11-18', startTime: '18:30', topic: '', status: 'held' },
];
const context = (overrides: Partial<IntakeContext> = {}): IntakeContext => ({
  membersByEmail: new Map([['ann@example.org', member('M0001', 'ann@example.org')]]),
  ambiguousEmails: new Set(),
  sessions,
  surveysSoFar: new Map(),
  localDateOf: localDateFormatter('Europe/London'),
  ...overrides,
});

const HEADERS = ['Timestamp', 'Email Address', ...CHECKIN_FORM.items.map((item) => item.title)];
function checkin(
  answers: Partial<Record<keyof typeof CHECKIN_ITEMS, unknown>>,
  email = 'Ann@Example.org',
  at = '2026-11-20T10:00:00Z',
) {
  const values: Record<string, unknown> = {
    [CHECKIN_ITEMS.consent]: CONSENT_TEXT.agree,
    [CHECKIN_ITEMS.sessionDate]: '',
    [CHECKIN_ITEMS.participation]: 'In person',
    [CHECKIN_ITEMS.mood]: 4,
    [CHECKIN_ITEMS.coping]: 3,
    [CHECKIN_ITEMS.supported]: 5,
    [CHECKIN_ITEMS.outreach]: 'No',
    [CHECKIN_ITEMS.outreachWhat]: '',
    [CHECKIN_ITEMS.comment]: '',
  };
  for (const [key, value] of Object.entries(answers))
    values[CHECKIN_ITEMS[key as keyof typeof CHECKIN_ITEMS]] = value;
  return [new Date(at), email, ...CHECKIN_FORM.items.map((item) => values[item.title])];
}

describe('attributeSession', () => {
  it('takes the nearest past session, and never moves a check-in past a cancelled one', () => {
    expect(attributeSession(sessions, '2026-11-18')).toEqual({ date: '2026-11-18' });
    expect(attributeSession(sessions, '2026-11-10')).toEqual({ date: '2026-11-04' });
    // 2026-11-11 was cancelled: the check-in is not re-dated to 2026-11-04.
    expect(attributeSession(sessions, '2026-11-17')).toEqual({
      reason: expect.stringContaining('on 2026-11-11, was cancelled'),
    });
    expect(attributeSession(sessions, '2026-11-11', true)).toHaveProperty('reason');
    expect(attributeSession(sessions, '2026-11-01')).toHaveProperty('reason');
  });
});

describe('processResponses (check-ins)', () => {
  it('accepts a valid late check-in and attributes it to the last session', () => {
    const result = processResponses(
      CHECKIN_FORM,
      HEADERS,
      [{ row: 2, values: checkin({}) }],
      context(),
    );
    expect(result.rejected).toEqual([]);
    expect(result.accepted[0]).toMatchObject({
      row: 2,
      memberId: 'M0001',
      sessionDate: '2026-11-18',
      wave: '',
    });
  });

  it("reads Google's time and address columns by position, whatever language heads them", () => {
    const german = ['Zeitstempel', 'E-Mail-Adresse', ...HEADERS.slice(2)];
    expect(responseHeaders(german)).toEqual(HEADERS);
    const result = processResponses(
      CHECKIN_FORM,
      responseHeaders(german),
      [{ row: 2, values: checkin({}) }],
      context(),
    );
    expect(result.accepted[0]).toMatchObject({ memberId: 'M0001', sessionDate: '2026-11-18' });
  });

  it('reads only the time by position on a form that collects no address', () => {
    const spanish = ['Marca temporal', 'How useful?', 'Processing'];
    expect(responseHeaders(spanish, false)).toEqual(['Timestamp', 'How useful?', 'Processing']);
    expect(responseHeaders(spanish)[1]).toBe('Email Address');
  });

  it('sends each kind of bad response to Review with a clear reason, and loses none', () => {
    const rows = [
      { row: 2, values: checkin({}, 'stranger@example.org') },
      { row: 3, values: checkin({ mood: 9 }) },
      { row: 4, values: checkin({ coping: '' }) },
      { row: 5, values: checkin({ comment: '=IMPORTXML("http://evil", "//a")' }) },
      { row: 6, values: checkin({ participation: 'By pigeon' }) },
      { row: 7, values: checkin({ sessionDate: '2026-10-01' }) },
    ];
    const result = processResponses(CHECKIN_FORM, HEADERS, rows, context());
    expect(result.accepted.length + result.rejected.length).toBe(rows.length);
    const reasons = Object.fromEntries(
      result.rejected.map((rejected) => [rejected.row, rejected.reason]),
    );
    expect(reasons[2]).toMatch(/stranger@example.org does not match any member/);
    expect(reasons[3]).toMatch(/"9" .* out of range: expected a whole number from 1 to 5/);
    expect(reasons[4]).toMatch(
      /No answer to the required question "How well have you been coping this week\?"/,
    );
    expect(reasons[5]).toMatch(/starts with "=" like a spreadsheet formula/);
    expect(reasons[6]).toMatch(/not one of In person, Online, Could not come/);
    expect(reasons[7]).toMatch(/no session on or before 2026-10-01/);
    expect(result.rejected.find((rejected) => rejected.row === 5)?.values).toEqual(rows[3].values);
  });

  it('refuses to guess between two members sharing an email', () => {
    const result = processResponses(
      CHECKIN_FORM,
      HEADERS,
      [{ row: 2, values: checkin({}) }],
      context({ ambiguousEmails: new Set(['ann@example.org']) }),
    );
    expect(result.rejected[0].reason).toMatch(/more than one row of Members/);
  });
});

describe('processResponses (surveys)', () => {
  const plan = planSurvey({ enabled: ['rses'] });
  const headers = ['Timestamp', 'Email Address', ...[...plan.items.keys()]];
  const answers = (choice: string) => [
    new Date('2026-11-20T10:00:00Z'),
    'ann@example.org',
    ...[...plan.items.keys()].map(() => choice),
  ];

  it('numbers waves per member: baseline first, then follow-ups', () => {
    const result = processResponses(
      plan.spec,
      headers,
      [
        { row: 2, values: answers('Agree') },
        { row: 3, values: answers('Disagree') },
      ],
      context({ extraChecks: surveyChecks(plan) }),
    );
    expect(result.accepted.map((accepted) => accepted.wave)).toEqual(['baseline', 'follow-up 1']);
    const later = processResponses(
      plan.spec,
      headers,
      [{ row: 4, values: answers('Agree') }],
      context({ surveysSoFar: new Map([['M0001', 2]]) }),
    );
    expect(later.accepted[0].wave).toBe('follow-up 2');
  });

  it('sends a survey with a missing item to Review', () => {
    const values = answers('Agree');
    values[5] = '';
    const result = processResponses(
      plan.spec,
      headers,
      [{ row: 2, values }],
      context({ extraChecks: surveyChecks(plan) }),
    );
    expect(result.rejected).toHaveLength(1);
    expect(result.rejected[0].reason).toMatch(/No answer to the required question/);
  });
});

describe('planSurvey', () => {
  it('leaves an instrument off the form until its wording is pasted, never inventing text', () => {
    const plan = planSurvey({ enabled: ['swemwbs', 'rses'] });
    expect(plan.included.map((instrument) => instrument.id)).toEqual(['rses']);
    expect(plan.missingWording.map((missing) => missing.instrument.id)).toEqual(['swemwbs']);
    const swemwbs = plan.missingWording[0].instrument;
    const pasted = planSurvey({
      enabled: ['swemwbs'],
      wording: swemwbs.items.map((item, index) => ({
        instrumentId: 'swemwbs',
        itemId: item.id,
        text: `Pasted item ${index + 1}`,
      })),
    });
    expect(pasted.included.map((instrument) => instrument.id)).toEqual(['swemwbs']);
    expect(
      pasted.spec.items.filter((item) => item.kind === 'choice').map((item) => item.title),
    ).toContain('Pasted item 1');
  });
});
