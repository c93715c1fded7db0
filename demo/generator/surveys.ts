/**
 * Surveys: a baseline soon after joining (or, for founders, soon after the group starts using
 * the survey), then a follow-up each interval, each answered by most but not all members, a
 * few days after the reminder the script sends.
 */
import { addDays } from '../../src/domain/dates';
import { Random } from '../random';
import { latentOn, surveyAnswers } from './answers';
import { Season, sometimeOn } from './calendar';
import type { Person } from './people';
import type { TimelineBuilder } from './timeline-builder';

export function surveyEvents(
  random: Random,
  people: Person[],
  calendar: Season,
  followUpWeeks: number,
  onForm: ReadonlySet<string>,
  timeline: TimelineBuilder,
): void {
  for (const person of people) {
    let due = addDays(person.addedOn, 1);
    for (let wave = 0; due <= calendar.endDate; wave += 1) {
      const date = addDays(due, random.int(1, wave === 0 ? 8 : 12));
      const stillHere = person.leavesOn === null || date <= person.leavesOn;
      const answers = random.chance(
        wave === 0 ? 0.9 * person.surveyDiligence + 0.1 : person.surveyDiligence * 0.85,
      );
      if (stillHere && answers && date <= calendar.endDate)
        timeline.add({
          at: sometimeOn(random, date, 8, 22),
          type: 'survey',
          member: person.member.key,
          answers: surveyAnswers(random, onForm, latentOn(person, date)),
        });
      due = addDays(due, followUpWeeks * 7);
    }
  }
}
