import { createTestingContext } from '../testing-context';
import { FakeBlob } from '../utilities/blob';
import { createHtmlService, noHtmlFile } from './html-service';

function setup() {
  const ctx = createTestingContext();
  const html = createHtmlService(ctx, { files: { Help: '<p>How to use</p>' } });
  return { ctx, html, HtmlService: html.global };
}

describe('HtmlOutput', () => {
  it('keeps content, title and size for a dialog', () => {
    const { HtmlService, html } = setup();
    const out = HtmlService.createHtmlOutput('<h1>Report</h1>')
      .setTitle('Outcome report')
      .setWidth(800)
      .setHeight(600);
    expect(out.getContent()).toBe('<h1>Report</h1>');
    expect(out.getTitle()).toBe('Outcome report');
    expect([out.getWidth(), out.getHeight()]).toEqual([800, 600]);
    expect(html.outputs()[0].describe()).toEqual({
      title: 'Outcome report',
      width: 800,
      height: 600,
      content: '<h1>Report</h1>',
    });
  });

  it('append adds markup; appendUntrusted escapes what members typed', () => {
    const { HtmlService } = setup();
    const out = HtmlService.createHtmlOutput()
      .append('<p>Comment: ')
      .appendUntrusted('<script>alert("x")</script> & \'hi\'')
      .append('</p>');
    expect(out.getContent()).toBe(
      '<p>Comment: &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;hi&#39;</p>',
    );
    out.clear();
    expect(out.getContent()).toBe('');
    out.setContent('<b>new</b>');
    expect(out.getContent()).toBe('<b>new</b>');
  });

  it('records sandbox and X-Frame options and meta tags', () => {
    const { HtmlService } = setup();
    const out = HtmlService.createHtmlOutput('x')
      .setSandboxMode(HtmlService.SandboxMode.IFRAME)
      .setXFrameOptionsMode(HtmlService.XFrameOptionsMode.ALLOWALL)
      .addMetaTag('viewport', 'width=device-width');
    expect(out.sandboxMode).toBe('IFRAME');
    expect(out.xFrameOptionsMode).toBe('ALLOWALL');
    expect(out.getMetaTags().map((t) => [t.getName(), t.getContent()])).toEqual([
      ['viewport', 'width=device-width'],
    ]);
  });

  it('getAs("application/pdf") returns a PDF-typed blob that still holds the HTML', () => {
    const { HtmlService } = setup();
    const out = HtmlService.createHtmlOutput('<h1>Report</h1>').setTitle('Report March');
    const pdf = out.getAs('application/pdf') as FakeBlob;
    expect(pdf.getContentType()).toBe('application/pdf');
    expect(pdf.getName()).toBe('Report March.pdf');
    expect(pdf.getDataAsString()).toBe('<h1>Report</h1>');
    expect(pdf.convertedFrom).toBe('text/html');
    expect(out.getBlob().getContentType()).toBe('text/html');
  });

  it('creates output from a registered file, and throws for a missing one', () => {
    const { HtmlService } = setup();
    expect(HtmlService.createHtmlOutputFromFile('Help').getContent()).toBe('<p>How to use</p>');
    expect(() => HtmlService.createHtmlOutputFromFile('Sidebar')).toThrow(noHtmlFile('Sidebar'));
  });
});

describe('HtmlTemplate', () => {
  it('prints template properties escaped with <?= ?> and raw with <?!= ?>', () => {
    const { HtmlService } = setup();
    const t = HtmlService.createTemplate('<h1><?= title ?></h1><?!= chart ?>');
    t.title = 'Tom & <Jerry>';
    t.chart = '<svg></svg>';
    expect(t.evaluate().getContent()).toBe('<h1>Tom &amp; &lt;Jerry&gt;</h1><svg></svg>');
  });

  it('runs scriptlets for loops and conditions', () => {
    const { HtmlService } = setup();
    const t = HtmlService.createTemplate(
      '<ul><? for (var i = 0; i < names.length; i++) { ?><li><?= names[i] ?></li><? } ?></ul>' +
        '<? if (names.length === 0) { ?>none<? } ?>',
    );
    t.names = ['Ana', 'Bo'];
    expect(t.evaluate().getContent()).toBe('<ul><li>Ana</li><li>Bo</li></ul>');
  });

  it('prints null and undefined as empty text and keeps the raw source', () => {
    const { HtmlService } = setup();
    const t = HtmlService.createTemplate('[<?= missing ?>]');
    t.missing = null;
    expect(t.evaluate().getContent()).toBe('[]');
    expect(t.getRawContent()).toBe('[<?= missing ?>]');
  });

  it('turns an output back into a template', () => {
    const { HtmlService } = setup();
    const t = HtmlService.createHtmlOutput('Hi <?= name ?>').asTemplate();
    t.name = 'Ana';
    expect(t.evaluate().getContent()).toBe('Hi Ana');
  });
});

describe('HtmlService metering', () => {
  it('counts calls and throws injected faults', () => {
    const { ctx, HtmlService } = setup();
    ctx.meter.injectFault({
      service: 'HtmlService',
      method: 'HtmlOutput.setTitle',
      message: 'boom',
    });
    const out = HtmlService.createHtmlOutput('x');
    expect(() => out.setTitle('t')).toThrow('boom');
    expect(ctx.meter.snapshot()).toEqual({ 'HtmlService.HtmlService.createHtmlOutput': 1 });
  });
});
