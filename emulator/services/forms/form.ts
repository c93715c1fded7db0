/**
 * Form: its settings, items, responses and response destination.
 * https://developers.google.com/apps-script/reference/forms/form
 */
import { EmulatorContext } from '../../core/context';
import { DateCell } from '../spreadsheet/cell-values';
import { SpreadsheetService } from '../spreadsheet';
import { FakeSheet } from '../spreadsheet/sheet';
import { FakeSpreadsheet } from '../spreadsheet/spreadsheet';
import {
  AppendedRow,
  appendResponseRow,
  createResponseSheet,
  DATE_ANSWER_FORMAT,
  ensureHeader,
  headerRow,
  RESPONSE_SHEET_LABELS,
  ResponseCell,
  ResponseSheetLabels,
  TIMESTAMP_FORMAT,
} from './destination';
import { FakedForms } from './gas-types';
import {
  ANSWERABLE,
  FakeCheckboxItem,
  FakeDateItem,
  FakeItem,
  FakeListItem,
  FakeMultipleChoiceItem,
  FakePageBreakItem,
  FakeParagraphTextItem,
  FakeScaleItem,
  FakeSectionHeaderItem,
  FakeTextItem,
  ItemHost,
  ItemState,
  ItemTypeName,
  newItemState,
  typedView,
} from './items';
import {
  AnswerInput,
  convertAnswer,
  FakeFormResponse,
  isAnswered,
  StoredAnswer,
} from './responses';
import { makeEnum } from '../spreadsheet/gas-types';

type Real = GoogleAppsScript.Forms.Form;

export const DestinationType = makeEnum<typeof GoogleAppsScript.Forms.DestinationType>([
  'SPREADSHEET',
]);

/**
 * How a form collects respondents' addresses. The Forms API documents the three values
 * (FormSettings.emailCollectionType: DO_NOT_COLLECT, VERIFIED, RESPONDER_INPUT); Apps Script's
 * `Form.setEmailCollectionType(FormApp.EmailCollectionType.X)` is what public scripts call, with
 * setCollectEmail as the older fallback. UNVERIFIED against the Apps Script reference: the
 * snapshot in gas-types-detailed (2025-11) does not list it yet.
 * https://developers.google.com/workspace/forms/api/reference/rest/v1/forms#FormSettings
 * - VERIFIED: Google records the address of the Google account the responder is signed in to;
 *   a responder who is not signed in cannot submit.
 * - RESPONDER_INPUT: the responder types an address (required, checked to look like one).
 * - DO_NOT_COLLECT: no address and no email column.
 */
export const EmailCollectionType = makeEnum<typeof GoogleAppsScript.Forms.EmailCollectionType>([
  'DO_NOT_COLLECT',
  'VERIFIED',
  'RESPONDER_INPUT',
]);
export type EmailCollectionTypeName = 'DO_NOT_COLLECT' | 'VERIFIED' | 'RESPONDER_INPUT';
const EMAIL_COLLECTION_TYPES: readonly string[] = ['DO_NOT_COLLECT', 'VERIFIED', 'RESPONDER_INPUT'];

/** Wording unverified; the reference says these throw "if called on unsupported forms". */
export const PUBLISHING_UNSUPPORTED =
  'This form does not support publishing. Use supportsAdvancedResponderPermissions() to check.';

const SERVICE = 'FormApp';
/** Wording unverified: Apps Script throws when a form without a destination is asked for it. */
export const NO_DESTINATION = 'The form currently has no response destination.';

export interface SubmitOptions {
  email?: string;
  /**
   * The responder is signed in to the Google account `email`. A form whose email collection is
   * VERIFIED takes only signed-in responders and records that account's address.
   */
  signedIn?: boolean;
  answers: Record<string, AnswerInput>;
  timestamp?: Date | number;
  /** Skip the checks the form UI makes (required, scale range, offered choices...). */
  raw?: boolean;
}

export interface SubmitOutcome {
  responseId: string;
  appended: (AppendedRow & { sheet: FakeSheet }) | null;
}

type Settings =
  | 'getId'
  | 'getTitle'
  | 'getDescription'
  | 'getPublishedUrl'
  | 'getEditUrl'
  | 'getSummaryUrl'
  | 'collectsEmail'
  | 'getConfirmationMessage'
  | 'canEditResponse'
  | 'hasLimitOneResponsePerUser'
  | 'hasProgressBar'
  | 'hasRespondAgainLink'
  | 'isAcceptingResponses'
  | 'isPublished'
  | 'supportsAdvancedResponderPermissions'
  | 'getEmailCollectionType'
  | 'getDestinationId'
  | 'getDestinationType'
  | 'shortenFormUrl';

