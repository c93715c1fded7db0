/**
 * ScriptApp enums. Real Apps Script enum values are objects that print as their names; the
 * emulator uses the names themselves, so `String(e.authMode) === 'FULL'` and
 * `trigger.getEventType() === ScriptApp.EventType.CLOCK` hold as they do in Apps Script.
 * https://developers.google.com/apps-script/reference/script/script-app#properties
 */
export const AuthMode = {
  NONE: 'NONE',
  CUSTOM_FUNCTION: 'CUSTOM_FUNCTION',
  LIMITED: 'LIMITED',
  FULL: 'FULL',
} as const;
export type AuthModeName = keyof typeof AuthMode;

export const EventType = {
  CLOCK: 'CLOCK',
  ON_OPEN: 'ON_OPEN',
  ON_EDIT: 'ON_EDIT',
  ON_FORM_SUBMIT: 'ON_FORM_SUBMIT',
  ON_CHANGE: 'ON_CHANGE',
  ON_EVENT_UPDATED: 'ON_EVENT_UPDATED',
} as const;
export type EventTypeName = keyof typeof EventType;

export const TriggerSource = {
  SPREADSHEETS: 'SPREADSHEETS',
  CLOCK: 'CLOCK',
  FORMS: 'FORMS',
  DOCUMENTS: 'DOCUMENTS',
  CALENDAR: 'CALENDAR',
} as const;
export type TriggerSourceName = keyof typeof TriggerSource;

/** Index = JavaScript getDay() (0 = Sunday). */
export const WEEKDAY_NAMES = [
  'SUNDAY',
  'MONDAY',
  'TUESDAY',
  'WEDNESDAY',
  'THURSDAY',
  'FRIDAY',
  'SATURDAY',
] as const;
export type WeekDayName = (typeof WEEKDAY_NAMES)[number];
export const WeekDay = Object.fromEntries(WEEKDAY_NAMES.map((d) => [d, d])) as {
  [K in WeekDayName]: K;
};

export const AuthorizationStatus = {
  REQUIRED: 'REQUIRED',
  NOT_REQUIRED: 'NOT_REQUIRED',
} as const;

export const InstallationSource = {
  APPS_MARKETPLACE_DOMAIN_ADD_ON: 'APPS_MARKETPLACE_DOMAIN_ADD_ON',
  NONE: 'NONE',
  WEB_STORE_ADD_ON: 'WEB_STORE_ADD_ON',
} as const;
