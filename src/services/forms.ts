/** Builds Google Forms from FormSpecs and links them to the spreadsheet. */
import { errorMessage } from '../domain/errors';
import { FormSpec } from '../domain/forms/form-spec';

type Form = GoogleAppsScript.Forms.Form;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export function openFormIfExists(formId: string): Form | null {
  if (formId === '') return null;
  try {
    return FormApp.openById(formId);
  } catch {
    // Deleted or no longer shared with us: Set up makes a new one.
    return null;
  }
}

export function createForm(spec: FormSpec): Form {
  const form = FormApp.create(spec.title);
  form.setDescription(spec.description);
  form.setCollectEmail(true);
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

/** A service that failed for now (a timeout, a quota, the time limit), not a missing destination. */
const PASSING_FAILURE = /timed out|too many times|maximum execution time|server error|try again/i;

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

/** Deletes the responses a respondent submitted to a form (Google keeps them apart from the sheet). */
export function deleteFormResponsesOf(formId: string, email: string): number {
  const form = openFormIfExists(formId);
  if (!form || email === '') return 0;
  const theirs = form
    .getResponses()
    .filter((response) => response.getRespondentEmail().trim().toLowerCase() === email);
  for (const response of theirs) form.deleteResponse(response.getId());
  return theirs.length;
}
