/**
 * Someone at the spreadsheet choosing Peer Circle menu items: typing into the prompt an action
 * shows, skipping (and saying so) items this build does not have, and keeping the report that
 * "Generate report" produced: the dialog it showed (charts drawn as SVG, as a facilitator sees
 * it), or else the file it saved in Drive (the PDF's source, charts given as tables).
 */
import type { Environment } from '../../emulator/environment';
import type { EventOf } from '../scenario-schema';
import type { Journal } from './journal';

export const REPORT = 'Generate report';

export interface ReportCapture {
  html: string;
  /** Where it came from: the file saved in Drive, or the dialog shown. */
  source: string;
}

export class MenuDesk {
  report: ReportCapture | null = null;
  /** How the last click on "Generate report" went, if it could run. */
  reportRun: { ok: boolean; error: string | null } | null = null;

  constructor(
    private readonly env: Environment,
    private readonly journal: Journal,
  ) {}

  click(event: EventOf<'menu'>): void {
    // A scenario naming an item the menu lacks is a scenario mistake: clickMenu says so and
    // lists the items, and the runner reports it as a step that could not be carried out.
    const ui = this.env.sheets.ui;
    const before = {
      dialogs: ui.dialogs.length,
      files: this.env.drive.files().length,
      prompts: ui.prompts.length,
    };
    if (event.prompt !== undefined) ui.queuePromptResponse(event.prompt);
    const record = this.journal.capture(() => this.env.clickMenu(event.item));
    if (event.prompt !== undefined && ui.prompts.length === before.prompts)
      this.journal.note(
        `"${event.item}" showed no prompt; the typed answer "${event.prompt}" was not used`,
      );
    if (event.item === REPORT) {
      this.reportRun = { ok: record.ok, error: record.error?.message ?? null };
      this.captureReport(before, record.ok);
    }
  }

  /** The dialog the action showed, else the report file it saved. */
  private captureReport(before: { dialogs: number; files: number }, ok: boolean): void {
    const dialog = this.env.sheets.ui.dialogs.slice(before.dialogs).at(-1);
    if (dialog) {
      this.report = { html: dialog.html, source: `the dialog "${dialog.title}"` };
      return;
    }
    const files = this.env.drive.files().slice(before.files);
    const saved = [...files]
      .reverse()
      .find((file) => /<html|<body|<h1|<div/i.test(this.env.drive.textOf(file.id)));
    if (saved)
      this.report = {
        html: this.env.drive.textOf(saved.id),
        source: `the file "${saved.name}" saved in Drive`,
      };
    else if (ok) this.journal.note(`"${REPORT}" ran but saved no file and showed no dialog`);
  }
}
