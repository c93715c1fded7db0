/**
 * What every emulated service shares: the clock, the meter, the script's time zone and the
 * account the script runs as. The environment (emulator/environment.ts) builds one context per
 * emulated project and hands it to each service factory.
 */
import { ScriptDateConstructor, VirtualClock } from './clock';
import { ServiceMeter } from './meter';

export interface EmulatorContext {
  clock: VirtualClock;
  meter: ServiceMeter;
  /** Construct every Date handed to the script with this, so `instanceof Date` holds in the script. */
  ScriptDate: ScriptDateConstructor;
  /**
   * The time zone new spreadsheets get (the group's), an IANA name. A spreadsheet keeps its own
   * zone afterwards (Spreadsheet.setSpreadsheetTimeZone).
   */
  timeZone: string;
  /**
   * The script's time zone: appsscript.json `timeZone`. Session.getScriptTimeZone answers it and
   * a time-driven trigger's atHour runs in it unless the builder says inTimezone.
   * https://developers.google.com/apps-script/manifest#Manifest.FIELDS.timeZone
   */
  scriptTimeZone: string;
  /**
   * The account the current execution runs as (Environment.actAs changes it): a menu item runs as
   * the person at the keyboard, an installable trigger as the account that created it.
   */
  accountEmail: string;
  /**
   * How the script reaches the document: bound to it (Extensions > Apps Script), or installed
   * as an Editor add-on. https://developers.google.com/workspace/add-ons/concepts/menus
   */
  installedAs: 'bound' | 'addon';
  /**
   * The language of the account that owns the forms: Google names and heads the response tabs it
   * creates in it (emulator/services/forms/destination.ts).
   */
  accountLanguage: AccountLanguage;
  /**
   * Whether the forms this account creates support publishing
   * (`Form.supportsAdvancedResponderPermissions()`): true for every form made today; false
   * models a legacy form, which has no publish state.
   */
  formsSupportPublishing: boolean;
  /** Routes a form response row that a form appended to its destination sheet to the triggers. */
  onFormResponseRow(event: FormResponseRowEvent): void;
  /** A deterministic id generator, so outputs are reproducible for a seed. */
  nextId(prefix: string): string;
}

/** Languages whose response-tab names and headers the emulator knows. */
export const ACCOUNT_LANGUAGES = ['en', 'es', 'fr', 'de', 'pt'] as const;
export type AccountLanguage = (typeof ACCOUNT_LANGUAGES)[number];

/** Raised by the Forms fake after it appended a response row to its destination sheet. */
export interface FormResponseRowEvent {
  spreadsheetId: string;
  sheetName: string;
  /** 1-based row the response occupies. */
  row: number;
  /** The header row of the destination sheet at the time of the append. */
  headers: string[];
  /** The raw values appended (Timestamp as a Date, answers as typed). */
  values: unknown[];
  /** The values as the event object carries them: formatted strings in sheet column order. */
  displayValues: string[];
  formId: string;
}

/** The Apps Script error a fake throws: a plain Error with Google's wording. */
export function appsScriptError(message: string): Error {
  return new Error(message);
}
