/**
 * The group's language for this execution (issue 17). Every entry point that makes text for a
 * person calls this first: Apps Script starts each execution with fresh globals, so the choice
 * is made once per execution, before the first text, and cannot leak into another group's run.
 */
import { DEFAULT_LANGUAGE, parseLanguage, useLanguage, type LanguageCode } from '../domain/i18n';
import { MissingColumnsError } from '../domain/sheet/header-map';
import { readRawSettings } from '../services/settings-tab';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * Reads the Language setting without validating the rest of Settings (a typo elsewhere must not
 * turn the explanation of that typo into another language) and uses it. English when Settings
 * cannot be read yet (before Set up) or the cell names no language: the Settings check then
 * names that cell, in English.
 */
export function useGroupLanguage(spreadsheet: Spreadsheet): LanguageCode {
  let code: LanguageCode = DEFAULT_LANGUAGE;
  try {
    code = parseLanguage(readRawSettings(spreadsheet).language) ?? DEFAULT_LANGUAGE;
  } catch (error) {
    // A Settings tab without its columns: Set up or repair restores it; until then, English.
    // Anything else (a Sheets timeout, a revoked scope) would fail the action's own read of
    // Settings a moment later: it fails here instead, with the same plain message, rather than
    // being swallowed and leaving the action to run on after a failed call.
    if (!(error instanceof MissingColumnsError)) throw error;
    console.warn('Language: Settings could not be read, English is used', error);
  }
  useLanguage(code);
  return code;
}
