/** "What we measured and how": the forms, the instruments with citations and copyright lines. */
import type { InstrumentDefinition } from '../../instruments/types';
import { betterWhen } from '../growth-tab';
import { confidenceIntervalNote } from '../notes';
import { markup, type SafeHtml } from '../safe-html';
import { bulletList, paragraph, section } from './elements';
import type { ReportFigures } from './report-figures';
import { PURPOSE_TEXT } from './wording';

export function methodSection(figures: ReportFigures): SafeHtml {
  const instruments = figures.growth.instruments.map((change) => change.instrument);
  const surveyItem =
    instruments.length === 0
      ? 'No survey questionnaires are switched on for this group.'
      : markup`A survey when they join (their baseline) and every few months after (follow-ups), with these questionnaires:${bulletList(instruments.map(instrumentItem))}`;
  return section('method', 'What we measured and how', [
    paragraph('Members answer two kinds of short online form:'),
    bulletList([
      'A weekly check-in after each session: whether they took part in person or online or could not come; on scales from 1 to 5, their mood, how well they coped, and how supported they felt by the group that week; and whether they took part in any outreach or community activity.',
      surveyItem,
    ]),
    paragraph(
      'Attendance is what members report in their weekly check-ins. Facilitators record the group’s outreach and community work (activities, partner organisations, people reached) in the group’s workbook.',
    ),
    paragraph(
      `Change is each member’s latest follow-up minus their baseline. ${confidenceIntervalNote()}`,
    ),
    paragraph(
      `This report shows group figures only; no individual’s answers appear in it. Any figure about fewer than ${figures.minGroupSize} members is suppressed.`,
    ),
  ]);
}

function instrumentItem(instrument: InstrumentDefinition): SafeHtml {
  const copyright = instrument.licence.copyrightLine;
  const copyrightLine = copyright
    ? markup`<br /><span class="source">${copyright}</span>`
    : markup``;
  return markup`<strong>${instrument.title} (${instrument.shortTitle})</strong>: ${PURPOSE_TEXT[instrument.purpose]}; scores from ${instrument.scoreRange.min} to ${instrument.scoreRange.max}, ${betterWhen(instrument.better)}.<br /><span class="source">${instrument.licence.citation}</span>${copyrightLine}`;
}
