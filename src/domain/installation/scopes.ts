/**
 * The OAuth scopes appsscript.json declares (test/unit/installation.test.ts checks this list
 * against the manifest), so Check installation can ask Google which of them were granted.
 */
export const DECLARED_SCOPES: readonly string[] = [
  'https://www.googleapis.com/auth/spreadsheets.currentonly',
  'https://www.googleapis.com/auth/forms',
  'https://www.googleapis.com/auth/drive.file',
  'https://www.googleapis.com/auth/script.send_mail',
  'https://www.googleapis.com/auth/script.scriptapp',
  'https://www.googleapis.com/auth/script.container.ui',
  'https://www.googleapis.com/auth/userinfo.email',
];
