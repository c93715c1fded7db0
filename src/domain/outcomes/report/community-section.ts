/** "Outreach and community work": activities, partners and people reached in the period. */
import { t } from '../../i18n';
import { activityKindsBlock } from '../participation-tab';
import type { SafeHtml } from '../safe-html';
import { blockTable, paragraph, section } from './elements';
import type { ReportFigures } from './report-figures';
import { figureText } from '../format';

export function communitySection(figures: ReportFigures): SafeHtml {
  const { participation } = figures;
  const { community } = participation;
  const total = community.total;
  const outreachMembers = participation.membersReportingOutreach;
  const recorded = { activities: total.activities, outreach: total.outreachActivities };
  const content: SafeHtml[] = [
    paragraph(
      total.activities === 0
        ? t('report.community.none')
        : total.peopleReached === null
          ? t('report.community.recordedReachNotRecorded', recorded)
          : t('report.community.recorded', { ...recorded, reached: total.peopleReached }),
    ),
  ];
  if (community.partners.length > 0) {
    content.push(
      paragraph(
        t('report.community.partners', {
          count: community.partners.length,
          partners: community.partners.map((partner) => partner.name).join(', '),
        }),
      ),
    );
  }
  if (outreachMembers.kind === 'shown') {
    content.push(
      paragraph(t('report.community.outreachMembers', { count: outreachMembers.value })),
    );
  }
  if (total.activities > 0) content.push(blockTable(activityKindsBlock(participation)));
  const all = figures.workingGroups.find((tally) => tally.status === 'all');
  if (figures.workingGroupsBlock && all) {
    const groups = { groups: all.groups, partners: all.partnerOrganisations };
    content.push(
      paragraph(
        all.membersInvolved.kind === 'shown'
          ? t('report.community.workingGroups', { ...groups, members: all.membersInvolved.value })
          : t('report.community.workingGroupsMembersHidden', {
              ...groups,
              members: figureText(all.membersInvolved, 0, figures.minGroupSize),
            }),
      ),
      blockTable(figures.workingGroupsBlock),
    );
  }
  return section('community', t('report.community.heading'), content);
}
