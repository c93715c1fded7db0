/**
 * The `FormApp` global.
 * https://developers.google.com/apps-script/reference/forms/form-app
 */
import { EmulatorContext } from '../../core/context';
import { DestinationType, EmailCollectionType, FakeForm } from './form';
import { FakedForms } from './gas-types';
import { ItemType } from './items';

type Real = GoogleAppsScript.Forms.FormApp;

const SERVICE = 'FormApp';

export interface FormRegistry {
  byId(id: string): FakeForm | undefined;
  create(title: string, published: boolean): FakeForm;
}

export class FakeFormApp implements FakedForms<
  Real,
  | 'create'
  | 'openById'
  | 'openByUrl'
  | 'getActiveForm'
  | 'DestinationType'
  | 'ItemType'
  | 'EmailCollectionType'
> {
  readonly DestinationType = DestinationType;
  readonly ItemType = ItemType;
  /** See form.ts: documented by the Forms API, not yet by the Apps Script reference snapshot. */
  readonly EmailCollectionType = EmailCollectionType;

  constructor(
    private readonly ctx: EmulatorContext,
    private readonly registry: FormRegistry,
  ) {}

  private record(method: string): void {
    this.ctx.meter.record(SERVICE, `FormApp.${method}`);
  }

  /**
   * "Throws an exception if the given title is null or empty." The title names the Drive file
   * only: the form's own title stays '' until setTitle (peer suite gas-fakes, citing Google's
   * issue tracker 442747794). A new form is unpublished unless `isPublished` is true: the
   * stricter reading of the Forms API change of 30 June 2026 (form.ts, publishing).
   * https://developers.google.com/apps-script/reference/forms/form-app#create(String)
   * https://developers.google.com/apps-script/reference/forms/form-app#create(String,Boolean)
   */
  create(title: string, isPublished?: boolean): FakeForm {
    this.record('create');
    if (title === null || title === undefined || String(title) === '')
      throw new Error('Invalid argument: title');
    return this.registry.create(String(title), isPublished === true);
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
    // The edit id opens a form; the published URL's public id (/forms/d/e/<id>) is not a file id.
    // Stricter reading, unverified: Google's wording for that case is not documented.
    const m = /\/forms\/d\/(?!e\/)([^/?#]+)/.exec(String(url));
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
