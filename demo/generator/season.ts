/**
 * The weekly life of the group: members typed in as they join, breaks and departures, sessions
 * given topics, a few cancelled, the rest marked held, and after each session the check-ins of
 * those who came (and of a few who could not).
 */
import { addDays } from '../../src/domain/dates';
import { PARTICIPATION } from '../../src/domain/forms/checkin-form';
import { Random } from '../random';
import { checkinScores, latentOn } from './answers';
import { at, Season, sometimeOn } from './calendar';
import type { Person } from './people';
import type { TimelineBuilder } from './timeline-builder';
import { CANCEL_REASONS, COMMENTS, OUTREACH_DONE, TOPICS } from './words';

/** Members and their changes of circumstance. */
export function addMemberEvents(random: Random, people: Person[], timeline: TimelineBuilder): void {
  for (const person of people) {
    const key = person.member.key;
    timeline.add({
      at: person.founder ? at(person.addedOn, 9, 15) : sometimeOn(random, person.addedOn, 10, 17),
      type: 'add-member',
      member: key,
      note: person.founder ? 'founding member' : 'new member',
    });
    if (person.breakWindow) {
      timeline.add({
        at: sometimeOn(random, person.breakWindow.announcedOn, 10, 17),
        type: 'update-member',
        member: key,
        unavailable: { from: person.breakWindow.from, to: person.breakWindow.to },
        note: 'away for a while',
      });
    }
    if (person.leavesOn) {
      timeline.add({
        at: sometimeOn(random, addDays(person.leavesOn, 1), 10, 17),
        type: 'update-member',
        member: key,
        status: 'left',
        note: 'has moved on from the group',
      });
    }
  }
}

/** Sessions the facilitators cancel: about one in ten, never the first two or the last. */
export function pickCancelled(random: Random, calendar: Season): Set<string> {
  const candidates = calendar.sessionDates.slice(2, -1);
  return new Set(random.sample(candidates, Math.round(calendar.sessionDates.length / 10)));
}

export function sessionEvents(
  random: Random,
  calendar: Season,
  cancelled: ReadonlySet<string>,
  timeline: TimelineBuilder,
): void {
  const topics = random.shuffle(TOPICS);
  calendar.sessionDates.forEach((date, index) => {
    if (cancelled.has(date)) {
      timeline.add({
        at: sometimeOn(random, addDays(date, -random.int(1, 6)), 9, 12),
        type: 'session',
        date,
        status: 'cancelled',
        note: random.pick(CANCEL_REASONS),
      });
      return;
    }
    if (random.chance(0.75))
      timeline.add({
        at: sometimeOn(random, addDays(date, -6), 9, 12),
        type: 'session',
        date,
        topic: topics[index % topics.length],
      });
    timeline.add({ at: at(addDays(date, 1), 9, 30), type: 'session', date, status: 'held' });
  });
}

function present(person: Person, date: string): boolean {
  if (person.addedOn > date || (person.leavesOn !== null && date > person.leavesOn)) return false;
  const away = person.breakWindow;
  return !(away && date >= away.from && date <= away.to);
}

/** One low week in this many brings a contact request, up to CONTACT_MOST in a season. */
const CONTACT_EVERY = 8;
const CONTACT_MOST = 4;

/** After each session held: check-ins from most of those who came, and from a few who did not. */
export function checkinEvents(
  random: Random,
  people: Person[],
  calendar: Season,
  cancelled: ReadonlySet<string>,
  timeline: TimelineBuilder,
  openness: Random,
): void {
  // Contact requests follow a fixed rule, not the random stream, so adding them left every
  // other generated answer as it was: a few members with a low week ask, one in every eight.
  let lowWeeks = 0;
  let asked = 0;
  let checkins = 0;
  for (const date of calendar.sessionDates) {
    if (cancelled.has(date)) continue;
    for (const person of people) {
      if (!present(person, date)) continue;
      const firstTime = person.addedOn > addDays(date, -7);
      const attended = random.chance(firstTime ? 0.95 : person.attendance);
      const checksIn = attended ? random.chance(person.checkinRate) : random.chance(0.12);
      if (!checksIn) continue;
      // Most check in that evening; some the next day or the day after.
      const late = random.chance(0.3);
      const when = late
        ? sometimeOn(random, addDays(date, random.int(1, 2)), 8, 22)
        : sometimeOn(random, date, 20, 23);
      const participation = !attended
        ? PARTICIPATION[2]
        : random.chance(person.onlineShare)
          ? PARTICIPATION[1]
          : PARTICIPATION[0];
      const outreach = attended && random.chance(0.06);
      const comment = random.chance(0.12) ? random.pick(COMMENTS) : undefined;
      // In the order the random stream was drawn before contact requests existed.
      const namesDate = late || random.chance(0.5);
      const scores = checkinScores(random, latentOn(person, date), attended);
      checkins += 1;
      let contactRequest: boolean | undefined;
      if (scores.mood <= 2) {
        lowWeeks += 1;
        if (lowWeeks % CONTACT_EVERY === 3 && asked < CONTACT_MOST) {
          contactRequest = true;
          asked += 1;
        }
      }
      if (contactRequest === undefined && checkins % 4 === 0) contactRequest = false;
      timeline.add({
        at: when,
        type: 'checkin',
        member: person.member.key,
        answers: {
          ...(namesDate ? { sessionDate: date } : {}),
          participation,
          ...scores,
          outreach,
          ...(outreach ? { outreachWhat: random.pick(OUTREACH_DONE) } : {}),
          ...(comment ? { comment } : {}),
          ...(contactRequest !== undefined ? { contactRequest } : {}),
          ...talkedOutside(openness, person, date),
        },
      });
      // Someone gets in touch within a few days and marks the request done.
      const doneOn = addDays(when.slice(0, 10), 3);
      if (
        contactRequest === true &&
        doneOn <= calendar.sessionDates[calendar.sessionDates.length - 1]
      )
        timeline.add({
          at: at(doneOn, 12),
          type: 'contact-done',
          member: person.member.key,
        });
    }
  }
}

/**
 * Openness outside the group, from its own random stream so the rest of the season stays as
 * it was: some skip the optional question; those who answer talk more as they feel better and
 * the longer they have been coming.
 */
function talkedOutside(random: Random, person: Person, date: string): { talkedOutside?: boolean } {
  if (random.chance(0.15)) return {};
  const months = Math.max(0, (Date.parse(date) - Date.parse(person.addedOn)) / (30 * 86_400_000));
  const likelihood = Math.min(
    0.85,
    Math.max(0.05, 0.3 + 0.1 * latentOn(person, date) + 0.04 * months),
  );
  return { talkedOutside: random.chance(likelihood) };
}
