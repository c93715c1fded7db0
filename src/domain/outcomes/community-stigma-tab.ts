/** The Community survey figures as the "Outcomes: Community stigma" tab and the report's blocks. */
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
import { IDENTICAL_VALUES_NOTE, suppressionNote } from './notes';
import { wholeHistory } from './period';
import { block, type Cell, type OutcomeBlock, type OutcomeTab } from './tab';

export const COMMUNITY_STIGMA_TITLE = 'Outcomes: Community stigma';

export const COMMUNITY_STIGMA_TEXT = {
  eventsHeading: 'Community survey per event (RIBS, anonymous audiences)',
  quartersHeading: 'Community survey per quarter of the events’ dates',
  figureHeader: [
    'Responses before',
    'Responses after',
    'Mean intended behaviour before (4-20)',
    'Mean intended behaviour after (4-20)',
    'Difference (after − before)',
    '95% interval: lower',
    '95% interval: upper',
    ...Array.from(
      { length: REPORTED_ITEMS },
      (_, item) => `Reported behaviour item ${item + 1}: yes`,
    ),
  ],
  note:
    'From the Community survey, which collects no name or email, answered by the audience of an ' +
    'event before or after it; each response is matched to its event by the event code in the ' +
    'Activities tab. Intended behaviour is the sum of RIBS items 5-8 (4-20, "don’t know" counts ' +
    'as 3); higher means less stigmatising intended behaviour. The difference is the after mean ' +
    'minus the before mean, with a Welch 95% interval (different people answer before and after, ' +
    'so the two are independent samples), shown only where both means are. Reported behaviour ' +
    '(items 1-4) counts the "yes" answers over all the event’s responses. Responses stand in for ' +
    'people when deciding what to hide.',
  quarterNote:
    'A quarter pools the events dated in it. A quarter’s figure is also hidden when the events ' +
    'whose same figure is hidden hold too few responses, so they cannot be worked out by ' +
    'subtraction.',
  partQuarters: (quarters: readonly string[]) =>
    `Left out because some of their events fall outside this period: ${quarters.join(', ')}.`,
  reportedHeading: 'Reported behaviour (RIBS items 1-4): "yes" answers, before and after together',
  unmatched: (count: number) =>
    `${count} Community survey response(s) name an event code that no single Activities row ` +
    'has now (the code was changed or deleted after they came in, or is on two rows), so they ' +
    'count in no figure here: put the code back on its one Activities row and they count again.',
  none: 'No Activities row has an event code yet, so there are no Community survey figures.',
} as const;

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
    title: COMMUNITY_STIGMA_TITLE,
    refreshedNote: `Covers every event with an event code. ${suppressionNote(figures.minGroupSize)}`,
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
      header: ['Event date', 'Kind', 'Event code', ...COMMUNITY_STIGMA_TEXT.figureHeader],
      rows: figures.events.map((row) => [
        row.event.date,
        row.event.kind,
        row.event.code,
        ...figureCells(events, row),
      ]),
      notes: events.notes(
        COMMUNITY_STIGMA_TEXT.note,
        suppressionNote(minN),
        IDENTICAL_VALUES_NOTE,
        ...(figures.unmatched > 0 ? [COMMUNITY_STIGMA_TEXT.unmatched(figures.unmatched)] : []),
      ),
    }),
    block({
      heading: COMMUNITY_STIGMA_TEXT.quartersHeading,
      header: ['Quarter', 'Events', ...COMMUNITY_STIGMA_TEXT.figureHeader],
      rows: figures.quarters.map((row) => [row.quarter, row.events, ...figureCells(quarters, row)]),
      chart:
        figures.quarters.length > 0
          ? {
              type: 'column',
              title: 'Mean intended behaviour before and after events, per quarter (RIBS, 4-20)',
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
      ? `${figureText(row.lower, DECIMALS.mean, minN, true)} to ${figureText(row.upper, DECIMALS.mean, minN, true)}`
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
    'Before (n)',
    'After (n)',
    'Mean before',
    'Mean after',
    'Difference',
    '95% interval',
  ];
  const label = (row: EventRow) => `${row.event.date} ${row.event.code}`;
  return [
    block({
      heading: COMMUNITY_STIGMA_TEXT.eventsHeading,
      header: ['Event', ...header],
      rows: figures.events.map((row) => [label(row), ...intended(row)]),
      notes: [COMMUNITY_STIGMA_TEXT.note],
    }),
    block({
      heading: COMMUNITY_STIGMA_TEXT.quartersHeading,
      header: ['Quarter', 'Events', ...header],
      rows: figures.quarters.map((row) => [row.quarter, row.events, ...intended(row)]),
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
        'Event or quarter',
        ...Array.from({ length: REPORTED_ITEMS }, (_, item) => `Item ${item + 1}: yes`),
      ],
      rows: [
        ...figures.events.map((row) => [label(row), ...row.reportedYes.map((f) => write.cell(f))]),
        ...figures.quarters.map((row) => [
          row.quarter,
          ...row.reportedYes.map((f) => write.cell(f)),
        ]),
      ],
      notes: write.notes(suppressionNote(minN), IDENTICAL_VALUES_NOTE),
    }),
  ];
}

type EventRow = CommunityStigmaFigures['events'][number];
