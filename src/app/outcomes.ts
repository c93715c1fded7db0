/**
 * Refresh outcomes (daily run and menu) and Generate report (menu): read the tabs once, let the
 * domain compute suppressed group figures, write each outcome tab in one batch.
 */
import { surveyScores } from '../domain/forms/survey-form';
import {
  buildGrowthAndStigma,
  buildParticipation,
  buildReportHtml,
  buildWellbeingTrend,
  buildCommunityStigma,
  OutcomeCheckIn,
  OutcomeInput,
  Period,
  SurveyWave,
  toGrid,
} from '../domain/outcomes';
import { Settings } from '../domain/settings';
import { IsoDate } from '../domain/types';
import { fillNamesColumn, readActivities } from '../services/records/activities';
import { readWorkingGroups } from '../services/records/working-groups';
import { readRegister } from '../services/records/register';
import { readFeedback } from '../services/records/feedback';
import { quotableStories } from '../services/records/stories';
import { ACTIVITY_COLUMNS, TAB, WORKING_GROUP_COLUMNS } from '../domain/sheet/tabs';
import { readRotation } from '../services/records/rotation';
import { readingEachTabOnce } from '../services/sheets';
import { readCheckins } from '../services/records/checkins';
import { readMembers } from '../services/records/members';
import { readSessions } from '../services/records/sessions';
import { readSurveys } from '../services/records/surveys';
import { readCommunityPlan, readSurveyPlan } from '../services/records/wording';
import { readCommunitySurvey } from '../services/records/community';
import { outcomeSheet, writeOutcomeGrid } from '../services/outcome-tabs';
import { leaveOutWithdrawn } from '../domain/outcomes/withdrawn';
import { actOnWithdrawals } from './consent';
import type { Member } from '../domain/types';
import type { SurveyPlan } from '../domain/forms/survey-form';
import { readSavedReports } from '../services/saved-reports';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export function readOutcomeInput(
  spreadsheet: Spreadsheet,
  settings: Settings,
  today: IsoDate,
): OutcomeInput {
  const tz = settings.timeZone;
  const plan = readSurveyPlan(spreadsheet, settings.instruments);
  const { members } = readMembers(spreadsheet, tz, false);
  // Withdrawn consent (SPEC section 9): the figures are those of the group without them.
  const withdrawn = new Set(
    members.filter((member) => member.consentWithdrawn).map((member) => member.id),
  );
  return leaveOutWithdrawn(readFigureInput(spreadsheet, settings, today, members, plan), withdrawn);
}

function readFigureInput(
  spreadsheet: Spreadsheet,
  settings: Settings,
  today: IsoDate,
  members: Member[],
  plan: SurveyPlan,
): OutcomeInput {
  const tz = settings.timeZone;
  return {
    // A member with no valid joined date (Set up lists the cell) has no place in the joining
    // figures; leaving them out beats failing every refresh until the cell is fixed.
    members: members
      .filter((member) => member.joined !== '')
      .map(({ id, joined, status }) => ({ id, joined, status })),
    sessions: readSessions(spreadsheet, tz).sessions.map(({ date, status }) => ({ date, status })),
    // The shared records themselves (no copy of 290,000 rows): those with all three answers
    // (the list itself when every check-in has them).
    checkIns: answeredCheckins(readCheckins(spreadsheet, tz)),
    surveys: readSurveys(spreadsheet, tz).flatMap((survey) =>
      /^(baseline|follow-up \d+)$/.test(survey.wave)
        ? [
            {
              memberId: survey.memberId,
              date: survey.date,
              wave: survey.wave as SurveyWave,
              scores: surveyScores(plan, survey.answers),
            },
          ]
        : [],
    ),
    activities: readActivities(spreadsheet, tz),
    workingGroups: readWorkingGroups(spreadsheet, tz),
    register: readRegister(spreadsheet, tz),
    feedback: readFeedback(spreadsheet, tz),
    communitySurvey: readCommunitySurvey(spreadsheet, readCommunityPlan(spreadsheet)),
    rotation: readRotation(spreadsheet, tz, members).assignments.map(
      ({ date, role, memberId }) => ({ date, role, memberId }),
    ),
    // Saved reports are published alongside the tabs: figures that differ from theirs by
    // fewer than the minimum group size of members are suppressed (domain/outcomes/overlap.ts).
    publishedPeriods: readSavedReports().map(({ from, to }) => ({ from, to })),
    settings: {
      groupName: settings.groupName,
      minGroupSize: settings.minGroupSize,
      instruments: settings.instruments,
      leadingRoles: settings.leadingRoles,
      supportLine: settings.supportLine,
    },
    today,
  };
}

