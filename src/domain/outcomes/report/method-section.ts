/** "What we measured and how": the forms, the instruments with citations and copyright lines. */
import { t } from '../../i18n';
import type { InstrumentDefinition } from '../../instruments/types';
import { betterWhen } from '../growth-tab';
import { confidenceIntervalNote } from '../notes';
import { markup, type SafeHtml } from '../safe-html';
import { bulletList, paragraph, section } from './elements';
import type { ReportFigures } from './report-figures';
import { purposeText } from './wording';

export function methodSection(figures: ReportFigures): SafeHtml {
  const instruments = figures.growth.instruments.map((change) => change.instrument);
  const surveyItem =
    instruments.length === 0
      ? t('report.method.noSurveys')
      : markup`${t('report.method.surveys')}${bulletList(instruments.map(instrumentItem))}`;
  return section('method', t('report.method.heading'), [
    paragraph(t('report.method.forms')),
    bulletList([t('report.method.checkIn'), surveyItem]),
    paragraph(t('report.method.attendance')),
    paragraph(t('report.method.change', { confidenceInterval: confidenceIntervalNote() })),
    paragraph(t('report.method.groupOnly', { minN: figures.minGroupSize })),
  ]);
}

function instrumentItem(instrument: InstrumentDefinition): SafeHtml {
  const copyright = instrument.licence.copyrightLine;
  const copyrightLine = copyright
    ? markup`<br /><span class="source">${copyright}</span>`
    : markup``;
  const name = t('outcomes.growth.instrumentName', {
    title: instrument.title,
    shortTitle: instrument.shortTitle,
  });
  const scores = t('report.method.instrument', {
    purpose: purposeText(instrument.purpose),
    min: instrument.scoreRange.min,
    max: instrument.scoreRange.max,
    betterWhen: betterWhen(instrument.better),
  });
  return markup`<strong>${name}</strong>: ${scores}<br /><span class="source">${instrument.licence.citation}</span>${copyrightLine}`;
}
