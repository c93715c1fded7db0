/** The Community survey figures as the "Outcomes: Community stigma" tab and the report's blocks. */
import { t } from '../i18n';
import { CellWriter } from './cell-writer';
import {
  computeCommunityStigma,
  REPORTED_ITEMS,
  type CommunityEvent,
  type CommunityStigmaFigures,
  type StigmaFigures,
} from './community-stigma';
import { eventCodeKey } from '../forms/community-form';
import { DECIMALS, figureText } from './format';
import type { OutcomeInput, Period } from './inputs';
import { identicalValuesNote, suppressionNote } from './notes';
import { wholeHistory } from './period';
import { block, type Cell, type OutcomeBlock, type OutcomeTab } from './tab';

/** The tab's English name, which code finds it by; the sheet shows t('tab.outcomesCommunityStigma'). */
export const COMMUNITY_STIGMA_TITLE = 'Outcomes: Community stigma';

/** The tab's words in the language of the run (each read when used). */
export const COMMUNITY_STIGMA_TEXT = {
  get eventsHeading() {
    return t('outcomes.communityStigma.eventsHeading');
  },
  get quartersHeading() {
    return t('outcomes.communityStigma.quartersHeading');
  },
  get figureHeader() {
    return [
      t('outcomes.communityStigma.column.before'),
      t('outcomes.communityStigma.column.after'),
      t('outcomes.communityStigma.column.meanBefore'),
      t('outcomes.communityStigma.column.meanAfter'),
      t('outcomes.communityStigma.column.difference'),
      t('outcomes.communityStigma.column.lower'),
      t('outcomes.communityStigma.column.upper'),
      ...Array.from({ length: REPORTED_ITEMS }, (_, item) =>
        t('outcomes.communityStigma.column.reportedItem', { item: item + 1 }),
      ),
    ];
  },
  get note() {
    return t('outcomes.communityStigma.note');
  },
  get quarterNote() {
    return t('outcomes.communityStigma.quarterNote');
  },
  partQuarters: (quarters: readonly string[]) =>
    t('outcomes.communityStigma.partQuarters', { quarters: quarters.map(quarterLabel).join(', ') }),
  get reportedHeading() {
    return t('outcomes.communityStigma.reportedHeading');
  },
  unmatched: (count: number) => t('outcomes.communityStigma.unmatched', { count }),
  get none() {
    return t('outcomes.communityStigma.none');
  },
};

/** A quarter ("2026 Q1", as community-stigma.ts keys it) as the language writes it. */
function quarterLabel(quarter: string): string {
  const [year, number] = quarter.split(' Q');
  return t('outcomes.quarter', { year, quarter: number });
}

/** An event as a row label: its date and its code. */
function eventLabel(event: CommunityEvent): string {
  return t('outcomes.communityStigma.eventLabel', { date: event.date, code: event.code });
}

/** The events (Activities rows with a code) and the responses, from the outcome input. */
export function communityEvents(input: OutcomeInput): CommunityEvent[] {
  return input.activities.flatMap((activity) => {
    const code = (activity.eventCode ?? '').trim();
    return code === ''
      ? []
      : [{ date: activity.date, kind: activity.kind, code, key: eventCodeKey(code) }];
  });
}

export function computeCommunityStigmaOf(
  input: OutcomeInput,
  period: Period,
  wholeQuartersOnly: boolean,
): CommunityStigmaFigures {
  return computeCommunityStigma(
    communityEvents(input),
    input.communitySurvey ?? [],
    period,
    input.settings.minGroupSize,
    wholeQuartersOnly,
  );
}

/** The tab, or null when the group has no event with a code and no response (nothing to show). */
export function buildCommunityStigma(input: OutcomeInput): OutcomeTab | null {
  const events = communityEvents(input);
  if (events.length === 0 && (input.communitySurvey ?? []).length === 0) return null;
  // Every event, whenever it was: its figures are the same in every publication that has it.
  const history = wholeHistory(input);
  const dates = events.map((event) => event.date).sort();
  const period: Period = {
    from: dates.length > 0 && dates[0] < history.from ? dates[0] : history.from,
    to:
      dates.length > 0 && dates[dates.length - 1] > history.to
        ? dates[dates.length - 1]
        : history.to,
  };
  const figures = computeCommunityStigmaOf(input, period, false);
  return {
    title: t('tab.outcomesCommunityStigma'),
    refreshedNote: t('outcomes.communityStigma.coverage', {
      suppression: suppressionNote(figures.minGroupSize),
    }),
    blocks: communityStigmaBlocks(figures),
  };
}

function figureCells(write: CellWriter, figures: StigmaFigures): Cell[] {
  return [
    write.cell(figures.before),
    write.cell(figures.after),
    write.cell(figures.meanBefore, DECIMALS.mean),
    write.cell(figures.meanAfter, DECIMALS.mean),
    write.cell(figures.difference, DECIMALS.mean),
    write.cell(figures.lower, DECIMALS.mean),
    write.cell(figures.upper, DECIMALS.mean),
    ...figures.reportedYes.map((figure) => write.cell(figure)),
  ];
}

