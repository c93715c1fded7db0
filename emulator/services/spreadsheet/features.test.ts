import { chartsGlobal } from './charts';
import { setup } from './test-setup';

describe('data validation', () => {
  it('builds, sets and reads rules', () => {
    const { app, sheet } = setup();
    const rule = app
      .newDataValidation()
      .requireValueInList(['active', 'paused', 'left'], true)
      .setAllowInvalid(false)
      .setHelpText('Pick a status')
      .build();
    sheet.getRange('E2:E').setDataValidation(rule);
    const got = sheet.getRange('E10').getDataValidation();
    expect(got).toBe(rule);
    expect(String(got?.getCriteriaType())).toBe('VALUE_IN_LIST');
    expect(got?.getCriteriaValues()).toEqual([['active', 'paused', 'left'], true]);
    expect(got?.getHelpText()).toBe('Pick a status');
    expect(got?.getAllowInvalid()).toBe(false);
    expect(sheet.getRange('E1').getDataValidation()).toBeNull();
    expect(sheet.inspect().validations).toEqual([
      {
        a1: 'E2:E1000',
        criteria: 'VALUE_IN_LIST',
        args: [['active', 'paused', 'left'], true],
        allowInvalid: false,
        helpText: 'Pick a status',
      },
    ]);
    sheet.getRange('E2:E').clearDataValidations();
    expect(sheet.getRange('E10').getDataValidation()).toBeNull();
  });

  it('a rejecting rule refuses invalid writes; a warning rule lets them through', () => {
    const { app, sheet } = setup();
    sheet
      .getRange('A2:A')
      .setDataValidation(
        app.newDataValidation().requireValueInList(['yes', 'no']).setAllowInvalid(false).build(),
      );
    sheet
      .getRange('B2:B')
      .setDataValidation(app.newDataValidation().requireNumberBetween(1, 5).build());
    sheet.getRange('A2').setValue('yes');
    sheet.getRange('A3').setValue('');
    expect(() => sheet.getRange('A4').setValue('maybe')).toThrow(
      'The data you entered in cell A4 violates the data validation rules set on this cell.',
    );
    sheet.getRange('B2').setValue(9);
    expect(sheet.getRange('B2').getValue()).toBe(9);
  });

  it('a cleared area, or a later rule, hides the rejecting rule beneath it', () => {
    const { app, sheet } = setup();
    sheet
      .getRange('A2:C')
      .setDataValidation(app.newDataValidation().requireDate().setAllowInvalid(false).build());
    sheet.getRange('B2:B').clearDataValidations();
    sheet
      .getRange('C2:C')
      .setDataValidation(app.newDataValidation().requireDate().setAllowInvalid(true).build());
    sheet.getRange('B2:C2').setValues([['a role', 'a note']]);
    expect(sheet.getRange('B2:C2').getValues()).toEqual([['a role', 'a note']]);
    expect(() => sheet.getRange('A2').setValue('not a date')).toThrow(
      'The data you entered in cell A2 violates the data validation rules set on this cell.',
    );
  });

  it('checkbox, date and number rules', () => {
    const { app, sheet } = setup();
    const rules = [
      app.newDataValidation().requireCheckbox().build(),
      app.newDataValidation().requireDate().build(),
      app.newDataValidation().requireNumberBetween(0, 10).build(),
    ];
    sheet.getRange('A1:C1').setDataValidations([rules]);
    expect(
      sheet
        .getRange('A1:C1')
        .getDataValidations()[0]
        .map((r) => String(r?.getCriteriaType())),
    ).toEqual(['CHECKBOX', 'DATE_IS_VALID_DATE', 'NUMBER_BETWEEN']);
  });
});

describe('protection', () => {
  it('sheet.protect() with warning only, recorded and listed', () => {
    const { app, sheet, ctx } = setup();
    const p = sheet.protect().setDescription('Written by Peer Circle').setWarningOnly(true);
    expect(p.isWarningOnly()).toBe(true);
    expect(p.getDescription()).toBe('Written by Peer Circle');
    expect(sheet.protect()).toBe(p); // one protection per sheet
    expect(sheet.getProtections(app.ProtectionType.SHEET)).toEqual([p]);
    expect(p.getEditors().map((u) => u.getEmail())).toEqual([ctx.accountEmail]);
    expect(p.getRange().getA1Notation()).toBe('A1:Z1000');
  });

  it('range protections and removal', () => {
    const { app, ss, sheet } = setup();
    const p = sheet.getRange('A1:C1').protect().setDescription('headers');
    p.addEditor('fac@example.org').removeEditors(['fac@example.org']);
    expect(ss.getProtections(app.ProtectionType.RANGE)).toEqual([p]);
    expect(p.getRange().getA1Notation()).toBe('A1:C1');
    p.remove();
    expect(sheet.getProtections(app.ProtectionType.RANGE)).toEqual([]);
  });
});

describe('charts', () => {
  it('records type, ranges, position and options', () => {
    const { sheet } = setup();
    sheet.setName('Outcomes');
    const chart = sheet
      .newChart()
      .setChartType(chartsGlobal.ChartType.LINE)
      .addRange(sheet.getRange('A1:B10'))
      .setPosition(2, 5, 0, 0)
      .setOption('title', 'Mood by month')
      .build();
    sheet.insertChart(chart);
    expect(sheet.getCharts()).toHaveLength(1);
    expect(sheet.inspect().charts).toEqual([
      {
        chartId: 1,
        type: 'LINE',
        ranges: ['Outcomes!A1:B10'],
        options: { title: 'Mood by month' },
        position: { anchorRow: 2, anchorColumn: 5, offsetX: 0, offsetY: 0 },
      },
    ]);
    const updated = chart.modify().asColumnChart().setTitle('Attendance').build();
    sheet.updateChart(updated);
    expect(sheet.inspect().charts[0].type).toBe('COLUMN');
    expect(sheet.getCharts()[0].getOptions().get('title')).toBe('Attendance');
    sheet.removeChart(updated);
    expect(sheet.getCharts()).toEqual([]);
  });
});
