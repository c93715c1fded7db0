import { localDateFormatter } from '../../src/domain/dates';
import { aMember } from './fixtures/people';
import { CHECKIN_FORM, CHECKIN_ITEMS } from '../../src/domain/forms/checkin-form';
import { CONSENT_TEXT } from '../../src/domain/forms/consent-item';
import { FEEDBACK_FORM } from '../../src/domain/forms/feedback-form';
import { responseHeaders } from '../../src/domain/forms/form-spec';
import { planSurvey, surveyChecks } from '../../src/domain/forms/survey-form';
import {
  attributeSession,
  IntakeContext,
  processResponses,
  responseKey,
} from '../../src/domain/intake';
import { HeaderMap } from '../../src/domain/sheet/header-map';
import { Member, Session } from '../../src/domain/types';

const member = (id: string, email: string): Member => aMember({ id, name: id, email });
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

describe('processResponses (rules that route a row)', () => {
  const plan = planSurvey({ enabled: ['rses'] });
  const surveyHeaders = ['Timestamp', 'Email Address', ...[...plan.items.keys()]];
  const survey = (email = 'ann@example.org', at = '2026-11-20T10:00:00Z') => [
    new Date(at),
    email,
    ...[...plan.items.keys()].map((title) => (title === CHECKIN_ITEMS.consent ? '' : 'Agree')),
  ];
  const withConsent = (values: unknown[]) =>
    values.map((value, index) =>
      surveyHeaders[index] === CONSENT_TEXT.title ? CONSENT_TEXT.agree : value,
    );

  it('numbers waves in sheet-row order, whatever order the rows come in', () => {
    const result = processResponses(
      plan.spec,
      surveyHeaders,
      [
        { row: 5, values: withConsent(survey()) },
        { row: 3, values: withConsent(survey()) },
        { row: 4, values: withConsent(survey()) },
      ],
      context(),
    );
    expect(result.accepted.map((accepted) => [accepted.row, accepted.wave])).toEqual([
      [3, 'baseline'],
      [4, 'follow-up 1'],
      [5, 'follow-up 2'],
    ]);
  });

  it('counts waves per member, and dates a survey by the local day it was answered', () => {
    const bob = member('M0002', 'bob@example.org');
    const result = processResponses(
      plan.spec,
      surveyHeaders,
      [
        { row: 2, values: withConsent(survey()) },
        { row: 3, values: withConsent(survey('bob@example.org', '2026-11-20T23:30:00Z')) },
      ],
      context({
        membersByEmail: new Map([
          ['ann@example.org', member('M0001', 'ann@example.org')],
          ['bob@example.org', bob],
        ]),
        localDateOf: localDateFormatter('Europe/Berlin'),
      }),
    );
    expect(result.accepted.map((accepted) => [accepted.memberId, accepted.wave])).toEqual([
      ['M0001', 'baseline'],
      ['M0002', 'baseline'],
    ]);
    expect(result.accepted[1].sessionDate).toBe('2026-11-21');
  });

  it('sends a response whose extra checks (e.g. scoring) fail to Review, with every reason', () => {
    const seen: Record<string, unknown>[] = [];
    const result = processResponses(
      plan.spec,
      surveyHeaders,
      [{ row: 2, values: withConsent(survey()) }],
      context({
        extraChecks: (_response, stored) => {
          seen.push(stored);
          return ['cannot be scored', 'second problem'];
        },
      }),
    );
    expect(result.accepted).toEqual([]);
    expect(result.rejected).toHaveLength(1);
    expect(result.rejected[0].reason.split('; ')).toHaveLength(2);
    expect(result.rejected[0].reason).toMatch(/^C.*\.$/);
    // The checks see the row's cells by question title, as stored.
    expect(seen[0][[...plan.items.keys()][1]]).toBe('Agree');
    // No wave is used up by a rejected survey.
    const next = processResponses(
      plan.spec,
      surveyHeaders,
      [{ row: 3, values: withConsent(survey()) }],
      context(),
    );
    expect(next.accepted[0].wave).toBe('baseline');
  });

  it('does not run the extra checks on a row that already failed its answers', () => {
    let calls = 0;
    const values = withConsent(survey());
    values[3] = '';
    processResponses(
      plan.spec,
      surveyHeaders,
      [{ row: 2, values }],
      context({
        extraChecks: () => {
          calls += 1;
          return [];
        },
      }),
    );
    expect(calls).toBe(0);
  });

  it('keeps the response of a member who withdrew consent out of every figure', () => {
    const withdrawn = { ...member('M0001', 'ann@example.org'), consentWithdrawn: true };
    const result = processResponses(
      CHECKIN_FORM,
      HEADERS,
      [{ row: 2, values: checkin({}) }],
      context({ membersByEmail: new Map([['ann@example.org', withdrawn]]) }),
    );
    expect(result.accepted).toEqual([]);
    expect(result.rejected).toHaveLength(1);
  });

  it('reports an unknown email even when the answers are wrong too, one reason each', () => {
    const result = processResponses(
      CHECKIN_FORM,
      HEADERS,
      [{ row: 2, values: checkin({ mood: 9 }, 'stranger@example.org') }],
      context(),
    );
    expect(result.rejected[0].reason.split('; ')).toHaveLength(2);
    const missing = processResponses(
      CHECKIN_FORM,
      HEADERS,
      [{ row: 2, values: checkin({}, '') }],
      context(),
    );
    // No address: one reason (none collected), not a second "does not match" one.
    expect(missing.rejected[0].reason.split('; ')).toHaveLength(1);
    // Nor a "more than one member" one when several Members rows have no address.
    const blankTwice = processResponses(
      CHECKIN_FORM,
      HEADERS,
      [{ row: 2, values: checkin({}, '') }],
      context({ ambiguousEmails: new Set(['']) }),
    );
    expect(blankTwice.rejected[0].reason.split('; ')).toHaveLength(1);
  });

  it('uses the session the member named, and Review when that session was cancelled', () => {
    const named = processResponses(
      CHECKIN_FORM,
      HEADERS,
      [{ row: 2, values: checkin({ sessionDate: '2026-11-04' }) }],
      context(),
    );
    expect(named.accepted[0].sessionDate).toBe('2026-11-04');
    const cancelled = processResponses(
      CHECKIN_FORM,
      HEADERS,
      [{ row: 2, values: checkin({ sessionDate: '2026-11-11' }) }],
      context(),
    );
    expect(cancelled.accepted).toEqual([]);
    expect(cancelled.rejected[0].row).toBe(2);
  });

  it('accepts anonymous feedback with no member and no session, dated the local day', () => {
    const headers = ['Timestamp', ...FEEDBACK_FORM.items.map((item) => item.title)];
    const row = (rating: unknown) => [
      new Date('2026-11-20T23:30:00Z'),
      ...FEEDBACK_FORM.items.map((item) =>
        item.title === CONSENT_TEXT.title
          ? CONSENT_TEXT.agree
          : item.kind === 'scale'
            ? rating
            : '',
      ),
    ];
    const result = processResponses(
      FEEDBACK_FORM,
      headers,
      [
        { row: 2, values: row(4) },
        { row: 3, values: row(0) },
      ],
      context({ localDateOf: localDateFormatter('Europe/Berlin') }),
    );
    expect(result.accepted).toEqual([
      expect.objectContaining({ row: 2, memberId: '', sessionDate: '2026-11-21', wave: '' }),
    ]);
    expect(result.rejected.map((rejected) => rejected.row)).toEqual([3]);
  });
});

