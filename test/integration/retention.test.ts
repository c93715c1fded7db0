/**
 * Retention (issue 14 item 5, SPEC section 9) on the compiled bundle, over a season long enough
 * to see it (windows of one month, set in Settings): the daily run blanks exactly the private
 * comments sent before the window (one sent on the first day kept is still there) in Check-ins
 * and Review and deletes those responses from Google Forms' own copy; a member whose "Left on"
 * date is past the window is removed as Remove a member's data does, their numbers kept under a
 * pseudonym so every outcome tab is identical and no saved report is touched; a member one day
 * inside the window is untouched; running again changes nothing; the digest gives counts only.
 */
import { Environment } from '../../emulator/environment';
import {
  landedProject,
  newProject,
  setSetting,
  setUpProject,
  sheetNames,
  sheetValues,
  upgrade,
} from './harness';
import { addMembers, submitCheckin, submitSurvey } from './members';
import { archive, generatedGroup, outcomeCells } from './archive-fixture';

const DAY = 24 * 60 * 60 * 1000;
const CHOICES = ['Strongly agree', 'Agree', 'Disagree', 'Strongly disagree'];
const COMMENT = 'Anything you would like the facilitators to know? (private)';
const REMOVED = '(removed: older than the retention period)';

function records(env: Environment, tab: string): Record<string, unknown>[] {
  const [headers, ...rows] = sheetValues(env, tab);
  return rows.map((row) =>
    Object.fromEntries(headers.map((header, index) => [String(header), row[index]])),
  );
}

function setMemberCell(env: Environment, email: string, column: string, value: string): void {
  env.meter.internal(() => {
    const sheet = env.spreadsheet.getSheetByName('Members')!;
    const values = sheet.getDataRange().getValues();
    const at = values[0].indexOf(column);
    const row = values.findIndex((cells) => cells[2] === email);
    expect(at).toBeGreaterThanOrEqual(0);
    expect(row).toBeGreaterThan(0);
    sheet.getRange(row + 1, at + 1).setValue(value);
  });
}

function outcomeTabs(env: Environment): Record<string, unknown[][]> {
  return Object.fromEntries(
    sheetNames(env)
      .filter((name) => name.startsWith('Outcomes:'))
      .map((name) => [
        name,
        sheetValues(env, name).filter((row) => !String(row[0]).startsWith('Last refreshed')),
      ]),
  );
}

function everyTab(env: Environment): Record<string, unknown[][]> {
  return Object.fromEntries(
    sheetNames(env)
      .filter((name) => name !== 'Start here')
      .map((name) => [
        name,
        sheetValues(env, name).filter((row) => !String(row[0]).startsWith('Last refreshed')),
      ]),
  );
}

function allCells(env: Environment): string {
  return sheetNames(env)
    .map((name) => sheetValues(env, name).flat().map(String).join('\n'))
    .join('\n');
}

/** The comment each member wrote on the check-in of `week` (0 = 2026-01-08). */
const note = (member: number, week: number) => `note from p${member} in week ${week}`;

/** Comments still readable in Check-ins, as "p<member> w<week>". */
function commentsLeft(env: Environment): string[] {
  return records(env, 'Check-ins')
    .map((row) => String(row[COMMENT]))
    .filter((text) => text.startsWith('note from'))
    .map((text) => text.replace(/^note from (p\d) in week (\d+)$/, '$1 w$2'));
}

/**
 * Seven members check in every Thursday from 2026-01-08 to 2026-03-26 (12 weeks) with a
 * comment, and answer a baseline and a follow-up survey; p7's answers differ from the others',
 * so every figure moves with them. A stranger's check-in waits in Review.
 */
