/**
 * The generated group: deterministic for a seed, shaped by --members and --weeks, realistic
 * enough to exercise the script (joiners over time, cancellations, bad submissions), and in the
 * very format `--scenario` reads.
 */
import { generateScenario, placeholderWording } from '../../demo/generate';
import { scenarioTimeToMs } from '../../demo/local-time';
import { parseScenario, parseScenarioText } from '../../demo/parse-scenario';
import { Scenario } from '../../demo/scenario-schema';

const generated = (seed: number, members = 30, weeks = 26): Scenario =>
  parseScenario(generateScenario({ seed, members, weeks }));

describe('generated scenario', () => {
  const season = generated(1);

  it('is the same for the same seed, and differs for another', () => {
    expect(generateScenario({ seed: 1, members: 30, weeks: 26 })).toEqual(
      generateScenario({ seed: 1, members: 30, weeks: 26 }),
    );
    expect(JSON.stringify(generateScenario({ seed: 2, members: 30, weeks: 26 }))).not.toEqual(
      JSON.stringify(generateScenario({ seed: 1, members: 30, weeks: 26 })),
    );
  });

  it('survives a round trip through JSON, as --write-scenario then --scenario does', () => {
    const written = JSON.stringify(generateScenario({ seed: 3, members: 10, weeks: 5 }), null, 2);
    expect(parseScenarioText(written, 'written.json')).toEqual(generated(3, 10, 5));
  });

  it('has the members and weeks asked for, with members joining over time', () => {
    const small = generated(4, 8, 4);
    expect(small.members).toHaveLength(8);
    const statuses = (scenario: Scenario) =>
      scenario.timeline.filter((event) => event.type === 'session' && event.status !== undefined);
    expect(statuses(small)).toHaveLength(4);
    expect(season.members).toHaveLength(30);
    expect(new Set(season.members.map((member) => member.key)).size).toBe(30);
    const sessions = statuses(season);
    expect(sessions).toHaveLength(26);
    const cancelled = sessions.filter(
      (event) => event.type === 'session' && event.status === 'cancelled',
    );
    expect(cancelled.length).toBeGreaterThanOrEqual(2);
    const joinDays = new Set(
      season.timeline
        .filter((event) => event.type === 'add-member')
        .map((event) => event.at.slice(0, 10)),
    );
    expect(joinDays.size).toBeGreaterThan(8);
  });

  it('lists events in time order within the season', () => {
    const tz = season.group.timeZone;
    const times = season.timeline.map((event) => scenarioTimeToMs(event.at, tz));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(times[0]).toBeGreaterThanOrEqual(scenarioTimeToMs(season.group.start, tz));
    expect(times[times.length - 1]).toBeLessThanOrEqual(scenarioTimeToMs(season.group.end, tz));
  });

  it('has check-ins with gaps, baselines and follow-ups, outreach and menu actions', () => {
    const checkins = season.timeline.filter((event) => event.type === 'checkin');
    expect(checkins.length).toBeGreaterThan(150);
    // Nobody checks in after every session.
    const perMember = new Map<string, number>();
    for (const event of checkins)
      if (event.member) perMember.set(event.member, (perMember.get(event.member) ?? 0) + 1);
    expect(Math.max(...perMember.values())).toBeLessThan(26);
    const surveysBy = new Map<string, number>();
    for (const event of season.timeline)
      if (event.type === 'survey' && event.member)
        surveysBy.set(event.member, (surveysBy.get(event.member) ?? 0) + 1);
    expect([...surveysBy.values()].filter((count) => count >= 2).length).toBeGreaterThan(5);
    expect(season.timeline.filter((event) => event.type === 'activity').length).toBeGreaterThan(3);
    const menu = season.timeline.flatMap((event) => (event.type === 'menu' ? [event.item] : []));
    expect(new Set(menu)).toEqual(
      new Set([
        'Plan rotation',
        'Assign buddies',
        'Send due reminders now',
        'Refresh outcomes',
        'Generate report',
        'Re-process reviewed rows',
      ]),
    );
    expect(season.timeline.at(-1)).toMatchObject({
      type: 'menu',
      item: 'Generate report',
      prompt: '2026-01-05 to 2026-07-06',
    });
  });

  it('includes the bad submissions a real group gets', () => {
    const emails = new Set(season.members.map((member) => member.email));
    const unknown = season.timeline.filter(
      (event) => event.type === 'checkin' && event.email !== undefined && !emails.has(event.email),
    );
    expect(unknown).toHaveLength(1);
    const raw = season.timeline.filter((event) => event.type === 'raw-submission');
    expect(raw.map((event) => event.type === 'raw-submission' && event.form)).toEqual([
      'checkin',
      'survey',
    ]);
    const formula = season.timeline.filter(
      (event) => event.type === 'checkin' && event.answers.comment?.startsWith('='),
    );
    expect(formula).toHaveLength(1);
  });

  it('pastes visible placeholders, never invented wording, for instruments whose text does not ship', () => {
    expect(season.instrumentWording.swemwbs_1).toBe('[SWEMWBS item 1 — paste licensed wording]');
    expect(Object.keys(placeholderWording(['swemwbs', 'brcs', 'ismi10']))).toHaveLength(7 + 4 + 10);
    expect(
      Object.values(season.instrumentWording).every((text) =>
        /^\[.* — paste licensed wording\]$/.test(text),
      ),
    ).toBe(true);
    const survey = season.timeline.find((event) => event.type === 'survey');
    expect(Object.keys(survey?.type === 'survey' ? survey.answers : {})).toHaveLength(
      7 + 10 + 4 + 10,
    );
  });
});
