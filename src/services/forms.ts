/** Builds Google Forms from FormSpecs and links them to the spreadsheet. */
import { errorMessage } from '../domain/errors';
import { answerItems, collectsEmail, FormSpec, type FormItemSpec } from '../domain/forms/form-spec';
import { knownTexts, shownForm, shownItem, type ShownItem } from '../domain/forms/shown-form';
import { englishName } from '../domain/i18n';

type Form = GoogleAppsScript.Forms.Form;
type Item = GoogleAppsScript.Forms.Item;
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
 * The form titled as `spec` (in any shipped language) whose responses already come to this
 * spreadsheet. A Set up that stopped after linking a new form but before recording its id adopts
 * it the next time, rather than making a second form and response tab.
 */
export function findLinkedForm(spreadsheet: Spreadsheet, spec: FormSpec): Form | null {
  const titles = knownTexts(spec.title);
  for (const sheet of spreadsheet.getSheets()) {
    const url = sheet.getFormUrl();
    const form = url ? openOrNull(() => FormApp.openByUrl(url)) : null;
    if (form && titles.includes(form.getTitle())) return form;
  }
  return null;
}

/**
 * Whether a form item titled `title` asks the spec's item: the same title, or the same item's
 * title in another shipped language (the form was made before the group changed language).
 */
function asks(title: string, item: FormItemSpec): boolean {
  return title === item.title || knownTexts(item.title).includes(title);
}

/**
 * A new form, titled, asking for the member's address (unless its spec is anonymous) and published. FormApp.create(title)
 * names only the Drive file: the form's own title stays empty until setTitle. New forms are
 * unpublished, so no member could open them.
 * https://developers.google.com/apps-script/reference/forms/form#setPublished(Boolean)
 */
export function createForm(spec: FormSpec): Form {
  const shown = shownForm(spec);
  const form = FormApp.create(shown.title);
  form.setTitle(shown.title);
  form.setDescription(shown.description);
  if (collectsEmail(spec)) setTypedEmail(form);
  else setNoEmail(form);
  form.setConfirmationMessage(shown.confirmation);
  addMissingItems(form, spec);
  publishIfNeeded(form);
  return form;
}

/**
 * Members type their address (responder input): they need no Google account, and intake matches
 * the address to the Members tab. Verified collection would make every member sign in to a Google
 * account. Where the runtime has no setEmailCollectionType, the older setCollectEmail(true) is
 * the only way to get an address.
 */
function setTypedEmail(form: Form): void {
  if (typeof form.setEmailCollectionType === 'function' && FormApp.EmailCollectionType) {
    form.setEmailCollectionType(FormApp.EmailCollectionType.RESPONDER_INPUT);
  } else {
    form.setCollectEmail(true);
  }
}

/**
 * An anonymous form collects no address at all (DO_NOT_COLLECT); where the runtime has no
 * setEmailCollectionType, setCollectEmail(false) is the older way to say so.
 */
function setNoEmail(form: Form): void {
  if (typeof form.setEmailCollectionType === 'function' && FormApp.EmailCollectionType) {
    form.setEmailCollectionType(FormApp.EmailCollectionType.DO_NOT_COLLECT);
  } else {
    form.setCollectEmail(false);
  }
}

export type EmailCollection = 'typed' | 'verified' | 'none';

/** How the form collects addresses now; 'verified' where the runtime cannot say. */
export function emailCollectionOf(form: Form): EmailCollection {
  if (typeof form.getEmailCollectionType !== 'function' || !FormApp.EmailCollectionType)
    return form.collectsEmail() ? 'verified' : 'none';
  const type = form.getEmailCollectionType();
  if (type === FormApp.EmailCollectionType.RESPONDER_INPUT) return 'typed';
  return type === FormApp.EmailCollectionType.VERIFIED ? 'verified' : 'none';
}

/**
 * What Set up repairs on a form it already has: the title a form made by FormApp.create alone
 * lacks, an address to match members by, and publishing. Verified collection, if the organiser
 * chose it, is left alone (it still gives an address). A form whose spec collects no email (the
 * anonymous one) never gets it switched on, and is switched off if someone turned it on.
 * Returns what it changed.
 */
export function repairFormSettings(
  form: Form,
  spec: FormSpec,
): { titled: boolean; emailSet: boolean; emailOff: boolean; published: boolean } {
  const titled = form.getTitle() === '';
  if (titled) form.setTitle(shownForm(spec).title);
  const collection = emailCollectionOf(form);
  const wanted = collectsEmail(spec);
  const emailSet = wanted && collection === 'none';
  if (emailSet) setTypedEmail(form);
  const emailOff = !wanted && collection !== 'none';
  if (emailOff) setNoEmail(form);
  return { titled, emailSet, emailOff, published: publishIfNeeded(form) };
}

