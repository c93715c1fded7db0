import type { InstrumentDefinition, InstrumentItem, ResponseScale } from './types';

/**
 * Published form order (strongly agree first) and the 0-3 points of the University of
 * Maryland scoring: SA = 3, A = 2, D = 1, SD = 0, with negatively worded items reversed.
 * 0-3 (total 0-30) rather than 1-4 (10-40) because it is the scoring Rosenberg's own
 * department publishes, and it keeps figures comparable with the studies that follow it.
 */
const AGREEMENT_SCALE: ResponseScale = {
  id: 'rses-agreement',
  options: [
    { value: 3, label: 'Strongly agree' },
    { value: 2, label: 'Agree' },
    { value: 1, label: 'Disagree' },
    { value: 0, label: 'Strongly disagree' },
  ],
};

/**
 * The order printed on the scale sheet distributed with "may be used without explicit
 * permission"; items 2, 5, 6, 8 and 9 are the negatively worded ones (asterisked there).
 */
const ROSENBERG_ITEMS: ReadonlyArray<{ text: string; reverseKeyed: boolean }> = [
  { text: 'On the whole, I am satisfied with myself.', reverseKeyed: false },
  { text: 'At times, I think I am no good at all.', reverseKeyed: true },
  { text: 'I feel that I have a number of good qualities.', reverseKeyed: false },
  { text: 'I am able to do things as well as most other people.', reverseKeyed: false },
  { text: 'I feel I do not have much to be proud of.', reverseKeyed: true },
  { text: 'I certainly feel useless at times.', reverseKeyed: true },
  {
    text: "I feel that I'm a person of worth, at least on an equal plane with others.",
    reverseKeyed: false,
  },
  { text: 'I wish I could have more respect for myself.', reverseKeyed: true },
  { text: 'All in all, I am inclined to feel that I am a failure.', reverseKeyed: true },
  { text: 'I take a positive attitude toward myself.', reverseKeyed: false },
];

function item(entry: { text: string; reverseKeyed: boolean }, index: number): InstrumentItem {
  return {
    id: `rses_${index + 1}`,
    text: entry.text,
    label: `item ${index + 1} of 10`,
    scale: AGREEMENT_SCALE,
    reverseKeyed: entry.reverseKeyed,
    required: true,
    role: 'scored',
  };
}

export const ROSENBERG_SELF_ESTEEM: InstrumentDefinition = {
  id: 'rses',
  title: 'Rosenberg Self-Esteem Scale',
  shortTitle: 'RSES',
  purpose: 'self-esteem',
  items: ROSENBERG_ITEMS.map(item),
  scoring: { kind: 'sum' },
  scoreRange: { min: 0, max: 30 },
  better: 'higher',
  // Rosenberg's department states there are no discrete cut-off points for high or low
  // self-esteem (https://socy.umd.edu/quick-links/rosenberg-scale-faq-0), so none ship.
  bands: null,
  bandsSource: null,
  reliableChange: {
    reliability: {
      value: 0.85,
      kind: 'test-retest',
      detail:
        'Two-week test-retest correlation (.85; .88 is also reported) as commonly cited from Silber and Tippett; the lower figure is used, which makes the criterion stricter.',
      source:
        'Silber E, Tippett JS. Self-esteem: clinical assessment and measurement validation. Psychological Reports 1965;16:1017-1071.',
    },
    publishedThreshold: null,
  },
  recallPeriod: null,
  instructions:
    'Below is a list of statements dealing with your general feelings about yourself. For each one, choose whether you strongly agree, agree, disagree or strongly disagree.',
  licence: {
    itemTextMayShip: true,
    terms:
      "The scale may be used without explicit permission; the author's family would like to be kept informed of its use (The Morris Rosenberg Foundation, c/o Department of Sociology, University of Maryland). Credit Rosenberg when reporting.",
    termsSource:
      'Scale sheet distributed by the University of Maryland Department of Sociology; https://socy.umd.edu/quick-links/rosenberg-scale-faq-0',
    copyrightLine: null,
    citation:
      'Rosenberg M. Society and the Adolescent Self-Image. Revised edition. Middletown, CT: Wesleyan University Press; 1989. (First published Princeton University Press, 1965.)',
  },
  notes: [
    'Scored 0-3 per item (total 0-30), as the University of Maryland publishes; some studies use 1-4 (10-40), so compare with care.',
    'All 10 items are required: a sum over fewer items is not on the same 0-30 scale.',
    'The instructions are adapted from the paper form ("circle SA, A, D or SD") to a web form.',
  ],
};
