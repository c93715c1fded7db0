/** Check installation asks about exactly the scopes the manifest declares. */
import { readManifest } from '../../emulator/manifest';
import { DECLARED_SCOPES } from '../../src/domain/installation/scopes';
import { CHECK_TEXT } from '../../src/domain/installation/texts';

describe('declared scopes', () => {
  it('match appsscript.json, and each says what it lets Peer Circle do', () => {
    expect([...DECLARED_SCOPES].sort()).toEqual([...(readManifest().oauthScopes ?? [])].sort());
    for (const scope of DECLARED_SCOPES) expect(CHECK_TEXT.scopeUse[scope]).toBeTruthy();
  });
});
