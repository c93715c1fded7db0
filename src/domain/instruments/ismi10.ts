import type { InstrumentDefinition, InstrumentItem, ResponseScale } from './types';

const AGREEMENT_SCALE: ResponseScale = {
  id: 'ismi-agreement',
  options: [
    { value: 1, label: 'Strongly disagree' },
    { value: 2, label: 'Disagree' },
    { value: 3, label: 'Agree' },
    { value: 4, label: 'Strongly agree' },
  ],
};

const SUBSCALES = [
  { code: 'al', name: 'Alienation' },
  { code: 'se', name: 'Stereotype Endorsement' },
  { code: 'de', name: 'Discrimination Experience' },
  { code: 'sw', name: 'Social Withdrawal' },
  { code: 'sr', name: 'Stigma Resistance' },
] as const;

/**
 * Items are keyed by subscale, not by position on the printed form: the group pastes each
 * item under its subscale, so the reverse keying of the two Stigma Resistance items cannot
 * end up on the wrong slots whatever order the group's copy prints them in.
 */
function subscaleItems(subscale: (typeof SUBSCALES)[number]): InstrumentItem[] {
  const resistance = subscale.code === 'sr';
  return (['a', 'b'] as const).map((letter) => ({
    id: `ismi10_${subscale.code}_${letter}`,
    text: null,
    label: resistance
      ? `${subscale.name} item ${letter.toUpperCase()} (positively worded; reverse-keyed)`
      : `${subscale.name} item ${letter.toUpperCase()}`,
    scale: AGREEMENT_SCALE,
    reverseKeyed: resistance,
    required: false,
    role: 'scored',
    subscale: subscale.name,
  }));
}

const CITATION =
  'Boyd JE, Otilingam PG, DeForge BR. Brief version of the Internalized Stigma of Mental Illness (ISMI) scale: psychometric properties and relationship to depression, self esteem, recovery orientation, empowerment, and perceived devaluation and discrimination. Psychiatr Rehabil J 2014;37(1):17-23. doi:10.1037/prj0000035';

export const ISMI_10: InstrumentDefinition = {
  id: 'ismi10',
  title: 'Internalized Stigma of Mental Illness scale, 10-item version',
  shortTitle: 'ISMI-10',
  purpose: 'internalised-stigma',
  items: SUBSCALES.flatMap(subscaleItems),
  scoring: { kind: 'mean-of-answered', minAnswered: 8, minAnsweredPerSubscale: 1 },
  scoreRange: { min: 1, max: 4 },
  better: 'lower',
  bands: [
    { label: 'not elevated', upTo: 2.5 },
    { label: 'elevated', upTo: 4 },
  ],
  bandsSource:
    'A mean above 2.50 is read as elevated (moderate to severe) internalised stigma in the ISMI-29 literature, e.g. Brohan E, Elgie R, Sartorius N, Thornicroft G. Self-stigma, empowerment and perceived discrimination among people with schizophrenia in 14 European countries: the GAMIAN-Europe study. Schizophr Res 2010;122:232-238. Applied to ISMI-10 by analogy.',
  reliableChange: {
    reliability: {
      value: 0.86,
      kind: 'internal-consistency',
      detail:
        'Ordinal alpha in 354 psychiatric outpatients and inpatients; ordinal alpha tends to run higher than Cronbach’s alpha, so this criterion may be slightly lenient.',
      source:
        'Evaluation of the psychometric properties of the brief Internalized Stigma of Mental Illness Scale (ISMI-10). Neuro Endocrinol Lett; http://nel.edu/evaluation-of-the-psychometric-properties-of-the-brief-internalized-stigma-of-mental-illness-scale-ismi-10-54/',
    },
    publishedThreshold: null,
  },
  recallPeriod: null,
  instructions: null,
  licence: {
    itemTextMayShip: false,
    terms:
      'Statements conflict: the 2014 article is marked "In the public domain" (US government authors), while other sources ask users to contact the author. Only structure and scoring ship; the group pastes the items once it has permission.',
    termsSource: CITATION,
    copyrightLine: null,
    citation: CITATION,
  },
  notes: [
    'Score = mean of the answered items after reversing the two Stigma Resistance items (1-4; lower is better).',
    'Required for a score: at least 8 of the 10 items answered, with at least one from each of the 5 subscales. No single item is required, because the published score is a mean of answered items; the limits stop a mean resting on too few items or leaving out a whole subscale (in particular both reverse-keyed items, which would remove the check on agreeing with everything).',
    'Items are slots by subscale (A and B), not positions on the printed form; the group pastes each item under its subscale and may choose the display order.',
  ],
};
