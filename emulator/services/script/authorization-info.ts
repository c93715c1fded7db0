/**
 * ScriptApp.getAuthorizationInfo: which of the script's scopes the user granted. With granular
 * consent a user may untick some scopes and the script still runs; this object lets it say what
 * it cannot do instead of failing half-way.
 * https://developers.google.com/apps-script/reference/script/script-app#getAuthorizationInfo(AuthMode)
 * https://developers.google.com/apps-script/reference/script/authorization-info
 * https://developers.google.com/apps-script/concepts/scopes#granular_consent
 */
import { EmulatorContext } from '../../core/context';
import { AuthMode, AuthorizationStatus } from './enums';

type Status = (typeof AuthorizationStatus)[keyof typeof AuthorizationStatus];

export class FakeAuthorizationInfo {
  constructor(
    private readonly ctx: EmulatorContext,
    private readonly status: Status,
    private readonly url: string | null,
    private readonly authorized: readonly string[],
  ) {}

  private record(method: string): void {
    this.ctx.meter.record('ScriptApp', `AuthorizationInfo.${method}`);
  }

  getAuthorizationStatus(): GoogleAppsScript.Script.AuthorizationStatus {
    this.record('getAuthorizationStatus');
    return this.status as unknown as GoogleAppsScript.Script.AuthorizationStatus;
  }

  /** "Returns null if no authorization is required." */
  getAuthorizationUrl(): string {
    this.record('getAuthorizationUrl');
    return this.url as string;
  }

  /** The granted scopes, of the list asked about when the call named one. */
  getAuthorizedScopes(): string[] {
    this.record('getAuthorizedScopes');
    return [...this.authorized];
  }

  toString(): string {
    return 'AuthorizationInfo';
  }
}

/**
 * The answer for one call. `requested` must hold only scopes the script declares: "Scopes that
 * are invalid or not required by the script lead to an error" (the error's wording is not
 * documented; this one is the emulator's). Only AuthMode.FULL can need the user's consent ("no
 * other authorization mode requires that users grant authorization"), so other modes answer
 * NOT_REQUIRED.
 */
export function authorizationInfo(
  ctx: EmulatorContext,
  scriptId: string,
  authMode: unknown,
  requested?: unknown,
): FakeAuthorizationInfo {
  const mode = String(authMode);
  if (!(mode in AuthMode))
    throw new Error(`Invalid argument: authMode (${mode}): use ScriptApp.AuthMode.FULL`);
  const grant = ctx.meter.scopes;
  const declared = grant?.declared ?? null;
  let asked: string[];
  if (requested === undefined) asked = declared === null ? [] : [...declared];
  else {
    if (!Array.isArray(requested)) throw new Error('Invalid argument: oAuthScopes');
    asked = requested.map(String);
    const notDeclared = asked.filter((scope) => declared !== null && !declared.includes(scope));
    if (notDeclared.length > 0)
      throw new Error(
        `Invalid argument: oAuthScopes. Not a scope this script requires: ${notDeclared.join(', ')}`,
      );
  }
  const authorized = asked.filter((scope) => grant === null || grant.isGranted(scope));
  const required = mode === 'FULL' && authorized.length < asked.length;
  return new FakeAuthorizationInfo(
    ctx,
    required ? AuthorizationStatus.REQUIRED : AuthorizationStatus.NOT_REQUIRED,
    required ? `https://script.google.com/macros/d/${scriptId}/authorize` : null,
    authorized,
  );
}
