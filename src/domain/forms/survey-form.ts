/**
 * The Survey form, generated from the instrument definitions. Wording that may not ship in
 * code (SPEC section 4) comes from the group's own "Instrument wording" tab: an item without
 * wording keeps its whole instrument off the form, rather than showing invented text.
 */
import { t } from '../i18n';
import { FORMS_EN as EN } from '../i18n/en/forms';
import { INSTRUMENTS } from '../instruments';
import { ScoreOutcome, scoreInstrument } from '../instruments/scoring';
import { InstrumentDefinition, InstrumentId } from '../instruments/types';
import { matchLabel } from './answer-text';
import { FormItemSpec, FormSpec } from './form-spec';
import { ValidResponse } from './validate-response';
import { STORY_ITEMS } from '../stories';
import { CONSENT_ITEM, CONSENT_TEXT } from './consent-item';

/** Wording a group pasted for one item, after getting the owner's permission. */
export interface PastedWording {
  instrumentId: string;
  itemId: string;
  text: string;
}

export interface SurveyOptions {
  /** Instruments the group switched on (default: all that can be shown). */
  enabled?: readonly InstrumentId[];
  wording?: readonly PastedWording[];
}

export interface SurveyItemKey {
  instrument: InstrumentDefinition;
  itemId: string;
}

export interface SurveyPlan {
  spec: FormSpec;
  /** Question title → the instrument item it asks. */
  items: Map<string, SurveyItemKey>;
  included: InstrumentDefinition[];
  /** Instruments left off for want of wording, with the item labels to paste. */
  missingWording: Array<{ instrument: InstrumentDefinition; itemLabels: string[] }>;
}

function wordingFor(
  instrument: InstrumentDefinition,
  itemId: string,
  pasted: readonly PastedWording[],
): string | null {
  const item = instrument.items.find((candidate) => candidate.id === itemId);
  if (item?.text) return item.text;
  const found = pasted.find(
    (entry) => entry.instrumentId === instrument.id && entry.itemId === itemId,
  );
  return found && found.text.trim() !== '' ? found.text.trim() : null;
}

export function planSurvey(options: SurveyOptions = {}): SurveyPlan {
  const pasted = options.wording ?? [];
  const items = new Map<string, SurveyItemKey>();
  const formItems: FormItemSpec[] = [];
  const included: InstrumentDefinition[] = [];
  const missingWording: SurveyPlan['missingWording'] = [];
  for (const instrument of INSTRUMENTS) {
    if (options.enabled && !options.enabled.includes(instrument.id)) continue;
    const titles = instrument.items.map((item) => wordingFor(instrument, item.id, pasted));
    const unworded = instrument.items.filter((_, index) => titles[index] === null);
    if (unworded.length > 0) {
      missingWording.push({ instrument, itemLabels: unworded.map((item) => item.label) });
      continue;
    }
    included.push(instrument);
    const help = [
      instrument.instructions,
      instrument.recallPeriod ? t('form.survey.recall', { period: instrument.recallPeriod }) : null,
      instrument.licence.copyrightLine,
    ]
      .filter((part): part is string => Boolean(part))
      .join(' ');
    formItems.push({ kind: 'section', title: instrument.title, help: help || undefined });
    instrument.items.forEach((item, index) => {
      const title = titles[index] as string;
      items.set(title, { instrument, itemId: item.id });
      formItems.push({
        kind: 'choice',
        title,
        required: item.required,
        choices: item.scale.options.map((option) => option.label),
      });
    });
  }
  return {
    spec: {
      kind: 'survey',
      title: EN['form.survey.title'],
      description: `${EN['form.survey.intro']}\n\n${CONSENT_TEXT.named}`,
      confirmation: EN['form.survey.confirmation'],
      // Consent first (SPEC section 9); stories (SPEC section 10) last, with their own consent.
      items: [CONSENT_ITEM, ...formItems, ...STORY_ITEMS],
    },
    items,
    included,
    missingWording,
  };
}

export function surveyFormSpec(options: SurveyOptions = {}): FormSpec {
  return planSurvey(options).spec;
}