describe('processResponses (anonymous forms and their own checks)', () => {
  const headers = ['Timestamp', ...FEEDBACK_FORM.items.map((item) => item.title)];
  const row = (rating: unknown) => [
    new Date('2026-11-20T10:00:00Z'),
    ...FEEDBACK_FORM.items.map((item) =>
      item.title === CONSENT_TEXT.title ? CONSENT_TEXT.agree : item.kind === 'scale' ? rating : '',
    ),
  ];
  it('sends a valid anonymous response its own checks refuse to Review, with their reason', () => {
    const result = processResponses(
      FEEDBACK_FORM,
      headers,
      [{ row: 2, values: row(4) }],
      context({ extraChecks: () => ['the code is unknown'] }),
    );
    expect(result.accepted).toEqual([]);
    expect(result.rejected.map((rejected) => rejected.row)).toEqual([2]);
    expect(result.rejected[0].reason.toLowerCase()).toContain('the code is unknown');
  });
  it('does not run its own checks on an anonymous row that already failed its answers', () => {
    const extraChecks = jest.fn(() => ['never']);
    const result = processResponses(
      FEEDBACK_FORM,
      headers,
      [{ row: 2, values: row(0) }],
      context({ extraChecks }),
    );
    expect(extraChecks).not.toHaveBeenCalled();
    expect(result.rejected).toHaveLength(1);
    expect(result.rejected[0].reason).not.toContain('never');
  });
});

