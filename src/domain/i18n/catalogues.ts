/**
 * Every shipped language's catalogue. A language may lack keys while it is being written (the
 * missing ones fall back to English, never to a key); a shipped language is complete, which the
 * catalogue test holds it to.
 */
import { ENGLISH, type Catalogue } from './catalogue';
import type { LanguageCode } from './languages';
import { pseudoCatalogue } from './pseudo';

export const CATALOGUES: { readonly [Code in LanguageCode]: Partial<Catalogue> } = {
  en: ENGLISH,
  'en-XA': pseudoCatalogue(ENGLISH),
};