function season(env: Environment): void {
  setUpProject(env);
  setSetting(env, 'Keep private comments (months)', 1);
  setSetting(env, "Keep leavers' rows (months)", 1);
  setSetting(env, 'Organisers', 'lead@example.org');
  addMembers(
    env,
    Array.from({ length: 7 }, (_, i) => ({
      name: `Person ${i + 1}`,
      email: `p${i + 1}@example.org`,
      joined: '2025-12-01',
    })),
  );
  env.advanceBy(3 * DAY);
  for (let i = 1; i <= 7; i += 1) submitSurvey(env, `p${i}@example.org`, CHOICES[i % 2 ? 2 : 3]);
  submitCheckin(env, 'stranger@example.org', { comment: 'a stranger writes' });
  for (let week = 0; week < 12; week += 1) {
    for (let i = 1; i <= 7; i += 1)
      submitCheckin(env, `p${i}@example.org`, {
        mood: i === 7 ? 1 : 3 + ((i + week) % 3),
        coping: i === 7 ? 1 : 4,
        supported: i === 7 ? 5 : 3,
        comment: note(i, week),
      });
    if (week === 11)
      for (let i = 1; i <= 7; i += 1)
        submitSurvey(env, `p${i}@example.org`, CHOICES[i === 7 ? 3 : i % 2 ? 0 : 1]);
    env.advanceBy(7 * DAY);
  }
  // 2026-04-02 09:00. p7 and p6 left in early March, a day apart.
  setMemberCell(env, 'p7@example.org', 'Status', 'left');
  setMemberCell(env, 'p7@example.org', 'Left on', '2026-03-04');
  setMemberCell(env, 'p6@example.org', 'Status', 'left');
  setMemberCell(env, 'p6@example.org', 'Left on', '2026-03-05');
}

