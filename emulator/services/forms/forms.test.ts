import { createTestingContext } from '../testing-context';
import { createSpreadsheetService } from '../spreadsheet';
import { createFormService } from './index';

function setup() {
  const ctx = createTestingContext({
    timeZone: 'Europe/London',
    start: Date.UTC(2026, 0, 5, 18, 30, 0),
  });
  const spreadsheets = createSpreadsheetService(ctx);
  const ss = spreadsheets.createSpreadsheet('Peer Circle');
  spreadsheets.setActive(ss);
  const forms = createFormService(ctx, spreadsheets);
  /** What the script calls to see a response tab Google has just added. */
  const flush = () => spreadsheets.app.flush();
  return { ctx, spreadsheets, ss, forms, FormApp: forms.app, flush };
}

/** A check-in form like the app builds: titled, published, asking for the address. */
function checkInForm(env: ReturnType<typeof setup>) {
  const form = env.FormApp.create('Weekly check-in')
    .setTitle('Weekly check-in')
    .setPublished(true)
    .setEmailCollectionType(env.FormApp.EmailCollectionType.RESPONDER_INPUT);
  form.addDateItem().setTitle('Session date').setRequired(true);
  form
    .addMultipleChoiceItem()
    .setTitle('How did you take part?')
    .setChoiceValues(['In person', 'Online', 'Could not come'])
    .setRequired(true);
  form.addScaleItem().setTitle('Mood').setBounds(1, 5).setLabels('Low', 'Good').setRequired(true);
  form.addCheckboxItem().setTitle('Activities').setChoiceValues(['Outreach', 'Panel', 'Training']);
  form.addParagraphTextItem().setTitle('Comment');
  return form;
}

const answers = {
  'Session date': '2026-01-05',
  'How did you take part?': 'Online',
  Mood: 4,
  Activities: ['Outreach', 'Training'],
  Comment: '=HYPERLINK("x")',
};

describe('FormApp and Form', () => {
  it('creates forms with settings and URLs; openById, getActiveForm', () => {
    const env = setup();
    const form = env.FormApp.create('Survey')
      .setTitle('Survey')
      .setDescription('About you')
      .setConfirmationMessage('Thanks')
      .setAllowResponseEdits(false)
      .setLimitOneResponsePerUser(false)
      .setProgressBar(true)
      .setShowLinkToRespondAgain(false);
    expect(form.getTitle()).toBe('Survey');
    expect(form.hasProgressBar()).toBe(true);
    expect(form.getPublishedUrl()).toMatch(
      /^https:\/\/docs\.google\.com\/forms\/d\/e\/[^/]+\/viewform$/,
    );
    expect(form.getEditUrl()).toBe(`https://docs.google.com/forms/d/${form.getId()}/edit`);
    expect(env.FormApp.openById(form.getId())).toBe(form);
    expect(env.FormApp.openByUrl(form.getEditUrl())).toBe(form);
    expect(env.FormApp.getActiveForm()).toBeNull();
    expect(String(env.FormApp.DestinationType.SPREADSHEET)).toBe('SPREADSHEET');
  });

  it('items: typed views, generic views, conversion errors, move and delete', () => {
    const env = setup();
    const form = checkInForm(env);
    const items = form.getItems();
    expect(items.map((i) => i.getTitle())).toEqual([
      'Session date',
      'How did you take part?',
      'Mood',
      'Activities',
      'Comment',
    ]);
    expect(items.map((i) => String(i.getType()))).toEqual([
      'DATE',
      'MULTIPLE_CHOICE',
      'SCALE',
      'CHECKBOX',
      'PARAGRAPH_TEXT',
    ]);
    const mood = items[2].asScaleItem();
    expect([
      mood.getLowerBound(),
      mood.getUpperBound(),
      mood.getLeftLabel(),
      mood.isRequired(),
    ]).toEqual([1, 5, 'Low', true]);
    expect(() => items[0].asScaleItem()).toThrow('Invalid conversion for item type: DATE');
    expect(form.getItems(env.FormApp.ItemType.SCALE)).toHaveLength(1);
    expect(form.getItemById(mood.getId()).getTitle()).toBe('Mood');
    expect(
      items[1]
        .asMultipleChoiceItem()
        .getChoices()
        .map((c) => c.getValue()),
    ).toEqual(['In person', 'Online', 'Could not come']);
    form.moveItem(items[4], 0);
    expect(form.getItems()[0].getTitle()).toBe('Comment');
    form.deleteItem(0);
    expect(form.getItems()).toHaveLength(4);
    form.addSectionHeaderItem().setTitle('About you').setHelpText('Optional');
    expect(form.getItems()[4].getIndex()).toBe(4);
  });

  it('ScaleItem.setBounds is validated like the real one', () => {
    const env = setup();
    const scale = env.FormApp.create('F').addScaleItem();
    scale.setBounds(0, 10);
    scale.setBounds(1, 3);
    expect(() => scale.setBounds(2, 5)).toThrow('Invalid data updating form.');
    expect(() => scale.setBounds(1, 11)).toThrow('Invalid data updating form.');
    expect(() => scale.setBounds(1, 2)).toThrow('Invalid data updating form.');
  });
});

