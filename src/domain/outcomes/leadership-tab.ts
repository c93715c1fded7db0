/** Shared leadership as a block of the Participation tab (one row per quarter) and the report. */
import { t, type FormattedKey } from '../i18n';
import { describePeriod } from './period';
import { CellWriter } from './cell-writer';
import { DECIMALS } from './format';
import type { OutcomeInput, Period } from './inputs';
import { computeLeadership, type LeadershipFigures } from './leadership';
import { leadershipNote } from './notes';
import { block, type OutcomeBlock } from './tab';

const LEADERSHIP_COLUMNS = [
  'outcomes.leadership.column.period',
  'outcomes.leadership.column.membersWithRole',
  'outcomes.leadership.column.firstTimeLeaders',
  'outcomes.leadership.column.everLed',
  'outcomes.leadership.column.weeksToSupporting',
  'outcomes.leadership.column.weeksToLeading',
  'outcomes.leadership.column.dutiesMedian',
  'outcomes.leadership.column.dutiesLower',
  'outcomes.leadership.column.dutiesUpper',
] as const satisfies readonly FormattedKey[];

export function leadershipHeader(): string[] {
  return LEADERSHIP_COLUMNS.map((key) => t(key));
}

/** Calendar quarters ("2026 Q1") the period touches, each clipped to the period. */
export function quartersOf(period: Period): Array<{ label: string; period: Period }> {
  const quarters: Array<{ label: string; period: Period }> = [];
  let year = Number(period.from.slice(0, 4));
  let quarter = Math.floor((Number(period.from.slice(5, 7)) - 1) / 3);
  for (;;) {
    const firstMonth = String(quarter * 3 + 1).padStart(2, '0');
    const start = `${String(year).padStart(4, '0')}-${firstMonth}-01`;
    if (start > period.to) return quarters;
    const nextYear = quarter === 3 ? year + 1 : year;
    const nextMonth = String(((quarter + 1) % 4) * 3 + 1).padStart(2, '0');
    const next = `${String(nextYear).padStart(4, '0')}-${nextMonth}-01`;
    const lastDay = new Date(Date.parse(`${next}T00:00:00Z`) - 86_400_000)
      .toISOString()
      .slice(0, 10);
    quarters.push({
      label: t('outcomes.quarter', { year, quarter: quarter + 1 }),
      period: {
        from: start < period.from ? period.from : start,
        to: lastDay > period.to ? period.to : lastDay,
      },
    });
    year = nextYear;
    quarter = (quarter + 1) % 4;
  }
}

function row(label: string, figures: LeadershipFigures, write: CellWriter) {
  return [
    label,
    write.cell(figures.membersWithRole),
    write.cell(figures.firstTimeLeaders),
    write.cell(figures.everLedPercent, DECIMALS.percent),
    write.cell(figures.weeksToFirstSupporting, 1),
    write.cell(figures.weeksToFirstLeading, 1),
    write.cell(figures.dutiesMedian, 1),
    write.cell(figures.dutiesLowerQuartile, 1),
    write.cell(figures.dutiesUpperQuartile, 1),
  ];
}

/** Null when the input carries no rotation (nothing to say, rather than a table of zeros). */
export function leadershipBlock(input: OutcomeInput, whole: Period): OutcomeBlock | null {
  if (!input.rotation || input.rotation.length === 0) return null;
  const write = new CellWriter(input.settings.minGroupSize);
  const rows = quartersOf(whole).map((quarter) =>
    row(quarter.label, computeLeadership(input, quarter.period), write),
  );
  return block({
    heading: t('outcomes.leadership.heading'),
    header: leadershipHeader(),
    rows,
    chart: {
      type: 'column',
      title: t('outcomes.leadership.chart'),
      categoryColumn: 0,
      seriesColumns: [1, 2],
    },
    notes: write.notes(leadershipNote()),
  });
}

/** The report period as one row. */
export function leadershipPeriodBlock(input: OutcomeInput, period: Period): OutcomeBlock | null {
  if (!input.rotation || input.rotation.length === 0) return null;
  const write = new CellWriter(input.settings.minGroupSize);
  return block({
    heading: t('outcomes.leadership.periodHeading'),
    header: leadershipHeader(),
    rows: [row(describePeriod(period), computeLeadership(input, period), write)],
    notes: write.notes(leadershipNote()),
  });
}
