/**
 * Plausible answers from one latent "how are they doing" value: check-ins on 1-5 scales and
 * survey items on each instrument's own scale, with reverse-keyed items answered in reverse and
 * stigma running opposite to wellbeing. Change over the season comes from the member's gain, so
 * baseline and follow-up surveys differ the way a helpful group's would (a few points on
 * SWEMWBS, some members worse), not by construction.
 */
import { daysBetween } from '../../src/domain/dates';
import { INSTRUMENTS } from '../../src/domain/instruments';
import type { InstrumentDefinition } from '../../src/domain/instruments/types';
import { Random } from '../random';
import type { Person } from './people';

/** Weeks of coming for the full gain to show. */
const WEEKS_TO_FULL_GAIN = 16;

/** Where the person is on `date`: starting point plus the part of their gain reached by then. */
export function latentOn(person: Person, date: string): number {
  const weeks = Math.max(0, daysBetween(person.gainFrom, date) / 7);
  return person.wellbeing + person.gain * Math.min(1, weeks / WEEKS_TO_FULL_GAIN);
}

const clamp = (value: number, low: number, high: number) =>
  Math.max(low, Math.min(high, Math.round(value)));

export interface CheckinScores {
  mood: number;
  coping: number;
  supported: number;
}

export function checkinScores(random: Random, latent: number, attended: boolean): CheckinScores {
  const week = random.normal(0, 0.6);
  return {
    mood: clamp(3.1 + 0.75 * latent + week + random.normal(0, 0.5), 1, 5),
    coping: clamp(3.2 + 0.65 * latent + week + random.normal(0, 0.5), 1, 5),
    supported: clamp((attended ? 3.9 : 3.2) + 0.35 * latent + random.normal(0, 0.6), 1, 5),
  };
}

interface ItemModel {
  centre: number;
  /** Points per unit of latent wellbeing; negative where a higher score means worse. */
  slope: number;
}

const MODELS: Record<string, ItemModel> = {
  swemwbs: { centre: 2.9, slope: 0.75 },
  rses: { centre: 1.6, slope: 0.6 },
  brcs: { centre: 3.2, slope: 0.7 },
  ismi10: { centre: 2.3, slope: -0.5 },
  ribs: { centre: 3.5, slope: 0.3 },
};

function answerInstrument(
  random: Random,
  instrument: InstrumentDefinition,
  latent: number,
): Record<string, number> {
  const model = MODELS[instrument.id] ?? { centre: 0, slope: 0 };
  const answers: Record<string, number> = {};
  for (const item of instrument.items) {
    const values = item.scale.options
      .filter((option) => option.offScale !== true)
      .map((o) => o.value);
    const low = Math.min(...values);
    const high = Math.max(...values);
    const keyed = clamp(model.centre + model.slope * latent + random.normal(0, 0.55), low, high);
    // A reverse-keyed item is worded the other way round, so the same person answers it reversed.
    answers[item.id] = item.reverseKeyed ? low + high - keyed : keyed;
  }
  return answers;
}

/** Answers to every instrument the form carries, keyed by item id. */
export function surveyAnswers(
  random: Random,
  onForm: ReadonlySet<string>,
  latent: number,
): Record<string, number> {
  const answers: Record<string, number> = {};
  for (const instrument of INSTRUMENTS) {
    if (onForm.has(instrument.id))
      Object.assign(answers, answerInstrument(random, instrument, latent));
  }
  return answers;
}