describe('response destination', () => {
  it('linking creates "Form Responses 1" as the first tab with the header row', () => {
    const env = setup();
    const form = checkInForm(env);
    form.setDestination(env.FormApp.DestinationType.SPREADSHEET, env.ss.getId());
    env.flush();
    const sheet = env.ss.getSheets()[0];
    expect(sheet.getName()).toBe('Form Responses 1');
    expect(sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()).toEqual([
      [
        'Timestamp',
        'Email Address',
        'Session date',
        'How did you take part?',
        'Mood',
        'Activities',
        'Comment',
      ],
    ]);
    expect(sheet.getFrozenRows()).toBe(1);
    expect(env.FormApp.openByUrl(sheet.getFormUrl()!)).toBe(form);
    expect(env.ss.getFormUrl()).toBe(sheet.getFormUrl());
    expect(form.getDestinationId()).toBe(env.ss.getId());
    expect(String(form.getDestinationType())).toBe('SPREADSHEET');
  });

  it('a second linked form gets "Form Responses 2"; items added later append columns', () => {
    const env = setup();
    checkInForm(env).setDestination(env.FormApp.DestinationType.SPREADSHEET, env.ss.getId());
    const survey = env.FormApp.create('Survey');
    survey.addScaleItem().setTitle('Q1');
    survey.setDestination(env.FormApp.DestinationType.SPREADSHEET, env.ss.getId());
    env.flush();
    expect(env.ss.getSheets().map((s) => s.getName())).toEqual([
      'Form Responses 2',
      'Form Responses 1',
      'Sheet1',
    ]);
    survey.addScaleItem().setTitle('Q2');
    survey.setCollectEmail(true);
    const sheet = env.ss.getSheetByName('Form Responses 2')!;
    expect(sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()).toEqual([
      ['Timestamp', 'Q1', 'Q2', 'Email Address'],
    ]);
    // Unverified whether Google rewrites the header of a retitled question: the stricter reading
    // (form.ts, retitled) keeps the old header, and the question's answers keep its column.
    survey.getItems()[0].setTitle('Question one');
    expect(sheet.getRange('B1').getValue()).toBe('Q1');
    survey.setPublished(true);
    env.forms.submit(survey.getId(), {
      answers: { 'Question one': 4, Q2: 2 },
      email: 'a@example.org',
      signedIn: true,
    });
    expect(sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()).toEqual([
      ['Timestamp', 'Q1', 'Q2', 'Email Address'],
    ]);
    expect(sheet.getRange(2, 2, 1, 2).getValues()).toEqual([[4, 2]]);
  });

  it('removeDestination unlinks; the sheet stays', () => {
    const env = setup();
    const form = checkInForm(env);
    form.setDestination(env.FormApp.DestinationType.SPREADSHEET, env.ss.getId());
    env.flush();
    form.removeDestination();
    expect(() => form.getDestinationId()).toThrow(
      'The form currently has no response destination.',
    );
    expect(env.ss.getSheetByName('Form Responses 1')!.getFormUrl()).toBeNull();
    expect(env.forms.submit(form.getId(), { email: 'a@example.org', answers })).toMatchObject({
      row: 0,
      sheetName: '',
    });
    expect(form.getResponses()).toHaveLength(1);
  });
});

