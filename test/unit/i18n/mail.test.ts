/**
 * What members and facilitators read outside the sheet comes from the catalogue (issue 17): under
 * the pseudo-language an email, the digest and the contact alert have no text of ours left
 * outside the markers, and a Messages tab keeps the group's own wording through a change of
 * language while the rows it did not edit follow the language.
 */
import { PSEUDO_LANGUAGE, template, useLanguage } from '../../../src/domain/i18n';
import { contactLetter } from '../../../src/domain/contact-requests';
import {
  defaultMessageRows,
  defaultMessages,
  messageRowId,
  resolveMessages,
  type MessageRow,
} from '../../../src/domain/messages/resolve';
import { renderSubject, renderBody, text } from '../../../src/domain/messages/template';
import { digestLetter } from '../../../src/domain/reminders/digest-template';
import { Letter, renderHtml, renderText } from '../../../src/domain/reminders/message';
import {
  buddyIntroLetter,
  roleDutyLetter,
  surveyDueLetter,
} from '../../../src/domain/reminders/templates';
import { outsideMarkers, unwrappedWords } from './pseudo-scan';

afterEach(() => useLanguage('en'));

const GROUP = 'Riverside Circle';
const TYPED = [
  GROUP,
  'Ana Lima',
  'Ana',
  'Ben Okoro',
  'ben@example.org',
  'Cleo',
  'Sam',
  'Facilitator',
  'Greeter',
  'Timekeeper',
  'Call 0800 000 000 any time.',
  'https://forms.example/checkin',
  'https://forms.example/survey',
  'https://meet.example/room',
  'Community hall',
  'Hope',
  '18:30',
  'Members!C4',
  'Contact requests',
];

/**
 * Subject, both bodies and each paragraph and list item on its own (a reader, and the demo's
 * scan, meets them apart): nothing of ours outside the markers.
 */
function expectWrapped(letter: Letter): void {
  const text = renderText(letter.blocks);
  const pieces = text.split(/\n+/).map((piece) => piece.replace(/^- /, ''));
  for (const output of [letter.subject, text, renderHtml(letter.blocks), ...pieces]) {
    const html = output.replace(/<[^>]*>/g, ' ');
    expect({ output, left: unwrappedWords(html, TYPED) }).toEqual({ output, left: '' });
  }
}

function dutyLetter(messages = defaultMessages(), bare = false): Letter {
  return roleDutyLetter({
    groupName: GROUP,
    supportLine: 'Call 0800 000 000 any time.',
    memberName: 'Ana Lima',
    roles: ['Facilitator', 'Greeter'],
    sessionDate: '2026-01-07',
    startTime: '18:30',
    topic: bare ? '' : 'Hope',
    alsoOnDuty: [
      { role: 'Timekeeper', name: 'Sam' },
      { role: 'Greeter', name: null },
    ],
    checkinFormUrl: bare ? '' : 'https://forms.example/checkin',
    meetingPlace: bare ? '' : 'Community hall',
    onlineLink: bare ? '' : 'https://meet.example/room',
    messages,
  });
}

