/**
 * The message catalogue's shape: the master's keys, and what a key's text may hold.
 */
import { EN } from './en';

export type MessageKey = keyof typeof EN;
/** The group's editable email templates: `{{name}}` placeholders, never formatted by ICU. */
export type TemplateKey = Extract<MessageKey, `template.${string}`>;
/** Every other message: ICU MessageFormat. */
export type FormattedKey = Exclude<MessageKey, TemplateKey>;

/** A complete language: every key of the master, translated. */
export type Catalogue = { readonly [Key in MessageKey]: string };

export const ENGLISH: Catalogue = EN;

export function isTemplateKey(key: MessageKey): key is TemplateKey {
  return key.startsWith('template.');
}
