/** "Outreach and community work": activities, partners and people reached in the period. */
import { activityKindsBlock } from '../participation-tab';
import type { SafeHtml } from '../safe-html';
import { blockTable, paragraph, section } from './elements';
import type { ReportFigures } from './report-figures';
import { plural, reachedText } from './wording';
import { figureText } from '../format';

export function communitySection(figures: ReportFigures): SafeHtml {
  const { participation } = figures;
  const { community } = participation;
  const total = community.total;
  const outreachMembers = participation.membersReportingOutreach;
  const content: SafeHtml[] = [
    paragraph(
      total.activities === 0
        ? 'No outreach or community activities were recorded in this period.'
        : `The group recorded ${plural(total.activities, 'activity', 'activities')} in this period, ` +
            `${plural(total.outreachActivities, 'of them outreach', 'of them outreach')}, ` +
            `${reachedText(total.peopleReached)}.`,
    ),
  ];
  if (community.partners.length > 0) {
    content.push(
      paragraph(
        `It worked with ${plural(community.partners.length, 'partner organisation')}: ` +
          `${community.partners.map((partner) => partner.name).join(', ')}.`,
      ),
    );
  }
  if (outreachMembers.kind === 'shown') {
    content.push(
      paragraph(
        `${plural(outreachMembers.value, 'member')} said in a check-in that they had taken part in outreach or community activity.`,
      ),
    );
  }
  if (total.activities > 0) content.push(blockTable(activityKindsBlock(participation)));
  const all = figures.workingGroups.find((tally) => tally.status === 'all');
  if (figures.workingGroupsBlock && all) {
    const members =
      all.membersInvolved.kind === 'shown'
        ? plural(all.membersInvolved.value, 'member')
        : `members (${figureText(all.membersInvolved, 0, figures.minGroupSize)})`;
    content.push(
      paragraph(
        `Members also work together in ${plural(all.groups, 'working group')}, ` +
          `${members} in all, with ${plural(all.partnerOrganisations, 'partner organisation')}.`,
      ),
      blockTable(figures.workingGroupsBlock),
    );
  }
  return section('community', 'Outreach and community work', content);
}
