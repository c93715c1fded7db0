/**
 * Assign buddies (menu) and the daily check for a new buddy cycle: members in the buddy
 * programme are paired by the domain matcher; the previous cycle's pairs are its history.
 */
import { assignBuddies } from '../domain/buddies';
import { UnpairedMember } from '../domain/buddies/types';
import { addDays } from '../domain/dates';
import { t } from '../domain/i18n';
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
  /** `label` names the member for the person who clicked: "Ann Example (M0003)". */
  unpaired: Array<UnpairedMember & { label: string }>;
}

export function runBuddyCycle(
  spreadsheet: Spreadsheet,
  settings: Settings,
  today: IsoDate,
  trigger: 'menu' | 'daily',
  /** Ids an earlier step of the same run gave to new Members rows. */
  idsGivenThisRun: ReadonlySet<string> = new Set(),
): BuddyOutcome {
  const buddies = readBuddies(spreadsheet, settings.timeZone);
  const current = buddies.groups.filter(
    (group) => group.status === 'active' && group.cycleEnd >= today,
  );
  if (trigger === 'daily' && current.length > 0) {
    return {
      started: false,
      note: t('ui.buddies.stillRunning'),
      groups: [],
      unpaired: [],
    };
  }
  const { members, newIds, unresolvedDoNotPair } = readMembers(
    spreadsheet,
    settings.timeZone,
    true,
  );
  const attendance = sessionsAttended(readCheckins(spreadsheet, settings.timeZone));
  const newcomers = newcomerIds(members, attendance, today, settings);
  const names = new Map(members.map((member) => [member.id, member.name]));
  // Names are for the facilitator at the sheet; the daily run's log keeps to ids, because a
  // log line must not say who belongs to a mental health group.
  const label = (id: string) =>
    trigger === 'menu' && names.get(id)?.trim() ? `${names.get(id)!.trim()} (${id})` : id;
  const inProgramme = members.filter(
    (member) => member.status === 'active' && member.buddyProgramme,
  );
  // Ids given just now could not have been written into anyone's "Do not pair with" yet: the
  // matching waits (the daily run tries again tomorrow) so a facilitator can write them down.
  const justGotIds = inProgramme.filter(
    (member) => newIds.has(member.id) || idsGivenThisRun.has(member.id),
  );
  if (justGotIds.length > 0) {
    return {
      started: false,
      note: BUDDY_TEXT.waitingForIds(justGotIds.map((member) => label(member.id))),
      groups: [],
      unpaired: [],
    };
  }
  // A member whose do-not-pair list cannot be resolved might be matched with the very person
  // they named: they sit this cycle out, and Members says which cell to fix.
  const heldBack = inProgramme.filter((member) => unresolvedDoNotPair.has(member.id));
  const participants = inProgramme
    .filter((member) => !unresolvedDoNotPair.has(member.id))
    .map((member) => ({
      id: member.id,
      isNewcomer: newcomers.has(member.id),
      mentorCapacity: member.mentorCapacity,
      doNotPairWith: member.doNotPairWith,
    }));
  if (participants.length < 2) {
    return {
      started: false,
      note: t('ui.buddies.tooFew'),
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
  startBuddyCycle(buddies, today, result.groups, settings.timeZone, names);
  return {
    started: true,
    note: '',
    groups: result.groups,
    unpaired: [
      ...result.unpaired,
      ...heldBack.map((member) => ({
        memberId: member.id,
        reason: BUDDY_TEXT.unresolvedReason,
      })),
    ].map((entry) => ({ ...entry, label: label(entry.memberId) })),
  };
}

/** What the menu and the daily run say about a buddy cycle that waits or leaves someone out. */
export const BUDDY_TEXT = {
  waitingForIds: (members: readonly string[]) =>
    t('ui.buddies.waitingForIds', { members: members.join(', '), count: members.length }),
  get unresolvedReason() {
    return t('ui.buddies.unresolvedReason');
  },
};
