/**
 * The pseudo-language scan's reading of a text: what is wrapped and what the group typed goes,
 * what is left is text our code wrote outside the catalogue.
 */
import { groupTexts, leftOver, withoutWrapped } from '../../demo/pseudo-scan';

describe('the pseudo-language scan', () => {
  const group = groupTexts({
    group: { name: 'Riverside Peer Circle' },
    members: [{ name: 'Callum Khan', email: 'callum@example.org' }],
    answers: ['before', 'I felt heard.'],
  });

  it('takes out wrapped text, nested or not', () => {
    expect(withoutWrapped('⟦Hello ⟦7 January⟧ there⟧ and more')).toBe('  and more');
    expect(leftOver('⟦Hello {name}⟧', group)).toBeNull();
  });

  it('keeps text that is not wrapped', () => {
    expect(leftOver('⟦Hello⟧ Also on duty:', group)).toBe('Also on duty:');
    expect(leftOver('Hello Callum,', group)).toBe('Hello ,');
  });

  it("takes out the group's names and sentences wherever they are, but its lower-case words only whole", () => {
    expect(leftOver('⟦Hi⟧ Callum Khan ⟦wrote⟧ I felt heard.', group)).toBeNull();
    expect(leftOver('before', group)).toBeNull();
    expect(leftOver('Days before the session', group)).toBe('Days before the session');
    // A name inside a longer word is not the name.
    expect(leftOver('Callumwise', group)).toBe('Callumwise');
  });

  it('lets through what no language translates', () => {
    expect(
      leftOver('callum@example.org https://forms.example/x 2026-01-07 19:30 M0001 3.5', group),
    ).toBeNull();
    expect(leftOver('Timestamp', group)).toBeNull();
  });
});
