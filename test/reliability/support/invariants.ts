/**
 * What must hold of a project after any failure and a normal re-run. Each check returns the
 * problems it found (empty when it holds), phrased so a failing test says what went wrong.
 */
import { Environment } from '../../../emulator/environment';
import { formulasAnywhere, tabRows } from './sheet-access';

const RESPONSE_TABS = ['Check-ins', 'Surveys', 'Feedback', 'Community survey'] as const;

const normaliseEmail = (value: unknown) =>
  String(value ?? '')
    .trim()
    .toLowerCase();

/**
 * A submission is known by its timestamp (to the second): a facilitator may correct the email
 * of a row in Review, but never its timestamp. Fixtures space submissions a minute apart.
 */
function timeKey(value: unknown): string {
  const ms = value instanceof Date ? value.getTime() : Date.parse(String(value));
  return Number.isNaN(ms)
    ? `unreadable:${String(value)}`
    : new Date(ms - (ms % 1000)).toISOString();
}

/** Every response the forms hold (Google keeps its own copy), by timestamp, but `except`'s. */
export function formResponseKeys(env: Environment, except: ReadonlySet<string>): string[] {
  return env.meter.internal(() =>
    env.forms
      .all()
      .flatMap((form) => form.getResponses())
      .filter((response) => !except.has(normaliseEmail(response.getRespondentEmail())))
      .map((response) => timeKey(response.getTimestamp())),
  );
}

function countBy(keys: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}

/**
 * No response lost: each form response is in a response tab or in Review. With `settled`
 * (after a normal re-run) also none doubled: each is in exactly one place, every response-tab
 * row is processed ("ok") and no row of a removed member is left. Before the re-run, a copy
 * left by an interrupted move (a row in both places) is allowed: the re-run must finish it.
 */
export function responsesAccountedFor(
  env: Environment,
  settled: boolean,
  removed: readonly string[] = [],
): string[] {
  const problems: string[] = [];
  const gone = new Set(removed.map(normaliseEmail));
  const inSheet: string[] = [];
  const note = (tab: string, row: Record<string, unknown>) => {
    const email = normaliseEmail(row['Email Address']);
    if (gone.has(email)) {
      if (settled) problems.push(`${tab} still has a row of removed member ${email}`);
      return;
    }
    inSheet.push(timeKey(row['Timestamp']));
  };
  for (const tab of RESPONSE_TABS) {
    for (const row of tabRows(env, tab)) {
      const status = String(row['Processing'] ?? '');
      // A blank row a facilitator inserted is no response (the script marks it "blank row").
      if ((row['Timestamp'] ?? '') === '' && (row['Email Address'] ?? '') === '') continue;
      if (settled && status !== 'ok')
        problems.push(`${tab} row for ${String(row['Email Address'])} is "${status}", not "ok"`);
      note(tab, row);
    }
  }
  for (const row of tabRows(env, 'Review')) note('Review', row);
  const expected = countBy(formResponseKeys(env, gone));
  const found = countBy(inSheet);
  for (const [key, n] of expected) {
    const seen = found.get(key) ?? 0;
    if (seen < n) problems.push(`response of ${key} is lost (in no response tab, not in Review)`);
    else if (seen > n && settled) problems.push(`response of ${key} appears ${seen} times`);
  }
  for (const [key] of found)
    if (!expected.has(key)) problems.push(`row of ${key} matches no form response`);
  return problems;
}

function duplicates(label: string, keys: readonly string[]): string[] {
  return [...countBy(keys)]
    .filter(([, n]) => n > 1)
    .map(([key, n]) => `${label} ${key} appears ${n} times`);
}

const day = (value: unknown) =>
  value instanceof Date ? value.toISOString().slice(0, 10) : String(value);

/** Rotation (date, role), Sent keys, and membership of each buddy cycle are unique. */
export function noDuplicateRows(env: Environment): string[] {
  const rotation = tabRows(env, 'Rotation').map(
    (row) => `${day(row['Session date'])} ${String(row['Role'])}`,
  );
  const sent = tabRows(env, 'Sent').map((row) => String(row['Key']));
  const buddySlots = tabRows(env, 'Buddies').flatMap((row) =>
    ['Member A', 'Member B', 'Member C']
      .map((column) => String(row[column] ?? '').trim())
      .filter((id) => id !== '')
      .map((id) => `cycle ${day(row['Cycle start'])} member ${id}`),
  );
  return [
    ...duplicates('Rotation slot', rotation),
    ...duplicates('Sent key', sent),
    ...duplicates('Buddies', buddySlots),
  ];
}

