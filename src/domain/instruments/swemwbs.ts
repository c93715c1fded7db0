import type { InstrumentDefinition, InstrumentItem, ResponseScale } from './types';

const FREQUENCY_SCALE: ResponseScale = {
  id: 'swemwbs-frequency',
  options: [
    { value: 1, label: 'None of the time' },
    { value: 2, label: 'Rarely' },
    { value: 3, label: 'Some of the time' },
    { value: 4, label: 'Often' },
    { value: 5, label: 'All of the time' },
  ],
};

/**
 * Raw score (sum of the 7 items, 7-35) to metric score, from the conversion table Warwick
 * publishes with its scoring guidance ("Collect, score, analyse and interpret WEMWBS",
 * https://warwick.ac.uk/fac/sci/med/research/platform/wemwbs/using/howto), derived from the
 * Rasch analysis in Stewart-Brown et al. 2009, Health Qual Life Outcomes 7:15.
 * The same 29 values appear in independent public analysis code that applies this table.
 * Beware a different table circulating in public code (8 -> 8.50, 35 -> 29.41): it is wrong;
 * the official table maps the ends of the scale onto themselves (7 -> 7.00, 35 -> 35.00).
 */
export const SWEMWBS_METRIC_CONVERSION: Readonly<Record<number, number>> = {
  7: 7.0,
  8: 9.51,
  9: 11.25,
  10: 12.4,
  11: 13.33,
  12: 14.08,
  13: 14.75,
  14: 15.32,
  15: 15.84,
  16: 16.36,
  17: 16.88,
  18: 17.43,
  19: 17.98,
  20: 18.59,
  21: 19.25,
  22: 19.98,
  23: 20.73,
  24: 21.54,
  25: 22.35,
  26: 23.21,
  27: 24.11,
  28: 25.03,
  29: 26.02,
  30: 27.03,
  31: 28.13,
  32: 29.31,
  33: 30.7,
  34: 32.55,
  35: 35.0,
};

function item(position: number): InstrumentItem {
  return {
    id: `swemwbs_${position}`,
    // Wording ships only with each group's own registration with Warwick (see licence below).
    text: null,
    label: `item ${position} of 7`,
    scale: FREQUENCY_SCALE,
    reverseKeyed: false,
    required: true,
    role: 'scored',
  };
}

export const SWEMWBS: InstrumentDefinition = {
  id: 'swemwbs',
  title: 'Short Warwick-Edinburgh Mental Wellbeing Scale',
  shortTitle: 'SWEMWBS',
  purpose: 'wellbeing',
  items: [1, 2, 3, 4, 5, 6, 7].map(item),
  scoring: {
    kind: 'sum',
    conversion: {
      table: SWEMWBS_METRIC_CONVERSION,
      source:
        'Warwick Medical School, SWEMWBS raw-to-metric conversion table (Stewart-Brown et al. 2009, Health Qual Life Outcomes 7:15)',
    },
  },
  scoreRange: { min: 7, max: 35 },
  better: 'higher',
  bands: null,
  bandsSource: null,
  reliableChange: {
    // No reliability coefficient is shipped: the one figure we could trace to a source is the
    // threshold below, which is already in Jacobson–Truax form (2.77 SEM = 1.96 × sqrt(2) SEM).
    reliability: null,
    publishedThreshold: {
      minReliableChange: 2.87,
      detail:
        '2.77 × SEM (SEM 1.03 metric points) in a clinical sample of 172 adults; the authors put statistically important individual change at 1-3 points depending on the standard.',
      source:
        'Shah N, Cader M, Andrews WP, Wijesekera D, Stewart-Brown SL. Responsiveness of the Short Warwick Edinburgh Mental Well-Being Scale (SWEMWBS): evaluation a clinical sample. Health Qual Life Outcomes 2018;16:239. doi:10.1186/s12955-018-1060-2',
    },
  },
  recallPeriod: 'the last 2 weeks',
  // The instructions are part of the registered form; the group pastes them with the items.
  instructions: null,
  licence: {
    itemTextMayShip: false,
    terms:
      'Free to use, but each user must first register with the University of Warwick; protected by copyright, and the copyright line must appear on every copy of the scale and on any report of its results.',
    termsSource:
      'https://warwick.ac.uk/fac/sci/med/research/platform/wemwbs/using (registration); terms as restated by CORC, https://www.corc.uk.net/outcome-experience-measures/short-warwick-edinburgh-mental-wellbeing-scale-swemwbs/',
    copyrightLine:
      'Short Warwick Edinburgh Mental Wellbeing Scale (SWEMWBS) © NHS Health Scotland, University of Warwick and University of Edinburgh, 2008, all rights reserved.',
    citation:
      'Stewart-Brown S, Tennant A, Tennant R, Platt S, Parkinson J, Weich S. Internal construct validity of the Warwick-Edinburgh Mental Well-being Scale (WEMWBS): a Rasch analysis using data from the Scottish Health Education Population Survey. Health Qual Life Outcomes 2009;7:15.',
  },
  notes: [
    'Permission is granted per registered user, so the wording does not ship in code: the group registers with Warwick, then pastes the 7 items and instructions it receives.',
    'All 7 items are required: the conversion table is defined for complete raw sums (7-35) only.',
    'Report metric scores, never raw sums, so figures compare with other SWEMWBS studies.',
  ],
};
