/**
 * Stories (SPEC section 10): three members write a short story on a follow-up survey; two agree
 * to be quoted without their name and a facilitator approves theirs in the Stories tab a few days
 * later, so the report quotes them; the third says only the facilitators may read it. Chosen by
 * a fixed rule (no random draw), so the rest of a seed's season is as before.
 */
import { addDays } from '../../src/domain/dates';
import type { EventInput } from './timeline-builder';

const STORIES = [
  'I stopped feeling like the only one. Hearing others talk about bad weeks made it easier to get through mine.',
  'Being a greeter gave me a reason to leave the house on Wednesdays, and now I look forward to it.',
  'I finally told my sister what has been going on, after practising the words here.',
] as const;

/** The timeline with stories on the first three follow-up surveys of different members. */
export function withStories(events: readonly EventInput[], leaveOut: string | null): EventInput[] {
  const surveysSoFar = new Map<string, number>();
  const chosen = new Map<number, number>();
  const storied = new Set<string>();
  events.forEach((event, index) => {
    if (event.type !== 'survey' || event.member === undefined) return;
    const before = surveysSoFar.get(event.member) ?? 0;
    surveysSoFar.set(event.member, before + 1);
    if (before === 0 || event.member === leaveOut || storied.has(event.member)) return;
    if (chosen.size >= STORIES.length) return;
    chosen.set(index, chosen.size);
    storied.add(event.member);
  });
  const approvals: EventInput[] = [];
  const out = events.map((event, index) => {
    const which = chosen.get(index);
    if (which === undefined || event.type !== 'survey' || event.member === undefined) return event;
    const consent = which < 2;
    if (consent)
      approvals.push({
        at: `${addDays(event.at.slice(0, 10), 3)} 10:30`,
        type: 'approve-story',
        member: event.member,
      });
    return { ...event, story: STORIES[which], storyConsent: consent };
  });
  // In time order; an approval goes after whatever else happens at the same minute.
  return [...out, ...approvals]
    .map((event, seq) => ({ event, seq }))
    .sort((a, b) => (a.event.at < b.event.at ? -1 : a.event.at > b.event.at ? 1 : a.seq - b.seq))
    .map(({ event }) => event);
}
