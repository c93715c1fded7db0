/** A small group for the contact-request tests: five members, one organiser, a planned rota. */
import { Environment } from '../../emulator/environment';
import { newProject, setSetting, setting, setUpProject, sheetValues, typeRows } from './harness';
import { addMembers, checkinAnswers } from './members';

export const DAY = 24 * 60 * 60 * 1000;
export const CONTACT_TITLE = 'Would you like someone from the group to get in touch this week?';
export const SECRET_COMMENT = 'SECRET-COMMENT-8812';
export const COMMENT_TITLE = 'Anything you would like the facilitators to know? (private)';

export function rows(env: Environment, tab: string): Record<string, unknown>[] {
  const [headers, ...data] = sheetValues(env, tab);
  return data.map((row) =>
    Object.fromEntries(headers.map((header, index) => [String(header), row[index]])),
  );
}

/** Emails about a contact request (their subject says who would like to be contacted). */
export function contactEmails(env: Environment) {
  return env.mail
    .outbox()
    .filter((message) => /would like someone to get in touch/.test(message.subject));
}

export function digestsTo(env: Environment, address: string) {
  return env.mail
    .outbox()
    .filter((message) => /weekly digest/.test(message.subject) && message.to.includes(address));
}

/**
 * A Wednesday group with organiser lead@example.org; `expected` is who must hear of a request
 * made on the fixture's last day: the organiser and the member on duty as Facilitator at that
 * week's session (read from the Rotation tab), or at the next one when that week has none.
 *
 * Default: set up on Monday 5 January 2026, rotation planned, then the clock moves to Thursday
 * 8 January 10:00 with the daily runs on the way (that week's Facilitator). `quick`: set up on
 * Thursday 8 January with the held session of 7 January typed in (no rotation for it, so the
 * next session's Facilitator), for the fault sweeps, which build it hundreds of times.
 */
export function contactFixture(options: { quick?: boolean } = {}): {
  env: Environment;
  expected: string[];
} {
  const quick = options.quick ?? false;
  const env = newProject({
    start: quick ? Date.UTC(2026, 0, 8, 9, 0, 0) : Date.UTC(2026, 0, 5, 9, 0, 0),
  });
  setUpProject(env);
  setSetting(env, 'Organisers', 'lead@example.org');
  if (quick) typeRows(env, 'Sessions', [[new Date(Date.UTC(2026, 0, 7)), '18:30', '', 'held']]);
  addMembers(env, [
    {
      name: 'Ana Lima',
      email: 'ana@example.org',
      roles: 'Facilitator, Greeter',
      joined: '2025-01-01',
    },
    {
      name: 'Bo Chen',
      email: 'bo@example.org',
      roles: 'Facilitator, Co-facilitator',
      joined: '2025-01-01',
    },
    {
      name: 'Cy Dube',
      email: 'cy@example.org',
      roles: 'Greeter, Timekeeper',
      joined: '2025-01-01',
    },
    {
      name: 'Di Rossi',
      email: 'di@example.org',
      roles: 'Note-taker, Co-facilitator',
      joined: '2025-01-01',
    },
    {
      name: 'Eve Park',
      email: 'eve@example.org',
      roles: 'Timekeeper, Note-taker',
      joined: '2025-01-01',
    },
  ]);
  env.clickMenu('Plan rotation');
  if (!quick) env.advanceTo(Date.UTC(2026, 0, 8, 10, 0, 0));
  const members = rows(env, 'Members');
  const emailOf = new Map(members.map((row) => [String(row['Member ID']), String(row['Email'])]));
  const day = (value: unknown) =>
    env.utilities.global.formatDate(value as Date, 'Europe/London', 'yyyy-MM-dd');
  const session = quick ? '2026-01-14' : '2026-01-07';
  const facilitators = rows(env, 'Rotation')
    .filter((row) => row['Role'] === 'Facilitator' && day(row['Session date']) === session)
    .map((row) => emailOf.get(String(row['Member ID']))!);
  expect(facilitators).toHaveLength(1);
  return { env, expected: ['lead@example.org', ...facilitators] };
}

/** A member submits the check-in, answering the contact question (and a private comment). */
export function submitContactCheckin(env: Environment, email: string, contact = 'Yes') {
  return env.submitForm(String(setting(env, 'Check-in form ID')), {
    email,
    answers: {
      ...checkinAnswers({ mood: 1 }),
      [CONTACT_TITLE]: contact,
      [COMMENT_TITLE]: SECRET_COMMENT,
    },
  });
}
