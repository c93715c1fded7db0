/**
 * One emulated Apps Script project: a spreadsheet with its bound script, the services the
 * script sees as globals, a virtual clock, and the ways people and Google drive it (open the
 * spreadsheet, click a menu item, submit a form, let time pass so triggers fire).
 *
 * Each run of a handler is an "execution", as in Apps Script: the meter's time limit, the
 * lock ownership and the authorisation mode are per execution, and a failing trigger is
 * recorded (Apps Script logs it and emails the owner) rather than stopping the simulation.
 */
import { types } from 'node:util';
import { makeScriptDate, VirtualClock } from './core/clock';
import { AccountLanguage, EmulatorContext, FormResponseRowEvent } from './core/context';
import { ServiceMeter } from './core/meter';
import { ScopeGrant } from './core/scopes';
import { loadScript, LoadedScript } from './loader';
import { advancedService, Manifest, readManifest } from './manifest';
import { createDriveService, DriveServiceHandle } from './services/drive/drive-service';
import { createFormService, FormService, SubmitOptions } from './services/forms';
import { createHtmlService, HtmlServiceHandle } from './services/html/html-service';
import { createLockService, LockServiceHandle } from './services/lock/lock-service';
import { createMailService, MailServiceHandle } from './services/mail/mail-service';
import { CacheServiceHandle, createCacheService } from './services/properties/cache-service';
import {
  createPropertiesService,
  PropertiesServiceHandle,
} from './services/properties/properties-service';
import { AuthMode, AuthModeName } from './services/script/enums';
import { createScriptService, ScriptServiceHandle } from './services/script/script-service';
import { createSessionService, SessionServiceHandle } from './services/session/session-service';
import {
  chartsGlobal,
  createSpreadsheetService,
  FakeSpreadsheet,
  SpreadsheetService,
} from './services/spreadsheet';
import { MenuEntry } from './services/spreadsheet/ui';
import { nameServiceObjects } from './services/object-names';
import { createLoggingService, LoggingServiceHandle } from './services/utilities/logging';
import {
  createUtilitiesService,
  UtilitiesServiceHandle,
} from './services/utilities/utilities-service';

export interface EnvironmentOptions {
  /** Start of the virtual clock (default 2026-01-05T09:00:00Z). */
  start?: Date | number;
  /** The spreadsheet's (the group's) time zone (default Europe/London). */
  timeZone?: string;
  /**
   * The script's time zone (default: the manifest's `timeZone`, else `timeZone`). Apps Script
   * takes it from appsscript.json, whatever the spreadsheet's zone is; atHour runs in it unless
   * the trigger says inTimezone. https://developers.google.com/apps-script/manifest
   */
  scriptTimeZone?: string;
  /**
   * The account that opens the sheet and clicks the menu (until `actAs` says someone else); it
   * runs Set up and so owns the triggers it creates.
   */
  accountEmail?: string;
  spreadsheetName?: string;
  /** MailApp recipients per day: 100 for a consumer account, 1,500 for Workspace. */
  dailyMailQuota?: number;
  /** Bound to the spreadsheet (default), or installed from the Marketplace as an Editor add-on. */
  installedAs?: 'bound' | 'addon';
  /**
   * The project's appsscript.json (default: the repository's). Its `oauthScopes` are enforced on
   * every call, and its advanced services become globals.
   */
  manifest?: Manifest;
  /**
   * Granular consent: the scopes the user left ticked, a subset of the manifest's (default: all
   * of them). https://developers.google.com/apps-script/concepts/scopes#granular_consent
   */
  grantedScopes?: readonly string[];
  /**
   * The language of the account that runs Set up (default 'en'): Google names and heads the
   * forms' response tabs in it ("Respuestas de formulario 1", "Marca temporal"...).
   */
  accountLanguage?: AccountLanguage;
  /**
   * Whether new forms support publishing (default true, as every form made today does); false
   * models a legacy form, where setPublished and isPublished throw.
   * https://developers.google.com/apps-script/reference/forms/form#supportsAdvancedResponderPermissions()
   */
  formsSupportPublishing?: boolean;
}

export interface ExecutionRecord {
  id: string;
  handler: string;
  kind: 'simple' | 'menu' | 'trigger' | 'direct';
  startedAtMs: number;
  elapsedMs: number;
  ok: boolean;
  error?: Error;
  value?: unknown;
}

/** Services a simple trigger (AuthMode.LIMITED) may not use: they need authorisation. */
const NEEDS_AUTHORISATION = new Set([
  'MailApp',
  'FormApp',
  'ScriptApp',
  'DriveApp',
  'Drive',
  'PropertiesService',
  'CacheService',
]);

