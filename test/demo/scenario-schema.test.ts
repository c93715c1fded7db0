/**
 * The scenario format rejects bad input with the path of the field at fault, and accepts the
 * shipped example and what the generator writes.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { generateScenario } from '../../demo/generate';
import { parseScenario, parseScenarioText, ScenarioError } from '../../demo/parse-scenario';

const EXAMPLE = path.resolve(__dirname, '../../examples/small-group.json');

const group = {
  name: 'Test group',
  timeZone: 'Europe/London',
  start: '2026-01-05 09:00',
  end: '2026-02-01 12:00',
};
const member = {
  key: 'ann',
  name: 'Ann',
  email: 'ann@example.org',
  joined: '2025-12-01',
  roles: ['Greeter'],
};
const checkin = {
  at: '2026-01-07 21:00',
  type: 'checkin',
  member: 'ann',
  answers: { participation: 'In person', mood: 4, coping: 3, supported: 5, outreach: false },
};

function problems(data: unknown): string[] {
  try {
    parseScenario(data);
  } catch (error) {
    if (error instanceof ScenarioError) return error.problems;
    throw error;
  }
  throw new Error('expected the scenario to be rejected');
}

const withTimeline = (...events: unknown[]) => ({
  version: 1,
  group,
  members: [member],
  timeline: [{ at: '2026-01-05 09:30', type: 'add-member', member: 'ann' }, ...events],
});

describe('scenario schema', () => {
  it('accepts a minimal scenario and fills in the defaults', () => {
    const scenario = parseScenario(withTimeline(checkin));
    expect(scenario.members[0]).toMatchObject({
      status: 'active',
      emailReminders: true,
      mentorCapacity: 1,
    });
    expect(scenario.settings).toEqual({});
  });

  it("takes the account's language, English when it is not given", () => {
    expect(parseScenario(withTimeline(checkin)).group.accountLanguage).toBe('en');
    const spanish = { ...withTimeline(checkin), group: { ...group, accountLanguage: 'es' } };
    expect(parseScenario(spanish).group.accountLanguage).toBe('es');
    const klingon = { ...withTimeline(checkin), group: { ...group, accountLanguage: 'tlh' } };
    expect(problems(klingon)).toEqual([
      'group.accountLanguage: expected one of "en", "es", "fr", "de", "pt"',
    ]);
  });

  it('names the field of an out-of-range answer', () => {
    expect(
      problems(withTimeline({ ...checkin, answers: { ...checkin.answers, mood: 7 } })),
    ).toEqual(['timeline[1].answers.mood: expected a number from 1 to 5']);
  });

  it('names a missing answer, a misspelt field and an unknown event type', () => {
    const { mood: _mood, ...noMood } = checkin.answers;
    expect(
      problems(
        withTimeline(
          { ...checkin, answers: { ...noMood, moood: 4 } },
          { at: '2026-01-08 09:00', type: 'dance' },
        ),
      ),
    ).toEqual([
      'timeline[1].answers.mood: missing; expected a number from 1 to 5',
      'timeline[1].answers.moood: unknown field (check the spelling)',
      expect.stringMatching(/^timeline\[2\]\.type: expected "type" to be one of "add-member", /),
    ]);
  });

  it('checks references, order and times across the scenario', () => {
    expect(
      problems(
        withTimeline(
          { ...checkin, member: 'bob' },
          { ...checkin, at: '2026-01-06 09:00' },
          { ...checkin, at: '2027-01-01 09:00' },
          { ...checkin, at: 'next tuesday' },
        ),
      ),
    ).toEqual([
      'timeline[4].at: expected a time like "2026-01-07 19:30" (the group\'s local time), or ISO 8601 with Z or an offset',
      'timeline[1].member: no member with key "bob"',
      'timeline[2].at: expected events in time order: this one is before the one above it',
      'timeline[3].at: expected a time between group.start and group.end',
    ]);
  });

  it("validates settings with the app's own rules, members against the group's roles", () => {
    expect(
      problems({
        version: 1,
        group,
        settings: { 'Meeting weekday': 'Funday', 'Check-in form ID': 'x' },
        members: [{ ...member, email: 'not-an-email', roles: ['Chair'], doNotPairWith: ['ann'] }],
      }),
    ).toEqual([
      'members[0].email: expected an email address',
      'settings["Meeting weekday"]: expected one of Monday, Tuesday, Wednesday, Thursday, Friday, Saturday, Sunday',
      expect.stringMatching(/^settings\["Check-in form ID"\]: not a setting a group types/),
      'members[0].roles[0]: "Chair" is not one of the group\'s roles (Facilitator, Co-facilitator, Timekeeper, Greeter, Note-taker)',
      'members[0].doNotPairWith[0]: a member cannot be kept apart from themselves',
    ]);
  });

  it('refuses survey answers for instruments the form cannot carry, and impossible values', () => {
    const survey = (answers: Record<string, number>) => ({
      at: '2026-01-07 21:00',
      type: 'survey',
      member: 'ann',
      answers,
    });
    const rosenberg = Object.fromEntries(
      Array.from({ length: 10 }, (_, i) => [`rses_${i + 1}`, 2]),
    );
    const found = problems({
      ...withTimeline(survey({ ...rosenberg, rses_1: 4, swemwbs_1: 3 })),
      settings: { 'Instruments on': 'rses, swemwbs' },
    });
    expect(found).toEqual([
      expect.stringMatching(/^timeline\[1\]\.answers\.rses_1: expected one of 3, 2, 1, 0 /),
      expect.stringMatching(
        /^timeline\[1\]\.answers\.swemwbs_1: SWEMWBS is not on the Survey form/,
      ),
    ]);
  });

  it('reports a file that is not JSON, naming the file', () => {
    expect(() => parseScenarioText('{ "version": 1,', 'my.json')).toThrow(
      /^my\.json: not a valid scenario:\n {2}- not valid JSON/,
    );
  });

  it('accepts the shipped example and the generated group', () => {
    const example = parseScenarioText(readFileSync(EXAMPLE, 'utf8'), EXAMPLE);
    expect(example.timeline.map((event) => event.type)).toEqual(
      expect.arrayContaining([
        'add-member',
        'update-member',
        'checkin',
        'survey',
        'raw-submission',
        'activity',
        'session',
        'menu',
        'fix-review',
        'wait',
      ]),
    );
    expect(() => parseScenario(generateScenario({ seed: 5, members: 12, weeks: 6 }))).not.toThrow();
  });
});