/**
 * Publishes the form where it has a publish state (supportsAdvancedResponderPermissions); a
 * legacy form has none and is reachable as it is. Returns true when it published it now.
 */
function publishIfNeeded(form: Form): boolean {
  if (
    typeof form.supportsAdvancedResponderPermissions !== 'function' ||
    !form.supportsAdvancedResponderPermissions() ||
    form.isPublished()
  )
    return false;
  form.setPublished(true);
  return true;
}

/** Sets the form's description when it differs (the support line changed); true if it did. */
export function updateDescription(form: Form, description: string): boolean {
  if (form.getDescription() === description) return false;
  form.setDescription(description);
  return true;
}

/**
 * Adds the spec's items the form lacks (matched by title, in any shipped language), at the end,
 * in the group's language. Returns their English titles.
 */
export function addMissingItems(form: Form, spec: FormSpec): string[] {
  const existing = form.getItems().map((item) => item.getTitle());
  const added: string[] = [];
  for (const item of spec.items) {
    if (existing.some((title) => asks(title, item))) continue;
    added.push(item.title);
    addItem(form, shownItem(item));
  }
  return added;
}

function addItem(form: Form, shown: ShownItem): void {
  const item = shown.spec;
  switch (item.kind) {
    case 'section': {
      const section = form.addSectionHeaderItem().setTitle(shown.title);
      if (shown.help) section.setHelpText(shown.help);
      break;
    }
    case 'scale': {
      const scale = form
        .addScaleItem()
        .setTitle(shown.title)
        .setBounds(item.low, item.high)
        .setLabels(shown.lowLabel, shown.highLabel)
        .setRequired(item.required);
      if (shown.help) scale.setHelpText(shown.help);
      break;
    }
    case 'choice': {
      const choice = form.addMultipleChoiceItem().setTitle(shown.title).setRequired(item.required);
      choice.setChoiceValues([...shown.choices]);
      if (shown.help) choice.setHelpText(shown.help);
      break;
    }
    case 'text': {
      const text = form.addTextItem().setTitle(shown.title).setRequired(item.required);
      if (shown.help) text.setHelpText(shown.help);
      break;
    }
    case 'paragraph': {
      const paragraph = form
        .addParagraphTextItem()
        .setTitle(shown.title)
        .setRequired(item.required);
      if (shown.help) paragraph.setHelpText(shown.help);
      break;
    }
    case 'date': {
      const date = form.addDateItem().setTitle(shown.title).setRequired(item.required);
      if (shown.help) date.setHelpText(shown.help);
      break;
    }
  }
}

/**
 * Puts a form made in another language into the group's language (issue 17), in place: the
 * form's title and confirmation, and each of its items' title, help text, choices and scale
 * labels. Items are changed, never deleted and added again, so each keeps its id and the link to
 * its responses. Only a text that is Set up's own wording in some shipped language is replaced:
 * a text the group edited on the form is theirs, and stays. Returns true when it changed any.
 * https://developers.google.com/apps-script/reference/forms/item#setTitle(String)
 */
export function applyLanguage(form: Form, spec: FormSpec): boolean {
  const shown = shownForm(spec);
  const title = form.getTitle();
  // The title changes last: a form titled in the language has had everything else done (this
  // keeps Set up of a group that stays in one language from reading every item's texts).
  if (title === shown.title) return false;
  let changed = false;
  const confirmation = form.getConfirmationMessage();
  if (confirmation !== shown.confirmation && knownTexts(spec.confirmation).includes(confirmation)) {
    form.setConfirmationMessage(shown.confirmation);
    changed = true;
  }
  for (const item of form.getItems()) {
    const itemTitle = item.getTitle();
    const wanted = shown.items.find((candidate) => asks(itemTitle, candidate.spec));
    if (wanted && retranslateItem(item, itemTitle, wanted)) changed = true;
  }
  if (knownTexts(spec.title).includes(title)) {
    form.setTitle(shown.title);
    changed = true;
  }
  return changed;
}

