/** Phrases the report's sections share. */
import type { InstrumentPurpose } from '../../instruments/types';

export const PURPOSE_TEXT: Readonly<Record<InstrumentPurpose, string>> = {
  wellbeing: 'mental wellbeing',
  'self-esteem': 'self-esteem',
  coping: 'resilient coping',
  'internalised-stigma': 'internalised stigma (how far a person applies stigma to themselves)',
  'public-stigma': 'stigma-related behaviour towards people with mental health problems',
};

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** The saved copy's tables that stand in for charts (see chart-form.ts). */
export const CHART_TABLE_TEXTS = {
  caption: (title: string) => `${title} (the chart’s figures)`,
  /** A value the chart leaves as a gap: suppressed, or no data; the figure caption says which. */
  gap: '—',
  changeHeader: ['Instrument', 'Mean change', '95% confidence interval'],
  noInterval: 'not computable',
} as const;

/** "reaching 40 people", or says the number was not recorded rather than claiming 0. */
export function reachedText(peopleReached: number | null): string {
  return peopleReached === null
    ? 'the number of people reached was not recorded'
    : `reaching ${plural(peopleReached, 'person', 'people')}`;
}
