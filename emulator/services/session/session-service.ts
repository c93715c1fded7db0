/**
 * Session: who is running the script, and where.
 * getActiveUser().getEmail() may be '' when the active user's identity is withheld: under
 * simple triggers, and for a consumer account that is not the script owner. The emulator lets
 * the environment set the active user per execution, including ''.
 * https://developers.google.com/apps-script/reference/base/session
 */
import { createHash } from 'node:crypto';
import { EmulatorContext } from '../../core/context';

export class FakeUser implements GoogleAppsScript.Base.User {
  constructor(
    private readonly ctx: EmulatorContext,
    private readonly email: string,
  ) {}

  getEmail(): string {
    this.ctx.meter.record('Session', 'User.getEmail');
    return this.email;
  }

  /** Deprecated in Apps Script (it returned the email); kept for the full User interface. */
  getUserLoginId(): string {
    this.ctx.meter.record('Session', 'User.getUserLoginId');
    return this.email;
  }
}

type SessionMethods =
  | 'getActiveUser'
  | 'getEffectiveUser'
  | 'getActiveUserLocale'
  | 'getScriptTimeZone'
  | 'getTemporaryActiveUserKey';

export class FakeSession implements Pick<GoogleAppsScript.Base.Session, SessionMethods> {
  constructor(
    private readonly ctx: EmulatorContext,
    private readonly state: SessionState,
  ) {}

  private record(method: string): void {
    this.ctx.meter.record('Session', `Session.${method}`);
  }

  getActiveUser(): FakeUser {
    this.record('getActiveUser');
    return new FakeUser(this.ctx, this.state.activeUserEmail);
  }

  /** The account the script runs as: the trigger's installer, or the user at the keyboard. */
  getEffectiveUser(): FakeUser {
    this.record('getEffectiveUser');
    return new FakeUser(this.ctx, this.state.effectiveUserEmail ?? this.ctx.accountEmail);
  }

  getActiveUserLocale(): string {
    this.record('getActiveUserLocale');
    return this.state.locale;
  }

  /** The manifest's timeZone, not the spreadsheet's. */
  getScriptTimeZone(): string {
    this.record('getScriptTimeZone');
    return this.ctx.scriptTimeZone;
  }

  /** Stable per user and script, and reveals nothing of the address. */
  getTemporaryActiveUserKey(): string {
    this.record('getTemporaryActiveUserKey');
    return createHash('sha256')
      .update(`temporary-key:${this.state.activeUserEmail}`)
      .digest('base64url')
      .slice(0, 43);
  }
}

interface SessionState {
  activeUserEmail: string;
  effectiveUserEmail: string | null;
  locale: string;
}

export interface SessionServiceOptions {
  /** Default: ctx.accountEmail. */
  activeUserEmail?: string;
  /** Default: 'en'. */
  locale?: string;
}

export interface SessionServiceHandle {
  global: FakeSession;
  /** '' models a simple trigger or a consumer user whose address is withheld. */
  setActiveUserEmail(email: string): void;
  /** Who the script runs as (default: ctx.accountEmail); null restores the default. */
  setEffectiveUserEmail(email: string | null): void;
  setLocale(locale: string): void;
}

export function createSessionService(
  ctx: EmulatorContext,
  options: SessionServiceOptions = {},
): SessionServiceHandle {
  const state: SessionState = {
    activeUserEmail: options.activeUserEmail ?? ctx.accountEmail,
    effectiveUserEmail: null,
    locale: options.locale ?? 'en',
  };
  return {
    global: new FakeSession(ctx, state),
    setActiveUserEmail: (email) => {
      state.activeUserEmail = email;
    },
    setEffectiveUserEmail: (email) => {
      state.effectiveUserEmail = email;
    },
    setLocale: (locale) => {
      state.locale = locale;
    },
  };
}
