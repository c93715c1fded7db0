/**
 * The Survey form, generated from the instrument definitions. Wording that may not ship in
 * code (SPEC section 4) comes from the group's own "Instrument wording" tab: an item without
 * wording keeps its whole instrument off the form, rather than showing invented text.
 */
import { INSTRUMENTS } from '../instruments';
import { scoreInstrument } from '../instruments/scoring';
import { InstrumentDefinition, InstrumentId } from '../instruments/types';
import { FormItemSpec, FormSpec } from './form-spec';
import { ValidResponse } from './validate-response';

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
      instrument.recallPeriod ? `Think about ${instrument.recallPeriod}.` : null,
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
      title: 'Wellbeing and stigma survey',
      description:
        'A short survey when you join and every few months after. It helps the group see whether it is helping. ' +
        'Your answers are private: they are only ever reported as group figures.',
      confirmation: 'Thank you. Your answers help the group show what it does.',
      items: formItems,
    },
    items,
    included,
    missingWording,
  };
}

export function surveyFormSpec(options: SurveyOptions = {}): FormSpec {
  return planSurvey(options).spec;
}

/** Each included instrument's answers as item values, by mapping the chosen labels. */
export function instrumentAnswers(
  plan: SurveyPlan,
  response: ValidResponse,
): Map<InstrumentId, Record<string, number | null>> {
  const answers = new Map<InstrumentId, Record<string, number | null>>();
  for (const [title, key] of plan.items) {
    const chosen = response.answers[title];
    const item = key.instrument.items.find((candidate) => candidate.id === key.itemId);
    const option = item?.scale.options.find((candidate) => candidate.label === chosen);
    const perInstrument = answers.get(key.instrument.id) ?? {};
    perInstrument[key.itemId] = option ? option.value : null;
    answers.set(key.instrument.id, perInstrument);
  }
  return answers;
}

/** Reasons a survey response cannot be scored (sent to Review), none when every score computes. */
export function surveyChecks(plan: SurveyPlan): (response: ValidResponse) => string[] {
  return (response) => {
    const reasons: string[] = [];
    for (const [instrumentId, answers] of instrumentAnswers(plan, response)) {
      const instrument = plan.included.find((candidate) => candidate.id === instrumentId);
      if (!instrument) continue;
      const outcome = scoreInstrument(instrument, answers);
      if (!outcome.ok) reasons.push(`${instrument.shortTitle}: ${outcome.reason}`);
    }
    return reasons;
  };
}

/** Scores of one stored survey row (answers keyed by question title); null where not scorable. */
export function surveyScores(
  plan: SurveyPlan,
  answersByTitle: Readonly<Record<string, unknown>>,
): Partial<Record<InstrumentId, number | null>> {
  const answers: Record<string, string | number | null> = {};
  for (const title of plan.items.keys()) {
    const value = answersByTitle[title];
    answers[title] = typeof value === 'string' || typeof value === 'number' ? value : null;
  }
  const scores: Partial<Record<InstrumentId, number | null>> = {};
  for (const [instrumentId, itemAnswers] of instrumentAnswers(plan, {
    timestamp: new Date(0),
    email: '',
    answers,
  })) {
    const instrument = plan.included.find((candidate) => candidate.id === instrumentId);
    if (!instrument) continue;
    const outcome = scoreInstrument(instrument, itemAnswers);
    scores[instrumentId] = outcome.ok ? outcome.score : null;
  }
  return scores;
}