describe('retention on the compiled bundle', () => {
  let env: Environment;
  beforeAll(() => {
    env = newProject({ start: Date.UTC(2026, 0, 5, 9, 0, 0) });
    season(env);
  });

  it('blanks exactly the comments sent before the window, in the tabs and in Google Forms', () => {
    env.advanceTo(Date.UTC(2026, 3, 4, 12)); // the run of 2026-04-04: kept from 2026-03-04
    // Sent 2026-03-05 and later: kept; 2026-02-26 and before: blanked (weeks 0 to 7).
    expect(commentsLeft(env).sort()).toEqual(
      [1, 2, 3, 4, 5, 6, 7].flatMap((i) => [8, 9, 10, 11].map((w) => `p${i} w${w}`)).sort(),
    );
    const blanked = records(env, 'Check-ins').filter((row) => row[COMMENT] === REMOVED);
    expect(blanked).toHaveLength(7 * 8);
    // The numbers the figures count stay on every blanked row.
    expect(
      blanked.every((row) => typeof row['How has your mood been this week?'] === 'number'),
    ).toBe(true);
    expect(allCells(env)).not.toContain('a stranger writes');
    const checkinForm = env.forms.all().find((form) => form.getTitle() === 'Weekly check-in')!;
    const formDays = env.meter.internal(() =>
      checkinForm
        .getResponses()
        .map((response) => response.getTimestamp().toISOString().slice(0, 10)),
    );
    expect(formDays.length).toBe(7 * 4);
    expect(formDays.every((day) => day >= '2026-03-05')).toBe(true);
  });

  it('keeps a leaver until the day after their window, then anonymises them, every figure identical', () => {
    // 2026-04-04's run: p7 left on 2026-03-04, exactly one month before: still kept.
    expect(allCells(env)).toContain('p7@example.org');
    env.openSpreadsheet();
    env.sheets.ui.queuePromptResponse('2026-01-01 to 2026-03-31', 'OK');
    expect(env.clickMenu('Generate report').ok).toBe(true);
    const reportBefore = env.sheets.ui.dialogs.at(-1)!.html;
    env.advanceTo(Date.UTC(2026, 3, 5, 5)); // before the run of 2026-04-05
    env.openSpreadsheet();
    expect(env.clickMenu('Refresh outcomes').ok).toBe(true);
    const before = outcomeTabs(env);
    const p7Checkins = records(env, 'Check-ins').filter((row) => row['Member ID'] === 'M0007');
    expect(p7Checkins).toHaveLength(12);

    env.advanceTo(Date.UTC(2026, 3, 5, 12));
    expect(outcomeTabs(env)).toEqual(before);
    // No report was trashed, and one for the same period says the same.
    expect(env.drive.files().map((file) => file.trashed)).toEqual([false]);
    env.openSpreadsheet();
    env.sheets.ui.queuePromptResponse('2026-01-01 to 2026-03-31', 'OK');
    expect(env.clickMenu('Generate report').ok).toBe(true);
    const strip = (html: string) =>
      html
        .replace(/drive-file-\d+/g, 'drive-file')
        .replace(/Prepared on \d{4}-\d{2}-\d{2}/, 'Prepared on');
    expect(strip(env.sheets.ui.dialogs.at(-1)!.html)).toBe(strip(reportBefore));

    // Nothing identifies p7 any more: no address, name, id or comment in any tab or form.
    const everything = allCells(env);
    expect(everything).not.toContain('p7@example.org');
    expect(everything).not.toContain('Person 7');
    expect(everything).not.toMatch(/\bM0007\b/);
    expect(everything).not.toContain('note from p7');
    for (const form of env.forms.all()) {
      const emails = env.meter.internal(() =>
        form.getResponses().map((response) => response.getRespondentEmail()),
      );
      expect(emails).not.toContain('p7@example.org');
    }
    // Their numbers stay, under a pseudonym, with no address or free text.
    const anonymous = records(env, 'Check-ins').filter((row) => row['Member ID'] === 'F0001');
    expect(anonymous.map((row) => row['How has your mood been this week?'])).toEqual(
      p7Checkins.map((row) => row['How has your mood been this week?']),
    );
    expect(anonymous.every((row) => row[COMMENT] === '')).toBe(true);
    const former = records(env, 'Members').find((row) => row['Member ID'] === 'F0001')!;
    expect(former['Email']).toBe('');
    expect(former['Status']).toBe('left');
    // p6, one day inside the window, is untouched.
    expect(everything).toContain('p6@example.org');
    expect(records(env, 'Check-ins').filter((row) => row['Member ID'] === 'M0006')).toHaveLength(
      12,
    );
    // The comments of 2026-03-05 are exactly one month old today: kept (p7's went with p7).
    expect(commentsLeft(env).filter((entry) => entry.endsWith(' w8'))).toHaveLength(6);
  });

  it('changes nothing when it runs again the same day', () => {
    const before = everyTab(env);
    const again = env.run('dailyRun', undefined, 'trigger');
    expect(again.ok).toBe(true);
    expect(everyTab(env)).toEqual(before);
  });

  it('says what went in the next digest, as counts only', () => {
    env.advanceTo(Date.UTC(2026, 3, 9, 12)); // Thursday: the digest day for a Wednesday group
    const digest = env.mail
      .outbox()
      .filter((message) => message.subject.includes('weekly digest'))
      .at(-1)!;
    expect(digest.body).toMatch(/Retention this past week: \d+ private comment/);
    expect(digest.body).toMatch(/[1-9]\d* member\(s\) who left/);
    for (const email of env.mail.outbox())
      for (let i = 1; i <= 7; i += 1)
        for (let week = 0; week < 12; week += 1) expect(email.body).not.toContain(note(i, week));
    // The run of 2026-04-06 blanked the comments of 2026-03-05; those of 2026-03-12 stay.
    expect(commentsLeft(env).filter((entry) => entry.endsWith(' w8'))).toEqual([]);
    expect(commentsLeft(env).filter((entry) => entry.endsWith(' w9'))).toHaveLength(5);
    // p6's window ended on the run of 2026-04-06: anonymised as well, under the next pseudonym.
    expect(allCells(env)).not.toContain('p6@example.org');
    expect(
      records(env, 'Members').filter((row) => String(row['Member ID']).startsWith('F')),
    ).toHaveLength(2);
  });
});

