/**
 * HtmlService. The project builds its pages in code, so "files" are only what a test registers
 * (name without the .html extension, as createHtmlOutputFromFile takes it).
 * https://developers.google.com/apps-script/reference/html/html-service
 */
import { EmulatorContext } from '../../core/context';
import { bytesOfBlob, isBlobSource } from '../utilities/blob';
import { FakeHtmlOutput, SandboxMode, XFrameOptionsMode } from './html-output';
import { FakeHtmlTemplate } from './html-template';

type ServiceMethods =
  | 'createHtmlOutput'
  | 'createHtmlOutputFromFile'
  | 'createTemplate'
  | 'createTemplateFromFile'
  | 'getUserAgent';

/** Wording recalled from the live service; not quoted in the reference. */
export const noHtmlFile = (name: string) => `No HTML file named ${name} was found.`;

export class FakeHtmlService implements Pick<GoogleAppsScript.HTML.HtmlService, ServiceMethods> {
  readonly SandboxMode = SandboxMode as unknown as typeof GoogleAppsScript.HTML.SandboxMode;
  readonly XFrameOptionsMode =
    XFrameOptionsMode as unknown as typeof GoogleAppsScript.HTML.XFrameOptionsMode;

  constructor(
    private readonly ctx: EmulatorContext,
    private readonly files: Map<string, string>,
    private readonly created: FakeHtmlOutput[],
  ) {}

  private record(method: string): void {
    this.ctx.meter.record('HtmlService', `HtmlService.${method}`);
  }

  private textOf(source: unknown): string {
    if (source === undefined || source === null) return '';
    if (isBlobSource(source)) {
      return bytesOfBlob(
        this.ctx,
        this.ctx.meter.internal(() => source.getBlob()),
      ).toString('utf8');
    }
    return String(source);
  }

  private file(name: string): string {
    const html = this.files.get(String(name).replace(/\.html$/, ''));
    if (html === undefined) throw new Error(noHtmlFile(name));
    return html;
  }

  private track(output: FakeHtmlOutput): FakeHtmlOutput {
    this.created.push(output);
    return output;
  }

  createHtmlOutput(html?: string | GoogleAppsScript.Base.BlobSource): FakeHtmlOutput {
    this.record('createHtmlOutput');
    return this.track(new FakeHtmlOutput(this.ctx, this.textOf(html)));
  }

  createHtmlOutputFromFile(filename: string): FakeHtmlOutput {
    this.record('createHtmlOutputFromFile');
    return this.track(new FakeHtmlOutput(this.ctx, this.file(filename)));
  }

  createTemplate(html: string | GoogleAppsScript.Base.BlobSource): FakeHtmlTemplate {
    this.record('createTemplate');
    return new FakeHtmlTemplate(this.ctx, this.textOf(html));
  }

  createTemplateFromFile(filename: string): FakeHtmlTemplate {
    this.record('createTemplateFromFile');
    return new FakeHtmlTemplate(this.ctx, this.file(filename));
  }

  getUserAgent(): string {
    this.record('getUserAgent');
    return 'Mozilla/5.0 (Peer Circle emulator)';
  }
}

export interface HtmlServiceOptions {
  /** Project HTML files by name (without .html). */
  files?: Record<string, string>;
}

export interface HtmlServiceHandle {
  global: FakeHtmlService;
  addFile(name: string, html: string): void;
  /** Outputs made by createHtmlOutput*, in order (template outputs are not tracked). */
  outputs(): FakeHtmlOutput[];
}

export function createHtmlService(
  ctx: EmulatorContext,
  options: HtmlServiceOptions = {},
): HtmlServiceHandle {
  const files = new Map(Object.entries(options.files ?? {}));
  const created: FakeHtmlOutput[] = [];
  return {
    global: new FakeHtmlService(ctx, files, created),
    addFile: (name, html) => files.set(name.replace(/\.html$/, ''), html),
    outputs: () => [...created],
  };
}
