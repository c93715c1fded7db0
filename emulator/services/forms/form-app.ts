/**
 * The `FormApp` global.
 * https://developers.google.com/apps-script/reference/forms/form-app
 */
import { EmulatorContext } from '../../core/context';
import { DestinationType, FakeForm } from './form';
import { FakedForms } from './gas-types';
import { ItemType } from './items';

type Real = GoogleAppsScript.Forms.FormApp;

const SERVICE = 'FormApp';

export interface FormRegistry {
  byId(id: string): FakeForm | undefined;
  create(title: string): FakeForm;
}

export class FakeFormApp implements FakedForms<
  Real,
  'create' | 'openById' | 'openByUrl' | 'getActiveForm' | 'DestinationType' | 'ItemType'
> {
  readonly DestinationType = DestinationType;
  readonly ItemType = ItemType;

  constructor(
    private readonly ctx: EmulatorContext,
    private readonly registry: FormRegistry,
  ) {}

  private record(method: string): void {
    this.ctx.meter.record(SERVICE, `FormApp.${method}`);
  }

  create(title: string): FakeForm {
    this.record('create');
    return this.registry.create(String(title));
  }

  openById(id: string): FakeForm {
    this.record('openById');
    const form = this.registry.byId(String(id));
    if (!form)
      throw new Error(
        'Unexpected error while getting the method or property openById on object FormApp.',
      );
    return form;
  }

  openByUrl(url: string): FakeForm {
    this.record('openByUrl');
    const m = /\/forms\/d\/(?:e\/)?([^/]+)/.exec(String(url));
    const form = m ? this.registry.byId(m[1]) : undefined;
    if (!form)
      throw new Error(
        'Unexpected error while getting the method or property openByUrl on object FormApp.',
      );
    return form;
  }

  /** The script is bound to a spreadsheet, not a form: there is no active form. */
  getActiveForm(): FakeForm {
    this.record('getActiveForm');
    return null as unknown as FakeForm;
  }
}
