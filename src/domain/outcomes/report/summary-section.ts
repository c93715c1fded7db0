/** "At a glance": the headline figures in a few bullets. */
import { t } from '../../i18n';
import { DECIMALS, figureText, suppressedText } from '../format';
import type { InstrumentChange } from '../growth';
import { betterWhen } from '../growth-tab';
import type { SafeHtml } from '../safe-html';
import { bulletList, section } from './elements';
import type { ReportFigures } from './report-figures';

export function summarySection(figures: ReportFigures): SafeHtml {
  const minN = figures.minGroupSize;
  const { participation } = figures;
  const { attendance, community } = participation;
  const cancelled = participation.sessionsCancelled;
  const held = participation.heldDates.length;
  const reached = community.total.peopleReached;
  const communityValues = {
    activities: community.total.activities,
    partners: community.total.partnerOrganisations,
  };
  return section('summary', t('report.summary.heading'), [
    bulletList([
      cancelled > 0
        ? t('report.summary.sessionsCancelled', { held, cancelled })
        : t('report.summary.sessions', { held }),
      attendance.uniqueAttendees.kind === 'shown'
        ? attendance.total.kind === 'shown'
          ? t('report.summary.attendeesAndTotal', {
              attendees: attendance.uniqueAttendees.value,
              total: attendance.total.value,
            })
          : t('report.summary.attendees', { attendees: attendance.uniqueAttendees.value })
        : t('report.summary.attendeesHidden', { suppressed: suppressedText(minN) }),
      participation.newMembersTotal.kind === 'shown'
        ? t('report.summary.newMembers', { count: participation.newMembersTotal.value })
        : t('report.summary.newMembersHidden', {
            figure: figureText(participation.newMembersTotal, 0, minN),
          }),
      reached === null
        ? t('report.summary.communityReachNotRecorded', communityValues)
        : t('report.summary.community', { ...communityValues, reached }),
      ...figures.growth.instruments.map((change) => changeHeadline(change, minN)),
    ]),
  ]);
}

function changeHeadline(change: InstrumentChange, minN: number): string {
  const { shortTitle } = change.instrument;
  if (change.pairs.kind !== 'shown') {
    return t('report.summary.changeHidden', { shortTitle, minN });
  }
  if (change.meanChange.kind !== 'shown') {
    return t('report.summary.changeNotShown', {
      shortTitle,
      pairs: change.pairs.value,
      meanChange: figureText(change.meanChange, DECIMALS.mean, minN),
    });
  }
  const values = {
    shortTitle,
    betterWhen: betterWhen(change.instrument.better),
    meanChange: figureText(change.meanChange, DECIMALS.mean, minN, true),
    pairs: change.pairs.value,
  };
  return change.descriptiveOnly
    ? t('report.summary.changeDescriptive', values)
    : t('report.summary.change', values);
}
