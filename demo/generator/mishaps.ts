/**
 * The submissions a real group gets wrong, spread over the season so each shows up in Review:
 * a typo in an email address (which a facilitator later corrects and re-processes), an answer
 * out of range that the form should never have let through, a comment that looks like a
 * spreadsheet formula, and a survey with an impossible answer.
 */
import { addDays } from '../../src/domain/dates';
import { Random } from '../random';
import { at, Season } from './calendar';
import type { Person } from './people';
import type { TimelineBuilder } from './timeline-builder';

/** The first session held at or after this fraction of the season. */
function sessionAt(calendar: Season, cancelled: ReadonlySet<string>, fraction: number): string {
  const dates = calendar.sessionDates;
  const from = Math.min(dates.length - 1, Math.floor(dates.length * fraction));
  return dates.slice(from).find((date) => !cancelled.has(date)) ?? dates[from];
}

function someoneAround(random: Random, people: Person[], date: string): Person {
  const around = people.filter(
    (person) => person.addedOn < date && (person.leavesOn === null || person.leavesOn >= date),
  );
  return random.pick(around.length > 0 ? around : people);
}

const ordinary = { participation: 'In person' as const, coping: 3, supported: 4, outreach: false };

export function mishapEvents(
  random: Random,
  people: Person[],
  calendar: Season,
  cancelled: ReadonlySet<string>,
  onForm: ReadonlySet<string>,
  timeline: TimelineBuilder,
): void {
  const sessionAround = (fraction: number) => sessionAt(calendar, cancelled, fraction);
  const typoDay = sessionAround(0.15);
  const typist = someoneAround(random, people, typoDay);
  const typo = typist.member.email.replace('@example.org', '@exmaple.org');
  timeline.add({
    at: at(typoDay, 21, 5),
    type: 'checkin',
    email: typo,
    answers: { ...ordinary, sessionDate: typoDay, mood: 3 },
    note: `${typist.member.name} mistypes their email address`,
  });
  timeline.add({
    at: at(addDays(typoDay, 2), 10, 0),
    type: 'fix-review',
    email: typo,
    set: { 'Email Address': typist.member.email },
    action: 're-process',
    note: 'the facilitator recognises the address and corrects it',
  });
  timeline.add({
    at: at(addDays(typoDay, 2), 10, 5),
    type: 'menu',
    item: 'Re-process reviewed rows',
  });

  const rangeDay = sessionAround(0.35);
  timeline.add({
    at: at(rangeDay, 22, 40),
    type: 'raw-submission',
    form: 'checkin',
    member: someoneAround(random, people, rangeDay).member.key,
    answers: { participation: 'Online', mood: 7, coping: 3, supported: 4, outreach: 'No' },
    note: 'an old copy of the form let a 7 through',
  });

  const formulaDay = sessionAround(0.55);
  timeline.add({
    at: at(formulaDay, 21, 50),
    type: 'checkin',
    member: someoneAround(random, people, formulaDay).member.key,
    answers: {
      ...ordinary,
      mood: 4,
      comment: '=HYPERLINK("http://example.com/prize","You have won")',
    },
    note: 'a comment that looks like a spreadsheet formula',
  });

  if (onForm.has('swemwbs')) {
    const surveyDay = addDays(sessionAround(0.7), 2);
    const answers: Record<string, number> = {};
    for (let item = 1; item <= 7; item += 1) answers[`swemwbs_${item}`] = item === 3 ? 9 : 3;
    timeline.add({
      at: at(surveyDay, 19, 20),
      type: 'raw-submission',
      form: 'survey',
      member: someoneAround(random, people, surveyDay).member.key,
      answers,
      note: 'an answer of 9 on a 1-5 scale',
    });
  }
}
