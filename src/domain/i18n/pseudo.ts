/**
 * The pseudo-language: every English message wrapped in ⟦ ⟧. A text in an output that is not
 * inside the markers did not come from the catalogue; figures, names and dates typed by the group
 * stay outside them, which the scan allows for.
 */
import type { Catalogue, MessageKey } from './catalogue';

export const PSEUDO_OPEN = '⟦';
export const PSEUDO_CLOSE = '⟧';

export function pseudoCatalogue(master: Catalogue): Catalogue {
  const wrapped: Partial<Record<MessageKey, string>> = {};
  for (const key of Object.keys(master) as MessageKey[])
    wrapped[key] = `${PSEUDO_OPEN}${master[key]}${PSEUDO_CLOSE}`;
  return wrapped as Catalogue;
}