export function refreshOutcomes(
  spreadsheet: Spreadsheet,
  settings: Settings,
  today: IsoDate,
  refreshedAt: string,
): string[] {
  // Members and Activities are read once for the figures and the names alike.
  return readingEachTabOnce(() => {
    // Saved reports that still count a withdrawn member go before figures without them appear.
    actOnWithdrawals(spreadsheet, settings);
    const input = readOutcomeInput(spreadsheet, settings, today);
    const names = memberNames(spreadsheet, settings.timeZone);
    fillNamesColumn(
      spreadsheet,
      TAB.activities,
      ACTIVITY_COLUMNS.membersInvolved,
      ACTIVITY_COLUMNS.memberNames,
      names,
    );
    fillNamesColumn(
      spreadsheet,
      TAB.workingGroups,
      WORKING_GROUP_COLUMNS.members,
      WORKING_GROUP_COLUMNS.memberNames,
      names,
    );
    // The Community survey's tab appears once an activity has an event code (or a response came).
    const community = buildCommunityStigma(input);
    const tabs = [
      buildParticipation(input),
      buildGrowthAndStigma(input),
      buildWellbeingTrend(input),
      ...(community ? [community] : []),
    ];
    for (const tab of tabs)
      writeOutcomeGrid(outcomeSheet(spreadsheet, tab.title), toGrid(tab, refreshedAt));
    return tabs.map((tab) => tab.title);
  });
}

/**
 * The report from one read of the tabs, twice: with SVG charts for the dialog, and with the
 * charts' figures as tables for the PDF saved in Drive (see domain/outcomes/report/chart-form).
 */
export function reportHtml(
  spreadsheet: Spreadsheet,
  settings: Settings,
  today: IsoDate,
  period: Period,
): { shown: string; saved: string } {
  actOnWithdrawals(spreadsheet, settings);
  const input = {
    ...readOutcomeInput(spreadsheet, settings, today),
    period,
    stories: quotableStories(spreadsheet, settings.timeZone, period),
  };
  return {
    shown: buildReportHtml({ ...input, chartForm: 'svg' }),
    saved: buildReportHtml({ ...input, chartForm: 'tables' }),
  };
}

function memberNames(spreadsheet: Spreadsheet, timeZone: string): Map<string, string> {
  const { members } = readMembers(spreadsheet, timeZone, false);
  return new Map(members.map((member) => [member.id, member.name]));
}

type Checkins = ReturnType<typeof readCheckins>;

function answeredCheckins(checkins: Checkins): ReadonlyArray<Checkins[number] & OutcomeCheckIn> {
  const answered = (checkin: Checkins[number]): checkin is Checkins[number] & OutcomeCheckIn =>
    checkin.mood !== null && checkin.coping !== null && checkin.supported !== null;
  if (checkins.every(answered)) return checkins;
  let count = 0;
  for (const checkin of checkins) if (answered(checkin)) count += 1;
  // Made at its size: a filter of 290,000 pushed one by one leaves copies behind.
  const kept = new Array<Checkins[number] & OutcomeCheckIn>(count);
  let at = 0;
  for (const checkin of checkins) {
    if (!answered(checkin)) continue;
    kept[at] = checkin;
    at += 1;
  }
  return kept;
}
