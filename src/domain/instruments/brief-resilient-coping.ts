import type { InstrumentDefinition, InstrumentItem, ResponseScale } from './types';

/**
 * A 1-5 scale with labelled ends. Only the end labels are given here: they are what a linear
 * scale question shows, and we ship no wording for the points in between that we could not
 * confirm from the authors.
 */
const DESCRIBES_ME_SCALE: ResponseScale = {
  id: 'brcs-describes-me',
  options: [
    { value: 1, label: 'Does not describe me at all' },
    { value: 2, label: '2' },
    { value: 3, label: '3' },
    { value: 4, label: '4' },
    { value: 5, label: 'Describes me very well' },
  ],
};

function item(position: number): InstrumentItem {
  return {
    id: `brcs_${position}`,
    text: null,
    label: `item ${position} of 4`,
    scale: DESCRIBES_ME_SCALE,
    reverseKeyed: false,
    required: true,
    role: 'scored',
  };
}

const CITATION =
  'Sinclair VG, Wallston KA. The development and psychometric evaluation of the Brief Resilient Coping Scale. Assessment 2004;11(1):94-101. doi:10.1177/1073191103258144';

export const BRIEF_RESILIENT_COPING: InstrumentDefinition = {
  id: 'brcs',
  title: 'Brief Resilient Coping Scale',
  shortTitle: 'BRCS',
  purpose: 'coping',
  items: [1, 2, 3, 4].map(item),
  scoring: { kind: 'sum' },
  scoreRange: { min: 4, max: 20 },
  better: 'higher',
  bands: [
    { label: 'low resilient coping', upTo: 13 },
    { label: 'medium resilient coping', upTo: 16 },
    { label: 'high resilient coping', upTo: 20 },
  ],
  bandsSource: `Bands 4-13 low, 14-16 medium, 17-20 high, as published by the scale's authors (${CITATION}).`,
  reliableChange: {
    reliability: {
      value: 0.71,
      kind: 'test-retest',
      detail:
        'Test-retest reliability reported in the development study (internal consistency there: alpha .69); to be re-checked against the paper.',
      source: CITATION,
    },
    publishedThreshold: null,
  },
  recallPeriod: null,
  instructions: null,
  licence: {
    itemTextMayShip: false,
    terms:
      'No statement of terms from the authors could be confirmed, so only structure and scoring ship; the group pastes the 4 items once it has the authors’ wording and permission.',
    termsSource: CITATION,
    copyrightLine: null,
    citation: CITATION,
  },
  notes: ['All 4 items are required: the bands are defined on the full 4-20 sum.'],
};