describe('a cancelled session, named or not', () => {
  it('says differently whether the member named the cancelled session or it was the nearest', () => {
    const unnamed = attributeSession(sessions, '2026-11-12');
    const named = attributeSession(sessions, '2026-11-11', true);
    expect(unnamed).toHaveProperty('reason');
    expect(named).toHaveProperty('reason');
    expect(unnamed).not.toEqual(named);
    expect(attributeSession(sessions, '2026-11-12', false)).toEqual(unnamed);
  });
  it('processResponses passes on whether the member named the session', () => {
    const result = processResponses(
      CHECKIN_FORM,
      HEADERS,
      [
        { row: 2, values: checkin({ sessionDate: '2026-11-11' }, 'ann@example.org') },
        { row: 3, values: checkin({}, 'ann@example.org', '2026-11-12T10:00:00Z') },
      ],
      context(),
    );
    expect(result.accepted).toEqual([]);
    const [named, unnamed] = result.rejected.map((rejected) => rejected.reason);
    expect(named).toContain('2026-11-11');
    expect(unnamed).toContain('2026-11-11');
    expect(named).not.toEqual(unnamed);
    const said = (reason: { reason: string } | { date: string }) =>
      'reason' in reason ? reason.reason.slice(1, -1) : '';
    expect(named).toContain(said(attributeSession(sessions, '2026-11-11', true)));
    expect(unnamed).toContain(said(attributeSession(sessions, '2026-11-12')));
  });
});

describe('attributeSession (same day)', () => {
  it('counts a date with a held and a cancelled session as held, in either order', () => {
    const held = { date: '2026-11-11', startTime: '18:30', topic: '', status: 'held' as const };
    const cancelled = { ...held, status: 'cancelled' as const };
    expect(attributeSession([cancelled, held], '2026-11-12')).toEqual({ date: '2026-11-11' });
    expect(attributeSession([held, cancelled], '2026-11-12')).toEqual({ date: '2026-11-11' });
    expect(attributeSession([held], '2026-11-11')).toEqual({ date: '2026-11-11' });
    expect(attributeSession([held], '2026-11-10')).toHaveProperty('reason');
  });
});

describe('intake: which session, and the Review key', () => {
  it('finds the nearest past session whatever order the Sessions tab lists them in', () => {
    const reversed = [...sessions].reverse();
    expect(attributeSession(reversed, '2026-11-17')).toHaveProperty('reason');
    expect(attributeSession(reversed, '2026-11-10')).toEqual({ date: '2026-11-04' });
  });

  it('dates a check-in with no session named by the day it was sent', () => {
    const result = processResponses(
      CHECKIN_FORM,
      HEADERS,
      [{ row: 2, values: checkin({}, 'ann@example.org', '2026-11-05T10:00:00Z') }],
      context(),
    );
    expect(result.accepted[0].sessionDate).toBe('2026-11-04');
  });

  it('ends a reason with one full stop', () => {
    const plan = planSurvey({ enabled: ['rses'] });
    const headers = ['Timestamp', 'Email Address', ...[...plan.items.keys()]];
    const values = [
      new Date('2026-11-20T10:00:00Z'),
      'ann@example.org',
      ...[...plan.items.keys()].map((title) =>
        title === CONSENT_TEXT.title ? CONSENT_TEXT.agree : 'Agree',
      ),
    ];
    const result = processResponses(plan.spec, headers, [{ row: 2, values }], {
      ...context(),
      extraChecks: () => ['it cannot be scored.'],
    });
    expect(result.rejected[0].reason).toMatch(/^It cannot be scored\.$/);
  });

  it('keys a submission by form, time and address, the address in any case', () => {
    const map = new HeaderMap(HEADERS);
    const at = new Date('2026-11-20T10:00:00Z');
    const key = (source: string, when: Date, email: string) =>
      responseKey(source, [when, email], map);
    expect(key('checkin', at, 'Ann@Example.org ')).toBe(key('checkin', at, 'ann@example.org'));
    expect(key('checkin', at, 'ann@example.org')).not.toBe(key('survey', at, 'ann@example.org'));
    expect(key('checkin', at, 'ann@example.org')).not.toBe(
      key('checkin', new Date('2026-11-20T10:00:01Z'), 'ann@example.org'),
    );
    expect(key('checkin', at, 'ann@example.org')).not.toBe(key('checkin', at, 'bob@example.org'));
  });
});
