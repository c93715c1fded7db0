/**
 * SpreadsheetApp.getUi(): menus, alerts, prompts, dialogs and sidebars, recorded for tests
 * instead of drawn. Tests queue the buttons and text a person would choose before the script runs.
 * https://developers.google.com/apps-script/reference/base/ui
 * https://developers.google.com/apps-script/guides/menus
 */
import { EmulatorContext } from '../../core/context';
import { Faked, makeEnum } from './gas-types';

type RealUi = GoogleAppsScript.Base.Ui;
type RealMenu = GoogleAppsScript.Base.Menu;
type Button = GoogleAppsScript.Base.Button;
type ButtonSet = GoogleAppsScript.Base.ButtonSet;

export type ButtonName = 'CLOSE' | 'OK' | 'CANCEL' | 'YES' | 'NO';
export type ButtonSetName = 'OK' | 'OK_CANCEL' | 'YES_NO' | 'YES_NO_CANCEL';

export const ButtonEnum = makeEnum<typeof GoogleAppsScript.Base.Button>([
  'CLOSE',
  'OK',
  'CANCEL',
  'YES',
  'NO',
]);
export const ButtonSetEnum = makeEnum<typeof GoogleAppsScript.Base.ButtonSet>([
  'OK',
  'OK_CANCEL',
  'YES_NO',
  'YES_NO_CANCEL',
]);

export type MenuEntry =
  | { kind: 'item'; caption: string; functionName: string }
  | { kind: 'separator' }
  | { kind: 'submenu'; name: string; items: MenuEntry[] };

export interface RecordedMenu {
  name: string;
  /** True for createAddonMenu(). */
  addon: boolean;
  items: MenuEntry[];
}

export interface RecordedDialog {
  kind: 'modal' | 'modeless' | 'sidebar';
  title: string;
  html: string;
}

export interface RecordedAlert {
  title: string;
  prompt: string;
  buttons: ButtonSetName;
  response: ButtonName;
}

export interface RecordedPrompt extends RecordedAlert {
  text: string;
}

export interface RecordedToast {
  spreadsheetId: string;
  message: string;
  title: string;
  timeoutSeconds: number;
}

/** Anything HtmlService hands the script (HtmlOutput, HtmlTemplate.evaluate()). */
export interface HtmlLike {
  getContent(): string;
  getTitle?(): string;
}

/** The emulator-side record of what the script put on screen, and the answers queued for it. */
export class UiRecorder {
  readonly menus: RecordedMenu[] = [];
  readonly toasts: RecordedToast[] = [];
  readonly alerts: RecordedAlert[] = [];
  readonly prompts: RecordedPrompt[] = [];
  readonly dialogs: RecordedDialog[] = [];
  /** False while a trigger runs: there is no editor on screen, so getUi() throws. */
  available = true;
  private readonly alertQueue: ButtonName[] = [];
  private readonly promptQueue: { text: string; button: ButtonName }[] = [];

  queueAlertResponse(button: ButtonName): void {
    this.alertQueue.push(button);
  }

  queuePromptResponse(text: string, button: ButtonName = 'OK'): void {
    this.promptQueue.push({ text, button });
  }

  /** Menu by name (the latest addToUi wins, as reopening the sheet rebuilds menus). */
  menu(name: string): RecordedMenu | undefined {
    return this.menus.find((m) => m.name === name);
  }

  /** Every function name reachable from the recorded menus. */
  menuFunctions(): string[] {
    const out: string[] = [];
    const walk = (items: MenuEntry[]): void => {
      for (const it of items) {
        if (it.kind === 'item') out.push(it.functionName);
        else if (it.kind === 'submenu') walk(it.items);
      }
    };
    for (const m of this.menus) walk(m.items);
    return out;
  }

  clear(): void {
    this.menus.length = 0;
    this.toasts.length = 0;
    this.alerts.length = 0;
    this.prompts.length = 0;
    this.dialogs.length = 0;
  }

  /** @internal */
  addMenu(menu: RecordedMenu): void {
    const i = this.menus.findIndex((m) => m.name === menu.name && m.addon === menu.addon);
    if (i >= 0) this.menus.splice(i, 1, menu);
    else this.menus.push(menu);
  }

  /** @internal */
  nextAlertResponse(buttons: ButtonSetName): ButtonName {
    return this.alertQueue.shift() ?? defaultButton(buttons);
  }

  /** @internal */
  nextPromptResponse(buttons: ButtonSetName): { text: string; button: ButtonName } {
    return this.promptQueue.shift() ?? { text: '', button: defaultButton(buttons) };
  }
}

/** With nothing queued, the person clicks the affirmative button. */
function defaultButton(buttons: ButtonSetName): ButtonName {
  return buttons === 'YES_NO' || buttons === 'YES_NO_CANCEL' ? 'YES' : 'OK';
}

const SERVICE = 'SpreadsheetApp';

export class FakeMenu implements Faked<
  RealMenu,
  'addToUi' | 'addItem' | 'addSeparator' | 'addSubMenu'
> {
  readonly items: MenuEntry[] = [];

  constructor(
    private readonly ctx: EmulatorContext,
    private readonly recorder: UiRecorder,
    readonly name: string,
    private readonly addon: boolean,
  ) {}

  addItem(caption: string, functionName: string): FakeMenu {
    this.ctx.meter.record(SERVICE, 'Menu.addItem');
    this.items.push({ kind: 'item', caption: String(caption), functionName: String(functionName) });
    return this;
  }

  addSeparator(): FakeMenu {
    this.ctx.meter.record(SERVICE, 'Menu.addSeparator');
    this.items.push({ kind: 'separator' });
    return this;
  }

  addSubMenu(menu: FakeMenu): FakeMenu {
    this.ctx.meter.record(SERVICE, 'Menu.addSubMenu');
    this.items.push({ kind: 'submenu', name: menu.name, items: cloneItems(menu.items) });
    return this;
  }

  addToUi(): void {
    this.ctx.meter.record(SERVICE, 'Menu.addToUi');
    this.recorder.addMenu({ name: this.name, addon: this.addon, items: cloneItems(this.items) });
  }
}

