/**
 * Methods Google's reference documents that @types/google-apps-script 2.0.13 lacks, merged into
 * its declarations (the reference snapshot in gas-types-detailed 1.1.3 has them).
 * https://developers.google.com/apps-script/reference/script/script-app#getAuthorizationInfo(AuthMode,String)
 * https://developers.google.com/apps-script/reference/script/authorization-info#getAuthorizedScopes()
 * https://developers.google.com/apps-script/reference/forms/form#setPublished(Boolean)
 * https://developers.google.com/apps-script/reference/forms/form-app#create(String,Boolean)
 * Email collection types are in neither package: the Forms API documents the three values
 * (FormSettings.emailCollectionType), and public scripts call them as declared here.
 * https://developers.google.com/workspace/forms/api/reference/rest/v1/forms#FormSettings
 */
declare namespace GoogleAppsScript {
  namespace Forms {
    enum EmailCollectionType {
      DO_NOT_COLLECT,
      VERIFIED,
      RESPONDER_INPUT,
    }
    interface Form {
      /** Throws on a form that does not support publishing. */
      isPublished(): boolean;
      /** Throws on a form that does not support publishing. */
      setPublished(enabled: boolean): Form;
      supportsAdvancedResponderPermissions(): boolean;
      getEmailCollectionType(): EmailCollectionType;
      setEmailCollectionType(type: EmailCollectionType): Form;
    }
    interface FormApp {
      EmailCollectionType: typeof EmailCollectionType;
      create(title: string, isPublished: boolean): Form;
    }
  }
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
