/**
 * PropertiesService: three separate stores. Script properties are shared by every user of the
 * script, user properties belong to the user running it, document properties to the container
 * document. (Some fakes wrongly share script and user stores; tests here pin them apart.)
 * https://developers.google.com/apps-script/guides/properties
 */
import { EmulatorContext } from '../../core/context';
import { FakeProperties } from './properties-store';

export interface PropertiesServiceOptions {
  /** Whose user store getUserProperties returns (default: ctx.accountEmail). */
  currentUser?: () => string;
}

export class FakePropertiesService implements GoogleAppsScript.Properties.PropertiesService {
  constructor(
    private readonly ctx: EmulatorContext,
    private readonly stores: PropertyStores,
  ) {}

  private record(method: string): void {
    this.ctx.meter.record('PropertiesService', `PropertiesService.${method}`);
  }

  getScriptProperties(): FakeProperties {
    this.record('getScriptProperties');
    return this.stores.script;
  }

  getDocumentProperties(): FakeProperties {
    this.record('getDocumentProperties');
    return this.stores.document;
  }

  getUserProperties(): FakeProperties {
    this.record('getUserProperties');
    return this.stores.user(this.stores.currentUser());
  }
}

class PropertyStores {
  readonly script: FakeProperties;
  readonly document: FakeProperties;
  private readonly users = new Map<string, FakeProperties>();

  constructor(
    private readonly ctx: EmulatorContext,
    readonly currentUser: () => string,
  ) {
    this.script = new FakeProperties(ctx);
    this.document = new FakeProperties(ctx);
  }

  user(email: string): FakeProperties {
    let store = this.users.get(email);
    if (!store) {
      store = new FakeProperties(this.ctx);
      this.users.set(email, store);
    }
    return store;
  }
}

export interface PropertiesServiceHandle {
  global: FakePropertiesService;
  /** Copies of the stores, for assertions (no metering). */
  scriptProperties(): Record<string, string>;
  documentProperties(): Record<string, string>;
  userProperties(email: string): Record<string, string>;
  /** Direct access for seeding state in a test (calls on it are metered like the script's). */
  stores: { script: FakeProperties; document: FakeProperties; user(email: string): FakeProperties };
}

export function createPropertiesService(
  ctx: EmulatorContext,
  options: PropertiesServiceOptions = {},
): PropertiesServiceHandle {
  const stores = new PropertyStores(ctx, options.currentUser ?? (() => ctx.accountEmail));
  return {
    global: new FakePropertiesService(ctx, stores),
    scriptProperties: () => stores.script.snapshot(),
    documentProperties: () => stores.document.snapshot(),
    userProperties: (email) => stores.user(email).snapshot(),
    stores: {
      script: stores.script,
      document: stores.document,
      user: (email) => stores.user(email),
    },
  };
}
