/**
 * Form items. One ItemState per question holds what the form knows; the script sees it through
 * views: the generic Item (getItems(), getItemById()) and the typed items (addScaleItem(),
 * asScaleItem()...), as in Apps Script where only typed items have setRequired, setBounds etc.
 * https://developers.google.com/apps-script/reference/forms/item
 */
import { EmulatorContext } from '../../core/context';
import { makeEnum } from '../spreadsheet/gas-types';
import { FakedForms } from './gas-types';

type Forms = typeof GoogleAppsScript.Forms;

export type ItemTypeName =
  | 'TEXT'
  | 'PARAGRAPH_TEXT'
  | 'MULTIPLE_CHOICE'
  | 'CHECKBOX'
  | 'LIST'
  | 'SCALE'
  | 'DATE'
  | 'SECTION_HEADER'
  | 'PAGE_BREAK';

export const ItemType = makeEnum<Forms['ItemType']>([
  'CHECKBOX',
  'CHECKBOX_GRID',
  'DATE',
  'DATETIME',
  'DURATION',
  'GRID',
  'IMAGE',
  'LIST',
  'MULTIPLE_CHOICE',
  'PAGE_BREAK',
  'PARAGRAPH_TEXT',
  'SCALE',
  'SECTION_HEADER',
  'TEXT',
  'TIME',
  'VIDEO',
]);

/** Item types that collect an answer and so get a column in the response sheet. */
export const ANSWERABLE: ReadonlySet<ItemTypeName> = new Set([
  'TEXT',
  'PARAGRAPH_TEXT',
  'MULTIPLE_CHOICE',
  'CHECKBOX',
  'LIST',
  'SCALE',
  'DATE',
]);

export interface ItemState {
  readonly id: number;
  readonly type: ItemTypeName;
  title: string;
  helpText: string;
  required: boolean;
  choices: string[];
  otherOption: boolean;
  lowerBound: number;
  upperBound: number;
  leftLabel: string;
  rightLabel: string;
  includesYear: boolean;
}

/** What an item needs from its form. */
export interface ItemHost {
  readonly ctx: EmulatorContext;
  indexOf(state: ItemState): number;
  /** Called after a title change, so a linked response sheet can rename its column. */
  retitled(state: ItemState, oldTitle: string): void;
}

/**
 * Item types whose new item already holds one choice ("Option 1"), as the live-verified gas-fakes
 * suite observed (shared/APPS-SCRIPT-NOTES.md, "Small behaviours from the peer suite"): a script
 * that adds choices one at a time without setting them all keeps that stray first option.
 */
const STARTS_WITH_ONE_CHOICE: ReadonlySet<ItemTypeName> = new Set([
  'MULTIPLE_CHOICE',
  'CHECKBOX',
  'LIST',
]);

export function newItemState(id: number, type: ItemTypeName): ItemState {
  return {
    id,
    type,
    title: '',
    helpText: '',
    required: false,
    choices: STARTS_WITH_ONE_CHOICE.has(type) ? ['Option 1'] : [],
    otherOption: false,
    lowerBound: 1,
    upperBound: 5,
    leftLabel: '',
    rightLabel: '',
    includesYear: true,
  };
}

const SERVICE = 'FormApp';

abstract class ItemView {
  constructor(
    protected readonly host: ItemHost,
    readonly state: ItemState,
    private readonly kind: string,
  ) {}

  protected record(method: string): void {
    this.host.ctx.meter.record(SERVICE, `${this.kind}.${method}`);
  }

  getId(): number {
    this.record('getId');
    return this.state.id;
  }

  getIndex(): number {
    this.record('getIndex');
    return this.host.indexOf(this.state);
  }

  getTitle(): string {
    this.record('getTitle');
    return this.state.title;
  }

  setTitle(title: string): this {
    this.record('setTitle');
    const old = this.state.title;
    this.state.title = String(title);
    if (old !== this.state.title) this.host.retitled(this.state, old);
    return this;
  }

  getHelpText(): string {
    this.record('getHelpText');
    return this.state.helpText;
  }

  setHelpText(text: string): this {
    this.record('setHelpText');
    this.state.helpText = String(text);
    return this;
  }

  getType(): GoogleAppsScript.Forms.ItemType {
    this.record('getType');
    return this.state.type as unknown as GoogleAppsScript.Forms.ItemType;
  }
}

abstract class AnswerableView extends ItemView {
  setRequired(enabled: boolean): this {
    this.record('setRequired');
    this.state.required = Boolean(enabled);
    return this;
  }

