/**
 * Forms as Google makes them (issue 12 item 2): each test fails on the emulator's earlier, kinder
 * behaviour. Sources are cited in form.ts, form-app.ts, destination.ts and spreadsheet.ts.
 */
import { AccountLanguage } from '../../core/context';
import { Environment } from '../../environment';
import { createSpreadsheetService } from '../spreadsheet';
import { createTestingContext, TestingContextOptions } from '../testing-context';
import { createFormService } from './index';

function setup(options: TestingContextOptions = {}) {
  const ctx = createTestingContext(options);
  const spreadsheets = createSpreadsheetService(ctx);
  const ss = spreadsheets.createSpreadsheet('Peer Circle');
  spreadsheets.setActive(ss);
  const forms = createFormService(ctx, spreadsheets);
  return { ctx, spreadsheets, ss, forms, FormApp: forms.app, SpreadsheetApp: spreadsheets.app };
}

type Setup = ReturnType<typeof setup>;

function moodForm(env: Setup) {
  const form = env.FormApp.create('Check-in file');
  form.addScaleItem().setTitle('Mood').setBounds(1, 5).setRequired(true);
  return form;
}

describe('FormApp.create names the Drive file only', () => {
  it("the form's title is '' until setTitle", () => {
    const env = setup();
    const form = env.FormApp.create('Weekly check-in');
    expect(form.getTitle()).toBe('');
    expect(form.setTitle('Weekly check-in').getTitle()).toBe('Weekly check-in');
  });

  it('an empty title throws', () => {
    expect(() => setup().FormApp.create('')).toThrow('title');
  });
});

describe('publishing', () => {
  it('a new form is unpublished, accepts nothing and refuses every submission until published', () => {
    const env = setup();
    const form = moodForm(env);
    expect(form.supportsAdvancedResponderPermissions()).toBe(true);
    expect(form.isPublished()).toBe(false);
    expect(form.isAcceptingResponses()).toBe(false);
    expect(() => env.forms.submit(form.getId(), { answers: { Mood: 3 } })).toThrow('not published');
    expect(() => env.forms.submit(form.getId(), { answers: { Mood: 3 }, raw: true })).toThrow(
      'not published',
    );
    // Opening for responses does not publish it.
    form.setAcceptingResponses(true);
    expect(() => env.forms.submit(form.getId(), { answers: { Mood: 3 } })).toThrow('not published');
    form.setPublished(true);
    expect(form.isPublished()).toBe(true);
    expect(form.isAcceptingResponses()).toBe(true);
    expect(() => env.forms.submit(form.getId(), { answers: { Mood: 3 } })).not.toThrow();
    expect(form.getResponses()).toHaveLength(1);
  });

  it('create(title, true) makes it published at once', () => {
    const env = setup();
    expect(env.FormApp.create('F', true).isPublished()).toBe(true);
    expect(env.FormApp.create('F', false).isPublished()).toBe(false);
  });

  it('a closed form refuses submissions, raw ones too', () => {
    const env = setup();
    const form = moodForm(env).setPublished(true).setAcceptingResponses(false);
    expect(form.isPublished()).toBe(true);
    expect(() => env.forms.submit(form.getId(), { answers: { Mood: 3 }, raw: true })).toThrow(
      'not accepting responses',
    );
  });

  it('a legacy form has no publish state: setPublished and isPublished throw, it is reachable', () => {
    const env = setup({ formsSupportPublishing: false });
    const form = moodForm(env);
    expect(form.supportsAdvancedResponderPermissions()).toBe(false);
    expect(() => form.isPublished()).toThrow('does not support publishing');
    expect(() => form.setPublished(true)).toThrow('does not support publishing');
    expect(form.isAcceptingResponses()).toBe(true);
    env.forms.submit(form.getId(), { answers: { Mood: 3 } });
    form.setAcceptingResponses(false);
    expect(() => env.forms.submit(form.getId(), { answers: { Mood: 3 } })).toThrow(
      'not accepting responses',
    );
  });

  it('the published URL carries its own id, which FormApp.openByUrl does not take', () => {
    const env = setup();
    const form = moodForm(env).setPublished(true);
    const url = form.getPublishedUrl();
    expect(url).toMatch(/\/forms\/d\/e\/[^/]+\/viewform$/);
    expect(url).not.toContain(form.getId());
    expect(() => env.FormApp.openByUrl(url)).toThrow();
    expect(env.FormApp.openByUrl(form.getEditUrl())).toBe(form);
    expect(form.getEditUrl()).toContain(form.getId());
  });
});

