/**
 * Data validation rules: SpreadsheetApp.newDataValidation() builder and the rules it builds.
 * https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder
 * A rule built with setAllowInvalid(false) rejects a script's write that breaks it, as it rejects
 * a person's entry; the default (allowInvalid true) only shows a warning, so writes pass.
 */
import { EmulatorContext } from '../../core/context';
import { DateCell, FormulaCell, StoredValue } from './cell-values';
import { Faked, makeEnum } from './gas-types';

type GS = typeof GoogleAppsScript.Spreadsheet;
type Builder = GoogleAppsScript.Spreadsheet.DataValidationBuilder;
type Rule = GoogleAppsScript.Spreadsheet.DataValidation;

export const DataValidationCriteria = makeEnum<GS['DataValidationCriteria']>([
  'DATE_AFTER',
  'DATE_BEFORE',
  'DATE_BETWEEN',
  'DATE_EQUAL_TO',
  'DATE_IS_VALID_DATE',
  'DATE_NOT_BETWEEN',
  'DATE_ON_OR_AFTER',
  'DATE_ON_OR_BEFORE',
  'NUMBER_BETWEEN',
  'NUMBER_EQUAL_TO',
  'NUMBER_GREATER_THAN',
  'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  'NUMBER_LESS_THAN',
  'NUMBER_LESS_THAN_OR_EQUAL_TO',
  'NUMBER_NOT_BETWEEN',
  'NUMBER_NOT_EQUAL_TO',
  'TEXT_CONTAINS',
  'TEXT_DOES_NOT_CONTAIN',
  'TEXT_EQUAL_TO',
  'TEXT_IS_VALID_EMAIL',
  'TEXT_IS_VALID_URL',
  'VALUE_IN_LIST',
  'VALUE_IN_RANGE',
  'CUSTOM_FORMULA',
  'CHECKBOX',
]);

/** Criteria names as strings (the enum's runtime values). */
export type CriteriaName = string;

interface RuleSpec {
  criteria: CriteriaName;
  args: unknown[];
  allowInvalid: boolean;
  helpText: string | null;
}

const SERVICE = 'SpreadsheetApp';

export class FakeDataValidation implements Faked<
  Rule,
  'getAllowInvalid' | 'getHelpText' | 'getCriteriaValues' | 'getCriteriaType' | 'copy'
> {
  constructor(
    private readonly ctx: EmulatorContext,
    readonly spec: Readonly<RuleSpec>,
  ) {}

  getCriteriaType(): GoogleAppsScript.Spreadsheet.DataValidationCriteria {
    this.ctx.meter.record(SERVICE, 'DataValidation.getCriteriaType');
    return this.spec.criteria as unknown as GoogleAppsScript.Spreadsheet.DataValidationCriteria;
  }

  getCriteriaValues(): unknown[] {
    this.ctx.meter.record(SERVICE, 'DataValidation.getCriteriaValues');
    return [...this.spec.args];
  }

  getAllowInvalid(): boolean {
    this.ctx.meter.record(SERVICE, 'DataValidation.getAllowInvalid');
    return this.spec.allowInvalid;
  }

  getHelpText(): string {
    this.ctx.meter.record(SERVICE, 'DataValidation.getHelpText');
    return this.spec.helpText ?? '';
  }

  copy(): FakeDataValidationBuilder {
    this.ctx.meter.record(SERVICE, 'DataValidation.copy');
    return new FakeDataValidationBuilder(this.ctx, { ...this.spec, args: [...this.spec.args] });
  }

  /** Emulator-side: whether a stored value satisfies the rule (blank cells always do). */
  accepts(value: StoredValue): boolean {
    if (value === '') return true;
    const [a, b] = this.spec.args;
    const num = typeof value === 'number' ? value : null;
    switch (this.spec.criteria) {
      case 'VALUE_IN_LIST':
        return (a as unknown[]).some((option) => String(option) === plain(value));
      case 'CHECKBOX':
        if (a === undefined) return typeof value === 'boolean';
        return plain(value) === String(a) || plain(value) === String(b);
      case 'DATE_IS_VALID_DATE':
        return value instanceof DateCell;
      case 'NUMBER_BETWEEN':
        return num !== null && num >= Number(a) && num <= Number(b);
      case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
        return num !== null && num >= Number(a);
      case 'NUMBER_LESS_THAN_OR_EQUAL_TO':
        return num !== null && num <= Number(a);
      case 'TEXT_IS_VALID_EMAIL':
        return typeof value === 'string' && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value);
      default:
        // Other criteria are recorded but not enforced.
        return true;
    }
  }
}

function plain(value: StoredValue): string {
  if (value instanceof FormulaCell) return value.value;
  if (value instanceof DateCell) return String(value.ms);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}