  isRequired(): boolean {
    this.record('isRequired');
    return this.state.required;
  }
}

type Common =
  'getId' | 'getIndex' | 'getTitle' | 'setTitle' | 'getHelpText' | 'setHelpText' | 'getType';
type Answerable = Common | 'setRequired' | 'isRequired';
type Choices = Answerable | 'setChoiceValues' | 'setChoices' | 'getChoices' | 'createChoice';

export class FakeChoice implements FakedForms<GoogleAppsScript.Forms.Choice, 'getValue'> {
  constructor(
    private readonly ctx: EmulatorContext,
    readonly value: string,
  ) {}

  getValue(): string {
    this.ctx.meter.record(SERVICE, 'Choice.getValue');
    return this.value;
  }
}

abstract class ChoiceView extends AnswerableView {
  setChoiceValues(values: string[]): this {
    this.record('setChoiceValues');
    if (!Array.isArray(values)) throw new Error('Invalid argument: values');
    this.state.choices = values.map(String);
    return this;
  }

  setChoices(choices: FakeChoice[]): this {
    this.record('setChoices');
    this.state.choices = choices.map((c) => c.value);
    return this;
  }

  getChoices(): FakeChoice[] {
    this.record('getChoices');
    return this.state.choices.map((v) => new FakeChoice(this.host.ctx, v));
  }

  createChoice(value: string): FakeChoice {
    this.record('createChoice');
    return new FakeChoice(this.host.ctx, String(value));
  }
}

export class FakeTextItem
  extends AnswerableView
  implements FakedForms<GoogleAppsScript.Forms.TextItem, Answerable, FakeTextItem>
{
  constructor(host: ItemHost, state: ItemState) {
    super(host, state, 'TextItem');
  }
}

export class FakeParagraphTextItem
  extends AnswerableView
  implements FakedForms<GoogleAppsScript.Forms.ParagraphTextItem, Answerable, FakeParagraphTextItem>
{
  constructor(host: ItemHost, state: ItemState) {
    super(host, state, 'ParagraphTextItem');
  }
}

export class FakeMultipleChoiceItem
  extends ChoiceView
  implements
    FakedForms<
      GoogleAppsScript.Forms.MultipleChoiceItem,
      Choices | 'showOtherOption' | 'hasOtherOption',
      FakeMultipleChoiceItem
    >
{
  constructor(host: ItemHost, state: ItemState) {
    super(host, state, 'MultipleChoiceItem');
  }

  showOtherOption(enabled: boolean): this {
    this.record('showOtherOption');
    this.state.otherOption = Boolean(enabled);
    return this;
  }

  hasOtherOption(): boolean {
    this.record('hasOtherOption');
    return this.state.otherOption;
  }
}

export class FakeCheckboxItem
  extends ChoiceView
  implements
    FakedForms<
      GoogleAppsScript.Forms.CheckboxItem,
      Choices | 'showOtherOption' | 'hasOtherOption',
      FakeCheckboxItem
    >
{
  constructor(host: ItemHost, state: ItemState) {
    super(host, state, 'CheckboxItem');
  }

  showOtherOption(enabled: boolean): this {
    this.record('showOtherOption');
    this.state.otherOption = Boolean(enabled);
    return this;
  }

  hasOtherOption(): boolean {
    this.record('hasOtherOption');
    return this.state.otherOption;
  }
}

export class FakeListItem
  extends ChoiceView
  implements FakedForms<GoogleAppsScript.Forms.ListItem, Choices, FakeListItem>
{
  constructor(host: ItemHost, state: ItemState) {
    super(host, state, 'ListItem');
  }
}

/**
 * https://developers.google.com/apps-script/reference/forms/scale-item#setboundslower,-upper
 * "The lowest value must be 0 or 1 and the highest value must be between 3 and 10, inclusive."
 */
export const INVALID_FORM_DATA = 'Invalid data updating form.';

export class FakeScaleItem
  extends AnswerableView
  implements
    FakedForms<
      GoogleAppsScript.Forms.ScaleItem,
      | Answerable
      | 'setBounds'
      | 'getLowerBound'
      | 'getUpperBound'
      | 'setLabels'
      | 'getLeftLabel'
      | 'getRightLabel',
      FakeScaleItem
    >
{
  constructor(host: ItemHost, state: ItemState) {
    super(host, state, 'ScaleItem');
  }

  setBounds(lower: number, upper: number): this {
    this.record('setBounds');
    const ok = (lower === 0 || lower === 1) && Number.isInteger(upper) && upper >= 3 && upper <= 10;
    if (!ok) throw new Error(INVALID_FORM_DATA);
    this.state.lowerBound = lower;
    this.state.upperBound = upper;
    return this;
  }

  getLowerBound(): number {
    this.record('getLowerBound');
    return this.state.lowerBound;
  }

  getUpperBound(): number {
    this.record('getUpperBound');
    return this.state.upperBound;
  }

  setLabels(lower: string, upper: string): this {
    this.record('setLabels');
    this.state.leftLabel = String(lower);
    this.state.rightLabel = String(upper);
    return this;
  }

  getLeftLabel(): string {
    this.record('getLeftLabel');
    return this.state.leftLabel;
  }

  getRightLabel(): string {
    this.record('getRightLabel');
    return this.state.rightLabel;
  }
}