/** What onOpen may do in AuthMode.NONE: get the Ui and build an add-on menu. */
const ALLOWED_WITHOUT_AUTHORISATION = new Set([
  'SpreadsheetApp.getUi',
  'Ui.createAddonMenu',
  'Ui.createMenu',
  'Menu.addItem',
  'Menu.addSeparator',
  'Menu.addSubMenu',
  'Menu.addToUi',
]);

export class Environment {
  readonly clock: VirtualClock;
  readonly meter: ServiceMeter;
  readonly ctx: EmulatorContext;
  readonly sheets: SpreadsheetService;
  readonly forms: FormService;
  readonly scriptApp: ScriptServiceHandle;
  readonly mail: MailServiceHandle;
  readonly lock: LockServiceHandle;
  readonly properties: PropertiesServiceHandle;
  readonly cache: CacheServiceHandle;
  readonly session: SessionServiceHandle;
  readonly utilities: UtilitiesServiceHandle;
  readonly logging: LoggingServiceHandle;
  readonly html: HtmlServiceHandle;
  readonly drive: DriveServiceHandle;
  readonly manifest: Manifest;
  /** The spreadsheet the script is bound to. */
  readonly spreadsheet: FakeSpreadsheet;
  readonly executions: ExecutionRecord[] = [];
  /** When true, form submissions queue their trigger runs until `runQueuedFormTriggers`. */
  deferFormTriggers = false;

  private script: LoadedScript | null = null;
  /**
   * An add-on runs its onOpen in AuthMode.NONE in a document where it has not been used yet,
   * and in LIMITED once it has (installed, or a menu item run here).
   * https://developers.google.com/workspace/add-ons/concepts/editor-auth-lifecycle
   */
  private addonUsedInDocument = false;
  private readonly queuedFormEvents: FormResponseRowEvent[] = [];
  private executionCount = 0;

  constructor(options: EnvironmentOptions = {}) {
    nameServiceObjects();
    this.clock = new VirtualClock(options.start ?? Date.UTC(2026, 0, 5, 9, 0, 0));
    this.meter = new ServiceMeter(this.clock);
    this.manifest = options.manifest ?? readManifest();
    const declared = this.manifest.oauthScopes ?? null;
    this.meter.scopes = new ScopeGrant(declared, options.grantedScopes ?? declared);
    const ids = new Map<string, number>();
    this.ctx = {
      clock: this.clock,
      meter: this.meter,
      ScriptDate: makeScriptDate(this.clock),
      timeZone: options.timeZone ?? 'Europe/London',
      scriptTimeZone:
        options.scriptTimeZone ?? this.manifest.timeZone ?? options.timeZone ?? 'Europe/London',
      accountEmail: options.accountEmail ?? 'organiser@example.org',
      installedAs: options.installedAs ?? 'bound',
      accountLanguage: options.accountLanguage ?? 'en',
      formsSupportPublishing: options.formsSupportPublishing ?? true,
      onFormResponseRow: (event) => this.onFormResponseRow(event),
      nextId: (prefix) => {
        const n = (ids.get(prefix) ?? 0) + 1;
        ids.set(prefix, n);
        return `${prefix}-${String(n).padStart(4, '0')}`;
      },
    };
    this.sheets = createSpreadsheetService(this.ctx);
    this.forms = createFormService(this.ctx, this.sheets);
    this.scriptApp = createScriptService(this.ctx);
    this.mail = createMailService(this.ctx, { dailyQuota: options.dailyMailQuota ?? 100 });
    this.lock = createLockService(this.ctx);
    this.properties = createPropertiesService(this.ctx);
    this.cache = createCacheService(this.ctx);
    this.session = createSessionService(this.ctx, { activeUserEmail: this.ctx.accountEmail });
    this.utilities = createUtilitiesService(this.ctx);
    this.logging = createLoggingService(this.ctx);
    this.html = createHtmlService(this.ctx);
    this.drive = createDriveService(this.ctx);
    this.spreadsheet = this.sheets.createSpreadsheet(options.spreadsheetName ?? 'Peer Circle');
    this.sheets.setActive(this.spreadsheet);
  }

  /** The globals a script sees, as Apps Script provides them. */
  globals(): Record<string, unknown> {
    return {
      SpreadsheetApp: this.sheets.app,
      FormApp: this.forms.app,
      ScriptApp: this.scriptApp.global,
      MailApp: this.mail.global,
      LockService: this.lock.global,
      PropertiesService: this.properties.global,
      CacheService: this.cache.global,
      Session: this.session.global,
      Utilities: this.utilities.global,
      Logger: this.logging.global,
      console: this.logging.console,
      HtmlService: this.html.global,
      DriveApp: this.drive.global,
      Charts: chartsGlobal,
      Date: this.ctx.ScriptDate,
      ...this.advancedServices(),
    };
  }

