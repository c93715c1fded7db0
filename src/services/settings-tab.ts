/** Reads and seeds the Settings tab (rows of Setting / Value / About). */
import {
  englishLabel,
  findSettingDefinition,
  HOW_TO_USE_LABEL,
  parseSettings,
  SETTING_DEFINITIONS,
  settingAbout,
  settingLabel,
  Settings,
  SettingsRow,
} from '../domain/settings';
import { asText } from '../domain/sheet/cells';
import { currentLanguage, LANGUAGE_CODES, localName, t, tIn } from '../domain/i18n';
import { HeaderMap } from '../domain/sheet/header-map';
import { SETTINGS_COLUMNS, TAB } from '../domain/sheet/tabs';
import { contiguousRuns, FIRST_DATA_ROW, findTab, readTab, Table, writeBlock } from './sheets';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

function settingsRows(table: Table): { rows: SettingsRow[]; valueColumn: number; map: HeaderMap } {
  const map = new HeaderMap(table.headers);
  map.requireAll(TAB.settings, [SETTINGS_COLUMNS.setting, SETTINGS_COLUMNS.value]);
  const rows = table.rows.map((row, index) => ({
    row: FIRST_DATA_ROW + index,
    label: map.get(row, SETTINGS_COLUMNS.setting),
    value: map.get(row, SETTINGS_COLUMNS.value),
  }));
  return { rows, valueColumn: map.indexOf(SETTINGS_COLUMNS.value) + 1, map };
}

export function readSettings(spreadsheet: Spreadsheet): Settings {
  const { rows, valueColumn } = settingsRows(readTab(spreadsheet, TAB.settings));
  return parseSettings(rows, valueColumn, spreadsheet.getSpreadsheetTimeZone());
}

/**
 * Adds the rows Settings is missing (with defaults) below the existing ones, and the How to use
 * note when it is missing. Existing values are never changed. Returns the labels added.
 */
export function seedSettings(spreadsheet: Spreadsheet, timeZone: string): string[] {
  const table = readTab(spreadsheet, TAB.settings);
  const { rows, map } = settingsRows(table);
  const present = new Set(rows.map((row) => englishLabel(row.label).trim().toLowerCase()));
  const width = table.headers.length;
  const line = (label: string, value: string, about: string) => {
    const cells: unknown[] = new Array(width).fill('');
    cells[map.indexOf(SETTINGS_COLUMNS.setting)] = asText(label);
    cells[map.indexOf(SETTINGS_COLUMNS.value)] = asText(value);
    const aboutIndex = map.indexOf(SETTINGS_COLUMNS.about);
    if (aboutIndex >= 0) cells[aboutIndex] = asText(about);
    return cells;
  };
  const added: unknown[][] = [];
  const labels: string[] = [];
  if (!present.has(HOW_TO_USE_LABEL.toLowerCase())) {
    added.push(line(localName('setting.', HOW_TO_USE_LABEL), '', t('sheet.howToUse')));
  }
  for (const definition of SETTING_DEFINITIONS) {
    if (present.has(definition.label.toLowerCase())) continue;
    const label = settingLabel(definition);
    added.push(line(label, definition.defaultValue({ timeZone }), settingAbout(definition)));
    labels.push(label);
  }
  writeBlock(table.sheet, FIRST_DATA_ROW + table.rows.length, 1, added);
  return labels;
}

/**
 * Puts the Settings labels, and the About cells still holding one of our explanations, in the
 * current language (Set up or repair applies the Language setting). Values are never touched,
 * nor an About cell the group rewrote. Returns how many cells changed.
 */
export function settingsInLanguage(spreadsheet: Spreadsheet): number {
  const table = readTab(spreadsheet, TAB.settings);
  const { rows, map } = settingsRows(table);
  const aboutIndex = map.indexOf(SETTINGS_COLUMNS.about);
  const wanted = (label: unknown): { label: string; about: string[] } | null => {
    if (englishLabel(label).trim().toLowerCase() === HOW_TO_USE_LABEL.toLowerCase())
      return {
        label: localName('setting.', HOW_TO_USE_LABEL),
        about: LANGUAGE_CODES.map((code) => tIn(code, 'sheet.howToUse')),
      };
    const definition = findSettingDefinition(label);
    if (!definition) return null;
    return {
      label: settingLabel(definition),
      about: LANGUAGE_CODES.map((code) => settingAbout(definition, code)),
    };
  };
  let changes = 0;
  const labelColumn = map.indexOf(SETTINGS_COLUMNS.setting);
  const rewrite = (column: number, values: Map<number, string>) => {
    for (const run of contiguousRuns([...values.keys()]))
      writeBlock(
        table.sheet,
        FIRST_DATA_ROW + run[0],
        column + 1,
        run.map((index) => [asText(values.get(index)!)]),
      );
    changes += values.size;
  };
  const labels = new Map<number, string>();
  const abouts = new Map<number, string>();
  rows.forEach((row, index) => {
    const target = wanted(row.label);
    if (!target) return;
    if (String(row.label ?? '') !== target.label) labels.set(index, target.label);
    if (aboutIndex < 0) return;
    const about = String(table.rows[index][aboutIndex] ?? '');
    const current = target.about[LANGUAGE_CODES.indexOf(currentLanguage())];
    if (about !== current && target.about.includes(about)) abouts.set(index, current);
  });
  if (labels.size > 0) rewrite(labelColumn, labels);
  if (abouts.size > 0) rewrite(aboutIndex, abouts);
  return changes;
}

/** Writes system values (form ids, links) into their Value cells, one setValues per cell run. */
export function writeSystemSettings(
  spreadsheet: Spreadsheet,
  values: Partial<Record<keyof Settings, string>>,
): void {
  const table = readTab(spreadsheet, TAB.settings);
  const { rows, valueColumn } = settingsRows(table);
  // Rewritten strings keep their apostrophe so a facilitator's "18:30" stays text.
  const column = rows.map((row) => [typeof row.value === 'string' ? asText(row.value) : row.value]);
  let changed = false;
  rows.forEach((row, index) => {
    const definition = findSettingDefinition(row.label);
    if (!definition) return;
    const value = values[definition.key];
    if (value !== undefined && String(row.value) !== value) {
      column[index] = [asText(value)];
      changed = true;
    }
  });
  if (changed) writeBlock(table.sheet, FIRST_DATA_ROW, valueColumn, column);
}

/**
 * The Value cells as text, by setting key, without validating them: Set up needs the stored
 * form ids even while a facilitator's typo elsewhere in Settings is waiting to be fixed.
 */
export function readRawSettings(spreadsheet: Spreadsheet): Partial<Record<keyof Settings, string>> {
  // Through readTab: within the daily run it is the copy every step shares, not another read.
  if (!findTab(spreadsheet, TAB.settings)) return {};
  const { rows } = settingsRows(readTab(spreadsheet, TAB.settings));
  const raw: Partial<Record<keyof Settings, string>> = {};
  for (const row of rows) {
    const definition = findSettingDefinition(row.label);
    if (definition) raw[definition.key] = String(row.value ?? '').trim();
  }
  return raw;
}
