/** Every figure the report shows, computed once for the chosen period. */
import type { ChartForm } from './chart-form';
import { computeGrowth, type GrowthFigures } from '../growth';
import type { Period, ReportInput } from '../inputs';
import { computeParticipation, type ParticipationFigures } from '../participation';
import { assertPeriod } from '../period';
import { computeWellbeing, type WellbeingFigures } from '../wellbeing';

export interface ReportFigures {
  readonly groupName: string;
  readonly today: string;
  readonly period: Period;
  readonly minGroupSize: number;
  readonly participation: ParticipationFigures;
  readonly growth: GrowthFigures;
  readonly wellbeing: WellbeingFigures;
  /** Charts as inline SVG (the dialog) or as tables of their figures (the saved PDF). */
  readonly chartForm: ChartForm;
}

export function computeReportFigures(input: ReportInput): ReportFigures {
  assertPeriod(input.period);
  const minN = input.settings.minGroupSize;
  return {
    groupName: input.settings.groupName,
    today: input.today,
    period: input.period,
    minGroupSize: minN,
    participation: computeParticipation(input, input.period),
    growth: computeGrowth(input.surveys, input.settings.instruments, input.period, minN),
    wellbeing: computeWellbeing(input.checkIns, input.period, minN),
    chartForm: input.chartForm ?? 'svg',
  };
}