describe('member submissions', () => {
  it('appends a typed row and raises onFormResponseRow with formatted display values', () => {
    const env = setup();
    const form = checkInForm(env);
    form.setDestination(env.FormApp.DestinationType.SPREADSHEET, env.ss.getId());
    env.flush();
    const formId = form.getId();
    const now = env.ctx.clock.nowMs();
    const result = env.forms.submit(formId, { email: 'ann@example.org', answers });
    expect(result).toMatchObject({ row: 2, sheetName: 'Form Responses 1' });
    const sheet = env.ss.getSheetByName('Form Responses 1')!;
    const [row] = sheet.getRange(2, 1, 1, 7).getValues();
    expect((row[0] as Date).getTime()).toBe(now);
    expect(row.slice(1)).toEqual([
      'ann@example.org',
      expect.any(Date),
      'Online',
      4,
      'Outreach, Training',
      '=HYPERLINK("x")',
    ]);
    expect(sheet.getRange('G2').getFormula()).toBe('');
    expect(sheet.getRange(2, 1, 1, 7).getDisplayValues()[0]).toEqual([
      '1/5/2026 18:30:00',
      'ann@example.org',
      '1/5/2026',
      'Online',
      '4',
      'Outreach, Training',
      '=HYPERLINK("x")',
    ]);
    expect(env.ctx.formResponseRows).toHaveLength(1);
    const event = env.ctx.formResponseRows[0];
    expect(event).toMatchObject({
      spreadsheetId: env.ss.getId(),
      sheetName: 'Form Responses 1',
      row: 2,
      formId: form.getId(),
      displayValues: [
        '1/5/2026 18:30:00',
        'ann@example.org',
        '1/5/2026',
        'Online',
        '4',
        'Outreach, Training',
        '=HYPERLINK("x")',
      ],
    });
    expect(event.headers[4]).toBe('Mood');
    expect(event.values[0]).toBeInstanceOf(env.ctx.ScriptDate);
    expect(event.values[4]).toBe(4);
    // The member path is uncounted.
    expect(env.ctx.meter.snapshot()['SpreadsheetApp.Sheet.appendRow']).toBeUndefined();
  });

  it('timestamps display in the spreadsheet time zone', () => {
    const env = setup();
    env.ss.setSpreadsheetTimeZone('America/Los_Angeles');
    const form = checkInForm(env);
    form.setDestination(env.FormApp.DestinationType.SPREADSHEET, env.ss.getId());
    env.flush();
    env.forms.submit(form.getId(), {
      email: 'a@example.org',
      answers,
      timestamp: Date.UTC(2026, 6, 1, 7, 5, 9),
    });
    expect(env.ctx.formResponseRows[0].displayValues[0]).toBe('7/1/2026 0:05:09');
  });

  it('places answers by header name after a facilitator reorders and adds columns; rename keeps the link', () => {
    const env = setup();
    const form = checkInForm(env);
    form.setDestination(env.FormApp.DestinationType.SPREADSHEET, env.ss.getId());
    env.flush();
    const sheet = env.ss.getSheetByName('Form Responses 1')!;
    sheet.setName('Check-ins');
    sheet
      .getRange(1, 1, 1, 8)
      .setValues([
        [
          'Mood',
          'Timestamp',
          'Facilitator note',
          'Comment',
          'Email Address',
          'Activities',
          'How did you take part?',
          'Session date',
        ],
      ]);
    const result = env.forms.submit(form.getId(), {
      email: 'bo@example.org',
      answers: { ...answers, Comment: 'ok' },
    });
    expect(result.sheetName).toBe('Check-ins');
    const [row] = sheet.getRange(2, 1, 1, 8).getDisplayValues();
    expect(row).toEqual([
      '4',
      '1/5/2026 18:30:00',
      '',
      'ok',
      'bo@example.org',
      'Outreach, Training',
      'Online',
      '1/5/2026',
    ]);
    expect(env.ctx.formResponseRows[0].sheetName).toBe('Check-ins');
    expect(env.ctx.formResponseRows[0].displayValues).toEqual(row);
  });

  it('rows go below the last row with content', () => {
    const env = setup();
    const form = checkInForm(env);
    form.setDestination(env.FormApp.DestinationType.SPREADSHEET, env.ss.getId());
    env.flush();
    const a = env.forms.submit(form.getId(), { email: 'a@example.org', answers });
    const b = env.forms.submit(form.getId(), { email: 'b@example.org', answers });
    expect([a.row, b.row]).toEqual([2, 3]);
    expect(form.getResponses().map((r) => r.getRespondentEmail())).toEqual([
      'a@example.org',
      'b@example.org',
    ]);
  });

  it('validates like the form UI; raw bypasses', () => {
    const env = setup();
    const form = checkInForm(env);
    form.setDestination(env.FormApp.DestinationType.SPREADSHEET, env.ss.getId());
    env.flush();
    const id = form.getId();
    const { Mood: _mood, ...noMood } = answers;
    expect(() => env.forms.submit(id, { email: 'a@example.org', answers: noMood })).toThrow(
      'Required question "Mood" of form "Weekly check-in" was not answered.',
    );
    expect(() =>
      env.forms.submit(id, { email: 'a@example.org', answers: { ...answers, Mood: 9 } }),
    ).toThrow('Answer to "Mood" must be a whole number from 1 to 5');
    expect(() =>
      env.forms.submit(id, {
        email: 'a@example.org',
        answers: { ...answers, 'How did you take part?': 'Telepathy' },
      }),
    ).toThrow('offers no choice "Telepathy"');
    expect(() => env.forms.submit(id, { answers })).toThrow('asks for an email address');
    expect(() =>
      env.forms.submit(id, { email: 'a@example.org', answers: { ...answers, Nope: 'x' } }),
    ).toThrow('has no question titled "Nope"');
    expect(env.ctx.formResponseRows).toHaveLength(0);
    const bad = env.forms.submit(id, {
      email: 'a@example.org',
      answers: { ...noMood, Mood: 'seven', 'Session date': 'last week' },
      raw: true,
    });
    const sheet = env.ss.getSheetByName('Form Responses 1')!;
    expect(sheet.getRange(bad.row, 3, 1, 3).getValues()).toEqual([
      ['last week', 'Online', 'seven'],
    ]);
  });

  it('FormResponse exposes the item responses', () => {
    const env = setup();
    const form = checkInForm(env);
    env.forms.submit(form.getId(), { email: 'a@example.org', answers });
    const [response] = form.getResponses();
    expect(response.getTimestamp()).toBeInstanceOf(env.ctx.ScriptDate);
    expect(response.getRespondentEmail()).toBe('a@example.org');
    expect(
      response.getItemResponses().map((r) => [r.getItem().getTitle(), r.getResponse()]),
    ).toEqual([
      ['Session date', '2026-01-05'],
      ['How did you take part?', 'Online'],
      ['Mood', '4'],
      ['Activities', ['Outreach', 'Training']],
      ['Comment', '=HYPERLINK("x")'],
    ]);
    expect(response.getResponseForItem(form.getItems()[2]).getResponse()).toBe('4');
    form.deleteAllResponses();
    expect(form.getResponses()).toEqual([]);
  });

  it('form calls are metered under FormApp', () => {
    const env = setup();
    env.ctx.meter.reset();
    env.FormApp.create('X').addScaleItem().setTitle('Q').setBounds(1, 5);
    expect(env.ctx.meter.snapshot()).toEqual({
      'FormApp.FormApp.create': 1,
      'FormApp.Form.addScaleItem': 1,
      'FormApp.ScaleItem.setTitle': 1,
      'FormApp.ScaleItem.setBounds': 1,
    });
  });
});

