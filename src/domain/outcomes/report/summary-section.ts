/** "At a glance": the headline figures in a few bullets. */
import { DECIMALS, figureText, suppressedText } from '../format';
import type { InstrumentChange } from '../growth';
import { betterWhen } from '../growth-tab';
import type { SafeHtml } from '../safe-html';
import { bulletList, section } from './elements';
import type { ReportFigures } from './report-figures';
import { plural, reachedText } from './wording';

export function summarySection(figures: ReportFigures): SafeHtml {
  const minN = figures.minGroupSize;
  const { participation } = figures;
  const { attendance, community } = participation;
  const cancelled = participation.sessionsCancelled;
  return section('summary', 'At a glance', [
    bulletList([
      `${plural(participation.heldDates.length, 'session')} held` +
        (cancelled > 0 ? ` (${plural(cancelled, 'session')} cancelled).` : '.'),
      attendance.uniqueAttendees.kind === 'shown'
        ? `${plural(attendance.uniqueAttendees.value, 'different member')} attended at least once` +
          (attendance.total.kind === 'shown'
            ? `; ${plural(attendance.total.value, 'attendance')} in all.`
            : '.')
        : `Members who attended: ${suppressedText(minN)}.`,
      participation.newMembersTotal.kind === 'shown'
        ? `${plural(participation.newMembersTotal.value, 'new member')} joined.`
        : `New members: ${figureText(participation.newMembersTotal, 0, minN)}.`,
      `${plural(community.total.activities, 'outreach or community activity', 'outreach and community activities')}, ${reachedText(community.total.peopleReached)}, with ${plural(community.total.partnerOrganisations, 'partner organisation')}.`,
      ...figures.growth.instruments.map((change) => changeHeadline(change, minN)),
    ]),
  ]);
}

function changeHeadline(change: InstrumentChange, minN: number): string {
  const { instrument } = change;
  if (change.pairs.kind !== 'shown') {
    return `${instrument.shortTitle}: fewer than ${minN} members had a baseline and a follow-up, so its figures are suppressed.`;
  }
  if (change.meanChange.kind !== 'shown') {
    return `${instrument.shortTitle}: ${plural(change.pairs.value, 'member')} with a baseline and a follow-up; mean change ${figureText(change.meanChange, DECIMALS.mean, minN)}.`;
  }
  return (
    `${instrument.shortTitle} (${betterWhen(instrument.better)}): mean change ` +
    `${figureText(change.meanChange, DECIMALS.mean, minN, true)} points among ` +
    `${plural(change.pairs.value, 'member')}` +
    (change.descriptiveOnly ? ' (descriptive only).' : '.')
  );
}