describe('a bad retention setting', () => {
  it('skips only its own part, naming the cell, while the rest of the daily run goes on', () => {
    const env = newProject({ start: Date.UTC(2026, 0, 5, 9, 0, 0) });
    setUpProject(env);
    setSetting(env, 'Keep private comments (months)', 'a year');
    setSetting(env, "Keep leavers' rows (months)", 1);
    addMembers(env, [
      { name: 'Ann', email: 'ann@example.org' },
      { name: 'Bo', email: 'bo@example.org' },
    ]);
    env.advanceBy(3 * DAY); // after the first session, 2026-01-07
    submitCheckin(env, 'bo@example.org', { comment: 'a comment' });
    setMemberCell(env, 'bo@example.org', 'Status', 'left');
    setMemberCell(env, 'bo@example.org', 'Left on', '2025-06-01');
    const daily = env.advanceBy(DAY).find((run) => run.handler === 'dailyRun')!;
    expect(daily.ok).toBe(false);
    expect(daily.error?.message).toMatch(
      /retention failed: .*Settings!B\d+ "Keep private comments \(months\)" is "a year"/,
    );
    expect(daily.error?.message).not.toMatch(/(outcomes|reminders|check-ins) failed/);
    // The leavers' part ran: Bo is anonymised.
    expect(allCells(env)).not.toContain('bo@example.org');
    expect(records(env, 'Check-ins').map((row) => row['Member ID'])).toEqual(['F0001']);
    // The outcome tabs were still refreshed today.
    expect(
      sheetValues(env, 'Outcomes: Participation').some((row) =>
        String(row[0]).includes('2026-01-09'),
      ),
    ).toBe(true);
  });
});

describe('retention and the Check-in archive', () => {
  it("gives a leaver's archived check-ins the pseudonym too, every figure identical", () => {
    const env = generatedGroup();
    archive(env, '1');
    const archiveText = () =>
      sheetValues(env, 'Check-in archive')
        .slice(1)
        .map((row) => String(row[4]))
        .join('');
    expect(archiveText()).toContain('"M0001"');
    env.meter.internal(() => {
      const sheet = env.spreadsheet.getSheetByName('Members')!;
      const values = sheet.getDataRange().getValues();
      const row = values.findIndex((cells) => cells[0] === 'M0001') + 1;
      sheet.getRange(row, values[0].indexOf('Status') + 1).setValue('left');
      sheet.getRange(row, values[0].indexOf('Left on') + 1).setValue('2020-01-01');
    });
    // The figures once they count M0001 as a leaver, before retention.
    expect(env.clickMenu('Refresh outcomes').ok).toBe(true);
    const before = outcomeCells(env);
    expect(env.run('dailyRun', undefined, 'trigger').ok).toBe(true);
    expect(archiveText()).not.toContain('"M0001"');
    expect(archiveText()).toContain('"F0001"');
    expect(env.clickMenu('Refresh outcomes').ok).toBe(true);
    expect(outcomeCells(env)).toEqual(before);
  });
});

describe('a sheet made before retention', () => {
  it('keeps running until Set up adds "Left on"; its leavers\' windows start the next day', () => {
    const env = landedProject();
    setUpProject(env);
    addMembers(env, [
      { name: 'Ann', email: 'ann@example.org' },
      { name: 'Bo', email: 'bo@example.org' },
    ]);
    setMemberCell(env, 'bo@example.org', 'Status', 'left');
    upgrade(env);
    // The new build's daily run before Set up or repair: no column, so no leaver is touched,
    // and retention does not fail (the tabs added since the landed build do, until Set up).
    const first = env.advanceBy(DAY).find((run) => run.handler === 'dailyRun')!;
    expect(first.error?.message ?? '').not.toMatch(/retention/);
    expect(records(env, 'Members').map((row) => row['Email'])).toEqual([
      'ann@example.org',
      'bo@example.org',
    ]);
    expect(sheetValues(env, 'Members')[0]).not.toContain('Left on');
    env.openSpreadsheet();
    expect(env.clickMenu('Set up or repair').ok).toBe(true);
    const members = () => records(env, 'Members');
    expect(members().map((row) => row['Left on'])).toEqual(['', '']);
    // Settings has the two rows with their defaults.
    expect(sheetValues(env, 'Settings').map((row) => String(row[1]))).toEqual(
      expect.arrayContaining(['12', '24']),
    );
    expect(env.advanceBy(DAY).find((run) => run.handler === 'dailyRun')!.ok).toBe(true);
    const [ann, bo] = members();
    expect(ann['Left on']).toBe('');
    expect(bo['Left on']).toBeInstanceOf(Date);
    expect(bo['Email']).toBe('bo@example.org');
  });
});
