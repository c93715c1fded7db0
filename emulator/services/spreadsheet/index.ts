/**
 * The SpreadsheetApp emulator: the factory the environment calls, and the emulator-side
 * handles tests use (create spreadsheets, bind the script to one, read what the UI showed).
 */
import { EmulatorContext } from '../../core/context';
import { FakeSpreadsheetApp } from './spreadsheet-app';
import { FakeSpreadsheet } from './spreadsheet';
import { UiRecorder } from './ui';

export { chartsGlobal } from './charts';
export { FakeSpreadsheet } from './spreadsheet';
export { FakeSheet } from './sheet';
export type { SheetInspection } from './sheet';
export { FakeRange } from './range';
export { FakeSpreadsheetApp } from './spreadsheet-app';
export { UiRecorder } from './ui';
export type { ButtonName, MenuEntry, RecordedDialog, RecordedMenu, RecordedToast } from './ui';

export interface SpreadsheetService {
  /** The `SpreadsheetApp` global. */
  app: FakeSpreadsheetApp;
  /** Emulator-side: a new spreadsheet with one sheet "Sheet1" (uncounted). */
  createSpreadsheet(name: string): FakeSpreadsheet;
  getById(id: string): FakeSpreadsheet | undefined;
  all(): FakeSpreadsheet[];
  /** A new execution sees every tab that exists (the previous one's flush is implied). */
  revealAddedSheets(): void;
  /** Binds the script to its container: getActiveSpreadsheet()/getActive() return it. */
  setActive(ss: FakeSpreadsheet | null): void;
  getActive(): FakeSpreadsheet | null;
  /** What the script put on screen; queue alert/prompt answers here. */
  ui: UiRecorder;
}

export function createSpreadsheetService(ctx: EmulatorContext): SpreadsheetService {
  const spreadsheets = new Map<string, FakeSpreadsheet>();
  const ui = new UiRecorder();
  const registry = {
    active: null as FakeSpreadsheet | null,
    byId: (id: string) => spreadsheets.get(id),
    create(name: string): FakeSpreadsheet {
      const ss = new FakeSpreadsheet(ctx, ui, ctx.nextId('spreadsheet'), name);
      spreadsheets.set(ss.id, ss);
      return ss;
    },
    all: () => [...spreadsheets.values()],
  };
  const app = new FakeSpreadsheetApp(ctx, registry, ui);
  return {
    app,
    createSpreadsheet: (name) => registry.create(name),
    getById: (id) => spreadsheets.get(id),
    all: () => [...spreadsheets.values()],
    revealAddedSheets() {
      for (const ss of spreadsheets.values()) ss.revealAddedSheets();
    },
    setActive(ss) {
      registry.active = ss;
    },
    getActive: () => registry.active,
    ui,
  };
}