describe('under the pseudo-language', () => {
  it('every member email is the catalogue’s text around what the group typed', () => {
    useLanguage(PSEUDO_LANGUAGE);
    const messages = defaultMessages();
    expectWrapped(dutyLetter(messages));
    // Paragraphs left out (no topic, place, link, check-in form) take no marker with them.
    expectWrapped(dutyLetter(messages, true));
    for (const buddies of [
      [{ name: 'Ben Okoro', email: 'ben@example.org' }],
      [
        { name: 'Ben Okoro', email: 'ben@example.org' },
        { name: 'Cleo', email: '' },
      ],
    ])
      expectWrapped(
        buddyIntroLetter({
          groupName: GROUP,
          supportLine: '',
          memberName: 'Ana Lima',
          cycleStart: '2026-01-05',
          cycleEnd: '2026-02-01',
          buddies,
          messages,
        }),
      );
    for (const baseline of [true, false])
      expectWrapped(
        surveyDueLetter({
          groupName: GROUP,
          supportLine: '',
          memberName: 'Ana Lima',
          baseline,
          followUpWeeks: 12,
          surveyFormUrl: 'https://forms.example/survey',
          messages,
        }),
      );
  });

  it('the digest, with every paragraph it can have, is wrapped', () => {
    useLanguage(PSEUDO_LANGUAGE);
    const full = digestLetter({
      groupName: GROUP,
      weekStart: '2026-01-05',
      horizonDays: 28,
      sessions: [
        {
          date: '2026-01-07',
          startTime: '18:30',
          rotationPlanned: true,
          gaps: [{ role: 'Greeter', why: 'Sam' }],
        },
        { date: '2026-01-14', startTime: '', rotationPlanned: false, gaps: [] },
      ],
      reviewWaiting: 2,
      memberCellsToFix: ['Members!C4'],
      lapsedNames: ['Sam'],
      lapsedAfterSessions: 3,
      surveyLinkMissing: true,
      openContactRequests: [{ name: 'Ana Lima', email: 'ben@example.org', askedOn: '2026-01-07' }],
      contactTabName: 'Contact requests',
      retention: {
        counts: { comments: 1, formResponses: 2, leavers: 3 },
        commentsMonths: '12',
        leaversMonths: '24',
      },
    });
    expectWrapped(full);
    const quiet = digestLetter({
      groupName: GROUP,
      weekStart: '2026-01-05',
      horizonDays: 28,
      sessions: [],
      reviewWaiting: 0,
      lapsedNames: [],
      lapsedAfterSessions: 3,
      surveyLinkMissing: false,
    });
    expectWrapped(quiet);
    // The check itself can fail: a text of ours left in plain English is found.
    expect(unwrappedWords(`${renderText(quiet.blocks)} Review`, TYPED)).toBe('Review');
  });

  it('the contact-request alert is wrapped', () => {
    useLanguage(PSEUDO_LANGUAGE);
    const letter = contactLetter({
      groupName: GROUP,
      supportLine: 'Call 0800 000 000 any time.',
      tabName: 'Contact requests',
      request: { name: 'Ana Lima', email: 'ben@example.org', askedOn: '2026-01-07' },
    });
    expectWrapped(letter);
  });

  it('the Messages tab Set up writes is in the language, and its problems too', () => {
    useLanguage(PSEUDO_LANGUAGE);
    for (const row of defaultMessageRows(['Facilitator', 'Our own role']))
      for (const cell of row)
        if (cell !== '' && !['Facilitator', 'Our own role'].includes(cell))
          expect(() => outsideMarkers(cell)).not.toThrow();
    const resolved = resolveMessages(
      [{ row: 4, message: 'Duty reminder', part: 'Subject', text: 'On duty {{dat}}' }],
      (row) => `Messages!C${row}`,
    );
    expect(resolved.problems).toHaveLength(1);
    expect(unwrappedWords(resolved.problems[0], [...TYPED, '{{dat}}'])).toBe('');
  });
});

describe('a change of language and the Messages tab', () => {
  const englishRows = (): MessageRow[] =>
    defaultMessageRows(['Facilitator']).map(([message, part, body], index) => ({
      row: index + 2,
      message,
      part,
      text: body,
    }));

  it('rows left as Set up wrote them follow the language; edited rows keep the group’s words', () => {
    const rows = englishRows();
    const dutySubject = rows.find((r) => messageRowId(r.message, r.part) === 'role-duty|subject')!;
    dutySubject.text = 'Thank you for taking {{roles}} on {{date}}';
    const facilitator = rows.find((r) => messageRowId(r.message, r.part) === 'role|facilitator')!;
    useLanguage(PSEUDO_LANGUAGE);
    const resolved = resolveMessages(rows, (row) => `Messages!C${row}`);
    expect(resolved.problems).toEqual([]);
    const duty = resolved.templates.get('role-duty')!;
    expect(renderSubject(duty.subject, { roles: text('Greeter'), date: text('today') })).toBe(
      'Thank you for taking Greeter on today',
    );
    const body = renderText(renderBody(duty.body, { firstName: text('Ana') }));
    expect(body.startsWith('⟦')).toBe(true);
    expect(resolved.roleDescriptions.get('facilitator')).toBe(
      template('template.roleDescription.facilitator'),
    );
    expect(resolved.roleDescriptions.get('facilitator')).not.toBe(facilitator.text);
  });

  it('a row is the same row whichever language wrote its labels, so Set up adds no copy', () => {
    const english = englishRows().map((r) => messageRowId(r.message, r.part));
    useLanguage(PSEUDO_LANGUAGE);
    const pseudo = defaultMessageRows(['Facilitator']).map(([m, p]) => messageRowId(m, p));
    expect(pseudo).toEqual(english);
    expect(new Set(english).size).toBe(english.length);
    expect(english).not.toContain(null);
    expect(messageRowId('Our notes', 'Subject')).toBeNull();
  });

  it('English output is unchanged by the catalogue', () => {
    const letter = dutyLetter();
    expect(letter.subject).toBe(
      'Riverside Circle: you are on duty as Facilitator and Greeter on Wednesday 7 January 2026',
    );
    expect(outsideMarkers(renderText(letter.blocks))).toBe(renderText(letter.blocks));
  });
});
