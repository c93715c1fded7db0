/**
 * Peer Circle > Set up or repair on the compiled bundle: creates everything once, and repairs
 * what a facilitator deleted or renamed without duplicating or losing anything.
 */
import { Environment } from '../../emulator/environment';
import { newProject, setting, setUpProject, sheetNames, sheetValues, typeRows } from './harness';

const TABS = [
  'Settings',
  'Members',
  'Sessions',
  'Activities',
  'Rotation',
  'Buddies',
  'Review',
  'Instrument wording',
  'Sent',
  'Check-ins',
  'Surveys',
];

function snapshot(env: Environment) {
  return {
    tabs: sheetNames(env).sort(),
    forms: env.forms.all().map((form) => form.getId()),
    triggers: env.scriptApp
      .triggers()
      .map((trigger) => `${trigger.handler}:${trigger.eventType}`)
      .sort(),
    values: Object.fromEntries(sheetNames(env).map((name) => [name, sheetValues(env, name)])),
  };
}

describe('Set up or repair', () => {
  let env: Environment;
  beforeEach(() => {
    env = newProject();
    setUpProject(env);
  });

  it('creates every tab with its headers, frozen and bold, and protects the script-written ones', () => {
    expect(sheetNames(env)).toEqual(expect.arrayContaining(TABS));
    expect(sheetValues(env, 'Members')[0]).toEqual([
      'Member ID',
      'Name',
      'Email',
      'Joined',
      'Status',
      'Roles',
      'Unavailable from',
      'Unavailable to',
      'Email reminders',
      'Buddy programme',
      'Mentor capacity',
      'Do not pair with',
      'Facilitator notes',
      'Needs attention',
      'Consent',
      'Left on',
    ]);
    env.meter.internal(() => {
      for (const name of TABS) {
        const sheet = env.spreadsheet.getSheetByName(name)!;
        expect(sheet.getFrozenRows()).toBe(1);
      }
      for (const name of ['Rotation', 'Buddies', 'Sent']) {
        const protections = env.spreadsheet
          .getSheetByName(name)!
          .getProtections(env.sheets.app.ProtectionType.SHEET);
        expect(protections).toHaveLength(1);
        expect(protections[0].isWarningOnly()).toBe(true);
      }
      const status = env.spreadsheet.getSheetByName('Members')!.getRange('E2').getDataValidation();
      expect(status?.getCriteriaValues()[0]).toEqual(['active', 'paused', 'left']);
    });
  });

  it('makes every tab only as wide as its header row: no empty columns count against the cell limit', () => {
    env.meter.internal(() => {
      for (const name of TABS) {
        const sheet = env.spreadsheet.getSheetByName(name)!;
        expect({ name, columns: sheet.getMaxColumns() }).toEqual({
          name,
          columns: sheet.getLastColumn(),
        });
      }
    });
  });

  it("gives a column added to a narrow tab none of its neighbour's drop-down or format", () => {
    // Rota is made with its Date column alone, then Set up writes one column per role.
    env.meter.internal(() => {
      const rota = env.spreadsheet.getSheetByName('Rota')!;
      expect(rota.getMaxColumns()).toBeGreaterThan(1);
      expect(rota.getMaxColumns()).toBe(rota.getLastColumn());
      const added = rota.getRange(2, 2, rota.getMaxRows() - 1, rota.getMaxColumns() - 1);
      expect(
        added
          .getDataValidations()
          .flat()
          .every((rule) => rule === null),
      ).toBe(true);
      expect(rota.getRange('A2').getDataValidation()).not.toBeNull();
    });
  });

  it('creates both forms with email collection, linked to this spreadsheet, and records them in Settings', () => {
    const forms = env.forms.all();
    expect(forms.map((form) => form.getTitle()).sort()).toEqual([
      // The anonymous forms (issue 15 items 1 and 4) collect no email: see
      // test/integration/community-survey and feedback.
      'Community survey',
      'Group feedback',
      'Weekly check-in',
      'Wellbeing and stigma survey',
    ]);
    for (const form of forms) {
      expect(form.collectsEmail()).toBe(
        !['Group feedback', 'Community survey'].includes(form.getTitle()),
      );
      expect(form.getDestinationId()).toBe(env.spreadsheet.getId());
    }
    const checkin = forms.find((form) => form.getTitle() === 'Weekly check-in')!;
    expect(setting(env, 'Check-in form ID')).toBe(checkin.getId());
    expect(setting(env, 'Check-in form link')).toBe(checkin.getPublishedUrl());
    const mood = checkin
      .getItems()
      .find((item) => item.getTitle() === 'How has your mood been this week?')!;
    expect(mood.asScaleItem().getLowerBound()).toBe(1);
    expect(mood.asScaleItem().getUpperBound()).toBe(5);
    expect(mood.asScaleItem().getLeftLabel()).toBe('Very low');
    expect(mood.asScaleItem().isRequired()).toBe(true);
    // The consent question opens the form (SPEC section 9), so its column comes first.
    expect(sheetValues(env, 'Check-ins')[0].slice(0, 4)).toEqual([
      'Timestamp',
      'Email Address',
      'I have read who sees my answers, and I agree to take part',
      'Which session is this check-in for?',
    ]);
    expect(sheetValues(env, 'Check-ins')[0]).toEqual(
      expect.arrayContaining(['Member ID', 'Session date', 'Wave', 'Processing']),
    );
  });

  it('installs the form-submit and daily triggers exactly once', () => {
    expect(
      env.scriptApp
        .triggers()
        .map((trigger) => `${trigger.handler}:${trigger.eventType}`)
        .sort(),
    ).toEqual(['dailyRun:CLOCK', 'onFormSubmitTrigger:ON_FORM_SUBMIT']);
  });

  it('seeds Settings with a How to use note and validated defaults, and plans sessions ahead', () => {
    const settings = sheetValues(env, 'Settings');
    expect(settings[1][0]).toBe('How to use');
    expect(setting(env, 'Meeting weekday')).toBe('Wednesday');
    expect(setting(env, 'Minimum group size for reporting')).toBe('5');
    const sessions = sheetValues(env, 'Sessions');
    expect(sessions.length).toBeGreaterThan(8);
  });

  it('running it again changes nothing: no duplicate tabs, forms, triggers or rows', () => {
    const before = snapshot(env);
    const again = env.clickMenu('Set up or repair');
    expect(again.ok).toBe(true);
    expect(snapshot(env)).toEqual(before);
    const dialog = env.sheets.ui.dialogs.at(-1);
    expect(dialog?.html).toContain('Everything was already in place');
  });

  it('repairs a deleted tab, a renamed column and a removed trigger, keeping the data', () => {
    typeRows(env, 'Members', [['', 'Ann', 'ann@example.org', '', 'active']]);
    env.meter.internal(() => {
      env.spreadsheet.deleteSheet(env.spreadsheet.getSheetByName('Rotation')!);
      env.spreadsheet.getSheetByName('Members')!.getRange('F1').setValue('Willing roles');
    });
    const daily = env.scriptApp.triggers().find((trigger) => trigger.handler === 'dailyRun')!;
    env.meter.internal(() => {
      const trigger = env.scriptApp.global
        .getProjectTriggers()
        .find((t) => t.getUniqueId() === daily.id)!;
      env.scriptApp.global.deleteTrigger(trigger);
    });
    const formsBefore = env.forms.all().length;

    expect(env.clickMenu('Set up or repair').ok).toBe(true);
    expect(sheetNames(env)).toEqual(expect.arrayContaining(TABS));
    expect(env.forms.all()).toHaveLength(formsBefore);
    expect(
      env.scriptApp
        .triggers()
        .map((trigger) => trigger.handler)
        .sort(),
    ).toEqual(['dailyRun', 'onFormSubmitTrigger']);
    const members = sheetValues(env, 'Members');
    expect(members[0]).toContain('Willing roles');
    expect(members[0].at(-1)).toBe('Roles');
    expect(members[1][1]).toBe('Ann');
    expect(members[1][0]).toBe('M0001');
    const html = env.sheets.ui.dialogs.at(-1)?.html ?? '';
    expect(html).toContain('Tab &quot;Rotation&quot;');
    expect(html).toContain('added column(s) Roles');
    expect(html).toContain('daily run');
  });

  it('replaces a deleted form and re-links the new one', () => {
    const checkinId = String(setting(env, 'Check-in form ID'));
    env.meter.internal(() =>
      env.spreadsheet.deleteSheet(env.spreadsheet.getSheetByName('Check-ins')!),
    );
    env.forms.getById(checkinId)!.removeDestination();
    expect(env.clickMenu('Set up or repair').ok).toBe(true);
    expect(sheetNames(env)).toContain('Check-ins');
    expect(env.forms.getById(checkinId)!.getDestinationId()).toBe(env.spreadsheet.getId());
  });
});
