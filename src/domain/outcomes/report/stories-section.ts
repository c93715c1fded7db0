/**
 * "In members' own words": stories members agreed to have quoted without a name, approved by a
 * facilitator. Each is quoted as approved, with only the month it came; nothing else about who.
 */
import { t } from '../../i18n';
import { markup, type SafeHtml } from '../safe-html';
import { paragraph, section } from './elements';
import type { ReportFigures } from './report-figures';

/** The section's words in the language of the run (each read when used). */
export const STORIES_REPORT_TEXT = {
  get title() {
    return t('report.stories.heading');
  },
  get intro() {
    return t('report.stories.intro');
  },
  get none() {
    return t('report.stories.none');
  },
  from: (month: string) => t('report.stories.from', { month }),
};

export function storiesSection(figures: ReportFigures): SafeHtml {
  const stories = figures.stories;
  if (stories.length === 0)
    return section('stories', STORIES_REPORT_TEXT.title, [paragraph(STORIES_REPORT_TEXT.none)]);
  return section('stories', STORIES_REPORT_TEXT.title, [
    paragraph(STORIES_REPORT_TEXT.intro),
    ...stories.map(
      (story) =>
        markup`<blockquote class="story"><p>${story.text}</p><footer class="source">${STORIES_REPORT_TEXT.from(story.received.slice(0, 7))}</footer></blockquote>`,
    ),
  ]);
}
