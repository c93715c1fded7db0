/**
 * A stand-alone EmulatorContext for unit tests of a single service, without the environment that
 * assembles the whole emulator. Ids are a deterministic counter; form response rows are recorded.
 */
import { VirtualClock, makeScriptDate } from '../core/clock';
import { AccountLanguage, EmulatorContext, FormResponseRowEvent } from '../core/context';
import { ServiceMeter } from '../core/meter';
import { ScopeGrant } from '../core/scopes';

export interface TestingContext extends EmulatorContext {
  /** Every event the Forms fake raised through onFormResponseRow, in order. */
  formResponseRows: FormResponseRowEvent[];
}

export interface TestingContextOptions {
  /** Start of the virtual clock (default 2026-01-05T09:00:00Z, a Monday). */
  start?: Date | number;
  timeZone?: string;
  /** The manifest's time zone (default: timeZone). */
  scriptTimeZone?: string;
  accountEmail?: string;
  installedAs?: 'bound' | 'addon';
  accountLanguage?: AccountLanguage;
  formsSupportPublishing?: boolean;
  /**
   * The manifest's oauthScopes and what the user granted. By default no manifest list: every
   * documented method is allowed, and a method missing from the scope table still throws.
   */
  declaredScopes?: readonly string[] | null;
  grantedScopes?: readonly string[];
}

export function createTestingContext(options: TestingContextOptions = {}): TestingContext {
  const clock = new VirtualClock(options.start ?? Date.UTC(2026, 0, 5, 9, 0, 0));
  const counters = new Map<string, number>();
  const formResponseRows: FormResponseRowEvent[] = [];
  const meter = new ServiceMeter(clock);
  const declared = options.declaredScopes ?? null;
  meter.scopes = new ScopeGrant(declared, options.grantedScopes ?? declared);
  return {
    clock,
    meter,
    ScriptDate: makeScriptDate(clock),
    timeZone: options.timeZone ?? 'Europe/London',
    scriptTimeZone: options.scriptTimeZone ?? options.timeZone ?? 'Europe/London',
    accountEmail: options.accountEmail ?? 'organiser@example.org',
    installedAs: options.installedAs ?? 'bound',
    accountLanguage: options.accountLanguage ?? 'en',
    formsSupportPublishing: options.formsSupportPublishing ?? true,
    formResponseRows,
    onFormResponseRow(event) {
      formResponseRows.push(event);
    },
    nextId(prefix) {
      const n = (counters.get(prefix) ?? 0) + 1;
      counters.set(prefix, n);
      return `${prefix}-${String(n).padStart(4, '0')}`;
    },
  };
}
