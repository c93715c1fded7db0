/**
 * Survey reminders. A member with no survey yet is due from their joined date (the baseline),
 * then again every `surveyFollowUpWeeks` weeks while they still have none. A member with
 * surveys is due `surveyFollowUpWeeks` weeks after their latest one, then every interval after
 * that while no new survey arrives. Each due date is its own key, so one reminder per
 * interval, never a reminder a day; a late run sends only the latest due date, not a backlog.
 *
 * Without a survey form link (Set up not run yet) nothing is planned: the reminders wait for
 * the link, and the digest says it is missing.
 */
import { addDays, daysBetween } from '../dates';
import { IsoDate, MemberId } from '../types';
import { Candidate } from './candidate';
import { PlanningContext } from './context';
import { isWebLink } from './format';
import { surveyDueKey } from './keys';
import { surveyDueLetter } from './templates';
import { ReminderMember } from './types';

/** The latest of anchor + k × interval (k ≥ firstStep) on or before today, if any. */
export function latestDueDate(
  anchor: IsoDate,
  firstStep: number,
  intervalDays: number,
  today: IsoDate,
): IsoDate | null {
  const elapsed = daysBetween(anchor, today);
  const steps = Math.floor(elapsed / intervalDays);
  return steps < firstStep ? null : addDays(anchor, steps * intervalDays);
}

function latestSurveyByMember(context: PlanningContext): Map<MemberId, IsoDate> {
  const latest = new Map<MemberId, IsoDate>();
  for (const survey of context.surveys) {
    const known = latest.get(survey.memberId);
    if (known === undefined || survey.date > known) latest.set(survey.memberId, survey.date);
  }
  return latest;
}

/** The reminder a member is due now, if any: its key and the date it is for. */
function dueOccasion(
  member: ReminderMember,
  lastSurvey: IsoDate | undefined,
  intervalDays: number,
  today: IsoDate,
): { baseKey: string; forDate: IsoDate } | null {
  if (lastSurvey === undefined && member.joined === '') {
    return { baseKey: surveyDueKey(member.id, 'baseline'), forDate: today };
  }
  const due =
    lastSurvey === undefined
      ? latestDueDate(member.joined, 0, intervalDays, today)
      : latestDueDate(lastSurvey, 1, intervalDays, today);
  return due === null ? null : { baseKey: surveyDueKey(member.id, due), forDate: due };
}

export function surveyDueCandidates(context: PlanningContext): Candidate[] {
  const { settings, today } = context;
  if (!isWebLink(settings.surveyFormUrl)) return [];
  const intervalDays = settings.surveyFollowUpWeeks * 7;
  const latestSurvey = latestSurveyByMember(context);
  const candidates: Candidate[] = [];

  for (const member of context.members) {
    // Withdrawn consent (SPEC section 9): no survey reminder, whatever is due.
    if (member.consentWithdrawn) continue;
    const lastSurvey = latestSurvey.get(member.id);
    const occasion = dueOccasion(member, lastSurvey, intervalDays, today);
    if (occasion === null) continue;
    candidates.push({
      ...occasion,
      kind: 'survey-due',
      recipient: { type: 'member', member },
      compose: () =>
        surveyDueLetter({
          messages: context.messages,
          groupName: settings.groupName,
          supportLine: settings.supportLine,
          memberName: member.name,
          baseline: lastSurvey === undefined,
          followUpWeeks: settings.surveyFollowUpWeeks,
          surveyFormUrl: settings.surveyFormUrl,
        }),
    });
  }
  return candidates;
}
