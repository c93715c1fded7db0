/**
 * The emails members receive, from the group's templates (Messages tab, see domain/messages) or
 * the defaults. Every value is plain text; `render` escapes it for HTML. Only names, emails,
 * roles, topics, dates, places and links are available to a template: nothing a member answered
 * or confided is passed in. The footer is added here, whatever a template says.
 */
import { MessageId } from '../messages/catalogue';
import { ResolvedMessages } from '../messages/resolve';
import {
  linkValue,
  listValue,
  PlaceholderValue,
  renderBody,
  renderSubject,
  text,
} from '../messages/template';
import { t } from '../i18n';
import { IsoDate } from '../types';
import { formatDate, formatDateAndTime, isWebLink, joinWithAnd } from './format';
import { Block, Letter, paragraph } from './message';

/** The support line first, then why the member gets these emails. */
function memberFooter(groupName: string, supportLine: string): Block[] {
  const line = supportLine.trim();
  return [...(line === '' ? [] : [paragraph(line)]), paragraph(t('mail.footer', { groupName }))];
}

/** "Ana" from "Ana Lima": greetings use the first name, as a person would write. */
export function firstName(name: string): string {
  return name.trim().split(/\s+/)[0] ?? '';
}

/** A link placeholder, empty (so its paragraph is left out) unless it is a web link. */
function webLink(label: string, url: string): PlaceholderValue {
  return linkValue(label, isWebLink(url) ? url : '');
}

function letter(
  messages: ResolvedMessages,
  id: MessageId,
  footer: { groupName: string; supportLine: string },
  values: Record<string, PlaceholderValue>,
): Letter {
  const templates = messages.templates.get(id);
  if (!templates) throw new Error(`No template for ${id}`);
  return {
    subject: renderSubject(templates.subject, values),
    blocks: [
      ...renderBody(templates.body, values),
      ...memberFooter(footer.groupName, footer.supportLine),
    ],
  };
}

export interface RoleDutyDetails {
  groupName: string;
  /** Settings "Support line", shown at the foot of every email to members. */
  supportLine: string;
  memberName: string;
  /** The member's roles at this session (normally one). */
  roles: string[];
  sessionDate: IsoDate;
  startTime: string;
  topic: string;
  /** Everyone else's roles at the session; `name` null when the role is not filled yet. */
  alsoOnDuty: Array<{ role: string; name: string | null }>;
  checkinFormUrl: string;
  meetingPlace: string;
  onlineLink: string;
  messages: ResolvedMessages;
}

export function roleDutyLetter(details: RoleDutyDetails): Letter {
  const descriptions = details.roles
    .map((role) => details.messages.roleDescriptions.get(role.trim().toLowerCase()) ?? '')
    .filter((description) => description.trim() !== '');
  return letter(details.messages, 'role-duty', details, {
    firstName: text(firstName(details.memberName)),
    groupName: text(details.groupName),
    roles: text(joinWithAnd(details.roles)),
    when: text(formatDateAndTime(details.sessionDate, details.startTime)),
    date: text(formatDate(details.sessionDate)),
    topic: text(details.topic.trim()),
    place: text(details.meetingPlace.trim()),
    onlineLink: webLink(details.onlineLink.trim(), details.onlineLink),
    roleDescription: text(descriptions.join(' ')),
    alsoOnDuty: listValue(
      details.alsoOnDuty.map(({ role, name }) => [
        t('mail.roleDuty.onDuty', { role, name: name ?? t('mail.roleDuty.notFilledYet') }),
      ]),
    ),
    checkinLink: webLink(t('mail.roleDuty.checkinLinkLabel'), details.checkinFormUrl),
  });
}

export interface BuddyIntroDetails {
  groupName: string;
  supportLine: string;
  memberName: string;
  cycleStart: IsoDate;
  cycleEnd: IsoDate;
  buddies: Array<{ name: string; email: string }>;
  messages: ResolvedMessages;
}

export function buddyIntroLetter(details: BuddyIntroDetails): Letter {
  const id = details.buddies.length > 1 ? 'buddy-intro-trio' : 'buddy-intro';
  return letter(details.messages, id, details, {
    firstName: text(firstName(details.memberName)),
    groupName: text(details.groupName),
    from: text(formatDate(details.cycleStart)),
    to: text(formatDate(details.cycleEnd)),
    buddies: listValue(
      details.buddies.map(({ name, email }) => [
        email === '' ? name : t('mail.buddyIntro.buddyWithEmail', { name, email }),
      ]),
    ),
  });
}

export interface SurveyDueDetails {
  groupName: string;
  supportLine: string;
  memberName: string;
  /** True while the member has no survey yet. */
  baseline: boolean;
  followUpWeeks: number;
  surveyFormUrl: string;
  messages: ResolvedMessages;
}

export function surveyDueLetter(details: SurveyDueDetails): Letter {
  return letter(details.messages, details.baseline ? 'survey-first' : 'survey-next', details, {
    firstName: text(firstName(details.memberName)),
    groupName: text(details.groupName),
    weeks: text(String(details.followUpWeeks)),
    surveyLink: webLink(t('mail.survey.surveyLinkLabel'), details.surveyFormUrl),
  });
}
