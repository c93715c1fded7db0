/**
 * The `SpreadsheetApp` global.
 * https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app
 */
import { EmulatorContext } from '../../core/context';
import { DataValidationCriteria, FakeDataValidationBuilder } from './data-validation';
import { Faked } from './gas-types';
import { MSG } from './messages';
import { ProtectionType } from './protection';
import { FakeSheet } from './sheet';
import { FakeSpreadsheet } from './spreadsheet';
import { FakeUi, UiRecorder } from './ui';

type Real = GoogleAppsScript.Spreadsheet.SpreadsheetApp;

const SERVICE = 'SpreadsheetApp';

/** What SpreadsheetApp needs from the service that owns the spreadsheets. */
export interface SpreadsheetRegistry {
  active: FakeSpreadsheet | null;
  byId(id: string): FakeSpreadsheet | undefined;
  create(name: string): FakeSpreadsheet;
  all(): FakeSpreadsheet[];
}

export class FakeSpreadsheetApp implements Faked<
  Real,
  | 'flush'
  | 'ProtectionType'
  | 'DataValidationCriteria'
  | 'getActiveSpreadsheet'
  | 'getActive'
  | 'openById'
  | 'openByUrl'
  | 'create'
  | 'getActiveSheet'
  | 'setActiveSheet'
  | 'getUi'
  | 'newDataValidation'
> {
  readonly ProtectionType = ProtectionType;
  readonly DataValidationCriteria = DataValidationCriteria;
  private readonly ui: FakeUi;

  constructor(
    private readonly ctx: EmulatorContext,
    private readonly registry: SpreadsheetRegistry,
    private readonly recorder: UiRecorder,
  ) {
    this.ui = new FakeUi(ctx, recorder);
  }

  private record(method: string): void {
    this.ctx.meter.record(SERVICE, `SpreadsheetApp.${method}`);
  }

  getActiveSpreadsheet(): FakeSpreadsheet {
    this.record('getActiveSpreadsheet');
    return this.activeOrNull() as FakeSpreadsheet;
  }

  getActive(): FakeSpreadsheet {
    this.record('getActive');
    return this.activeOrNull() as FakeSpreadsheet;
  }

  getActiveSheet(): FakeSheet {
    this.record('getActiveSheet');
    const ss = this.activeOrNull();
    return (ss ? ss.activeSheet : null) as FakeSheet;
  }

  setActiveSheet(sheet: FakeSheet): FakeSheet {
    this.record('setActiveSheet');
    sheet.spreadsheet.activeSheet = sheet;
    return sheet;
  }

  openById(id: string): FakeSpreadsheet {
    this.record('openById');
    const ss = this.registry.byId(String(id));
    if (!ss) throw new Error(MSG.openByIdFailed);
    // Re-opening shows tabs other services added since (a form's response tab).
    ss.revealAddedSheets();
    return ss;
  }

  openByUrl(url: string): FakeSpreadsheet {
    this.record('openByUrl');
    const m = /\/spreadsheets\/d\/([^/]+)/.exec(String(url));
    const ss = m ? this.registry.byId(m[1]) : undefined;
    if (!ss) throw new Error(MSG.openByUrlFailed);
    ss.revealAddedSheets();
    return ss;
  }

  create(name: string): FakeSpreadsheet {
    this.record('create');
    return this.registry.create(String(name));
  }

  /**
   * "Applies all pending Spreadsheet changes": here, shows the script the tabs other services
   * added (a form's new response tab).
   * https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#flush()
   */
  flush(): void {
    this.record('flush');
    for (const ss of this.registry.all()) ss.revealAddedSheets();
  }

  getUi(): FakeUi {
    this.record('getUi');
    if (!this.recorder.available) throw new Error(MSG.noUi);
    return this.ui;
  }

  newDataValidation(): FakeDataValidationBuilder {
    this.record('newDataValidation');
    return new FakeDataValidationBuilder(this.ctx);
  }

  /**
   * A standalone script has no active spreadsheet (null); a bound one gets its container, also in
   * triggers. https://developers.google.com/apps-script/guides/bound
   */
  private activeOrNull(): FakeSpreadsheet | null {
    return this.registry.active;
  }
}
