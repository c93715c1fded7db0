/**
 * Methods Google's reference documents that @types/google-apps-script 2.0.13 lacks, merged into
 * its declarations (the reference snapshot in gas-types-detailed 1.1.3 has them).
 * https://developers.google.com/apps-script/reference/script/script-app#getAuthorizationInfo(AuthMode,String)
 * https://developers.google.com/apps-script/reference/script/authorization-info#getAuthorizedScopes()
 */
declare namespace GoogleAppsScript {
  namespace Script {
    interface AuthorizationInfo {
      /** The granted scopes (of the list asked about, when one was given). */
      getAuthorizedScopes(): string[] | null;
    }
    interface ScriptApp {
      /** Authorization of the listed scopes; each must be one the script declares. */
      getAuthorizationInfo(authMode: AuthMode, oAuthScopes: string[]): AuthorizationInfo;
    }
  }
}
