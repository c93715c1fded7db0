/**
 * "In members' own words": stories members agreed to have quoted without a name, approved by a
 * facilitator. Each is quoted as approved, with only the month it came; nothing else about who.
 */
import { markup, type SafeHtml } from '../safe-html';
import { paragraph, section } from './elements';
import type { ReportFigures } from './report-figures';

export const STORIES_REPORT_TEXT = {
  title: 'In members’ own words',
  intro:
    'Members may add a short story to their survey. Only stories whose authors agreed to be quoted without a name, and that a facilitator has approved, appear here; names and details that could identify anyone are taken out first.',
  none: 'No story was approved for quoting in this period.',
  from: (month: string) => `Shared in ${month}`,
} as const;

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