export function communityStigmaBlocks(figures: CommunityStigmaFigures): OutcomeBlock[] {
  const minN = figures.minGroupSize;
  const events = new CellWriter(minN);
  const quarters = new CellWriter(minN);
  return [
    block({
      heading: COMMUNITY_STIGMA_TEXT.eventsHeading,
      header: [
        t('outcomes.communityStigma.column.eventDate'),
        t('outcomes.communityStigma.column.kind'),
        t('outcomes.communityStigma.column.eventCode'),
        ...COMMUNITY_STIGMA_TEXT.figureHeader,
      ],
      rows: figures.events.map((row) => [
        row.event.date,
        row.event.kind,
        row.event.code,
        ...figureCells(events, row),
      ]),
      notes: events.notes(
        COMMUNITY_STIGMA_TEXT.note,
        suppressionNote(minN),
        identicalValuesNote(),
        ...(figures.unmatched > 0 ? [COMMUNITY_STIGMA_TEXT.unmatched(figures.unmatched)] : []),
      ),
    }),
    block({
      heading: COMMUNITY_STIGMA_TEXT.quartersHeading,
      header: [
        t('outcomes.communityStigma.column.quarter'),
        t('outcomes.communityStigma.column.events'),
        ...COMMUNITY_STIGMA_TEXT.figureHeader,
      ],
      rows: figures.quarters.map((row) => [
        quarterLabel(row.quarter),
        row.events,
        ...figureCells(quarters, row),
      ]),
      chart:
        figures.quarters.length > 0
          ? {
              type: 'column',
              title: t('outcomes.communityStigma.chart'),
              categoryColumn: 0,
              seriesColumns: [4, 5],
            }
          : undefined,
      notes: quarters.notes(
        COMMUNITY_STIGMA_TEXT.quarterNote,
        ...(figures.partQuarters.length > 0
          ? [COMMUNITY_STIGMA_TEXT.partQuarters(figures.partQuarters)]
          : []),
      ),
    }),
  ];
}

/**
 * The same figures laid out for the report's page width: intended behaviour per event and per
 * quarter (the interval in one cell), then the reported-behaviour counts of both.
 */
export function communityReportBlocks(figures: CommunityStigmaFigures): OutcomeBlock[] {
  const minN = figures.minGroupSize;
  const write = new CellWriter(minN);
  const interval = (row: StigmaFigures): Cell =>
    row.lower.kind === 'shown' && row.upper.kind === 'shown'
      ? t('outcomes.range', {
          lower: figureText(row.lower, DECIMALS.mean, minN, true),
          upper: figureText(row.upper, DECIMALS.mean, minN, true),
        })
      : write.cell(row.lower.kind === 'shown' ? row.upper : row.lower);
  const intended = (row: StigmaFigures): Cell[] => [
    write.cell(row.before),
    write.cell(row.after),
    write.cell(row.meanBefore, DECIMALS.mean),
    write.cell(row.meanAfter, DECIMALS.mean),
    write.cell(row.difference, DECIMALS.mean),
    interval(row),
  ];
  const header = [
    t('outcomes.communityStigma.report.column.before'),
    t('outcomes.communityStigma.report.column.after'),
    t('outcomes.communityStigma.report.column.meanBefore'),
    t('outcomes.communityStigma.report.column.meanAfter'),
    t('outcomes.communityStigma.report.column.difference'),
    t('outcomes.communityStigma.report.column.interval'),
  ];
  const label = (row: EventRow) => eventLabel(row.event);
  return [
    block({
      heading: COMMUNITY_STIGMA_TEXT.eventsHeading,
      header: [t('outcomes.communityStigma.report.column.event'), ...header],
      rows: figures.events.map((row) => [label(row), ...intended(row)]),
      notes: [COMMUNITY_STIGMA_TEXT.note],
    }),
    block({
      heading: COMMUNITY_STIGMA_TEXT.quartersHeading,
      header: [
        t('outcomes.communityStigma.column.quarter'),
        t('outcomes.communityStigma.column.events'),
        ...header,
      ],
      rows: figures.quarters.map((row) => [
        quarterLabel(row.quarter),
        row.events,
        ...intended(row),
      ]),
      notes: [
        COMMUNITY_STIGMA_TEXT.quarterNote,
        ...(figures.partQuarters.length > 0
          ? [COMMUNITY_STIGMA_TEXT.partQuarters(figures.partQuarters)]
          : []),
      ],
    }),
    block({
      heading: COMMUNITY_STIGMA_TEXT.reportedHeading,
      header: [
        t('outcomes.communityStigma.report.column.eventOrQuarter'),
        ...Array.from({ length: REPORTED_ITEMS }, (_, item) =>
          t('outcomes.communityStigma.report.column.item', { item: item + 1 }),
        ),
      ],
      rows: [
        ...figures.events.map((row) => [label(row), ...row.reportedYes.map((f) => write.cell(f))]),
        ...figures.quarters.map((row) => [
          quarterLabel(row.quarter),
          ...row.reportedYes.map((f) => write.cell(f)),
        ]),
      ],
      notes: write.notes(suppressionNote(minN), identicalValuesNote()),
    }),
  ];
}

type EventRow = CommunityStigmaFigures['events'][number];
