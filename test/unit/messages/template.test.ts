import { MESSAGE_DEFINITIONS } from '../../../src/domain/messages/catalogue';
import { defaultMessages, resolveMessages } from '../../../src/domain/messages/resolve';
import {
  linkValue,
  listValue,
  parseTemplate,
  renderBody,
  renderSubject,
  text,
} from '../../../src/domain/messages/template';
import { renderHtml, renderText } from '../../../src/domain/reminders/message';

const ALLOWED = ['firstName', 'topic', 'link', 'people'];

function parsed(source: string, shape: 'subject' | 'body' = 'body') {
  const result = parseTemplate(source, ALLOWED, shape, ['people']);
  if (!result.ok) throw new Error(JSON.stringify(result.problem));
  return result.template;
}

describe('message templates', () => {
  it('puts values in, leaves out a paragraph whose placeholders are all empty, keeps the rest', () => {
    const template = parsed('Hello {{firstName}},\n\nThe topic is: {{topic}}\n\nSee you soon.');
    const withTopic = renderText(
      renderBody(template, { firstName: text('Ana'), topic: text('Sleep') }),
    );
    expect(withTopic).toBe('Hello Ana,\n\nThe topic is: Sleep\n\nSee you soon.');
    const without = renderText(renderBody(template, { firstName: text('Ana'), topic: text('') }));
    expect(without).toBe('Hello Ana,\n\nSee you soon.');
  });

  it('a list placeholder on the last line of a paragraph goes with its introduction, or neither', () => {
    const template = parsed('On duty:\n{{people}}\n\nBye');
    const shown = renderText(renderBody(template, { people: listValue([['Greeter: Bo']]) }));
    expect(shown).toBe('On duty:\n\n- Greeter: Bo\n\nBye');
    expect(renderText(renderBody(template, { people: listValue([]) }))).toBe('Bye');
  });

  it('refuses an unknown placeholder, an unclosed one, a stray close and an empty text', () => {
    const problem = (source: string, shape: 'subject' | 'body' = 'body') => {
      const result = parseTemplate(source, ALLOWED, shape, ['people']);
      return result.ok ? null : result.problem;
    };
    expect(problem('Hi {{comment}}')).toEqual({ kind: 'unknown', name: 'comment' });
    expect(problem('Hi {{firstName')).toEqual({ kind: 'unclosed' });
    expect(problem('Hi {firstName}')).toEqual({ kind: 'unclosed' });
    expect(problem('Hi firstName}}')).toEqual({ kind: 'stray-close' });
    expect(problem('  \n ')).toEqual({ kind: 'empty' });
    expect(problem('Hi {{people}} there')).toEqual({ kind: 'block-in-line', name: 'people' });
    expect(problem('{{people}}', 'subject')).toEqual({ kind: 'block-in-line', name: 'people' });
    expect(problem('Hi {{ firstName }}')).toBeNull();
  });

  it('escapes whatever a template or a value says, and a subject stays on one line', () => {
    const template = parsed('<b>{{firstName}}</b> {{link}}');
    const html = renderHtml(
      renderBody(template, {
        firstName: text('<img src=x onerror=alert(1)>'),
        link: linkValue('open', 'javascript:alert(1)'),
      }),
    );
    expect(html).not.toMatch(/<b>|<img|href="javascript/);
    expect(html).toContain('&lt;b&gt;');
    const subject = renderSubject(parsed('Hello\n{{firstName}}', 'subject'), {
      firstName: text('Ana\r\nBcc: x@example.org'),
    });
    expect(subject).toBe('Hello Ana Bcc: x@example.org');
    expect(subject).not.toMatch(/[\r\n]/);
  });

  it('every default template parses against its own placeholders and uses each of them', () => {
    for (const definition of MESSAGE_DEFINITIONS) {
      for (const source of [definition.subject, definition.body]) {
        const shape = source === definition.subject ? 'subject' : 'body';
        const result = parseTemplate(
          source,
          Object.keys(definition.placeholders),
          shape,
          definition.blocks,
        );
        expect(result.ok).toBe(true);
      }
      const used = `${definition.subject}\n${definition.body}`;
      for (const name of Object.keys(definition.placeholders)) {
        expect(used).toContain(`{{${name}}}`);
      }
    }
    expect(defaultMessages().problems).toEqual([]);
  });

  it('a broken row is refused with its cell named, and the default stays in use', () => {
    const resolved = resolveMessages(
      [
        { row: 2, message: 'Duty reminder', part: 'Subject', text: 'Duty {{dat}}' },
        { row: 3, message: 'duty reminder ', part: 'body', text: 'Hi {{firstName}}' },
      ],
      (row) => `Messages!C${row}`,
    );
    expect(resolved.problems).toHaveLength(1);
    expect(resolved.problems[0]).toMatch(/^Messages!C2: \{\{dat\}\} is not a placeholder/);
    expect(resolved.statuses).toEqual([
      { row: 2, status: resolved.problems[0] },
      { row: 3, status: 'ok' },
    ]);
    const duty = resolved.templates.get('role-duty')!;
    expect(
      renderSubject(duty.subject, { groupName: text('G'), roles: text('R'), date: text('D') }),
    ).toBe('G: you are on duty as R on D');
    expect(renderText(renderBody(duty.body, { firstName: text('Ana') }))).toBe('Hi Ana');
  });
});
