/** The message catalogue: see translate.ts for how texts are read, en/ for the master. */
export * from './languages';
export type { Catalogue, FormattedKey, MessageKey, TemplateKey } from './catalogue';
export { isTemplateKey } from './catalogue';
export { PSEUDO_OPEN, PSEUDO_CLOSE } from './pseudo';
export * from './translate';
export { englishName, foldName, namesFor, NAME_PREFIXES } from './names';
export { englishNameOf, localName, localNames, type NameKind } from './local-names';