export class FakeDateItem
  extends AnswerableView
  implements
    FakedForms<
      GoogleAppsScript.Forms.DateItem,
      Answerable | 'setIncludesYear' | 'includesYear',
      FakeDateItem
    >
{
  constructor(host: ItemHost, state: ItemState) {
    super(host, state, 'DateItem');
  }

  setIncludesYear(enableYear: boolean): this {
    this.record('setIncludesYear');
    this.state.includesYear = Boolean(enableYear);
    return this;
  }

  includesYear(): boolean {
    this.record('includesYear');
    return this.state.includesYear;
  }
}

export class FakeSectionHeaderItem
  extends ItemView
  implements FakedForms<GoogleAppsScript.Forms.SectionHeaderItem, Common, FakeSectionHeaderItem>
{
  constructor(host: ItemHost, state: ItemState) {
    super(host, state, 'SectionHeaderItem');
  }
}

export class FakePageBreakItem extends ItemView {
  constructor(host: ItemHost, state: ItemState) {
    super(host, state, 'PageBreakItem');
  }
}

export type TypedItem =
  | FakeTextItem
  | FakeParagraphTextItem
  | FakeMultipleChoiceItem
  | FakeCheckboxItem
  | FakeListItem
  | FakeScaleItem
  | FakeDateItem
  | FakeSectionHeaderItem
  | FakePageBreakItem;

export function typedView(host: ItemHost, state: ItemState): TypedItem {
  switch (state.type) {
    case 'TEXT':
      return new FakeTextItem(host, state);
    case 'PARAGRAPH_TEXT':
      return new FakeParagraphTextItem(host, state);
    case 'MULTIPLE_CHOICE':
      return new FakeMultipleChoiceItem(host, state);
    case 'CHECKBOX':
      return new FakeCheckboxItem(host, state);
    case 'LIST':
      return new FakeListItem(host, state);
    case 'SCALE':
      return new FakeScaleItem(host, state);
    case 'DATE':
      return new FakeDateItem(host, state);
    case 'SECTION_HEADER':
      return new FakeSectionHeaderItem(host, state);
    case 'PAGE_BREAK':
      return new FakePageBreakItem(host, state);
  }
}

/** The generic Item; converting it to the wrong typed item throws as Apps Script does. */
export class FakeItem extends ItemView implements FakedForms<GoogleAppsScript.Forms.Item, Common> {
  constructor(host: ItemHost, state: ItemState) {
    super(host, state, 'Item');
  }

  private as<T extends TypedItem>(method: string, type: ItemTypeName): T {
    this.record(method);
    if (this.state.type !== type)
      throw new Error(`Invalid conversion for item type: ${this.state.type}`);
    return typedView(this.host, this.state) as T;
  }

  asTextItem(): FakeTextItem {
    return this.as('asTextItem', 'TEXT');
  }

  asParagraphTextItem(): FakeParagraphTextItem {
    return this.as('asParagraphTextItem', 'PARAGRAPH_TEXT');
  }

  asMultipleChoiceItem(): FakeMultipleChoiceItem {
    return this.as('asMultipleChoiceItem', 'MULTIPLE_CHOICE');
  }

  asCheckboxItem(): FakeCheckboxItem {
    return this.as('asCheckboxItem', 'CHECKBOX');
  }

  asListItem(): FakeListItem {
    return this.as('asListItem', 'LIST');
  }

  asScaleItem(): FakeScaleItem {
    return this.as('asScaleItem', 'SCALE');
  }

  asDateItem(): FakeDateItem {
    return this.as('asDateItem', 'DATE');
  }

  asSectionHeaderItem(): FakeSectionHeaderItem {
    return this.as('asSectionHeaderItem', 'SECTION_HEADER');
  }

  asPageBreakItem(): FakePageBreakItem {
    return this.as('asPageBreakItem', 'PAGE_BREAK');
  }
}
