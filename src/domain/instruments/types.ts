import type { BetterDirection } from '../stats/reliable-change';

export type { BetterDirection } from '../stats/reliable-change';

export type InstrumentId = 'swemwbs' | 'rses' | 'brcs' | 'ismi10' | 'ribs';

export type InstrumentPurpose =
  'wellbeing' | 'self-esteem' | 'coping' | 'internalised-stigma' | 'public-stigma';

export interface ResponseOption {
  /** The number stored for this answer (what the Survey tab holds after mapping the label). */
  readonly value: number;
  readonly label: string;
  /**
   * True for an answer outside the ordered scale, such as "Don't know": the form shows it
   * apart from the scale, and it plays no part in reverse keying or in the scale's ends.
   */
  readonly offScale?: true;
  /** Points the answer scores when that differs from `value` (RIBS: "don't know" scores 3). */
  readonly scoredAs?: number;
}

export interface ResponseScale {
  readonly id: string;
  /** In the order the published form lists them. */
  readonly options: readonly ResponseOption[];
}

/** 'scored' items make up the score; 'counted' items are tallied and reported separately. */
export type ItemRole = 'scored' | 'counted';

export interface InstrumentItem {
  /** Stable id; the Survey form and the Surveys tab key answers by it. */
  readonly id: string;
  /** The wording, or null when it may not ship in code and the group pastes it (SPEC 4). */
  readonly text: string | null;
  /** Identifies the item to whoever pastes its wording, without quoting it. */
  readonly label: string;
  readonly scale: ResponseScale;
  readonly reverseKeyed: boolean;
  /** A score is computed only when every required item has an answer in range. */
  readonly required: boolean;
  readonly role: ItemRole;
  readonly subscale?: string;
}

/** Score bands in ascending order: a score belongs to the first band whose `upTo` it does not exceed. */
export interface ScoreBand {
  readonly label: string;
  readonly upTo: number;
}

export interface ConversionTable {
  /** Raw sum to converted score, one entry for every possible raw sum. */
  readonly table: Readonly<Record<number, number>>;
  readonly source: string;
}

export type ScoringRule =
  | {
      /** Sum of scored items after reverse keying, optionally converted by a published table. */
      readonly kind: 'sum';
      readonly conversion?: ConversionTable;
    }
  | {
      /** Mean of the answered scored items after reverse keying. */
      readonly kind: 'mean-of-answered';
      readonly minAnswered: number;
      /** Each subscale must be represented by at least this many answers. */
      readonly minAnsweredPerSubscale: number;
    };

export interface ReliabilityFigure {
  readonly value: number;
  readonly kind: 'test-retest' | 'internal-consistency';
  /** Sample and interval, and any caveat about the figure. */
  readonly detail: string;
  readonly source: string;
}

export interface PublishedThreshold {
  /** A change larger than this many points, in absolute value, counts as reliable. */
  readonly minReliableChange: number;
  readonly detail: string;
  readonly source: string;
}

export interface ReliableChangeSpec {
  /** Used with the group's own baseline SD in the Jacobson–Truax formula. */
  readonly reliability: ReliabilityFigure | null;
  /** Used when no reliability figure is shipped or the group's baseline SD is not computable. */
  readonly publishedThreshold: PublishedThreshold | null;
}

export interface LicenceNote {
  readonly itemTextMayShip: boolean;
  /** The terms as the owner states them, in brief. */
  readonly terms: string;
  /** Where the terms come from (the owner's own page where one was found). */
  readonly termsSource: string;
  /** Must accompany the form and any report that uses the instrument; null when none is required. */
  readonly copyrightLine: string | null;
  /** The reference to cite in reports. */
  readonly citation: string;
}

export interface InstrumentDefinition {
  readonly id: InstrumentId;
  readonly title: string;
  readonly shortTitle: string;
  readonly purpose: InstrumentPurpose;
  /** Listed in the order the form shows them. */
  readonly items: readonly InstrumentItem[];
  readonly scoring: ScoringRule;
  /** Range of the final score (after conversion). */
  readonly scoreRange: { readonly min: number; readonly max: number };
  readonly better: BetterDirection;
  readonly bands: readonly ScoreBand[] | null;
  readonly bandsSource: string | null;
  readonly reliableChange: ReliableChangeSpec;
  /** e.g. "the last 2 weeks"; null when the instrument asks about the present. */
  readonly recallPeriod: string | null;
  /** Instructions shown above the items, or null when the group pastes them with the items. */
  readonly instructions: string | null;
  readonly licence: LicenceNote;
  /** Decisions a facilitator or analyst should know about (why an item is optional, etc.). */
  readonly notes: readonly string[];
}
