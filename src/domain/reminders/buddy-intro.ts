/**
 * Buddy introductions: when a pair (or trio) starts, each of them hears who the others are,
 * with name and email. Due from the cycle's first day to its last, so a missed run still
 * introduces them, but a pairing that has ended is not announced.
 */
import { Candidate } from './candidate';
import { PlanningContext } from './context';
import { buddyIntroKey } from './keys';
import { buddyIntroLetter } from './templates';
import { ReminderMember } from './types';

export function buddyIntroCandidates(context: PlanningContext): Candidate[] {
  const { settings, today, membersById } = context;
  const candidates: Candidate[] = [];
  for (const group of context.buddies) {
    if (today < group.cycleStart || today > group.cycleEnd) continue;
    const members = [...new Set(group.memberIds)]
      .map((id) => membersById.get(id))
      .filter((member): member is ReminderMember => member !== undefined);
    if (members.length < 2) continue;

    for (const member of members) {
      const buddies = members.filter((other) => other.id !== member.id);
      candidates.push({
        baseKey: buddyIntroKey(
          member.id,
          group.cycleStart,
          buddies.map((buddy) => buddy.id),
        ),
        kind: 'buddy-intro',
        forDate: group.cycleStart,
        recipient: { type: 'member', member },
        compose: () =>
          buddyIntroLetter({
            messages: context.messages,
            groupName: settings.groupName,
            supportLine: settings.supportLine,
            memberName: member.name,
            cycleStart: group.cycleStart,
            cycleEnd: group.cycleEnd,
            buddies: buddies.map((buddy) => ({ name: buddy.name, email: buddy.email })),
          }),
      });
    }
  }
  return candidates;
}
