/**
 * HtmlOutput: the page a dialog, sidebar or web app shows. Only its content and settings are
 * kept; nothing is rendered. getAs('application/pdf') returns a blob whose bytes are still the
 * HTML (see FakeBlob): real PDF conversion is not emulated.
 * https://developers.google.com/apps-script/reference/html/html-output
 */
import { EmulatorContext } from '../../core/context';
import { FakeBlob } from '../utilities/blob';
// A cycle (templates evaluate to outputs, outputs turn into templates); both sides only use the
// other inside methods, so the CommonJS import order does not matter.
import { FakeHtmlTemplate } from './html-template';

export const SandboxMode = { EMULATED: 'EMULATED', IFRAME: 'IFRAME', NATIVE: 'NATIVE' } as const;
export const XFrameOptionsMode = { ALLOWALL: 'ALLOWALL', DEFAULT: 'DEFAULT' } as const;

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

export class FakeHtmlOutputMetaTag implements GoogleAppsScript.HTML.HtmlOutputMetaTag {
  constructor(
    private readonly name: string,
    private readonly content: string,
  ) {}
  getName(): string {
    return this.name;
  }
  getContent(): string {
    return this.content;
  }
}

export class FakeHtmlOutput implements GoogleAppsScript.HTML.HtmlOutput {
  private title = '';
  /** null until set: Apps Script then applies the dialog's own default size. */
  private width: number | null = null;
  private height: number | null = null;
  private faviconUrl = '';
  private readonly metaTags: FakeHtmlOutputMetaTag[] = [];
  /** Emulator-side: the modes the script asked for. */
  sandboxMode: string = SandboxMode.IFRAME;
  xFrameOptionsMode: string = XFrameOptionsMode.DEFAULT;

  constructor(
    private readonly ctx: EmulatorContext,
    private content = '',
  ) {}

  private record(method: string): void {
    this.ctx.meter.record('HtmlService', `HtmlOutput.${method}`);
  }

  /** Emulator-side snapshot of what a dialog would show. */
  describe(): { title: string; width: number | null; height: number | null; content: string } {
    return { title: this.title, width: this.width, height: this.height, content: this.content };
  }

  append(addedContent: string): this {
    this.record('append');
    this.content += String(addedContent);
    return this;
  }

  /** Escapes the text, so member-typed content cannot inject markup. */
  appendUntrusted(addedContent: string): this {
    this.record('appendUntrusted');
    this.content += escapeHtml(String(addedContent));
    return this;
  }

  clear(): this {
    this.record('clear');
    this.content = '';
    return this;
  }

  getContent(): string {
    this.record('getContent');
    return this.content;
  }

  setContent(content: string): this {
    this.record('setContent');
    this.content = String(content);
    return this;
  }

  getTitle(): string {
    this.record('getTitle');
    return this.title;
  }

  setTitle(title: string): this {
    this.record('setTitle');
    this.title = String(title);
    return this;
  }

  getWidth(): number {
    this.record('getWidth');
    // The declared type is Integer; an unset width is reported as null rather than invented.
    return this.width as number;
  }

  setWidth(width: number): this {
    this.record('setWidth');
    this.width = Number(width);
    return this;
  }

  getHeight(): number {
    this.record('getHeight');
    return this.height as number;
  }

  setHeight(height: number): this {
    this.record('setHeight');
    this.height = Number(height);
    return this;
  }

  getFaviconUrl(): string {
    this.record('getFaviconUrl');
    return this.faviconUrl;
  }

  setFaviconUrl(iconUrl: string): this {
    this.record('setFaviconUrl');
    this.faviconUrl = String(iconUrl);
    return this;
  }

  addMetaTag(name: string, content: string): this {
    this.record('addMetaTag');
    this.metaTags.push(new FakeHtmlOutputMetaTag(String(name), String(content)));
    return this;
  }

  getMetaTags(): FakeHtmlOutputMetaTag[] {
    this.record('getMetaTags');
    return [...this.metaTags];
  }

  setSandboxMode(mode: GoogleAppsScript.HTML.SandboxMode): this {
    this.record('setSandboxMode');
    this.sandboxMode = String(mode);
    return this;
  }

  setXFrameOptionsMode(mode: GoogleAppsScript.HTML.XFrameOptionsMode): this {
    this.record('setXFrameOptionsMode');
    this.xFrameOptionsMode = String(mode);
    return this;
  }

  asTemplate(): FakeHtmlTemplate {
    this.record('asTemplate');
    return new FakeHtmlTemplate(this.ctx, this.content);
  }

  getBlob(): FakeBlob {
    this.record('getBlob');
    const name = this.title === '' ? null : `${this.title}.html`;
    return new FakeBlob(
      this.ctx,
      Buffer.from(this.content, 'utf8'),
      'text/html',
      name,
      'HtmlService',
    );
  }

  getAs(contentType: string): FakeBlob {
    this.record('getAs');
    const blob = this.ctx.meter.internal(() => this.getBlob());
    return this.ctx.meter.internal(() => blob.getAs(contentType));
  }
}
