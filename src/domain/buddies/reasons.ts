/** Says, in a facilitator's words, why a member of the programme has no buddy this cycle. */
import { t } from '../i18n';
import { BuddyObjective } from './objective';

export function unpairedReason(
  member: number,
  objective: BuddyObjective,
  trioFormed: boolean,
): string {
  const others = [...objective.participants.keys()].filter((other) => other !== member);
  if (others.length === 0) return t('notices.unpaired.alone');
  const compatible = others.filter((other) => objective.pairTally(member, other) !== null);
  if (compatible.length === 0) {
    const allDoNotPair = others.every((other) => !objective.canMeet(member, other));
    return allDoNotPair
      ? t('notices.unpaired.doNotPair')
      : t('notices.unpaired.doNotPairOrCapacity');
  }
  return trioFormed ? t('notices.unpaired.trioTaken') : t('notices.unpaired.noTrio');
}
