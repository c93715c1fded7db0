/**
 * Wording of the emails members receive. Every string here is plain text; `render` escapes it
 * for HTML. Only names, emails, roles, topics, dates and links are available to a template:
 * nothing a member answered or confided is passed in.
 */
import { IsoDate } from '../types';
import { formatDate, formatDateAndTime, isWebLink, joinWithAnd } from './format';
import { Block, Letter, link, list, paragraph } from './message';

function memberFooter(groupName: string): Block {
  return paragraph(
    `You get these emails as a member of ${groupName}. If you would rather not, reply to this ` +
      'email and a facilitator will turn them off.',
  );
}

function greeting(name: string): Block {
  return paragraph(name.trim() === '' ? 'Hello,' : `Hello ${name},`);
}

export interface RoleDutyDetails {
  groupName: string;
  memberName: string;
  /** The member's roles at this session (normally one). */
  roles: string[];
  sessionDate: IsoDate;
  startTime: string;
  topic: string;
  /** Everyone else's roles at the session; `name` null when the role is not filled yet. */
  alsoOnDuty: Array<{ role: string; name: string | null }>;
  checkinFormUrl: string;
}

export function roleDutyLetter(details: RoleDutyDetails): Letter {
  const when = formatDateAndTime(details.sessionDate, details.startTime);
  const roles = joinWithAnd(details.roles);
  const blocks: Block[] = [
    greeting(details.memberName),
    paragraph(`You are on duty as ${roles} at ${details.groupName} on ${when}.`),
  ];
  if (details.topic.trim() !== '') blocks.push(paragraph(`The topic is: ${details.topic.trim()}`));
  if (details.alsoOnDuty.length > 0) {
    blocks.push(
      paragraph('Also on duty:'),
      list(details.alsoOnDuty.map(({ role, name }) => [`${role}: ${name ?? 'not filled yet'}`])),
    );
  }
  blocks.push(
    paragraph('If you cannot make it, please reply to this email so that someone can step in.'),
  );
  if (isWebLink(details.checkinFormUrl)) {
    blocks.push(
      paragraph(
        'After the session, the check-in takes a minute: ',
        link('open the check-in form', details.checkinFormUrl),
      ),
    );
  }
  blocks.push(memberFooter(details.groupName));
  return {
    subject: `${details.groupName}: you are on duty as ${roles} on ${formatDate(details.sessionDate)}`,
    blocks,
  };
}

export interface BuddyIntroDetails {
  groupName: string;
  memberName: string;
  cycleStart: IsoDate;
  cycleEnd: IsoDate;
  buddies: Array<{ name: string; email: string }>;
}

export function buddyIntroLetter(details: BuddyIntroDetails): Letter {
  const plural = details.buddies.length > 1;
  return {
    subject: `${details.groupName}: meet your ${plural ? 'buddies' : 'buddy'}`,
    blocks: [
      greeting(details.memberName),
      paragraph(
        `From ${formatDate(details.cycleStart)} to ${formatDate(details.cycleEnd)}, ` +
          `your ${plural ? 'buddies are' : 'buddy is'}:`,
      ),
      list(details.buddies.map(({ name, email }) => [email === '' ? name : `${name} (${email})`])),
      paragraph(
        'Buddies keep in touch between sessions: a message, a call or a coffee, whatever suits ' +
          `you ${plural ? 'all' : 'both'}. Why not say hello first?`,
      ),
      memberFooter(details.groupName),
    ],
  };
}

export interface SurveyDueDetails {
  groupName: string;
  memberName: string;
  /** True while the member has no survey yet. */
  baseline: boolean;
  followUpWeeks: number;
  surveyFormUrl: string;
}

export function surveyDueLetter(details: SurveyDueDetails): Letter {
  const why = details.baseline
    ? `${details.groupName} asks every member to fill in a short survey about how they are ` +
      `doing, once when they join and then every ${details.followUpWeeks} weeks, so the group ` +
      'can see whether it helps.'
    : `${details.groupName} asks members for a short survey every ${details.followUpWeeks} ` +
      'weeks, and yours is due.';
  return {
    subject: `${details.groupName}: ${details.baseline ? 'your first survey' : 'time for your next survey'}`,
    blocks: [
      greeting(details.memberName),
      paragraph(why),
      paragraph('It takes a few minutes: ', link('open the survey', details.surveyFormUrl)),
      paragraph(
        'It is up to you whether you answer. Your answers stay private: the group only ever ' +
          "sees figures about several members together, never one person's answers.",
      ),
      memberFooter(details.groupName),
    ],
  };
}