/**
 * No reminder emailed twice. Two identical messages (same recipients, subject and text) are a
 * duplicate; and the outbox must agree with the Sent tab: at least one email per "sent" row,
 * and no more than the "sent" rows plus the "unconfirmed" ones (a run that died while sending).
 * Emails to members whose data was removed are left out: their Sent rows went with them.
 */
export function emailsMatchSentTab(env: Environment, removed: readonly string[]): string[] {
  const gone = new Set(removed.map(normaliseEmail));
  const outbox = env.mail
    .outbox()
    .filter((message) => !message.to.some((address) => gone.has(normaliseEmail(address))));
  const identities = countBy(
    outbox.map((message) => JSON.stringify([message.to, message.subject, message.body])),
  );
  const problems = [...identities]
    .filter(([, n]) => n > 1)
    .map(([identity, n]) => {
      const [to, subject] = JSON.parse(identity) as [string[], string];
      return `the email "${subject}" to ${to.join(', ')} was sent ${n} times`;
    });
  const statuses = tabRows(env, 'Sent').map((row) => String(row['Status']));
  const sent = statuses.filter((status) => status === 'sent').length;
  const unconfirmed = statuses.filter((status) => status.startsWith('unconfirmed')).length;
  if (outbox.length < sent)
    problems.push(`${sent} Sent rows say "sent" but only ${outbox.length} emails went`);
  if (outbox.length > sent + unconfirmed)
    problems.push(
      `${outbox.length} emails went but Sent records only ${sent} sent and ${unconfirmed} unconfirmed`,
    );
  return problems;
}

/**
 * No cell anywhere holds a formula the script wrote (member-typed text must never become one).
 * `typed` lists formulas a facilitator typed on purpose (as `formulasAnywhere` returns them):
 * those may stay, wherever their rows have moved.
 */
export function noFormulas(env: Environment, typed: readonly string[] = []): string[] {
  const text = (where: string) => where.slice(where.indexOf(': ') + 2);
  const allowed = countBy(typed.map(text));
  return formulasAnywhere(env)
    .filter((where) => {
      const left = allowed.get(text(where)) ?? 0;
      allowed.set(text(where), left - 1);
      return left <= 0;
    })
    .map((where) => `formula at ${where}`);
}

/** Each accepted row's derived Member ID is the id of the member with that row's email. */
export function derivedFieldsMatchTheirRow(env: Environment): string[] {
  const idOf = new Map(
    tabRows(env, 'Members').map((row) => [normaliseEmail(row['Email']), row['Member ID']]),
  );
  return RESPONSE_TABS.flatMap((tab) =>
    tabRows(env, tab)
      .filter((row) => row['Processing'] === 'ok')
      .filter((row) => idOf.get(normaliseEmail(row['Email Address'])) !== row['Member ID'])
      .map(
        (row) =>
          `${tab} row of ${String(row['Email Address'])} has Member ID ${String(row['Member ID'])}`,
      ),
  );
}

/** Each member's accepted surveys, in the order they were answered: baseline, follow-up 1, 2… */
export function wavesInOrder(env: Environment): string[] {
  const byMember = new Map<string, Array<{ at: string; wave: string }>>();
  for (const row of tabRows(env, 'Surveys')) {
    if (row['Processing'] !== 'ok') continue;
    const list = byMember.get(String(row['Member ID'])) ?? [];
    list.push({ at: timeKey(row['Timestamp']), wave: String(row['Wave']) });
    byMember.set(String(row['Member ID']), list);
  }
  return [...byMember].flatMap(([member, surveys]) =>
    surveys
      .sort((a, b) => a.at.localeCompare(b.at))
      .flatMap((survey, index) => {
        const wanted = index === 0 ? 'baseline' : `follow-up ${index}`;
        return survey.wave === wanted
          ? []
          : [`${member}'s survey of ${survey.at} is "${survey.wave}", expected "${wanted}"`];
      }),
  );
}
