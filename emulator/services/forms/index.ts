/**
 * The FormApp emulator: the factory the environment calls, and the emulator-side member path
 * `submit`, which plays a person filling in the form: it appends the response row to the
 * destination sheet and raises ctx.onFormResponseRow so the environment can fire triggers.
 */
import { EmulatorContext } from '../../core/context';
import { DateCell, FormulaCell, StoredValue } from '../spreadsheet/cell-values';
import { SpreadsheetService } from '../spreadsheet';
import { FakeFormApp } from './form-app';
import { FakeForm, SubmitOptions } from './form';

export { FakeForm } from './form';
export type { SubmitOptions } from './form';
export { FakeFormApp } from './form-app';
export type { AnswerInput } from './responses';

export interface FormService {
  /** The `FormApp` global. */
  app: FakeFormApp;
  getById(id: string): FakeForm | undefined;
  all(): FakeForm[];
  /**
   * A member submits a form. Validates as the form UI would unless `raw`, records the response,
   * appends the row to the destination sheet (uncounted) and calls ctx.onFormResponseRow.
   * Returns where the row went; row 0 and sheetName '' when the form has no destination.
   */
  submit(
    formId: string,
    options: SubmitOptions,
  ): { row: number; sheetName: string; responseId: string };
}

export function createFormService(
  ctx: EmulatorContext,
  spreadsheets: SpreadsheetService,
): FormService {
  const forms = new Map<string, FakeForm>();
  const registry = {
    byId: (id: string) => forms.get(id),
    create(title: string, published: boolean): FakeForm {
      const form = new FakeForm(ctx, spreadsheets, ctx.nextId('form'), title, published);
      forms.set(form.id, form);
      return form;
    },
  };
  const toScript = (v: StoredValue): unknown =>
    v instanceof DateCell ? new ctx.ScriptDate(v.ms) : v instanceof FormulaCell ? v.value : v;
  return {
    app: new FakeFormApp(ctx, registry),
    getById: (id) => forms.get(id),
    all: () => [...forms.values()],
    submit(formId, options) {
      const form = forms.get(formId);
      if (!form) throw new Error(`No form with id ${formId}.`);
      const { responseId, appended } = form.submit(options);
      if (!appended) return { row: 0, sheetName: '', responseId };
      ctx.onFormResponseRow({
        spreadsheetId: appended.sheet.spreadsheet.id,
        sheetName: appended.sheet.name,
        row: appended.row,
        headers: appended.headers,
        values: appended.values.map(toScript),
        displayValues: appended.displayValues,
        formId,
      });
      return { row: appended.row, sheetName: appended.sheet.name, responseId };
    },
  };
}
