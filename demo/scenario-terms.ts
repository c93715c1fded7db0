/**
 * The names a scenario may use, taken from the app itself so the two cannot drift apart: menu
 * captions, the check-in's questions, the Settings labels a group types, instrument items, and
 * which instruments a group's Survey form will carry.
 */
import { MENU_GROUPS } from '../src/app/menu';
import { INSTRUMENTS } from '../src/domain/instruments';
import { SETTING_DEFINITIONS } from '../src/domain/settings';
import type { Scenario } from './scenario-schema';

/** Menu items being built alongside this demo; the runner skips them if the build lacks them. */
export const UPCOMING_MENU_ITEMS = ['Refresh outcomes', 'Generate report'] as const;
export const KNOWN_MENU_ITEMS: readonly string[] = [
  ...new Set([...MENU_GROUPS.flat().map((item) => item.caption), ...UPCOMING_MENU_ITEMS]),
];

/** Short names for the check-in questions, as scenario files use them. */
export const CHECKIN_FIELDS = [
  'sessionDate',
  'participation',
  'mood',
  'coping',
  'supported',
  'outreach',
  'outreachWhat',
  'comment',
  'talkedOutside',
  /** The consent question (agreed unless a raw submission says otherwise). */
  'consent',
] as const;

export const SYSTEM_LABELS = new Set<string>(
  SETTING_DEFINITIONS.filter((definition) => 'system' in definition && definition.system).map(
    (definition) => definition.label,
  ),
);
export const SETTING_LABELS = SETTING_DEFINITIONS.map((definition) => definition.label).filter(
  (label) => !SYSTEM_LABELS.has(label),
);

/** Every instrument item by id, with its instrument. */
export const ITEMS = new Map(
  INSTRUMENTS.flatMap((instrument) =>
    instrument.items.map((item) => [item.id, { instrument, item }]),
  ),
);

/** The part of a scenario that decides what the Survey form carries. */
export type GroupChoices = Pick<Scenario, 'settings' | 'instrumentWording'>;

export function settingValue(scenario: GroupChoices, label: string): string | undefined {
  const value = scenario.settings[label];
  return value === undefined ? undefined : String(value);
}

export function splitList(value: string): string[] {
  return value
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

/** The instruments the Survey form will carry: switched on, and with wording for every item. */
export function instrumentsOnForm(scenario: GroupChoices): Set<string> {
  const on = settingValue(scenario, 'Instruments on');
  const definition = SETTING_DEFINITIONS.find((entry) => entry.label === 'Instruments on');
  const enabled = splitList(on ?? definition?.defaultValue({ timeZone: 'UTC' }) ?? '').map((id) =>
    id.toLowerCase(),
  );
  return new Set(
    INSTRUMENTS.filter(
      (instrument) =>
        enabled.includes(instrument.id) &&
        instrument.items.every(
          (item) => item.text !== null || (scenario.instrumentWording[item.id] ?? '').trim() !== '',
        ),
    ).map((instrument) => instrument.id),
  );
}
