import {
  link,
  list,
  notice,
  paragraph,
  renderHtml,
  renderText,
} from '../../../src/domain/reminders/message';

describe('rendering letters', () => {
  const blocks = [
    paragraph('Hello <b>Sam</b> & "friends",'),
    list([['one'], ['<two>']]),
    paragraph('Form: ', link('open the form', 'https://forms.example/x?a=1&b=2')),
    notice('Test <mode>'),
  ];

  it('escapes every typed string in HTML', () => {
    const html = renderHtml(blocks);
    expect(html).toContain('<p>Hello &lt;b&gt;Sam&lt;/b&gt; &amp; &quot;friends&quot;,</p>');
    expect(html).toContain('<li>&lt;two&gt;</li>');
    expect(html).toContain('<a href="https://forms.example/x?a=1&amp;b=2">open the form</a>');
    expect(html).toContain('Test &lt;mode&gt;');
    expect(html).not.toContain('<b>');
  });

  it('keeps typed text as it is in the plain-text body, with links spelled out', () => {
    expect(renderText(blocks)).toBe(
      [
        'Hello <b>Sam</b> & "friends",',
        '- one\n- <two>',
        'Form: https://forms.example/x?a=1&b=2',
        '*** Test <mode> ***',
      ].join('\n\n'),
    );
  });

  it('drops a link that is not https, keeping its label', () => {
    const unsafe = [paragraph(link('click', 'javascript:alert(1)'))];
    expect(renderHtml(unsafe)).not.toContain('javascript');
    expect(renderText(unsafe)).toBe('click');
  });
});
