import { setup } from './test-setup';

describe('SpreadsheetApp.getUi()', () => {
  it('records menus with items, separators and submenus; re-adding replaces', () => {
    const { app, service } = setup();
    const ui = app.getUi();
    ui.createMenu('Peer Circle')
      .addItem('Set up or repair', 'setUp')
      .addSeparator()
      .addSubMenu(ui.createMenu('Outcomes').addItem('Refresh outcomes', 'refreshOutcomes'))
      .addToUi();
    ui.createMenu('Peer Circle').addItem('Set up or repair', 'setUp').addToUi();
    expect(service.ui.menus).toEqual([
      {
        name: 'Peer Circle',
        addon: false,
        items: [{ kind: 'item', caption: 'Set up or repair', functionName: 'setUp' }],
      },
    ]);
    ui.createMenu('Other').addSubMenu(ui.createMenu('Sub').addItem('X', 'x')).addToUi();
    expect(service.ui.menuFunctions()).toEqual(['setUp', 'x']);
    expect(service.ui.menu('Other')?.items[0]).toEqual({
      kind: 'submenu',
      name: 'Sub',
      items: [{ kind: 'item', caption: 'X', functionName: 'x' }],
    });
  });

  it('alert: all overloads, default affirmative answer, queued answers', () => {
    const { app, service } = setup();
    const ui = app.getUi();
    expect(ui.alert('Hello')).toBe(ui.Button.OK);
    expect(ui.alert('Sure?', ui.ButtonSet.YES_NO)).toBe(ui.Button.YES);
    service.ui.queueAlertResponse('NO');
    expect(ui.alert('Title', 'Really?', ui.ButtonSet.YES_NO)).toBe(ui.Button.NO);
    expect(service.ui.alerts).toEqual([
      { title: '', prompt: 'Hello', buttons: 'OK', response: 'OK' },
      { title: '', prompt: 'Sure?', buttons: 'YES_NO', response: 'YES' },
      { title: 'Title', prompt: 'Really?', buttons: 'YES_NO', response: 'NO' },
    ]);
  });

  it('prompt returns the queued text and button', () => {
    const { app, service } = setup();
    const ui = app.getUi();
    service.ui.queuePromptResponse('2026-03-01', 'OK');
    const r = ui.prompt('Report', 'From which date?', ui.ButtonSet.OK_CANCEL);
    expect(r.getResponseText()).toBe('2026-03-01');
    expect(r.getSelectedButton()).toBe(ui.Button.OK);
    service.ui.queuePromptResponse('', 'CANCEL');
    expect(ui.prompt('Again?').getSelectedButton()).toBe(ui.Button.CANCEL);
    expect(service.ui.prompts[0]).toMatchObject({
      title: 'Report',
      prompt: 'From which date?',
      text: '2026-03-01',
    });
  });

  it('dialogs and sidebars record the HTML content', () => {
    const { app, service, ctx } = setup();
    const html = {
      getContent: () => {
        ctx.meter.record('HtmlService', 'HtmlOutput.getContent');
        return '<p>Report</p>';
      },
      getTitle: () => 'Side',
    };
    const ui = app.getUi();
    ui.showModalDialog(html, 'Outcome report');
    ui.showModelessDialog(html, 'Help');
    ui.showSidebar(html);
    expect(service.ui.dialogs).toEqual([
      { kind: 'modal', title: 'Outcome report', html: '<p>Report</p>' },
      { kind: 'modeless', title: 'Help', html: '<p>Report</p>' },
      { kind: 'sidebar', title: 'Side', html: '<p>Report</p>' },
    ]);
    // Reading the HTML is the emulator's business, not a script call.
    expect(ctx.meter.snapshot()['HtmlService.HtmlOutput.getContent']).toBeUndefined();
  });

  it('throws where there is no UI (a trigger run)', () => {
    const { app, service } = setup();
    service.ui.available = false;
    expect(() => app.getUi()).toThrow('Cannot call SpreadsheetApp.getUi() from this context.');
  });
});
