/**
 * Sheet and range protections. Until a script changes the editors, a protection's editors mirror
 * the spreadsheet's (here: the account running the script).
 * https://developers.google.com/apps-script/reference/spreadsheet/protection
 */
import { EmulatorContext } from '../../core/context';
import { Faked, makeEnum } from './gas-types';
import type { FakeRange } from './range';

type Real = GoogleAppsScript.Spreadsheet.Protection;
export type ProtectionTypeName = 'RANGE' | 'SHEET';

export const ProtectionType = makeEnum<typeof GoogleAppsScript.Spreadsheet.ProtectionType>([
  'RANGE',
  'SHEET',
]);

const SERVICE = 'SpreadsheetApp';

/** What a protection covers; the range is whatever object the sheet hands back to the script. */
export interface ProtectionTarget {
  sheetName(): string;
  range(): FakeRange;
}

interface UserLike {
  getEmail(): string;
}

export class FakeProtection implements Faked<
  Real,
  | 'getDescription'
  | 'isWarningOnly'
  | 'canEdit'
  | 'canDomainEdit'
  | 'remove'
  | 'getRange'
  | 'getProtectionType'
  | 'setDescription'
  | 'setWarningOnly'
  | 'addEditor'
  | 'addEditors'
  | 'removeEditor'
  | 'removeEditors'
  | 'setDomainEdit'
> {
  description = '';
  warningOnly = false;
  domainEdit = true;
  removed = false;
  readonly editors: string[];

  constructor(
    private readonly ctx: EmulatorContext,
    readonly type: ProtectionTypeName,
    private readonly target: ProtectionTarget,
    private readonly onRemove: (p: FakeProtection) => void,
  ) {
    this.editors = [ctx.accountEmail];
  }

  private record(method: string): void {
    this.ctx.meter.record(SERVICE, `Protection.${method}`);
  }

  getProtectionType(): GoogleAppsScript.Spreadsheet.ProtectionType {
    this.record('getProtectionType');
    return this.type as unknown as GoogleAppsScript.Spreadsheet.ProtectionType;
  }

  getRange(): FakeRange {
    this.record('getRange');
    return this.target.range();
  }

  getDescription(): string {
    this.record('getDescription');
    return this.description;
  }

  setDescription(description: string): FakeProtection {
    this.record('setDescription');
    this.description = String(description);
    return this;
  }

  isWarningOnly(): boolean {
    this.record('isWarningOnly');
    return this.warningOnly;
  }

  setWarningOnly(warningOnly: boolean): FakeProtection {
    this.record('setWarningOnly');
    this.warningOnly = Boolean(warningOnly);
    return this;
  }

  canEdit(): boolean {
    this.record('canEdit');
    return this.warningOnly || this.editors.includes(this.ctx.accountEmail);
  }

  canDomainEdit(): boolean {
    this.record('canDomainEdit');
    return this.domainEdit;
  }

  setDomainEdit(editable: boolean): FakeProtection {
    this.record('setDomainEdit');
    this.domainEdit = Boolean(editable);
    return this;
  }

  getEditors(): UserLike[] {
    this.record('getEditors');
    return this.editors.map((email) => ({ getEmail: () => email }));
  }

  addEditor(user: string | UserLike): FakeProtection {
    this.record('addEditor');
    this.add([user]);
    return this;
  }

  addEditors(emailAddresses: string[]): FakeProtection {
    this.record('addEditors');
    this.add(emailAddresses);
    return this;
  }

  removeEditor(user: string | UserLike): FakeProtection {
    this.record('removeEditor');
    this.drop([user]);
    return this;
  }

  removeEditors(users: (string | UserLike)[]): FakeProtection {
    this.record('removeEditors');
    this.drop(users);
    return this;
  }

  remove(): void {
    this.record('remove');
    this.removed = true;
    this.onRemove(this);
  }

  /** Emulator-side summary for assertions and export. */
  describe(): {
    type: ProtectionTypeName;
    sheet: string;
    description: string;
    warningOnly: boolean;
    editors: string[];
  } {
    return {
      type: this.type,
      sheet: this.target.sheetName(),
      description: this.description,
      warningOnly: this.warningOnly,
      editors: [...this.editors],
    };
  }

  private add(users: (string | UserLike)[]): void {
    for (const u of users) {
      const email = emailOf(u);
      if (!this.editors.includes(email)) this.editors.push(email);
    }
  }

  private drop(users: (string | UserLike)[]): void {
    const emails = new Set(users.map(emailOf));
    // The owner of a spreadsheet can never be removed from a protection.
    emails.delete(this.ctx.accountEmail);
    for (let i = this.editors.length - 1; i >= 0; i -= 1)
      if (emails.has(this.editors[i])) this.editors.splice(i, 1);
  }
}

function emailOf(user: string | UserLike): string {
  return typeof user === 'string' ? user : user.getEmail();
}
