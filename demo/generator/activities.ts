/**
 * Outreach and community work, typed into the Activities tab by a facilitator the day after it
 * happened: one every three to five weeks, with a few members involved.
 */
import { addDays } from '../../src/domain/dates';
import { Random } from '../random';
import { at, Season } from './calendar';
import type { Person } from './people';
import type { TimelineBuilder } from './timeline-builder';
import { ACTIVITY_IDEAS } from './words';

export function activityEvents(
  random: Random,
  people: Person[],
  calendar: Season,
  timeline: TimelineBuilder,
): void {
  let date = addDays(calendar.startDate, random.int(10, 20));
  while (date < calendar.endDate) {
    // Members typed in at least two days before have been given an id by the daily run.
    const around = people.filter(
      (person) =>
        person.addedOn <= addDays(date, -2) &&
        (person.leavesOn === null || person.leavesOn >= date),
    );
    const idea = random.pick(ACTIVITY_IDEAS);
    timeline.add({
      at: at(addDays(date, 1), 11, random.int(0, 11) * 5),
      type: 'activity',
      date,
      kind: idea.kind,
      description: idea.description,
      partner: idea.partner,
      members: random.sample(around, random.int(1, 3)).map((person) => person.member.key),
      peopleReached: random.int(idea.reach[0], idea.reach[1]),
    });
    date = addDays(date, random.int(21, 35));
  }
}