describe('what the live form refuses', () => {
  it('a closed form, a second answer where one per person is allowed, a missing required answer', () => {
    const env = setup();
    const form = checkInForm(env);
    form.setLimitOneResponsePerUser(true);
    env.forms.submit(form.getId(), { email: 'ann@example.org', answers });
    expect(() => env.forms.submit(form.getId(), { email: 'ann@example.org', answers })).toThrow(
      'accepts one response per person and ann@example.org already responded',
    );
    const { Mood: _mood, ...withoutMood } = answers;
    expect(() =>
      env.forms.submit(form.getId(), { email: 'ben@example.org', answers: withoutMood }),
    ).toThrow('Required question "Mood" of form "Weekly check-in" was not answered.');
    form.setAcceptingResponses(false);
    expect(() => env.forms.submit(form.getId(), { email: 'cat@example.org', answers })).toThrow(
      'Form "Weekly check-in" is not accepting responses.',
    );
    // A raw submission skips the form's own checks, to test what intake does with bad data, but
    // nobody can reach a closed form at all.
    expect(() =>
      env.forms.submit(form.getId(), { email: 'cat@example.org', answers, raw: true }),
    ).toThrow('is not accepting responses');
    form.setAcceptingResponses(true);
    expect(() =>
      env.forms.submit(form.getId(), {
        email: 'cat@example.org',
        answers: { ...answers, Mood: 9 },
        raw: true,
      }),
    ).not.toThrow();
  });

  it('names an unknown response id', () => {
    const env = setup();
    const form = checkInForm(env);
    expect(() => form.getResponse('nope')).toThrow(
      'No response with ID nope exists for this form.',
    );
    expect(() => form.deleteResponse('nope')).toThrow(
      'No response with ID nope exists for this form.',
    );
  });
});
