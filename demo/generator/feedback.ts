/**
 * The anonymous Group feedback form: after every fourth session, some of the members who are
 * around fill it in, a few with what they would like more or less of. Drawn from a generator
 * of its own so the rest of a seed's season is the same as before the form existed.
 */
import { addDays } from '../../src/domain/dates';
import { Random } from '../random';
import { Season, sometimeOn } from './calendar';
import type { Person } from './people';
import type { TimelineBuilder } from './timeline-builder';

const MORE_OF = [
  'Time in small groups',
  'Sessions on sleep and routines',
  'Guest speakers from the community',
  'Time to just talk',
] as const;
const LESS_OF = ['Long introductions', 'Running over time', 'Too many topics in one evening'];
const IDEAS = [
  'A walk together once a month',
  'A shared list of local support services',
  'An online session for those who cannot travel',
] as const;

export function feedbackEvents(
  seed: number,
  people: Person[],
  calendar: Season,
  timeline: TimelineBuilder,
): void {
  const random = new Random(seed * 6151 + 101);
  calendar.sessionDates.forEach((date, index) => {
    if (index % 4 !== 3) return;
    const around = people.filter(
      (person) => person.addedOn <= date && (person.leavesOn === null || person.leavesOn >= date),
    );
    for (const person of around) {
      if (!random.chance(0.45)) continue;
      const rating = Math.max(
        1,
        Math.min(5, Math.round(random.normal(3.9 + 0.3 * person.wellbeing, 0.8))),
      );
      timeline.add({
        at: sometimeOn(random, addDays(date, random.int(0, 3)), 9, 22),
        type: 'feedback',
        answers: {
          rating,
          ...(random.chance(0.4) ? { moreOf: random.pick(MORE_OF) } : {}),
          ...(random.chance(0.2) ? { lessOf: random.pick(LESS_OF) } : {}),
          ...(random.chance(0.15) ? { ideas: random.pick(IDEAS) } : {}),
        },
      });
    }
  });
}