  /** Advanced services exist only where the manifest enables them, under its userSymbol. */
  private advancedServices(): Record<string, unknown> {
    const drive = advancedService(this.manifest, 'drive', 'v3');
    return drive ? { [drive.userSymbol]: this.drive.advanced } : {};
  }

  /** Loads the compiled project (dist/Code.js), as Apps Script does on every execution. */
  load(code: string, filename = 'Code.js'): LoadedScript {
    this.script = loadScript(code, this.globals(), filename);
    return this.script;
  }

  get loaded(): LoadedScript {
    if (!this.script) throw new Error('No script loaded: call env.load(code) first.');
    return this.script;
  }

  /** Runs one handler as one execution and records how it went; never throws. */
  run(
    handler: string,
    event?: unknown,
    kind: ExecutionRecord['kind'] = 'direct',
    authMode: AuthModeName = 'FULL',
  ): ExecutionRecord {
    this.executionCount += 1;
    const id = `execution-${this.executionCount}`;
    const record: ExecutionRecord = {
      id,
      handler,
      kind,
      startedAtMs: this.clock.nowMs(),
      elapsedMs: 0,
      ok: true,
    };
    this.meter.beginExecution();
    // Each execution opens the spreadsheets afresh: tabs a form added meanwhile are there.
    this.sheets.revealAddedSheets();
    this.lock.beginExecution(id);
    this.meter.callGuard = (service, method) => {
      if (authMode === 'NONE' && !ALLOWED_WITHOUT_AUTHORISATION.has(method)) {
        // AuthMode.NONE: "does not allow access to any services that require authorization";
        // only building the menu is safe there. Stricter reading: nothing else at all.
        // https://developers.google.com/apps-script/reference/script/auth-mode
        throw new Error(
          `You do not have permission to call ${method}. An add-on that has not been used in this document runs its onOpen without authorisation.`,
        );
      }
      if (authMode === 'LIMITED' && NEEDS_AUTHORISATION.has(service)) {
        // https://developers.google.com/apps-script/guides/triggers#restrictions
        throw new Error(
          `You do not have permission to call ${method}. Required permissions are not granted to simple triggers.`,
        );
      }
      if (kind === 'trigger' && method === 'SpreadsheetApp.getUi') {
        throw new Error('Cannot call SpreadsheetApp.getUi() from this context.');
      }
    };
    try {
      record.value = this.loaded.call(handler, event);
    } catch (error) {
      record.ok = false;
      // The script's errors come from its own realm (the vm context), where `instanceof Error`
      // is false; isNativeError sees them, so their message and stack are kept as thrown.
      record.error = types.isNativeError(error) ? error : new Error(String(error));
    } finally {
      this.meter.callGuard = null;
      this.sheets.revealAddedSheets();
      this.lock.endExecution(id);
      this.meter.endExecution();
      record.elapsedMs = this.clock.nowMs() - record.startedAtMs;
      this.executions.push(record);
    }
    return record;
  }

  /**
   * Runs `work` as another Google account: menu clicks, opening the sheet and the script's calls
   * inside it see that user (Session, trigger ownership, the mail sender and quota, user
   * properties). Installable triggers always run as the account that created them.
   * https://developers.google.com/apps-script/guides/triggers/installable#restrictions
   */
  actAs<T>(email: string, work: () => T): T {
    const previous = this.ctx.accountEmail;
    this.switchUser(email);
    try {
      return work();
    } finally {
      this.switchUser(previous);
    }
  }

  /** The account executions run as now (the keyboard's, or a trigger owner's during its run). */
  get currentUser(): string {
    return this.ctx.accountEmail;
  }

  private switchUser(email: string): void {
    this.ctx.accountEmail = email;
    this.scriptApp.setCurrentUser(email);
    this.session.setActiveUserEmail(email);
  }

  /** Like `run`, but rethrows the handler's error: for tests that expect success. */
  call(handler: string, event?: unknown): unknown {
    const record = this.run(handler, event);
    if (!record.ok) throw record.error;
    return record.value;
  }

  /**
   * A person opens the spreadsheet: the simple onOpen trigger runs without authorisation
   * (LIMITED; NONE for an add-on not yet used in this document).
   */
  openSpreadsheet(): ExecutionRecord {
    const authMode: AuthModeName =
      this.ctx.installedAs === 'addon' && !this.addonUsedInDocument ? 'NONE' : 'LIMITED';
    const event = {
      authMode: AuthMode[authMode],
      source: this.spreadsheet,
      user: { email: this.ctx.accountEmail },
    };
    return this.run('onOpen', event, 'simple', authMode);
  }

