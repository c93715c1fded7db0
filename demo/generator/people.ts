/**
 * The members of a generated group and what the scenario does not say about them but their
 * behaviour depends on: how often they come, how diligent they are with forms, where their
 * wellbeing starts and how much the group helps them. About four in ten are founding members
 * (joined last year); the rest join during the first three quarters of the season.
 */
import { addDays } from '../../src/domain/dates';
import { DEFAULT_ROLES } from '../../src/domain/settings';
import { Random } from '../random';
import type { ScenarioInput } from '../scenario-schema';
import { emailLocalPart, Season } from './calendar';
import { FIRST_NAMES, LAST_NAMES, ROLE_NOTES } from './words';

export type MemberInput = NonNullable<ScenarioInput['members']>[number];

export interface Person {
  member: MemberInput;
  founder: boolean;
  /** When the facilitator types them into the Members tab. */
  addedOn: string;
  attendance: number;
  checkinRate: number;
  onlineShare: number;
  surveyDiligence: number;
  /** Starting wellbeing on a standard-normal scale (0 = typical for the group). */
  wellbeing: number;
  /** Improvement reached after about four months of coming, on the same scale. */
  gain: number;
  /**
   * Where the gain is counted from: joining, or for founders (who joined long ago and have
   * settled) the start of the season, when the group starts its new programme.
   */
  gainFrom: string;
  /** The date they stop coming and are marked as left, if they do. */
  leavesOn: string | null;
  /** A break announced during the season (the Members tab's unavailable window). */
  breakWindow: { announcedOn: string; from: string; to: string } | null;
}

const SUPPORTING_ROLES = DEFAULT_ROLES.filter((role) => role !== 'Facilitator');

function uniqueNames(random: Random, count: number): Array<{ first: string; last: string }> {
  const firsts = random.shuffle(FIRST_NAMES);
  const lasts = random.shuffle(LAST_NAMES);
  return Array.from({ length: count }, (_, index) => ({
    first: firsts[index % firsts.length],
    last: lasts[(index + Math.floor(index / firsts.length)) % lasts.length],
  }));
}

function founderRoles(random: Random): string[] {
  if (random.chance(0.45)) return [...DEFAULT_ROLES];
  const roles = random.sample(DEFAULT_ROLES, random.int(2, 4));
  return DEFAULT_ROLES.filter((role) => roles.includes(role));
}

function newcomerRoles(random: Random): string[] {
  if (random.chance(0.15)) return [];
  const roles = random.sample(SUPPORTING_ROLES, random.int(1, 3));
  if (random.chance(0.25)) roles.push('Facilitator');
  return DEFAULT_ROLES.filter((role) => roles.includes(role));
}

export function generatePeople(random: Random, count: number, calendar: Season): Person[] {
  const founders = Math.min(count, Math.max(3, Math.round(count * 0.4)));
  const names = uniqueNames(random, count);
  const sessions = calendar.sessionDates;
  const lastJoinWeek = Math.max(1, Math.floor(sessions.length * 0.75));
  return names.map(({ first, last }, index) => {
    const founder = index < founders;
    // Newcomers arrive spread over the season, each a few days before their first session.
    const firstSession = founder
      ? calendar.sessionDates[0]
      : sessions[Math.min(sessions.length - 1, random.int(1, lastJoinWeek))];
    const joined = founder
      ? addDays(calendar.startDate, -random.int(60, 400))
      : addDays(firstSession, -random.int(1, 6));
    const addedOn = founder ? calendar.startDate : joined;
    const weeksLeft = sessions.filter((date) => date > addedOn).length;
    const leavesOn =
      random.chance(0.12) && weeksLeft > 6
        ? sessions[sessions.length - weeksLeft + random.int(4, weeksLeft - 1)]
        : null;
    const breakStartIndex = sessions.length - weeksLeft + random.int(2, Math.max(2, weeksLeft - 3));
    const breakStart = sessions[Math.min(sessions.length - 1, breakStartIndex)];
    const breakWindow =
      random.chance(0.15) && weeksLeft > 5 && leavesOn === null
        ? {
            announcedOn: addDays(breakStart, -random.int(5, 12)),
            from: addDays(breakStart, -1),
            to: addDays(breakStart, 7 * random.int(1, 3) - 1),
          }
        : null;
    const member: MemberInput = {
      key: emailLocalPart(first, last).replace('.', '-'),
      name: `${first} ${last}`,
      email: `${emailLocalPart(first, last)}@example.org`,
      joined,
      status: 'active',
      roles: founder ? founderRoles(random) : newcomerRoles(random),
      unavailable: null,
      emailReminders: random.chance(0.88),
      buddyProgramme: random.chance(founder ? 0.6 : 0.85),
      mentorCapacity: founder && random.chance(0.2) ? 2 : 1,
      doNotPairWith: [],
      notes: random.chance(0.2) ? random.pick(ROLE_NOTES) : '',
    };
    return {
      member,
      founder,
      addedOn,
      attendance: random.between(0.45, 0.95),
      checkinRate: random.between(0.55, 0.95),
      onlineShare: random.chance(0.3) ? random.between(0.3, 0.9) : random.between(0, 0.15),
      surveyDiligence: random.between(0.6, 1),
      wellbeing: random.normal(0, 1),
      gain: random.normal(0.45, 0.5),
      gainFrom: founder ? calendar.startDate : joined,
      leavesOn,
      breakWindow,
    };
  });
}

/** One pair asks to be kept apart (an ex-partner, a neighbour): the buddy step must honour it. */
export function keepOnePairApart(random: Random, people: Person[]): void {
  const inProgramme = people.filter((person) => person.member.buddyProgramme);
  if (inProgramme.length < 4) return;
  const [a, b] = random.sample(inProgramme, 2);
  a.member.doNotPairWith = [b.member.key];
}
