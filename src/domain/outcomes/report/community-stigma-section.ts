/** "Community survey": stigma among outreach audiences before and after the group's events. */
import { communityStigmaBlocks, COMMUNITY_STIGMA_TEXT } from '../community-stigma-tab';
import type { CommunityStigmaFigures } from '../community-stigma';
import type { SafeHtml } from '../safe-html';
import { blockTable, paragraph, section } from './elements';
import type { ReportFigures } from './report-figures';

export const COMMUNITY_STIGMA_REPORT_TEXT = {
  title: 'Community survey: stigma among event audiences',
  intro:
    'At outreach events and panels, the audience may answer an anonymous survey before or after the event: the Reported and Intended Behaviour Scale (RIBS), in the wording the group is licensed to use. A higher intended-behaviour score means people say they are more willing to live, work and be friends with someone with a mental health problem. Different people answer before and after, so the difference compares two groups, not the same people twice.',
  none: 'No event in this period has an event code, so the Community survey has no figures here.',
} as const;

export function communityStigmaSection(figures: ReportFigures): SafeHtml {
  const community: CommunityStigmaFigures = figures.communityStigma;
  if (community.events.length === 0)
    return section('community-survey', COMMUNITY_STIGMA_REPORT_TEXT.title, [
      paragraph(COMMUNITY_STIGMA_REPORT_TEXT.none),
    ]);
  return section('community-survey', COMMUNITY_STIGMA_REPORT_TEXT.title, [
    paragraph(COMMUNITY_STIGMA_REPORT_TEXT.intro),
    ...communityStigmaBlocks(community).map((block) => blockTable(block)),
  ]);
}

export { COMMUNITY_STIGMA_TEXT };
