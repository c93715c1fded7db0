/**
 * Working groups, typed into their tab by a facilitator: one formed a few weeks in with a
 * partner, one later that finishes before the season ends. Drawn from a generator of their own
 * so the rest of a seed's season is the same as before working groups existed.
 */
import { addDays } from '../../src/domain/dates';
import { Random } from '../random';
import { at, Season } from './calendar';
import type { Person } from './people';
import type { TimelineBuilder } from './timeline-builder';

const IDEAS = [
  {
    name: 'Library stall team',
    purpose: 'Runs the information stall at the central library',
    partner: 'Riverside Libraries',
    nextStep: 'Book the spring dates',
  },
  {
    name: 'Newsletter',
    purpose: 'A short monthly newsletter for members and partners',
    partner: '',
    nextStep: 'Collect stories for the next issue',
  },
] as const;

export function workingGroupEvents(
  seed: number,
  people: Person[],
  calendar: Season,
  timeline: TimelineBuilder,
): void {
  const random = new Random(seed * 7919 + 17);
  IDEAS.forEach((idea, index) => {
    const started = addDays(calendar.startDate, 21 + index * random.int(21, 42));
    if (started >= calendar.endDate) return;
    const around = people.filter(
      (person) =>
        person.addedOn <= addDays(started, -2) &&
        (person.leavesOn === null || person.leavesOn >= started),
    );
    if (around.length < 2) return;
    const members = random.sample(around, Math.min(around.length, random.int(3, 6)));
    const event = {
      type: 'working-group' as const,
      name: idea.name,
      purpose: idea.purpose,
      members: members.map((person) => person.member.key),
      partner: idea.partner,
      nextStep: idea.nextStep,
      started,
    };
    timeline.add({ ...event, at: at(addDays(started, 1), 10, 0), status: 'active' });
    // The second group finishes its work before the end of the season.
    const ends = addDays(started, 56);
    if (index === 1 && ends < calendar.endDate)
      timeline.add({ ...event, at: at(ends, 10, 0), status: 'finished', nextStep: '' });
  });
}
