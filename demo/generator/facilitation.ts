/**
 * What the organisers do from the menu: plan the rotation and buddies at the start, send
 * reminders by hand once, re-plan every four weeks as people join, refresh the outcome figures
 * monthly, and at the end refresh once more and generate the report for the whole season.
 */
import { addDays } from '../../src/domain/dates';
import { at, Season } from './calendar';
import type { TimelineBuilder } from './timeline-builder';

export function menuEvents(calendar: Season, timeline: TimelineBuilder): void {
  const start = calendar.startDate;
  timeline.add({ at: at(start, 9, 40), type: 'menu', item: 'Plan rotation' });
  timeline.add({ at: at(start, 9, 45), type: 'menu', item: 'Assign buddies' });
  timeline.add({ at: at(addDays(start, 7), 9, 0), type: 'menu', item: 'Send due reminders now' });
  for (let day = 28; addDays(start, day) < calendar.endDate; day += 28) {
    timeline.add({ at: at(addDays(start, day), 10, 0), type: 'menu', item: 'Plan rotation' });
    timeline.add({ at: at(addDays(start, day), 10, 15), type: 'menu', item: 'Refresh outcomes' });
  }
  timeline.add({ at: at(calendar.endDate, 10, 0), type: 'menu', item: 'Refresh outcomes' });
  timeline.add({
    at: at(calendar.endDate, 10, 30),
    type: 'menu',
    item: 'Generate report',
    prompt: `${start} to ${calendar.endDate}`,
    note: 'the report for the whole season',
  });
}
