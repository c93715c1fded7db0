/**
 * Which surveys are compared. A member's baseline is their survey marked baseline (the first
 * they answered) with a score on the instrument; their follow-up is the latest later survey
 * with a score, up to the end of the period, and it must fall in the period. A member whose
 * baseline survey has no score on an instrument (switched on after they joined) has no pair on
 * it: their first score came after months in the group, and treating it as a baseline would
 * understate the change.
 */
import type { InstrumentId } from '../instruments/types';
import type { ScorePair } from '../stats/paired-change';
import type { IsoDate, MemberId } from '../types';
import type { OutcomeSurvey, Period } from './inputs';
import { isInPeriod } from './period';

interface DatedScore {
  readonly date: IsoDate;
  readonly score: number;
}

/** Each member's baseline and latest follow-up on one instrument. */
export function scorePairs(
  surveys: readonly OutcomeSurvey[],
  instrument: InstrumentId,
  period: Period,
): ScorePair[] {
  return [...memberScorePairs(surveys, instrument, period).values()];
}

/** The same pairs by member, for comparing one period's pairs with another's. */
export function memberScorePairs(
  surveys: readonly OutcomeSurvey[],
  instrument: InstrumentId,
  period: Period,
): Map<MemberId, ScorePair> {
  const baselines = new Map<MemberId, DatedScore>();
  const followUps = new Map<MemberId, DatedScore[]>();
  for (const survey of surveys) {
    const score = survey.scores[instrument];
    if (score === null || score === undefined || survey.date > period.to) continue;
    if (!Number.isFinite(score)) {
      throw new RangeError(
        `survey of ${survey.date}: ${instrument} score is ${String(score)}, not a finite number`,
      );
    }
    if (survey.wave === 'baseline') {
      const earlier = baselines.get(survey.memberId);
      if (earlier === undefined || survey.date < earlier.date) {
        baselines.set(survey.memberId, { date: survey.date, score });
      }
    } else {
      const list = followUps.get(survey.memberId) ?? [];
      list.push({ date: survey.date, score });
      followUps.set(survey.memberId, list);
    }
  }

  const pairs = new Map<MemberId, ScorePair>();
  for (const [memberId, baseline] of baselines) {
    const latest = (followUps.get(memberId) ?? [])
      .filter((followUp) => followUp.date > baseline.date)
      .reduce<DatedScore | null>(
        (best, followUp) => (best === null || followUp.date >= best.date ? followUp : best),
        null,
      );
    if (latest !== null && isInPeriod(latest.date, period)) {
      pairs.set(memberId, { baseline: baseline.score, followUp: latest.score });
    }
  }
  return pairs;
}
