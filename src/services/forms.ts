/** Builds Google Forms from FormSpecs and links them to the spreadsheet. */
import { errorMessage } from '../domain/errors';
import { collectsEmail, FormSpec } from '../domain/forms/form-spec';

type Form = GoogleAppsScript.Forms.Form;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * A service that failed for now (a timeout, a quota, the time limit). Read as "no such form" or
 * "no destination", it would make Set up create a second form or response tab.
 */
const PASSING_FAILURE = /timed out|too many times|maximum execution time|server error|try again/i;

/** Runs `open`; null when the form is gone (deleted, or no longer shared with us). */
function openOrNull(open: () => Form): Form | null {
  try {
    return open();
  } catch (error) {
    if (PASSING_FAILURE.test(errorMessage(error))) throw error;
    return null;
  }
}

export function openFormIfExists(formId: string): Form | null {
  if (formId === '') return null;
  // Deleted or no longer shared with us: Set up makes a new one.
  return openOrNull(() => FormApp.openById(formId));
}

/**
 * The form titled `title` whose responses already come to this spreadsheet. A Set up that
 * stopped after linking a new form but before recording its id adopts it the next time,
 * rather than making a second form and response tab.
 */
export function findLinkedForm(spreadsheet: Spreadsheet, title: string): Form | null {
  for (const sheet of spreadsheet.getSheets()) {
    const url = sheet.getFormUrl();
    const form = url ? openOrNull(() => FormApp.openByUrl(url)) : null;
    if (form && form.getTitle() === title) return form;
  }
  return null;
}

export function createForm(spec: FormSpec): Form {
  const form = FormApp.create(spec.title);
  form.setDescription(spec.description);
  form.setCollectEmail(collectsEmail(spec));
  form.setConfirmationMessage(spec.confirmation);
  addMissingItems(form, spec);
  return form;
}

/** Adds the spec's items the form lacks (matched by title), at the end. Returns their titles. */
export function addMissingItems(form: Form, spec: FormSpec): string[] {
  const existing = new Set(form.getItems().map((item) => item.getTitle()));
  const added: string[] = [];
  for (const item of spec.items) {
    if (existing.has(item.title)) continue;
    added.push(item.title);
    switch (item.kind) {
      case 'section': {
        const section = form.addSectionHeaderItem().setTitle(item.title);
        if (item.help) section.setHelpText(item.help);
        break;
      }
      case 'scale': {
        const scale = form
          .addScaleItem()
          .setTitle(item.title)
          .setBounds(item.low, item.high)
          .setLabels(item.lowLabel, item.highLabel)
          .setRequired(item.required);
        if (item.help) scale.setHelpText(item.help);
        break;
      }
      case 'choice': {
        const choice = form.addMultipleChoiceItem().setTitle(item.title).setRequired(item.required);
        choice.setChoiceValues([...item.choices]);
        if (item.help) choice.setHelpText(item.help);
        break;
      }
      case 'text': {
        const text = form.addTextItem().setTitle(item.title).setRequired(item.required);
        if (item.help) text.setHelpText(item.help);
        break;
      }
      case 'paragraph': {
        const paragraph = form
          .addParagraphTextItem()
          .setTitle(item.title)
          .setRequired(item.required);
        if (item.help) paragraph.setHelpText(item.help);
        break;
      }
      case 'date': {
        const date = form.addDateItem().setTitle(item.title).setRequired(item.required);
        if (item.help) date.setHelpText(item.help);
        break;
      }
    }
  }
  return added;
}

/** Makes the spreadsheet the form's response destination (Google adds a "Form Responses N" tab). */
export function linkToSpreadsheet(form: Form, spreadsheet: Spreadsheet): boolean {
  const spreadsheetId = spreadsheet.getId();
  if (destinationOf(form) === spreadsheetId) return false;
  form.setDestination(FormApp.DestinationType.SPREADSHEET, spreadsheetId);
  return true;
}

/** The form's destination spreadsheet id, or null when it has none. */
function destinationOf(form: Form): string | null {
  try {
    return form.getDestinationId();
  } catch (error) {
    // getDestinationId throws when the form has no destination. A passing failure must not be
    // read that way: linking again makes Google start a new response tab, and the old one,
    // with every response, would be left behind under another name.
    if (PASSING_FAILURE.test(errorMessage(error))) throw error;
    return null;
  }
}

/** The tab that receives the form's responses, found by the form link Sheets keeps on it. */
export function findResponseSheet(spreadsheet: Spreadsheet, form: Form): Sheet | null {
  const formId = form.getId();
  return (
    spreadsheet.getSheets().find((sheet) => {
      const url = sheet.getFormUrl();
      return url !== null && url.includes(formId);
    }) ?? null
  );
}

/**
 * Deletes the responses `isTheirs` picks (by respondent address and submission time) from the
 * form's own store, which Google keeps apart from the sheet.
 */
export function deleteFormResponsesOf(
  formId: string,
  isTheirs: (respondentEmail: string, timestamp: Date) => boolean,
): number {
  const form = openFormIfExists(formId);
  if (!form) return 0;
  const theirs = form
    .getResponses()
    .filter((response) =>
      isTheirs(response.getRespondentEmail(), new Date(response.getTimestamp().getTime())),
    );
  for (const response of theirs) form.deleteResponse(response.getId());
  return theirs.length;
}