  /**
   * A person installs the add-on from the Marketplace while this document is open: Google runs
   * onInstall with full authorisation. https://developers.google.com/workspace/add-ons/concepts/editor-triggers
   */
  installAddon(): ExecutionRecord {
    if (this.ctx.installedAs !== 'addon')
      throw new Error('installAddon() needs installedAs: addon');
    this.addonUsedInDocument = true;
    return this.run('onInstall', { authMode: AuthMode.FULL }, 'simple', 'FULL');
  }

  /** The items of the last menu the script added, flattened (separators left out). */
  menuItems(): Array<{ caption: string; functionName: string }> {
    const menus = this.sheets.ui.menus;
    const last = menus[menus.length - 1];
    if (!last) return [];
    const flatten = (
      entries: readonly MenuEntry[],
    ): Array<{ caption: string; functionName: string }> =>
      entries.flatMap((entry) =>
        'functionName' in entry
          ? [{ caption: entry.caption, functionName: entry.functionName }]
          : 'items' in entry
            ? flatten(entry.items)
            : [],
      );
    return flatten(last.items);
  }

  /** A person clicks a menu item (by caption) in the spreadsheet. */
  clickMenu(caption: string): ExecutionRecord {
    const item = this.menuItems().find((candidate) => candidate.caption === caption);
    if (!item)
      throw new Error(
        `No menu item "${caption}"; the menu has ${this.menuItems()
          .map((i) => `"${i.caption}"`)
          .join(', ')}`,
      );
    this.addonUsedInDocument = true;
    return this.run(item.functionName, undefined, 'menu');
  }

  /** A member submits a form; its form-submit triggers run at once unless deferred. */
  submitForm(formId: string, options: SubmitOptions): { row: number; sheetName: string } {
    const where = this.forms.submit(formId, options);
    if (!this.deferFormTriggers) this.runQueuedFormTriggers();
    return where;
  }

  /** Runs the queued form-submit trigger executions, in the given order of queue positions. */
  runQueuedFormTriggers(order?: readonly number[]): ExecutionRecord[] {
    const events = this.queuedFormEvents.splice(0);
    const sequence = order ? order.map((index) => events[index]) : events;
    return sequence.flatMap((event) => this.fireFormSubmit(event));
  }

  get queuedFormTriggerCount(): number {
    return this.queuedFormEvents.length;
  }

  /** Lets virtual time pass to `until`, running every time-driven trigger due on the way. */
  advanceTo(until: Date | number): ExecutionRecord[] {
    const target = typeof until === 'number' ? until : until.getTime();
    const records: ExecutionRecord[] = [];
    let from = this.clock.nowMs();
    // Re-query after each run: a run may create or delete triggers.
    for (;;) {
      const next = this.scriptApp.dueTimeTriggers(from, target)[0];
      if (!next) break;
      if (next.atMs > this.clock.nowMs()) this.clock.set(next.atMs);
      records.push(
        this.actAs(next.trigger.owner, () =>
          this.run(
            next.trigger.handler,
            this.scriptApp.clockEvent(next.trigger, next.atMs),
            'trigger',
          ),
        ),
      );
      from = next.atMs + 1;
    }
    if (target > this.clock.nowMs()) this.clock.set(target);
    return records;
  }

  advanceBy(ms: number): ExecutionRecord[] {
    return this.advanceTo(this.clock.nowMs() + ms);
  }

  private onFormResponseRow(event: FormResponseRowEvent): void {
    this.queuedFormEvents.push(event);
  }

  private fireFormSubmit(event: FormResponseRowEvent): ExecutionRecord[] {
    const spreadsheet = this.sheets.getById(event.spreadsheetId);
    if (!spreadsheet) return [];
    return this.scriptApp.formSubmitTriggersFor(event.spreadsheetId).map((trigger) => {
      const range = this.meter.internal(() => {
        const sheet = spreadsheet.sheetByName(event.sheetName);
        return sheet ? sheet.getRange(event.row, 1, 1, event.headers.length) : null;
      });
      const namedValues: Record<string, string[]> = {};
      event.headers.forEach((header, index) => {
        if (header !== '') namedValues[header] = [event.displayValues[index] ?? ''];
      });
      // https://developers.google.com/apps-script/guides/triggers/events#form-submit_2
      const formEvent = {
        authMode: AuthMode.FULL,
        namedValues,
        range,
        source: spreadsheet,
        triggerUid: trigger.id,
        values: [...event.displayValues],
      };
      return this.actAs(trigger.owner, () => this.run(trigger.handler, formEvent, 'trigger'));
    });
  }
}