function cloneItems(items: MenuEntry[]): MenuEntry[] {
  return items.map((it) =>
    it.kind === 'submenu' ? { ...it, items: cloneItems(it.items) } : { ...it },
  );
}

class FakePromptResponse implements Pick<
  GoogleAppsScript.Base.PromptResponse,
  'getResponseText' | 'getSelectedButton'
> {
  constructor(
    private readonly ctx: EmulatorContext,
    private readonly text: string,
    private readonly button: ButtonName,
  ) {}

  getResponseText(): string {
    this.ctx.meter.record(SERVICE, 'PromptResponse.getResponseText');
    return this.text;
  }

  getSelectedButton(): Button {
    this.ctx.meter.record(SERVICE, 'PromptResponse.getSelectedButton');
    return this.button as unknown as Button;
  }
}

type UiPicked = 'alert' | 'prompt' | 'showModalDialog' | 'showModelessDialog' | 'showSidebar';

export class FakeUi implements Faked<
  RealUi,
  UiPicked | 'Button' | 'ButtonSet' | 'createMenu' | 'createAddonMenu'
> {
  readonly Button = ButtonEnum;
  readonly ButtonSet = ButtonSetEnum;

  constructor(
    private readonly ctx: EmulatorContext,
    private readonly recorder: UiRecorder,
  ) {}

  createMenu(caption: string): FakeMenu {
    this.ctx.meter.record(SERVICE, 'Ui.createMenu');
    if (this.ctx.installedAs === 'addon') {
      // "Published Editor add-ons can create custom menu items under their editor's Extensions
      // menu" with createAddonMenu; the guide allows top-level menus only to unpublished
      // add-ons. What a published add-on's createMenu does is unverified: the stricter reading
      // is that it fails. https://developers.google.com/workspace/add-ons/concepts/menus
      throw new Error(
        'Editor add-ons can add menu items only under the Extensions menu: use createAddonMenu().',
      );
    }
    return new FakeMenu(this.ctx, this.recorder, String(caption), false);
  }

  createAddonMenu(): FakeMenu {
    this.ctx.meter.record(SERVICE, 'Ui.createAddonMenu');
    return new FakeMenu(this.ctx, this.recorder, 'Add-on', true);
  }

  alert(prompt: string): Button;
  alert(prompt: string, buttons: ButtonSet): Button;
  alert(title: string, prompt: string, buttons: ButtonSet): Button;
  alert(a: string, b?: string | ButtonSet, c?: ButtonSet): Button {
    this.ctx.meter.record(SERVICE, 'Ui.alert');
    const { title, prompt, buttons } = dialogArgs(a, b, c);
    const response = this.recorder.nextAlertResponse(buttons);
    this.recorder.alerts.push({ title, prompt, buttons, response });
    return response as unknown as Button;
  }

  prompt(prompt: string): FakePromptResponse;
  prompt(prompt: string, buttons: ButtonSet): FakePromptResponse;
  prompt(title: string, prompt: string, buttons: ButtonSet): FakePromptResponse;
  prompt(a: string, b?: string | ButtonSet, c?: ButtonSet): FakePromptResponse {
    this.ctx.meter.record(SERVICE, 'Ui.prompt');
    const { title, prompt, buttons } = dialogArgs(a, b, c);
    const { text, button } = this.recorder.nextPromptResponse(buttons);
    this.recorder.prompts.push({ title, prompt, buttons, response: button, text });
    return new FakePromptResponse(this.ctx, text, button);
  }

  showModalDialog(userInterface: HtmlLike, title: string): void {
    this.ctx.meter.record(SERVICE, 'Ui.showModalDialog');
    this.show('modal', userInterface, title);
  }

  showModelessDialog(userInterface: HtmlLike, title: string): void {
    this.ctx.meter.record(SERVICE, 'Ui.showModelessDialog');
    this.show('modeless', userInterface, title);
  }

  showSidebar(userInterface: HtmlLike): void {
    this.ctx.meter.record(SERVICE, 'Ui.showSidebar');
    this.show('sidebar', userInterface, undefined);
  }

  private show(kind: RecordedDialog['kind'], html: HtmlLike, title: string | undefined): void {
    // Reading the HtmlOutput is the emulator looking at the screen, not a call the script made.
    const { content, ownTitle } = this.ctx.meter.internal(() => ({
      content: html.getContent(),
      ownTitle: typeof html.getTitle === 'function' ? html.getTitle() : '',
    }));
    this.recorder.dialogs.push({ kind, title: title ?? ownTitle ?? '', html: content });
  }
}

function dialogArgs(
  a: string,
  b: string | ButtonSet | undefined,
  c: ButtonSet | undefined,
): { title: string; prompt: string; buttons: ButtonSetName } {
  if (c !== undefined)
    return { title: String(a), prompt: String(b), buttons: String(c) as ButtonSetName };
  if (b !== undefined) return { title: '', prompt: String(a), buttons: String(b) as ButtonSetName };
  return { title: '', prompt: String(a), buttons: 'OK' };
}