describe('email collection', () => {
  it('a new form collects no address: no email column, and a responder cannot give one', () => {
    const env = setup();
    const form = moodForm(env).setPublished(true);
    expect(form.collectsEmail()).toBe(false);
    expect(String(form.getEmailCollectionType())).toBe('DO_NOT_COLLECT');
    form.setDestination(env.FormApp.DestinationType.SPREADSHEET, env.ss.getId());
    env.SpreadsheetApp.flush();
    expect(env.ss.getSheets()[0].getRange(1, 1, 1, 2).getValues()).toEqual([['Timestamp', 'Mood']]);
    expect(() =>
      env.forms.submit(form.getId(), { email: 'ann@example.org', answers: { Mood: 3 } }),
    ).toThrow('does not collect email addresses');
  });

  it('RESPONDER_INPUT: a typed address is required and must look like one; no sign-in', () => {
    const env = setup();
    const form = moodForm(env)
      .setPublished(true)
      .setEmailCollectionType(env.FormApp.EmailCollectionType.RESPONDER_INPUT);
    expect(form.collectsEmail()).toBe(true);
    const id = form.getId();
    expect(() => env.forms.submit(id, { answers: { Mood: 3 } })).toThrow('asks for an email');
    expect(() => env.forms.submit(id, { email: 'ann at home', answers: { Mood: 3 } })).toThrow(
      'asks for an email',
    );
    env.forms.submit(id, { email: 'ann@example.org', answers: { Mood: 3 } });
    expect(form.getResponses()[0].getRespondentEmail()).toBe('ann@example.org');
  });

  it('VERIFIED: only a responder signed in to a Google account can submit', () => {
    const env = setup();
    const form = moodForm(env)
      .setPublished(true)
      .setEmailCollectionType(env.FormApp.EmailCollectionType.VERIFIED);
    const id = form.getId();
    expect(() => env.forms.submit(id, { email: 'ann@example.org', answers: { Mood: 3 } })).toThrow(
      'signed-in responder',
    );
    env.forms.submit(id, { email: 'ann@example.org', signedIn: true, answers: { Mood: 3 } });
    expect(form.getResponses()).toHaveLength(1);
  });

  it('setCollectEmail (deprecated) means VERIFIED collection; false collects nothing', () => {
    const env = setup();
    const form = moodForm(env).setCollectEmail(true);
    expect(String(form.getEmailCollectionType())).toBe('VERIFIED');
    expect(String(form.setCollectEmail(false).getEmailCollectionType())).toBe('DO_NOT_COLLECT');
    expect(() => form.setEmailCollectionType('SOMETIMES' as never)).toThrow('Invalid argument');
  });
});

describe('the response tab Google creates', () => {
  const LANGUAGES: Array<[AccountLanguage, string, string, string]> = [
    ['en', 'Form Responses 1', 'Timestamp', 'Email Address'],
    ['es', 'Respuestas de formulario 1', 'Marca temporal', 'Dirección de correo electrónico'],
    ['fr', 'Réponses au formulaire 1', 'Horodateur', 'Adresse e-mail'],
    ['de', 'Formularantworten 1', 'Zeitstempel', 'E-Mail-Adresse'],
    ['pt', 'Respostas ao formulário 1', 'Carimbo de data/hora', 'Endereço de e-mail'],
  ];

  it.each(LANGUAGES)(
    '%s: named and headed in the owner’s language, inserted at the front',
    (language, name, timestamp, email) => {
      const env = setup({ accountLanguage: language });
      env.ss.insertSheet('Members');
      const form = moodForm(env)
        .setPublished(true)
        .setEmailCollectionType(env.FormApp.EmailCollectionType.RESPONDER_INPUT);
      form.setDestination(env.FormApp.DestinationType.SPREADSHEET, env.ss.getId());
      env.SpreadsheetApp.flush();
      const sheets = env.ss.getSheets();
      expect(sheets.map((s) => s.getName())).toEqual([name, 'Sheet1', 'Members']);
      expect(sheets[0].getRange(1, 1, 1, 3).getValues()).toEqual([[timestamp, email, 'Mood']]);
      const { row } = env.forms.submit(form.getId(), {
        email: 'ann@example.org',
        answers: { Mood: 4 },
      });
      expect(sheets[0].getRange(row, 2, 1, 2).getValues()).toEqual([['ann@example.org', 4]]);
      // A second linked form gets the next number, in the same language.
      moodForm(env).setDestination(env.FormApp.DestinationType.SPREADSHEET, env.ss.getId());
      env.SpreadsheetApp.flush();
      expect(env.ss.getSheets()[0].getName()).toBe(name.replace(/1$/, '2'));
    },
  );

  it('the script sees the new tab only after SpreadsheetApp.flush()', () => {
    const env = setup();
    const form = moodForm(env);
    form.setDestination(env.FormApp.DestinationType.SPREADSHEET, env.ss.getId());
    expect(env.ss.getSheets().map((s) => s.getName())).toEqual(['Sheet1']);
    expect(env.ss.getNumSheets()).toBe(1);
    expect(env.ss.getSheetByName('Form Responses 1')).toBeNull();
    expect(() => env.ss.getRange("'Form Responses 1'!A1")).toThrow();
    // The tab exists all the same: its name is taken.
    expect(() => env.ss.insertSheet('Form Responses 1')).toThrow();
    env.SpreadsheetApp.flush();
    expect(env.ss.getSheets().map((s) => s.getName())).toEqual(['Form Responses 1', 'Sheet1']);
    expect(env.ss.getSheetByName('Form Responses 1')).not.toBeNull();
  });

  it('or after re-opening the spreadsheet', () => {
    const env = setup();
    moodForm(env).setDestination(env.FormApp.DestinationType.SPREADSHEET, env.ss.getId());
    expect(env.ss.getSheetByName('Form Responses 1')).toBeNull();
    const reopened = env.SpreadsheetApp.openById(env.ss.getId());
    expect(reopened.getSheetByName('Form Responses 1')).not.toBeNull();
  });

  it('or in the next execution', () => {
    const env = new Environment();
    env.load(`
      function link() {
        var form = FormApp.create('F');
        form.setDestination(FormApp.DestinationType.SPREADSHEET, SpreadsheetApp.getActive().getId());
        return SpreadsheetApp.getActive().getSheets().length;
      }
      function count() { return SpreadsheetApp.getActive().getSheets().length; }
    `);
    expect(env.call('link')).toBe(1);
    expect(env.call('count')).toBe(2);
  });
});