/** One instrument's answers to one survey, as item values, and the answers matching no option. */
export interface InstrumentAnswerSet {
  answers: Record<string, number | null>;
  /** Answers given that are not one of the item's options (kept out of the score, reported). */
  unmatched: Array<{ title: string; answer: unknown }>;
}

function isBlank(value: unknown): boolean {
  return value === null || value === undefined || String(value).trim() === '';
}

/**
 * Each included instrument's answers as item values, by matching the stored answers to the
 * options' labels as answer-text.ts compares them (so "3" and the number 3 are one answer).
 */
export function instrumentAnswers(
  plan: SurveyPlan,
  answersByTitle: Readonly<Record<string, unknown>>,
): Map<InstrumentId, InstrumentAnswerSet> {
  const sets = new Map<InstrumentId, InstrumentAnswerSet>();
  for (const [title, key] of plan.items) {
    const given = answersByTitle[title];
    const item = key.instrument.items.find((candidate) => candidate.id === key.itemId);
    const labels = item ? item.scale.options.map((option) => option.label) : [];
    const label = matchLabel(labels, given);
    const option = item?.scale.options.find((candidate) => candidate.label === label);
    const set = sets.get(key.instrument.id) ?? { answers: {}, unmatched: [] };
    set.answers[key.itemId] = option ? option.value : null;
    if (!option && !isBlank(given)) set.unmatched.push({ title, answer: given });
    sets.set(key.instrument.id, set);
  }
  return sets;
}

/** Each included instrument's score, or every reason it has none, from one row's answers. */
export function scoreSurvey(
  plan: SurveyPlan,
  answersByTitle: Readonly<Record<string, unknown>>,
): Map<InstrumentId, ScoreOutcome> {
  const outcomes = new Map<InstrumentId, ScoreOutcome>();
  for (const [instrumentId, set] of instrumentAnswers(plan, answersByTitle)) {
    const instrument = plan.included.find((candidate) => candidate.id === instrumentId);
    if (!instrument) continue;
    const scored = scoreInstrument(instrument, set.answers);
    const unmatched = set.unmatched.map(({ title, answer }) =>
      t('form.survey.review.notAnOption', { answer: String(answer), question: title }),
    );
    outcomes.set(
      instrumentId,
      unmatched.length === 0
        ? scored
        : {
            ok: false,
            reason: [...unmatched, ...(scored.ok ? [] : [scored.reason])].join(' '),
            problems: scored.ok ? [] : scored.problems,
          },
    );
  }
  return outcomes;
}

/**
 * Reasons a survey row cannot be scored (it goes to Review), none when every score computes.
 * It scores the row's cells exactly as they are stored (what outcomes will read back), so a
 * row accepted here always has a score there: the two share scoreSurvey.
 */
export function surveyChecks(
  plan: SurveyPlan,
): (response: ValidResponse, storedByTitle: Readonly<Record<string, unknown>>) => string[] {
  return (response, storedByTitle) => {
    const reasons: string[] = [];
    // The stored cells are what counts; the validated answers only fill a title they lack.
    const cells: Record<string, unknown> = { ...response.answers, ...storedByTitle };
    for (const [instrumentId, outcome] of scoreSurvey(plan, cells)) {
      const instrument = plan.included.find((candidate) => candidate.id === instrumentId);
      if (instrument && !outcome.ok)
        reasons.push(
          t('review.survey.cannotScore', {
            instrument: instrument.shortTitle,
            reason: outcome.reason,
          }),
        );
    }
    return reasons;
  };
}

/** Scores of one stored survey row (answers keyed by question title); null where not scorable. */
export function surveyScores(
  plan: SurveyPlan,
  answersByTitle: Readonly<Record<string, unknown>>,
): Partial<Record<InstrumentId, number | null>> {
  const scores: Partial<Record<InstrumentId, number | null>> = {};
  for (const [instrumentId, outcome] of scoreSurvey(plan, answersByTitle))
    scores[instrumentId] = outcome.ok ? outcome.score : null;
  return scores;
}