type Chain =
  | 'setTitle'
  | 'setDescription'
  | 'setCollectEmail'
  | 'setPublished'
  | 'setEmailCollectionType'
  | 'setConfirmationMessage'
  | 'setAllowResponseEdits'
  | 'setLimitOneResponsePerUser'
  | 'setProgressBar'
  | 'setShowLinkToRespondAgain'
  | 'setAcceptingResponses'
  | 'setDestination'
  | 'removeDestination'
  | 'deleteAllResponses';

export class FakeForm
  implements
    FakedForms<
      Real,
      | Settings
      | Chain
      | 'getItems'
      | 'getItemById'
      | 'deleteItem'
      | 'moveItem'
      | 'getResponses'
      | 'getResponse'
      | 'deleteResponse'
    >,
    ItemHost
{
  /** The form's own title: '' until setTitle (FormApp.create names only the Drive file). */
  title = '';
  /** The Drive file's name, which FormApp.create(title) sets. */
  readonly fileName: string;
  description = '';
  emailCollection: EmailCollectionTypeName = 'DO_NOT_COLLECT';
  /** supportsAdvancedResponderPermissions(): whether the form has a publish state at all. */
  readonly supportsPublishing: boolean;
  /** Meaningful only where supportsPublishing; a legacy form is reachable once it exists. */
  published: boolean;
  /**
   * The id in the published (responder) URL, /forms/d/e/<id>/viewform: Google's public id,
   * unlike the edit id that getId() returns.
   */
  readonly publicId: string;
  confirmationMessage = '';
  allowResponseEdits = false;
  limitOneResponsePerUser = false;
  progressBar = false;
  respondAgainLink = true;
  acceptingResponses = true;
  readonly items: ItemState[] = [];
  readonly responses: FakeFormResponse[] = [];
  destination: {
    spreadsheet: FakeSpreadsheet;
    sheet: FakeSheet;
    /** The wording Google used when it made the tab: later columns keep it. */
    labels: ResponseSheetLabels;
  } | null = null;
  private itemCounter = 0;
  /** Questions retitled after their column was made: item id → the header the column keeps. */
  private readonly columnHeaders = new Map<number, string>();

  constructor(
    readonly ctx: EmulatorContext,
    private readonly spreadsheets: SpreadsheetService,
    readonly id: string,
    fileName: string,
    published: boolean,
  ) {
    this.fileName = fileName;
    this.supportsPublishing = ctx.formsSupportPublishing;
    this.published = published;
    this.publicId = `1FAIpQL${ctx.nextId('responder').replace(/[^A-Za-z0-9]/g, '')}`;
  }

  get collectEmail(): boolean {
    return this.emailCollection !== 'DO_NOT_COLLECT';
  }

  private record(method: string): void {
    this.ctx.meter.record(SERVICE, `Form.${method}`);
  }

  // ---- settings ----

  getId(): string {
    this.record('getId');
    return this.id;
  }

  getTitle(): string {
    this.record('getTitle');
    return this.title;
  }

  setTitle(title: string): FakeForm {
    this.record('setTitle');
    this.title = String(title);
    return this;
  }

  getDescription(): string {
    this.record('getDescription');
    return this.description;
  }

  setDescription(description: string): FakeForm {
    this.record('setDescription');
    this.description = String(description);
    return this;
  }

  getPublishedUrl(): string {
    this.record('getPublishedUrl');
    return this.publishedUrl();
  }

  getEditUrl(): string {
    this.record('getEditUrl');
    return `https://docs.google.com/forms/d/${this.id}/edit`;
  }

  getSummaryUrl(): string {
    this.record('getSummaryUrl');
    return `https://docs.google.com/forms/d/${this.id}/viewanalytics`;
  }

  shortenFormUrl(url: string): string {
    this.record('shortenFormUrl');
    void url;
    return `https://forms.gle/${this.id.replace(/[^A-Za-z0-9]/g, '')}`;
  }

  /** Emulator-side (uncounted). */
  publishedUrl(): string {
    return `https://docs.google.com/forms/d/e/${this.publicId}/viewform`;
  }

  collectsEmail(): boolean {
    this.record('collectsEmail');
    return this.collectEmail;
  }

  /**
   * Deprecated in favour of setEmailCollectionType. The stricter reading of `true` is VERIFIED
   * (responders must be signed in), which is what it meant before responder input existed.
   * https://developers.google.com/apps-script/reference/forms/form#setCollectEmail(Boolean)
   */
  setCollectEmail(collect: boolean): FakeForm {
    this.record('setCollectEmail');
    this.changeEmailCollection(collect ? 'VERIFIED' : 'DO_NOT_COLLECT');
    return this;
  }

  getEmailCollectionType(): GoogleAppsScript.Forms.EmailCollectionType {
    this.record('getEmailCollectionType');
    return EmailCollectionType[this.emailCollection];
  }

  setEmailCollectionType(type: GoogleAppsScript.Forms.EmailCollectionType): FakeForm {
    this.record('setEmailCollectionType');
    const name = String(type);
    if (!EMAIL_COLLECTION_TYPES.includes(name))
      throw new Error(`Invalid argument: emailCollectionType (${name})`);
    this.changeEmailCollection(name as EmailCollectionTypeName);
    return this;
  }

  private changeEmailCollection(type: EmailCollectionTypeName): void {
    this.emailCollection = type;
    if (this.collectEmail && this.liveDestinationSheet())
      this.ctx.meter.internal(() => this.syncHeaders());
  }

  // ---- publishing ----
  // https://developers.google.com/apps-script/reference/forms/form#setPublished(Boolean)
  // "A form needs to be published for it to be accessible to responders." Forms created after
  // 30 June 2026 start unpublished (Forms API changes page); the reference still says "The
  // default for new forms is true": the stricter reading is modelled (FormApp.create).
  // https://developers.google.com/workspace/forms/api/guides/api-changes-to-google-forms

  supportsAdvancedResponderPermissions(): boolean {
    this.record('supportsAdvancedResponderPermissions');
    return this.supportsPublishing;
  }

  isPublished(): boolean {
    this.record('isPublished');
    if (!this.supportsPublishing) throw new Error(PUBLISHING_UNSUPPORTED);
    return this.published;
  }

  /**
   * Publishing "also enables accepting responses" (the Forms publishing guide's Apps Script
   * sample); unpublishing forces accepting off, as PublishState.isAcceptingResponses does.
   * https://developers.google.com/workspace/forms/api/guides/publish-form
   */
  setPublished(enabled: boolean): FakeForm {
    this.record('setPublished');
    if (!this.supportsPublishing) throw new Error(PUBLISHING_UNSUPPORTED);
    this.published = Boolean(enabled);
    this.acceptingResponses = this.published;
    return this;
  }

  /** Emulator-side: responders can reach the form (published, or a legacy form). */
  reachable(): boolean {
    return !this.supportsPublishing || this.published;
  }

  getConfirmationMessage(): string {
    this.record('getConfirmationMessage');
    return this.confirmationMessage;
  }

  setConfirmationMessage(message: string): FakeForm {
    this.record('setConfirmationMessage');
    this.confirmationMessage = String(message);
    return this;
  }

  canEditResponse(): boolean {
    this.record('canEditResponse');
    return this.allowResponseEdits;
  }

  setAllowResponseEdits(enabled: boolean): FakeForm {
    this.record('setAllowResponseEdits');
    this.allowResponseEdits = Boolean(enabled);
    return this;
  }

  hasLimitOneResponsePerUser(): boolean {
    this.record('hasLimitOneResponsePerUser');
    return this.limitOneResponsePerUser;
  }

  setLimitOneResponsePerUser(enabled: boolean): FakeForm {
    this.record('setLimitOneResponsePerUser');
    this.limitOneResponsePerUser = Boolean(enabled);
    return this;
  }

  hasProgressBar(): boolean {
    this.record('hasProgressBar');
    return this.progressBar;
  }

  setProgressBar(enabled: boolean): FakeForm {
    this.record('setProgressBar');
    this.progressBar = Boolean(enabled);
    return this;
  }

  hasRespondAgainLink(): boolean {
    this.record('hasRespondAgainLink');
    return this.respondAgainLink;
  }

  setShowLinkToRespondAgain(enabled: boolean): FakeForm {
    this.record('setShowLinkToRespondAgain');
    this.respondAgainLink = Boolean(enabled);
    return this;
  }

  /** An unpublished form accepts nothing (PublishState: "forced to false" when unpublished). */
  isAcceptingResponses(): boolean {
    this.record('isAcceptingResponses');
    return this.acceptingResponses && this.reachable();
  }

  setAcceptingResponses(enabled: boolean): FakeForm {
    this.record('setAcceptingResponses');
    this.acceptingResponses = Boolean(enabled);
    return this;
  }

  // ---- items ----

  addTextItem(): FakeTextItem {
    return this.addItem('addTextItem', 'TEXT') as FakeTextItem;
  }

  addParagraphTextItem(): FakeParagraphTextItem {
    return this.addItem('addParagraphTextItem', 'PARAGRAPH_TEXT') as FakeParagraphTextItem;
  }

  addMultipleChoiceItem(): FakeMultipleChoiceItem {
    return this.addItem('addMultipleChoiceItem', 'MULTIPLE_CHOICE') as FakeMultipleChoiceItem;
  }

  addCheckboxItem(): FakeCheckboxItem {
    return this.addItem('addCheckboxItem', 'CHECKBOX') as FakeCheckboxItem;
  }

  addListItem(): FakeListItem {
    return this.addItem('addListItem', 'LIST') as FakeListItem;
  }

  addScaleItem(): FakeScaleItem {
    return this.addItem('addScaleItem', 'SCALE') as FakeScaleItem;
  }

  addDateItem(): FakeDateItem {
    return this.addItem('addDateItem', 'DATE') as FakeDateItem;
  }

  addSectionHeaderItem(): FakeSectionHeaderItem {
    return this.addItem('addSectionHeaderItem', 'SECTION_HEADER') as FakeSectionHeaderItem;
  }

  addPageBreakItem(): FakePageBreakItem {
    return this.addItem('addPageBreakItem', 'PAGE_BREAK') as FakePageBreakItem;
  }

  getItems(itemType?: GoogleAppsScript.Forms.ItemType): FakeItem[] {
    this.record('getItems');
    const type = itemType === undefined ? undefined : String(itemType);
    return this.items
      .filter((s) => type === undefined || s.type === type)
      .map((s) => new FakeItem(this, s));
  }

  getItemById(id: number): FakeItem {
    this.record('getItemById');
    const state = this.items.find((s) => s.id === id);
    // Apps Script returns null for an unknown id, though its type says otherwise.
    return (state ? new FakeItem(this, state) : null) as FakeItem;
  }

  deleteItem(itemOrIndex: FakeItem | number): void {
    this.record('deleteItem');
    const i = typeof itemOrIndex === 'number' ? itemOrIndex : this.items.indexOf(itemOrIndex.state);
    if (!(i >= 0 && i < this.items.length))
      throw new Error(`Invalid item index: ${String(itemOrIndex)}`);
    // The response sheet keeps the question's column and its past answers.
    this.items.splice(i, 1);
  }

  moveItem(from: FakeItem | number, toIndex: number): FakeItem {
    this.record('moveItem');
    const i = typeof from === 'number' ? from : this.items.indexOf(from.state);
    if (!(i >= 0 && i < this.items.length) || !(toIndex >= 0 && toIndex < this.items.length)) {
      throw new Error(`Invalid item index: ${String(toIndex)}`);
    }
    const [state] = this.items.splice(i, 1);
    this.items.splice(toIndex, 0, state);
    return new FakeItem(this, state);
  }

  // ---- responses ----

  getResponses(timestamp?: GoogleAppsScript.Base.Date): FakeFormResponse[] {
    this.record('getResponses');
    // The script's Date may come from another vm realm.
    const since =
      timestamp === undefined
        ? -Infinity
        : Date.prototype.getTime.call(timestamp as unknown as Date);
    return this.responses.filter((r) => r.timestampMs >= since);
  }

  getResponse(responseId: string): FakeFormResponse {
    this.record('getResponse');
    const r = this.responses.find((x) => x.id === responseId);
    if (!r) throw new Error(`No response with ID ${responseId} exists for this form.`);
    return r;
  }

  /** https://developers.google.com/apps-script/reference/forms/form#deleteResponse(String) */
  deleteResponse(responseId: string): FakeForm {
    this.record('deleteResponse');
    const index = this.responses.findIndex((x) => x.id === responseId);
    if (index < 0) throw new Error(`No response with ID ${responseId} exists for this form.`);
    // As in Google Forms, the row already in the response sheet stays.
    this.responses.splice(index, 1);
    return this;
  }

  deleteAllResponses(): FakeForm {
    this.record('deleteAllResponses');
    // Rows already in the response sheet stay, as in Google Forms.
    this.responses.length = 0;
    return this;
  }

  // ---- destination ----

  setDestination(type: GoogleAppsScript.Forms.DestinationType, id: string): FakeForm {
    this.record('setDestination');
    if (String(type) !== 'SPREADSHEET')
      throw new Error(`Invalid destination type: ${String(type)}`);
    const ss = this.spreadsheets.getById(String(id));
    if (!ss)
      throw new Error(
        `No spreadsheet with id ${String(id)} exists or you do not have access to it.`,
      );
    this.ctx.meter.internal(() => this.link(ss));
    return this;
  }

  getDestinationId(): string {
    this.record('getDestinationId');
    if (!this.destination) throw new Error(NO_DESTINATION);
    return this.destination.spreadsheet.id;
  }

  getDestinationType(): GoogleAppsScript.Forms.DestinationType {
    this.record('getDestinationType');
    if (!this.destination) throw new Error(NO_DESTINATION);
    return 'SPREADSHEET' as unknown as GoogleAppsScript.Forms.DestinationType;
  }

  removeDestination(): FakeForm {
    this.record('removeDestination');
    if (this.destination) this.destination.sheet.formUrl = null;
    this.destination = null;
    return this;
  }

  // ---- ItemHost ----

  indexOf(state: ItemState): number {
    return this.items.indexOf(state);
  }

  /**
   * A question retitled on a linked form. Unverified: whether Google rewrites the response
   * sheet's header to the new title is not in the reference (Form/Item setTitle pages say
   * nothing of the destination) nor in APPS-SCRIPT-NOTES.md. The stricter reading is modelled:
   * the header keeps the title the column was made under, and the question's answers keep going
   * to that column (Google places answers by question, not by header text). A script must find
   * the column under the old title as well as the new one. A question that had no column yet
   * gets one under its new title.
   */
  retitled(state: ItemState, oldTitle: string): void {
    const sheet = this.liveDestinationSheet();
    if (!sheet || !ANSWERABLE.has(state.type)) return;
    const header = this.columnHeaders.get(state.id) ?? oldTitle;
    if (header !== '' && this.ctx.meter.internal(() => headerRow(sheet)).includes(header)) {
      this.columnHeaders.set(state.id, header);
      if (header === state.title) this.columnHeaders.delete(state.id);
    } else {
      this.columnHeaders.delete(state.id);
      this.ctx.meter.internal(() => ensureHeader(sheet, state.title));
    }
  }

  /** The header of the column a question's answers go to (its title unless retitled since). */
  private headerOf(state: ItemState): string {
    return this.columnHeaders.get(state.id) ?? state.title;
  }

  // ---- emulator-side ----

  /** The sheet responses go to (the link survives renaming the sheet). */
  liveDestinationSheet(): FakeSheet | null {
    return this.destination && !this.destination.sheet.deleted ? this.destination.sheet : null;
  }

  /**
   * A member submits the form: validates, records the response, appends the sheet row (uncounted).
   * Raising the trigger event is the caller's job, outside the uncounted section.
   */
  submit(options: SubmitOptions): SubmitOutcome {
    const raw = options.raw === true;
    const email = options.email ?? '';
    // No one reaches an unpublished or closed form, however the answers are given.
    if (!this.reachable())
      throw new Error(`Form "${this.title}" is not published: responders cannot open it.`);
    if (!this.acceptingResponses)
      throw new Error(`Form "${this.title}" is not accepting responses.`);
    if (!raw) this.checkSubmission(options, email);
    const ms =
      options.timestamp === undefined
        ? this.ctx.clock.nowMs()
        : typeof options.timestamp === 'number'
          ? options.timestamp
          : options.timestamp.getTime();
    const tz = this.destination?.spreadsheet.timeZone ?? this.ctx.timeZone;
    const labels = this.destination?.labels ?? this.labels();
    const byTitle = new Map(this.items.map((s) => [s.title, s] as const));
    const answers: StoredAnswer[] = [];
    const cells: ResponseCell[] = [
      { header: labels.timestamp, value: new DateCell(ms), format: TIMESTAMP_FORMAT },
    ];
    if (this.collectEmail || email !== '') cells.push({ header: labels.email, value: email });
    for (const [title, input] of Object.entries(options.answers)) {
      const state = byTitle.get(title);
      if (!state || !ANSWERABLE.has(state.type)) {
        if (!raw) throw new Error(`Form "${this.title}" has no question titled "${title}".`);
        cells.push({
          header: title,
          value: Array.isArray(input) ? input.join(', ') : String(input),
        });
        continue;
      }
      if (!isAnswered(input)) continue;
      const { response, cell } = convertAnswer(state, input, raw, tz);
      answers.push({ state, response });
      cells.push({
        header: this.headerOf(state),
        value: cell,
        format: state.type === 'DATE' && cell instanceof DateCell ? DATE_ANSWER_FORMAT : undefined,
      });
    }
    const responseId = this.ctx.nextId('formResponse');
    this.responses.push(new FakeFormResponse(this, responseId, this.publicId, ms, email, answers));
    const destination = this.destination;
    if (!destination) return { responseId, appended: null };
    return this.ctx.meter.internal(() => {
      // A deleted response sheet is recreated, so no response is lost.
      if (destination.sheet.deleted) this.link(destination.spreadsheet);
      const sheet = this.destination?.sheet ?? destination.sheet;
      return { responseId, appended: { sheet, ...appendResponseRow(sheet, cells) } };
    });
  }

  private checkSubmission(options: SubmitOptions, email: string): void {
    switch (this.emailCollection) {
      case 'VERIFIED':
        if (options.signedIn !== true || email === '')
          throw new Error(
            `Form "${this.title}" records the address of the responder's Google account: only a signed-in responder can submit (pass { email, signedIn: true }).`,
          );
        break;
      case 'RESPONDER_INPUT':
        // The form's own email field is required and checked to look like an address.
        if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim()))
          throw new Error(
            `Form "${this.title}" asks for an email address: pass a valid { email } (got ${JSON.stringify(email)}).`,
          );
        break;
      case 'DO_NOT_COLLECT':
        if (email !== '')
          throw new Error(
            `Form "${this.title}" does not collect email addresses: a responder has no field to type one.`,
          );
        break;
    }
    if (
      this.limitOneResponsePerUser &&
      email !== '' &&
      this.responses.some((r) => r.email === email)
    ) {
      throw new Error(
        `Form "${this.title}" accepts one response per person and ${email} already responded.`,
      );
    }
    // A required question must be answered or the form will not submit: "Sets whether the
    // respondent must answer the question" (the consent item relies on it).
    // https://developers.google.com/apps-script/reference/forms/multiple-choice-item#setRequired(Boolean)
    // A one-option required multiple choice can only be sent with that option chosen; whether
    // Google accepts an "Other" answer instead is moot, as the script never adds one.
    for (const state of this.items) {
      if (
        state.required &&
        ANSWERABLE.has(state.type) &&
        !isAnswered(options.answers[state.title])
      ) {
        throw new Error(
          `Required question "${state.title}" of form "${this.title}" was not answered.`,
        );
      }
    }
  }

  private addItem(method: string, type: ItemTypeName): ReturnType<typeof typedView> {
    this.record(method);
    this.itemCounter += 1;
    // Item ids are large integers in Apps Script; keep them deterministic.
    const state = newItemState(100_000_000 + this.itemCounter, type);
    this.items.push(state);
    return typedView(this, state);
  }

  /** The response tab's own wording, in the language of the account that owns the form. */
  private labels(): ResponseSheetLabels {
    return RESPONSE_SHEET_LABELS[this.ctx.accountLanguage];
  }

  private link(ss: FakeSpreadsheet): void {
    if (this.destination) this.destination.sheet.formUrl = null;
    const labels = this.labels();
    const headers = [labels.timestamp];
    if (this.collectEmail) headers.push(labels.email);
    for (const s of this.items) if (ANSWERABLE.has(s.type) && s.title !== '') headers.push(s.title);
    // A new response sheet is headed with the titles as they are now.
    this.columnHeaders.clear();
    const sheet = createResponseSheet(ss, headers, labels);
    // Sheet.getFormUrl() gives the form by its edit id, which FormApp.openByUrl opens (public
    // scripts do exactly that); the published URL's id would not open it. Unverified which path
    // (/viewform or /edit) Google returns.
    sheet.formUrl = `https://docs.google.com/forms/d/${this.id}/viewform`;
    this.destination = { spreadsheet: ss, sheet, labels };
  }

  /** Adds header columns for questions (and the email) that have none yet. */
  private syncHeaders(): void {
    const sheet = this.liveDestinationSheet();
    if (!sheet) return;
    if (this.collectEmail && this.destination) ensureHeader(sheet, this.destination.labels.email);
    for (const s of this.items)
      if (ANSWERABLE.has(s.type) && s.title !== '') ensureHeader(sheet, this.headerOf(s));
  }
}
