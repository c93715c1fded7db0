import { BRIEF_RESILIENT_COPING } from './brief-resilient-coping';
import { ISMI_10 } from './ismi10';
import { RIBS } from './ribs';
import { ROSENBERG_SELF_ESTEEM } from './rosenberg';
import { SWEMWBS } from './swemwbs';
import type { InstrumentDefinition, InstrumentId } from './types';

export * from './types';
export * from './scales';
export * from './scoring';
export * from './wording';
export * from './reliable-change-criterion';
export { SWEMWBS, SWEMWBS_METRIC_CONVERSION } from './swemwbs';
export { ROSENBERG_SELF_ESTEEM } from './rosenberg';
export { BRIEF_RESILIENT_COPING } from './brief-resilient-coping';
export { ISMI_10 } from './ismi10';
export { RIBS, RIBS_DONT_KNOW } from './ribs';

/** Every shipped instrument, in the order of SPEC section 4. */
export const INSTRUMENTS: readonly InstrumentDefinition[] = [
  SWEMWBS,
  ROSENBERG_SELF_ESTEEM,
  BRIEF_RESILIENT_COPING,
  ISMI_10,
  RIBS,
];

export function getInstrument(id: InstrumentId): InstrumentDefinition {
  const definition = INSTRUMENTS.find((candidate) => candidate.id === id);
  if (definition === undefined) {
    throw new RangeError(`no instrument with id "${id}"`);
  }
  return definition;
}

export function isInstrumentId(value: string): value is InstrumentId {
  return INSTRUMENTS.some((definition) => definition.id === value);
}
