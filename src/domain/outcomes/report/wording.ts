/** Phrases the report's sections share. */
import { t, type FormattedKey } from '../../i18n';
import type { InstrumentPurpose } from '../../instruments/types';

const PURPOSE_KEYS: Readonly<Record<InstrumentPurpose, FormattedKey>> = {
  wellbeing: 'report.purpose.wellbeing',
  'self-esteem': 'report.purpose.selfEsteem',
  coping: 'report.purpose.coping',
  'internalised-stigma': 'report.purpose.internalisedStigma',
  'public-stigma': 'report.purpose.publicStigma',
};

/** What an instrument measures, as the method section says it. */
export function purposeText(purpose: InstrumentPurpose): string {
  return t(PURPOSE_KEYS[purpose]);
}

/** The saved copy's tables that stand in for charts (see chart-form.ts). */
export const CHART_TABLE_TEXTS = {
  caption: (title: string) => t('report.chart.tableCaption', { title }),
  /** A value the chart leaves as a gap: suppressed, or no data; the figure caption says which. */
  get gap() {
    return t('report.chart.gap');
  },
  get changeHeader() {
    return [
      t('report.chart.column.instrument'),
      t('report.chart.column.meanChange'),
      t('report.chart.column.interval'),
    ];
  },
  get noInterval() {
    return t('report.chart.noInterval');
  },
};

/** A share as prose shows it: "42.5%". */
export function percentText(value: string): string {
  return t('report.percent', { value });
}
