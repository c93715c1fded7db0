/**
 * HtmlTemplate with scriptlets: <?= expr ?> prints escaped, <?!= expr ?> prints raw, and
 * <? code ?> runs code (loops, ifs). Properties the script sets on the template are in scope.
 * Apps Script escapes contextually (HTML, attribute, JavaScript, URL); the emulator always
 * HTML-escapes, which is the strictest for the markup this project prints.
 * https://developers.google.com/apps-script/guides/html/templates
 */
import { EmulatorContext } from '../../core/context';
import { FakeHtmlOutput, escapeHtml } from './html-output';

type Part = { kind: 'text' | 'print' | 'raw' | 'code'; text: string };

export function parseTemplate(source: string): Part[] {
  const parts: Part[] = [];
  let i = 0;
  while (i < source.length) {
    const open = source.indexOf('<?', i);
    if (open < 0) {
      parts.push({ kind: 'text', text: source.slice(i) });
      break;
    }
    if (open > i) parts.push({ kind: 'text', text: source.slice(i, open) });
    const close = source.indexOf('?>', open + 2);
    if (close < 0) throw new Error('Unterminated scriptlet: missing "?>".');
    const inner = source.slice(open + 2, close);
    if (inner.startsWith('!=')) parts.push({ kind: 'raw', text: inner.slice(2) });
    else if (inner.startsWith('=')) parts.push({ kind: 'print', text: inner.slice(1) });
    else parts.push({ kind: 'code', text: inner });
    i = close + 2;
  }
  return parts;
}

/** JavaScript that builds the page; `__data` is in scope through `with`, as in Apps Script. */
export function compileTemplate(source: string): string {
  const lines = parseTemplate(source).map((p) => {
    switch (p.kind) {
      case 'text':
        return `__out.push(${JSON.stringify(p.text)});`;
      case 'print':
        return `__out.push(__esc(${p.text}));`;
      case 'raw':
        return `__out.push(__raw(${p.text}));`;
      default:
        return p.text;
    }
  });
  return `var __out = [];\nwith (__data) {\n${lines.join('\n')}\n}\nreturn __out.join('');`;
}

const toText = (value: unknown) => (value === undefined || value === null ? '' : String(value));

export class FakeHtmlTemplate implements GoogleAppsScript.HTML.HtmlTemplate {
  // Private fields (#) stay out of the template's own properties, which are the script's data.
  readonly #ctx: EmulatorContext;
  readonly #source: string;
  // Scripts assign arbitrary template variables: `template.members = [...]`.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  [propName: string]: any;

  constructor(ctx: EmulatorContext, source: string) {
    this.#ctx = ctx;
    this.#source = source;
  }

  #record(method: string): void {
    this.#ctx.meter.record('HtmlService', `HtmlTemplate.${method}`);
  }

  evaluate(): FakeHtmlOutput {
    this.#record('evaluate');
    const data: Record<string, unknown> = { ...this };
    // Sloppy-mode Function so that `with` works, as Apps Script's own template code does.
    const render = new Function('__data', '__esc', '__raw', compileTemplate(this.#source)) as (
      data: Record<string, unknown>,
      esc: (v: unknown) => string,
      raw: (v: unknown) => string,
    ) => string;
    const html = render(data, (v) => escapeHtml(toText(v)), toText);
    return new FakeHtmlOutput(this.#ctx, html);
  }

  getCode(): string {
    this.#record('getCode');
    return compileTemplate(this.#source);
  }

  getCodeWithComments(): string {
    this.#record('getCodeWithComments');
    return compileTemplate(this.#source);
  }

  getRawContent(): string {
    this.#record('getRawContent');
    return this.#source;
  }
}
