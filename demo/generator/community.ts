/**
 * The Community survey (SPEC section 10): two outreach events with event codes, typed into
 * Activities two days before, and their audiences answering the anonymous survey before and
 * after. The panel has enough responses to show its figures; the market stall has four, so its
 * figures are suppressed; and one person at the panel mistypes the code, so their response
 * waits in Review. Drawn from a generator of its own, so the rest of a seed's season is as
 * before the form existed.
 */
import { addDays } from '../../src/domain/dates';
import { Random } from '../random';
import { at, Season } from './calendar';
import type { TimelineBuilder } from './timeline-builder';

interface OutreachEvent {
  readonly sessionIndex: number;
  readonly kind: 'peer-led panel' | 'outreach';
  readonly description: string;
  readonly partner: string;
  readonly peopleReached: number;
  readonly code: string;
  readonly before: number;
  readonly after: number;
  /** The code one person types instead, or null. */
  readonly mistyped: string | null;
}

export const COMMUNITY_EVENTS: readonly OutreachEvent[] = [
  {
    sessionIndex: 5,
    kind: 'peer-led panel',
    description: 'Panel: living with mental illness, at Northgate College',
    partner: 'Northgate College',
    peopleReached: 70,
    code: 'RPC-PANEL1',
    before: 14,
    after: 12,
    mistyped: 'RPC-PANE1',
  },
  {
    sessionIndex: 13,
    kind: 'outreach',
    description: 'Stall and chat at the Saturday market',
    partner: '',
    peopleReached: 35,
    code: 'RPC-MARKET',
    before: 2,
    after: 2,
    mistyped: null,
  },
];

/** RIBS codes: reported behaviour 1 yes, 2 no, 9 don't know; intended behaviour 1-5 or 9. */
function ribsAnswers(random: Random, centre: number): Record<string, number> {
  const answers: Record<string, number> = {};
  for (let item = 1; item <= 4; item += 1) {
    if (random.chance(0.1)) continue; // optional: skipped
    answers[`ribs_${item}`] = random.chance(0.1) ? 9 : random.chance(0.45) ? 1 : 2;
  }
  for (let item = 5; item <= 8; item += 1)
    answers[`ribs_${item}`] = random.chance(0.05)
      ? 9
      : Math.max(1, Math.min(5, Math.round(random.normal(centre, 1))));
  return answers;
}

export function communityEvents(seed: number, calendar: Season, timeline: TimelineBuilder): void {
  const random = new Random(seed * 7919 + 211);
  for (const event of COMMUNITY_EVENTS) {
    const session = calendar.sessionDates[event.sessionIndex];
    if (!session) continue;
    // A Saturday or so after that week's session.
    const date = addDays(session, 3);
    const typed = timeline.add({
      at: at(addDays(date, -2), 10, 0),
      type: 'activity',
      date,
      kind: event.kind,
      description: event.description,
      partner: event.partner,
      members: [],
      peopleReached: event.peopleReached,
      eventCode: event.code,
    });
    if (!typed) continue;
    const respond = (timing: 'before' | 'after', index: number, code: string) =>
      timeline.add({
        at: at(date, timing === 'before' ? 14 : 16, Math.min(59, index * 3 + random.int(0, 2))),
        type: 'community',
        eventCode: code,
        timing,
        answers: ribsAnswers(random, timing === 'before' ? 3.2 : 3.8),
      });
    for (let i = 0; i < event.before; i += 1) respond('before', i, event.code);
    for (let i = 0; i < event.after; i += 1) respond('after', i, event.code);
    if (event.mistyped !== null) respond('after', event.after, event.mistyped);
  }
}
