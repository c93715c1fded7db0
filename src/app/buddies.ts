/**
 * Assign buddies (menu) and the daily check for a new buddy cycle: members in the buddy
 * programme are paired by the domain matcher; the previous cycle's pairs are its history.
 */
import { assignBuddies } from '../domain/buddies';
import { UnpairedMember } from '../domain/buddies/types';
import { addDays } from '../domain/dates';
import { newcomerIds } from '../domain/newcomers';
import { Settings } from '../domain/settings';
import { BuddyGroup, IsoDate } from '../domain/types';
import { readBuddies, startBuddyCycle } from '../services/records/buddies';
import { readCheckins, sessionsAttended } from '../services/records/checkins';
import { readMembers } from '../services/records/members';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface BuddyOutcome {
  started: boolean;
  /** Why no cycle started, when none did. */
  note: string;
  groups: BuddyGroup[];
  unpaired: UnpairedMember[];
}

export function runBuddyCycle(
  spreadsheet: Spreadsheet,
  settings: Settings,
  today: IsoDate,
  trigger: 'menu' | 'daily',
): BuddyOutcome {
  const buddies = readBuddies(spreadsheet, settings.timeZone);
  const current = buddies.groups.filter(
    (group) => group.status === 'active' && group.cycleEnd >= today,
  );
  if (trigger === 'daily' && current.length > 0) {
    return {
      started: false,
      note: 'The current buddy cycle is still running.',
      groups: [],
      unpaired: [],
    };
  }
  const { members } = readMembers(spreadsheet, settings.timeZone, true);
  const attendance = sessionsAttended(readCheckins(spreadsheet, settings.timeZone));
  const newcomers = newcomerIds(members, attendance, today, settings);
  const participants = members
    .filter((member) => member.status === 'active' && member.buddyProgramme)
    .map((member) => ({
      id: member.id,
      isNewcomer: newcomers.has(member.id),
      mentorCapacity: member.mentorCapacity,
      doNotPairWith: member.doNotPairWith,
    }));
  if (participants.length < 2) {
    return {
      started: false,
      note: 'Fewer than two active members are in the buddy programme.',
      groups: [],
      unpaired: [],
    };
  }
  const cycleStart = today;
  const cycleEnd = addDays(today, settings.buddyCycleWeeks * 7 - 1);
  const result = assignBuddies({
    cycleStart,
    cycleEnd,
    participants,
    // Groups started today are replaced by this run (see startBuddyCycle): they never met.
    history: buddies.groups
      .filter((group) => group.cycleStart !== today)
      .map((group) => ({ memberIds: group.memberIds, cycleStart: group.cycleStart })),
  });
  startBuddyCycle(buddies, today, result.groups, settings.timeZone);
  return { started: true, note: '', groups: result.groups, unpaired: result.unpaired };
}
