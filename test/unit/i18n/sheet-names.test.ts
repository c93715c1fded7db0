/**
 * The sheet's names and notes come from the catalogue (issue 17): under the pseudo-language
 * every tab, column, Settings label, explanation and header note is wrapped, so none is left in
 * code; and a sheet holding them in any language reads as the English names the code asks for.
 */
import {
  englishNameOf,
  localName,
  PSEUDO_CLOSE,
  PSEUDO_OPEN,
  useLanguage,
} from '../../../src/domain/i18n';
import {
  findSettingDefinition,
  parseSettings,
  SETTING_DEFINITIONS,
  settingAbout,
  settingLabel,
} from '../../../src/domain/settings';
import { HeaderMap } from '../../../src/domain/sheet/header-map';
import { localHelp } from '../../../src/domain/sheet/local-help';
import { DERIVED_COLUMNS, TAB, TAB_SPECS } from '../../../src/domain/sheet/tabs';

const wrapped = (text: string) => text.startsWith(PSEUDO_OPEN) && text.endsWith(PSEUDO_CLOSE);

afterEach(() => useLanguage('en'));

describe('the sheet under the pseudo-language', () => {
  beforeEach(() => useLanguage('en-XA'));

  it('wraps every tab name, column header and header note Set up writes', () => {
    for (const name of Object.values(TAB))
      expect({ name, ok: wrapped(localName('tab.', name)) }).toEqual({ name, ok: true });
    const columns = [
      ...TAB_SPECS.flatMap((spec) => spec.columns),
      ...Object.values(DERIVED_COLUMNS).map((name) => ({ name, help: undefined })),
    ];
    for (const column of columns) {
      expect({ column: column.name, ok: wrapped(localName('column.', column.name)) }).toEqual({
        column: column.name,
        ok: true,
      });
      if (column.help)
        expect({ help: column.help, ok: wrapped(localHelp(column.help)) }).toEqual({
          help: column.help,
          ok: true,
        });
    }
  });

  it('wraps every Settings label and explanation', () => {
    for (const definition of SETTING_DEFINITIONS) {
      expect(wrapped(settingLabel(definition))).toBe(true);
      expect(wrapped(settingAbout(definition))).toBe(true);
    }
  });
});

describe('reading a sheet in any language', () => {
  it('keeps English output as it was', () => {
    expect(localName('tab.', TAB.members)).toBe('Members');
    expect(localName('column.', 'Member ID')).toBe('Member ID');
    expect(localName('tab.', 'A tab of the group')).toBe('A tab of the group');
    for (const spec of TAB_SPECS)
      for (const column of spec.columns)
        if (column.help) expect(localHelp(column.help)).toBe(column.help);
  });

  it('finds a column under its name in either language, whichever language is in use', () => {
    for (const language of ['en', 'en-XA'] as const) {
      useLanguage(language);
      const map = new HeaderMap(['Name', `${PSEUDO_OPEN}Member ID${PSEUDO_CLOSE}`, 'Extra']);
      expect(map.indexOf('Member ID')).toBe(1);
      expect(map.indexOf('Name')).toBe(0);
      expect(map.toRecord(['Ann', 'M001', 'x'])).toMatchObject({
        Name: 'Ann',
        'Member ID': 'M001',
        Extra: 'x',
      });
    }
  });

  it('finds a Settings row under its label in either language', () => {
    const groupName = SETTING_DEFINITIONS.find((definition) => definition.key === 'groupName');
    expect(findSettingDefinition(`${PSEUDO_OPEN}Group name${PSEUDO_CLOSE}`)).toBe(groupName);
    expect(findSettingDefinition(' group NAME ')).toBe(groupName);
  });

  it('keeps each kind of name to its kind: a tab is not found under a column name', () => {
    expect(englishNameOf('tab.', `${PSEUDO_OPEN}Members${PSEUDO_CLOSE}`)).toBe('Members');
    expect(englishNameOf('column.', `${PSEUDO_OPEN}Members${PSEUDO_CLOSE}`)).toBe('Members');
    expect(englishNameOf('column.', `${PSEUDO_OPEN}Settings${PSEUDO_CLOSE}`)).toBeNull();
    expect(englishNameOf('tab.', 'Member ID')).toBeNull();
  });
});

describe('Settings problems under the pseudo-language', () => {
  /** What is left of a text once every wrapped part, nested or not, is taken out. */
  function unwrapped(text: string): string {
    let rest = text;
    for (;;) {
      const next = rest.replace(/⟦[^⟦⟧]*⟧/g, '');
      if (next === rest) return rest;
      rest = next;
    }
  }

  it('come wholly from the catalogue, bad values and missing rows alike', () => {
    useLanguage('en-XA');
    const rows = SETTING_DEFINITIONS.filter((definition) => definition.key !== 'meetingTime').map(
      (definition, index) => ({
        row: index + 2,
        label: settingLabel(definition),
        value:
          definition.key === 'minGroupSize'
            ? 'lots'
            : definition.key === 'language'
              ? 'Klingon'
              : definition.defaultValue({ timeZone: 'Europe/London' }),
      }),
    );
    let message = '';
    try {
      parseSettings(rows, 2, 'Europe/London');
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message.split('\n')).toHaveLength(4);
    expect(unwrapped(message).replace(/[\s-]/g, '')).toBe('');
  });
});
