/**
 * A realistic season of a peer support group, from a seed: about 30 members joining over time,
 * 26 weekly sessions (a few cancelled), check-ins with gaps, baseline and follow-up surveys,
 * outreach, menu actions, and a handful of bad submissions. The output is a scenario in the
 * same format `--scenario FILE` reads, and it goes through the same validation and runner.
 */
import { INSTRUMENTS } from '../src/domain/instruments';
import { scenarioTimeToMs } from './local-time';
import { Random } from './random';
import { SCENARIO_VERSION, ScenarioInput } from './scenario-schema';
import { instrumentsOnForm } from './scenario-terms';
import { activityEvents } from './generator/activities';
import { workingGroupEvents } from './generator/working-groups';
import { at, season } from './generator/calendar';
import { menuEvents } from './generator/facilitation';
import { mishapEvents } from './generator/mishaps';
import { generatePeople, keepOnePairApart } from './generator/people';
import { feedbackEvents } from './generator/feedback';
import { communityEvents } from './generator/community';
import { withStories } from './generator/stories';
import { addMemberEvents, checkinEvents, pickCancelled, sessionEvents } from './generator/season';
import { surveyEvents } from './generator/surveys';
import { TimelineBuilder } from './generator/timeline-builder';
import { pickWithdrawal, withWithdrawal } from './generator/withdrawal';

export interface GenerateOptions {
  seed: number;
  members: number;
  weeks: number;
}

export const GENERATE_DEFAULTS: GenerateOptions = { seed: 1, members: 30, weeks: 26 };

/** A Monday in January: the organiser sets up before the first Wednesday meeting. */
const START_DATE = '2026-01-05';
const TIME_ZONE = 'Europe/London';
const FOLLOW_UP_WEEKS = 12;
/** Instruments whose wording a group must paste; the demo pastes visible placeholders. */
// RIBS is for the Community survey (outreach audiences): "Instruments on" leaves it off the
// members' survey, as by default.
const PASTED_INSTRUMENTS = ['swemwbs', 'brcs', 'ismi10', 'ribs'];
/** Short retention windows, so the 26-week season shows comments blanked and a leaver removed. */
export const RETENTION_MONTHS = { comments: 3, leavers: 1 } as const;

/** "[SWEMWBS item 1 — paste licensed wording]": obviously not the real text, never invented wording. */
export function placeholderWording(instrumentIds: readonly string[]): Record<string, string> {
  const wording: Record<string, string> = {};
  for (const instrument of INSTRUMENTS) {
    if (!instrumentIds.includes(instrument.id)) continue;
    for (const item of instrument.items) {
      if (item.text !== null) continue;
      const label = item.label.replace(/ \(.*\)$/, '').replace(/ of \d+$/, '');
      wording[item.id] = `[${instrument.shortTitle} ${label} — paste licensed wording]`;
    }
  }
  return wording;
}

export function generateScenario(options: GenerateOptions): ScenarioInput {
  const random = new Random(options.seed);
  const calendar = season(START_DATE, options.weeks, 'Wednesday');
  const settings: Record<string, string | number> = {
    'Meeting weekday': calendar.meetingWeekday,
    'Meeting time': '18:30',
    'Meeting cadence': 'weekly',
    'Reply-to address': 'riverside.circle@example.org',
    Organisers: 'organiser@example.org',
    'Survey follow-up interval (weeks)': FOLLOW_UP_WEEKS,
    'Daily email budget': 50,
    // Retention (SPEC section 9) at work within one season: the defaults (12 and 24 months)
    // would act only after it ends. Scenarios without these rows keep the defaults.
    'Keep private comments (months)': RETENTION_MONTHS.comments,
    "Keep leavers' rows (months)": RETENTION_MONTHS.leavers,
  };
  const instrumentWording = placeholderWording(PASTED_INSTRUMENTS);
  const onForm = instrumentsOnForm({ settings, instrumentWording });

  const people = generatePeople(random, options.members, calendar);
  keepOnePairApart(random, people);
  const start = at(calendar.startDate, 9, 0);
  const end = at(calendar.endDate, 12, 0);
  const timeline = new TimelineBuilder(
    TIME_ZONE,
    scenarioTimeToMs(start, TIME_ZONE),
    scenarioTimeToMs(end, TIME_ZONE),
  );
  const cancelled = pickCancelled(random, calendar);
  addMemberEvents(random, people, timeline);
  sessionEvents(random, calendar, cancelled, timeline);
  checkinEvents(
    random,
    people,
    calendar,
    cancelled,
    timeline,
    new Random(options.seed * 104729 + 31),
  );
  surveyEvents(random, people, calendar, FOLLOW_UP_WEEKS, onForm, timeline);
  activityEvents(random, people, calendar, timeline);
  workingGroupEvents(options.seed, people, calendar, timeline);
  feedbackEvents(options.seed, people, calendar, timeline);
  communityEvents(options.seed, calendar, timeline);
  mishapEvents(random, people, calendar, cancelled, onForm, timeline);
  menuEvents(calendar, timeline);

  const withdrawal = pickWithdrawal(people, calendar);
  return {
    version: SCENARIO_VERSION,
    group: {
      name: 'Riverside Peer Circle',
      timeZone: TIME_ZONE,
      start,
      end,
      accountEmail: 'organiser@example.org',
      dailyMailQuota: 100,
    },
    settings,
    instrumentWording,
    members: people.map((person) => person.member),
    // One member withdraws consent (SPEC section 9), with no draw from the random streams.
    timeline: withWithdrawal(
      withStories(timeline.build(), withdrawal?.memberKey ?? null),
      withdrawal,
    ),
  };
}