type ChainedBuilderMethods =
  | 'requireValueInList'
  | 'requireValueInRange'
  | 'requireCheckbox'
  | 'requireDate'
  | 'requireNumberBetween'
  | 'requireNumberGreaterThanOrEqualTo'
  | 'requireNumberLessThanOrEqualTo'
  | 'requireTextIsEmail'
  | 'setAllowInvalid'
  | 'setHelpText'
  | 'withCriteria';

export class FakeDataValidationBuilder implements Faked<
  Builder,
  ChainedBuilderMethods | 'build' | 'getAllowInvalid' | 'getHelpText' | 'getCriteriaValues'
> {
  private spec: RuleSpec;

  constructor(
    private readonly ctx: EmulatorContext,
    spec?: RuleSpec,
  ) {
    this.spec = spec ?? { criteria: '', args: [], allowInvalid: true, helpText: null };
  }

  private criteria(method: string, criteria: CriteriaName, args: unknown[]): this {
    this.ctx.meter.record(SERVICE, `DataValidationBuilder.${method}`);
    this.spec = { ...this.spec, criteria, args };
    return this;
  }

  requireValueInList(values: string[], showDropdown = true): FakeDataValidationBuilder {
    if (!Array.isArray(values))
      throw new Error(
        "The parameters (String) don't match the method signature for SpreadsheetApp.DataValidationBuilder.requireValueInList.",
      );
    return this.criteria('requireValueInList', 'VALUE_IN_LIST', [[...values], showDropdown]);
  }

  requireValueInRange(range: object, showDropdown = true): FakeDataValidationBuilder {
    return this.criteria('requireValueInRange', 'VALUE_IN_RANGE', [range, showDropdown]);
  }

  requireCheckbox(checkedValue?: unknown, uncheckedValue?: unknown): FakeDataValidationBuilder {
    const args =
      checkedValue === undefined
        ? []
        : uncheckedValue === undefined
          ? [checkedValue]
          : [checkedValue, uncheckedValue];
    return this.criteria('requireCheckbox', 'CHECKBOX', args);
  }

  requireDate(): FakeDataValidationBuilder {
    return this.criteria('requireDate', 'DATE_IS_VALID_DATE', []);
  }

  requireNumberBetween(start: number, end: number): FakeDataValidationBuilder {
    return this.criteria('requireNumberBetween', 'NUMBER_BETWEEN', [start, end]);
  }

  requireNumberGreaterThanOrEqualTo(n: number): FakeDataValidationBuilder {
    return this.criteria('requireNumberGreaterThanOrEqualTo', 'NUMBER_GREATER_THAN_OR_EQUAL_TO', [
      n,
    ]);
  }

  requireNumberLessThanOrEqualTo(n: number): FakeDataValidationBuilder {
    return this.criteria('requireNumberLessThanOrEqualTo', 'NUMBER_LESS_THAN_OR_EQUAL_TO', [n]);
  }

  requireTextIsEmail(): FakeDataValidationBuilder {
    return this.criteria('requireTextIsEmail', 'TEXT_IS_VALID_EMAIL', []);
  }

  withCriteria(
    criteria: GoogleAppsScript.Spreadsheet.DataValidationCriteria,
    args: unknown[],
  ): FakeDataValidationBuilder {
    return this.criteria('withCriteria', String(criteria), [...args]);
  }

  setAllowInvalid(allowInvalidData: boolean): FakeDataValidationBuilder {
    this.ctx.meter.record(SERVICE, 'DataValidationBuilder.setAllowInvalid');
    this.spec = { ...this.spec, allowInvalid: allowInvalidData };
    return this;
  }

  setHelpText(helpText: string): FakeDataValidationBuilder {
    this.ctx.meter.record(SERVICE, 'DataValidationBuilder.setHelpText');
    this.spec = { ...this.spec, helpText };
    return this;
  }

  getAllowInvalid(): boolean {
    this.ctx.meter.record(SERVICE, 'DataValidationBuilder.getAllowInvalid');
    return this.spec.allowInvalid;
  }

  getHelpText(): string {
    this.ctx.meter.record(SERVICE, 'DataValidationBuilder.getHelpText');
    return this.spec.helpText ?? '';
  }

  getCriteriaValues(): unknown[] {
    this.ctx.meter.record(SERVICE, 'DataValidationBuilder.getCriteriaValues');
    return [...this.spec.args];
  }

  build(): FakeDataValidation {
    this.ctx.meter.record(SERVICE, 'DataValidationBuilder.build');
    if (this.spec.criteria === '')
      throw new Error('You must specify a criteria for the data validation rule.');
    return new FakeDataValidation(this.ctx, { ...this.spec, args: [...this.spec.args] });
  }
}
