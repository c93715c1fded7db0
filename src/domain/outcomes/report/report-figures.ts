/** Every figure the report shows, computed once for the chosen period. */
import type { ChartForm } from './chart-form';
import { computeGrowth, type GrowthFigures } from '../growth';
import type { Period, ReportInput } from '../inputs';
import { computeParticipation, type ParticipationFigures } from '../participation';
import { otherPublishedPeriods } from '../overlap';
import { assertPeriod } from '../period';
import { computeWellbeing, type WellbeingFigures } from '../wellbeing';
import { computeFeedback, type FeedbackFigures } from '../feedback';
import { computeOpenness, type OpennessFigures } from '../openness';
import { computeLeadership, type LeadershipFigures } from '../leadership';
import { leadershipPeriodBlock } from '../leadership-tab';
import {
  computeWorkingGroups,
  type WorkingGroupTally,
  workingGroupsBlock,
} from '../working-groups';
import type { OutcomeBlock } from '../tab';
import type { CommunityStigmaFigures } from '../community-stigma';
import { computeCommunityStigmaOf } from '../community-stigma-tab';

export interface ReportFigures {
  readonly groupName: string;
  readonly today: string;
  readonly period: Period;
  readonly minGroupSize: number;
  /** The group's support line ('' when none), shown in the header. */
  readonly supportLine: string;
  readonly participation: ParticipationFigures;
  readonly growth: GrowthFigures;
  readonly wellbeing: WellbeingFigures;
  /** Talking about mental health outside the group, per month (SPEC section 10). */
  readonly openness: OpennessFigures;
  /** The Community survey per event and per whole quarter in the period (SPEC section 10). */
  readonly communityStigma: CommunityStigmaFigures;
  /** Anonymous Group feedback counted per month (SPEC section 10). */
  readonly feedback: FeedbackFigures;
  /** Approved stories to quote, text and date only. */
  readonly stories: ReadonlyArray<{ readonly received: string; readonly text: string }>;
  /** Shared leadership in the period, or null without rotation rows. */
  readonly leadership: LeadershipFigures | null;
  /** The same as a one-row table. */
  readonly leadershipBlock: OutcomeBlock | null;
  /** The Working groups table for the period, or null when the group has none. */
  readonly workingGroupsBlock: OutcomeBlock | null;
  readonly workingGroups: WorkingGroupTally[];
  /** Charts as inline SVG (the dialog) or as tables of their figures (the saved PDF). */
  readonly chartForm: ChartForm;
  /** Some members withdrew consent and are left out of every figure (never how many). */
  readonly withdrawnLeftOut: boolean;
}

export function computeReportFigures(input: ReportInput): ReportFigures {
  assertPeriod(input.period);
  const minN = input.settings.minGroupSize;
  // The tabs and the saved reports are published alongside this report (overlap.ts).
  const others = otherPublishedPeriods(input, input.period);
  return {
    groupName: input.settings.groupName,
    today: input.today,
    period: input.period,
    minGroupSize: minN,
    supportLine: (input.settings.supportLine ?? '').trim(),
    withdrawnLeftOut: input.withdrawnLeftOut === true,
    participation: computeParticipation(input, input.period),
    growth: computeGrowth(input.surveys, input.settings.instruments, input.period, minN, others),
    wellbeing: computeWellbeing(input.checkIns, input.period, minN, others),
    openness: computeOpenness(input.checkIns, input.period, minN, others),
    feedback: computeFeedback(input, input.period, others),
    communityStigma: computeCommunityStigmaOf(input, input.period, true),
    stories: (input.stories ?? []).filter(
      (story) => story.received >= input.period.from && story.received <= input.period.to,
    ),
    leadership:
      input.rotation && input.rotation.length > 0 ? computeLeadership(input, input.period) : null,
    leadershipBlock: leadershipPeriodBlock(input, input.period),
    workingGroupsBlock: workingGroupsBlock(input, input.period),
    workingGroups: computeWorkingGroups(input, input.period),
    chartForm: input.chartForm ?? 'svg',
  };
}