/** The form's item put into the wording `shown` gives, where it holds Set up's own wording. */
function retranslateItem(item: Item, title: string, shown: ShownItem): boolean {
  const spec = shown.spec;
  let changed = false;
  if (title !== shown.title && knownTexts(spec.title).includes(title)) {
    item.setTitle(shown.title);
    changed = true;
  }
  if (spec.help !== undefined && shown.help !== undefined) {
    const help = item.getHelpText();
    if (help !== shown.help && knownTexts(spec.help).includes(help)) {
      item.setHelpText(shown.help);
      changed = true;
    }
  }
  if (spec.kind === 'choice' && item.getType() === FormApp.ItemType.MULTIPLE_CHOICE) {
    const choiceItem = item.asMultipleChoiceItem();
    const values = choiceItem.getChoices().map((choice) => choice.getValue());
    const known =
      values.length === spec.choices.length &&
      values.every((value, index) => knownTexts(spec.choices[index]).includes(value));
    if (known && values.some((value, index) => value !== shown.choices[index])) {
      // The same item with new wording: past responses keep the words they were given in.
      choiceItem.setChoiceValues([...shown.choices]);
      changed = true;
    }
  }
  if (spec.kind === 'scale' && item.getType() === FormApp.ItemType.SCALE) {
    const scale = item.asScaleItem();
    const low = scale.getLeftLabel();
    const high = scale.getRightLabel();
    if (
      (low !== shown.lowLabel || high !== shown.highLabel) &&
      knownTexts(spec.lowLabel).includes(low) &&
      knownTexts(spec.highLabel).includes(high)
    ) {
      scale.setLabels(shown.lowLabel, shown.highLabel);
      changed = true;
    }
  }
  return changed;
}

/**
 * Moves the item titled `title` to the top of the form (a form made before the consent item
 * existed gets it at the end from addMissingItems; the statement it answers opens the form).
 * Only the form's order changes: the response tab keeps its columns where they are, the new
 * question's column after the others, as Google adds it.
 * https://developers.google.com/apps-script/reference/forms/form#moveItem(Item,Integer)
 */
export function moveItemToTop(form: Form, spec: FormItemSpec): boolean {
  const items = form.getItems();
  const at = items.findIndex((item) => asks(item.getTitle(), spec));
  if (at <= 0) return false;
  form.moveItem(items[at], 0);
  return true;
}

/**
 * Makes the spreadsheet the form's response destination. Google adds a response tab at the front,
 * named in the owner's language, which the script sees only once the change is flushed.
 */
export function linkToSpreadsheet(form: Form, spreadsheet: Spreadsheet): boolean {
  const spreadsheetId = spreadsheet.getId();
  if (destinationOf(form) === spreadsheetId) return false;
  form.setDestination(FormApp.DestinationType.SPREADSHEET, spreadsheetId);
  SpreadsheetApp.flush();
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

/**
 * The tab that receives the form's responses, found by the form link Sheets keeps on it, never by
 * its name or Google's header text (both are in the account's language). The link is read by
 * opening the form it names, whichever of the form's URLs it holds. Where no link names the form,
 * the frontmost linked tab whose header row carries every question title is taken (Google
 * inserts a new response tab first, headed with the item titles).
 */
export function findResponseSheet(
  spreadsheet: Spreadsheet,
  form: Form,
  spec: FormSpec,
): Sheet | null {
  const formId = form.getId();
  const linked = spreadsheet
    .getSheets()
    .map((sheet) => ({ sheet, url: sheet.getFormUrl() }))
    .filter((entry): entry is { sheet: Sheet; url: string } => entry.url !== null);
  const byLink = linked.find(
    ({ url }) =>
      url.includes(formId) || openOrNull(() => FormApp.openByUrl(url))?.getId() === formId,
  );
  if (byLink) return byLink.sheet;
  const titles = answerItems(spec).map((item) => item.title);
  return (
    linked.find(({ sheet }) => {
      const width = sheet.getLastColumn();
      if (width === 0) return false;
      // A header in any shipped language names its English question.
      const headers = sheet
        .getRange(1, 1, 1, width)
        .getValues()[0]
        .map((cell) => String(cell).trim())
        .map((header) => englishName(header) ?? header);
      return titles.every((title) => headers.includes(title));
    })?.sheet ?? null
  );
}

/**
 * Deletes the responses `isTheirs` picks (by respondent address and submission time) from the
 * form's own store, which Google keeps apart from the sheet.
 */
export function deleteFormResponsesOf(
  formId: string,
  isTheirs: (respondentEmail: string, timestamp: Date) => boolean,
  /** Checked before each deletion: true stops (retention's time budget); the rest wait. */
  stop: () => boolean = () => false,
): number {
  const form = openFormIfExists(formId);
  if (!form) return 0;
  const theirs = form
    .getResponses()
    .filter((response) =>
      isTheirs(response.getRespondentEmail(), new Date(response.getTimestamp().getTime())),
    );
  let deleted = 0;
  for (const response of theirs) {
    if (stop()) break;
    form.deleteResponse(response.getId());
    deleted += 1;
  }
  return deleted;
}
