import type { InstrumentDefinition, InstrumentItem, ResponseScale } from './types';

/** Conventional survey code for "don't know", kept apart from the 1-5 agreement values. */
export const RIBS_DONT_KNOW = 9;

const REPORTED_BEHAVIOUR_SCALE: ResponseScale = {
  id: 'ribs-yes-no',
  options: [
    { value: 1, label: 'Yes' },
    { value: 2, label: 'No' },
    { value: RIBS_DONT_KNOW, label: "Don't know", offScale: true },
  ],
};

/** Higher = more willing, i.e. less stigmatising intended behaviour. */
const INTENDED_BEHAVIOUR_SCALE: ResponseScale = {
  id: 'ribs-agreement',
  options: [
    { value: 5, label: 'Agree strongly' },
    { value: 4, label: 'Agree slightly' },
    { value: 3, label: 'Neither agree nor disagree' },
    { value: 2, label: 'Disagree slightly' },
    { value: 1, label: 'Disagree strongly' },
    // The authors code "don't know" as neutral for the total.
    { value: RIBS_DONT_KNOW, label: "Don't know", offScale: true, scoredAs: 3 },
  ],
};

function reportedItem(position: number): InstrumentItem {
  return {
    id: `ribs_${position}`,
    text: null,
    label: `reported behaviour item ${position} (of items 1-4)`,
    scale: REPORTED_BEHAVIOUR_SCALE,
    reverseKeyed: false,
    required: false,
    role: 'counted',
  };
}

function intendedItem(position: number): InstrumentItem {
  return {
    id: `ribs_${position}`,
    text: null,
    label: `intended behaviour item ${position} (of items 5-8)`,
    scale: INTENDED_BEHAVIOUR_SCALE,
    reverseKeyed: false,
    required: true,
    role: 'scored',
  };
}

const CITATION =
  'Evans-Lacko S, Rose D, Little K, Flach C, Rhydderch D, Henderson C, Thornicroft G. Development and psychometric properties of the Reported and Intended Behaviour Scale (RIBS): a stigma-related behaviour measure. Epidemiol Psychiatr Sci 2011;20(3):263-271. doi:10.1017/S2045796011000308';

export const RIBS: InstrumentDefinition = {
  id: 'ribs',
  title: 'Reported and Intended Behaviour Scale',
  shortTitle: 'RIBS',
  purpose: 'public-stigma',
  items: [...[1, 2, 3, 4].map(reportedItem), ...[5, 6, 7, 8].map(intendedItem)],
  scoring: { kind: 'sum' },
  scoreRange: { min: 4, max: 20 },
  // A higher intended-behaviour total means less stigmatising behaviour, so higher is better
  // even though this is a stigma measure.
  better: 'higher',
  bands: null,
  bandsSource: null,
  reliableChange: {
    reliability: {
      value: 0.838,
      kind: 'test-retest',
      detail:
        'ICC over a 5-month interval in a Hungarian community sample (n = 5,141); the development study reports moderate to substantial test-retest reliability.',
      source:
        'Psychometric validation of the Reported and Intended Behaviour Scale (RIBS) in Hungary with a particular focus on "Don\'t know" responses and further scoring recommendations. BMC Public Health 2023. doi:10.1186/s12889-023-16707-3',
    },
    publishedThreshold: null,
  },
  recallPeriod: null,
  instructions: null,
  licence: {
    itemTextMayShip: false,
    terms:
      'Free for those who work or study in a university or health setting, after registering; cite the key paper; do not change the scale in any way; do not pass it on to a third party (direct them to the website); no charge may be made. Whether a peer-run group counts as a health setting is for the group to confirm when it registers.',
    termsSource:
      "King's College London stigma scales registration, https://www.surveymonkey.com/r/stigmascalesregistration",
    copyrightLine: null,
    citation: CITATION,
  },
  notes: [
    'Optional; for outreach audiences rather than members.',
    'Items 1-4 (reported behaviour: yes / no / don’t know) are not scored: they are counted, and optional.',
    'Items 5-8 (intended behaviour, 1-5) are required and summed to 4-20, with "don’t know" counted as 3.',
    'Because the scale may not be passed on, its wording never ships in code: each group registers and pastes it.',
  ],
};
