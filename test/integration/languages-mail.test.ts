/**
 * Issue 17 on the compiled bundle: with Settings' Language set to the pseudo-language, the menu,
 * what a menu action says and the emails Peer Circle sends are the catalogue's texts, wrapped in
 * ⟦ ⟧; what is left outside the markers is only what the group typed.
 */
import { tIn, PSEUDO_LANGUAGE } from '../../src/domain/i18n';
import { ENGLISH } from '../../src/domain/i18n/catalogue';
import { newProject, setSetting, setUpProject, sheetValues, typeRows } from './harness';
import { outsideMarkers, unwrappedWords } from '../unit/i18n/pseudo-scan';

const ROLES = 'Facilitator, Co-facilitator, Timekeeper, Greeter, Note-taker';
const pseudo = (key: Parameters<typeof tIn>[1]) => tIn(PSEUDO_LANGUAGE, key);

/** What the group typed into the sheet: its Settings values and its members' cells. */
function typedByTheGroup(env: ReturnType<typeof newProject>): string[] {
  const cells = [...sheetValues(env, 'Settings'), ...sheetValues(env, 'Members').slice(1)]
    .flatMap((row) => row.slice(1))
    .map((cell) => String(cell).trim())
    .filter((cell) => cell !== '' && !cell.includes('⟦'));
  return [...cells, ...ROLES.split(', ')];
}

function scan(text: string, typed: readonly string[]): string {
  const plain = text
    .replace(/<[^>]*>/g, ' ')
    .replace(/&[a-z]+;|&#\d+;/g, ' ')
    .replace(/https:\/\/[^\s⟦⟧"<]+/g, ' ')
    .replace(/[^\s⟦⟧<>(),]+@[^\s⟦⟧<>(),]+/g, ' ');
  return unwrappedWords(plain, typed);
}

describe('under the pseudo-language', () => {
  it('the menu, a menu action and the emails it sends come out wrapped', () => {
    const env = newProject({ start: Date.UTC(2026, 0, 5, 9, 0, 0) });
    setUpProject(env);
    setSetting(env, 'Organisers', 'lead@example.org');
    setSetting(env, 'Language', 'en-XA');
    typeRows(
      env,
      'Members',
      ['Ann Lee', 'Bo Ray', 'Cy Tan'].map((name) => [
        '',
        name,
        `${name.split(' ')[0].toLowerCase()}@example.org`,
        '2025-06-01',
        'active',
        ROLES,
        '',
        '',
        'yes',
        'yes',
        1,
        '',
        '',
      ]),
    );

    expect(env.openSpreadsheet().ok).toBe(true);
    const menu = env.sheets.ui.menus.at(-1)!;
    expect(menu.name).toBe(pseudo('menu.title'));
    const captions = env.menuItems().map((item) => item.caption);
    expect(captions.length).toBeGreaterThan(5);
    for (const caption of captions) expect(scan(caption, [])).toBe('');

    expect(env.clickMenu(pseudo('menu.planRotation')).ok).toBe(true);
    const toast = env.sheets.ui.toasts.at(-1)!;
    expect(toast.title).toBe(pseudo('ui.toast.title'));
    const typed = typedByTheGroup(env);
    expect(scan(toast.message, typed)).toBe('');

    env.sheets.ui.toasts.length = 0;
    expect(env.clickMenu(pseudo('menu.sendReminders')).ok).toBe(true);
    expect(scan(env.sheets.ui.toasts.at(-1)!.message, typed)).toBe('');
    const outbox = env.mail.outbox();
    expect(outbox.length).toBeGreaterThan(0);
    for (const message of outbox) {
      for (const text of [message.subject, message.body, message.htmlBody ?? '']) {
        expect(() => outsideMarkers(text)).not.toThrow();
        expect({ subject: message.subject, left: scan(text, typed) }).toEqual({
          subject: message.subject,
          left: '',
        });
      }
    }
  });

  it('Check installation and the Start here steps come out wrapped', () => {
    const env = newProject({ start: Date.UTC(2026, 0, 5, 9, 0, 0) });
    setUpProject(env);
    setSetting(env, 'Language', 'en-XA');
    expect(env.openSpreadsheet().ok).toBe(true);
    expect(env.clickMenu(pseudo('menu.checkInstallation')).ok).toBe(true);
    const dialog = env.sheets.ui.dialogs.at(-1)!;
    const typed = typedByTheGroup(env);
    expect(dialog.title).toBe(pseudo('check.title'));
    expect(dialog.html).toContain(pseudo('check.topic.mail'));
    expect(scan(dialog.html.replace(/style="[^"]*"/g, ''), typed)).toBe('');
    // The tab's name and headers are names the sheet is read by (another area); its steps are ours.
    const [, ...steps] = sheetValues(env, 'Start here');
    expect(steps.length).toBeGreaterThan(3);
    expect(steps.flat()).toContain(pseudo('startHere.members.step'));
    for (const cell of steps.flat()) expect(scan(String(cell), typed)).toBe('');
  });
});

describe('a change of language and the Messages tab', () => {
  it('Set up or repair puts the rows the group left alone into the language, and keeps its own words', () => {
    const env = newProject({ start: Date.UTC(2026, 0, 5, 9, 0, 0) });
    setUpProject(env);
    const own = 'Thanks for taking {{roles}} on {{date}}';
    env.meter.internal(() => {
      const sheet = env.spreadsheet.getSheetByName('Messages')!;
      const at = sheet
        .getDataRange()
        .getValues()
        .findIndex((row) => row[0] === 'Duty reminder' && row[1] === 'Subject');
      sheet.getRange(at + 1, 3).setValue(own);
    });
    const before = sheetValues(env, 'Messages');
    const bodyOf = (rows: unknown[][], label: string) =>
      rows.find(
        (row) =>
          row[0] === label && row[1] !== pseudo('messages.part.subject') && row[1] !== 'Subject',
      );

    setSetting(env, 'Language', 'en-XA');
    expect(env.openSpreadsheet().ok).toBe(true);
    expect(env.clickMenu(pseudo('menu.setUp')).ok).toBe(true);
    const after = sheetValues(env, 'Messages');
    expect(after).toHaveLength(before.length);
    const duty = pseudo('messages.label.roleDuty');
    const subject = after.find(
      (row) => row[0] === duty && row[1] === pseudo('messages.part.subject'),
    );
    expect(subject?.[2]).toBe(own);
    const body = bodyOf(after, duty);
    expect(String(body?.[2])).toContain(`⟦Hello {{firstName}},⟧`);
    expect(String(body?.[3])).toContain(pseudo('messages.placeholder.firstName'));

    setSetting(env, 'Language', 'en');
    // Reopened: the sheet shows the menu onOpen builds now (the recorder keeps every menu).
    env.sheets.ui.clear();
    expect(env.openSpreadsheet().ok).toBe(true);
    expect(env.clickMenu('Set up or repair').ok).toBe(true);
    const back = sheetValues(env, 'Messages');
    expect(back).toHaveLength(before.length);
    expect(bodyOf(back, 'Duty reminder')?.[2]).toBe(ENGLISH['template.roleDuty.body']);
    expect(back).toEqual(before);
  });
});
