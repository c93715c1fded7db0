/**
 * Issue 17 on the compiled bundle: with Settings' Language set to the pseudo-language, the reason
 * "Re-process reviewed rows" gives a Review row whose Source names no response tab, and why
 * "Assign buddies" left a member without a buddy, are the catalogue's texts, wrapped in ⟦ ⟧; only
 * what the group typed (the Source, the member's name) is left outside.
 */
import { tIn, PSEUDO_LANGUAGE } from '../../src/domain/i18n';
import { newProject, setSetting, setUpProject, sheetValues, typeRows } from './harness';
import { unwrappedWords } from '../unit/i18n/pseudo-scan';

describe('under the pseudo-language', () => {
  it('a Review row of an unknown source gets a wrapped reason on re-processing', () => {
    const env = newProject();
    setUpProject(env);
    setSetting(env, 'Language', 'en-XA');
    const headers = sheetValues(env, 'Review')[0].map(String);
    const typed: Record<string, unknown> = {
      'Received at': new Date(Date.UTC(2026, 0, 5, 8, 0, 0)),
      Source: 'Nowhere tab',
      Reason: 'typed by hand',
      Action: 're-process',
      'Response key': 'nowhere|1',
    };
    typeRows(env, 'Review', [headers.map((header) => typed[header] ?? '')]);
    expect(env.openSpreadsheet().ok).toBe(true);
    expect(env.clickMenu(tIn(PSEUDO_LANGUAGE, 'menu.reprocessReview')).ok).toBe(true);

    const [header, row] = sheetValues(env, 'Review');
    const reason = String(row[header.indexOf('Reason')]);
    expect(reason).not.toBe('typed by hand');
    expect(reason).toContain('Nowhere tab');
    expect(unwrappedWords(reason, ['Nowhere tab'])).toBe('');
    expect(row[header.indexOf('Action')]).toBe('waiting');
  });

  it('why a newcomer stays without a buddy comes out wrapped', () => {
    const env = newProject();
    setUpProject(env);
    // Ann may mentor no one, and Bo, a newcomer, may only be paired with a mentor.
    const row = (name: string, joined: string, mentorCapacity: number) => [
      '',
      name,
      `${name.split(' ')[0].toLowerCase()}@example.org`,
      joined,
      'active',
      'Greeter',
      '',
      '',
      'yes',
      'yes',
      mentorCapacity,
      '',
      '',
    ];
    typeRows(env, 'Members', [row('Ann Lee', '2025-01-01', 0), row('Bo Ray', '2026-01-02', 1)]);
    setSetting(env, 'Language', 'en-XA');
    expect(env.openSpreadsheet().ok).toBe(true);
    const assign = tIn(PSEUDO_LANGUAGE, 'menu.assignBuddies');
    // The first run gives the new members their ids; matching waits for the next one.
    expect(env.clickMenu(assign).ok).toBe(true);
    expect(env.clickMenu(assign).ok).toBe(true);
    const toast = env.sheets.ui.toasts.at(-1)?.message ?? '';
    expect(toast).toContain(tIn(PSEUDO_LANGUAGE, 'notices.unpaired.doNotPairOrCapacity'));
    expect(unwrappedWords(toast, ['Ann Lee', 'Bo Ray'])).toBe('');
  });
});
