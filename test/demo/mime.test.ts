/** The message pieces of the .eml writer, checked with an independent reader. */
import { encodedWords, quotedPrintable, rfc5322Date, textHeader } from '../../demo/outputs/mime';
import { excelSheetName } from '../../demo/outputs/workbook';
import { decodeHeader, decodeQuotedPrintable } from './eml-reader';

describe('quoted-printable', () => {
  const samples = [
    'Hello Siobhán,\nsee you on Wednesday.',
    `${'a long line of text without breaks '.repeat(8)}end`,
    'equals = sign, trailing space \nand tab\t',
    'ünïcödé '.repeat(20),
    '=3D is not an escape here\r\nWindows line',
  ];

  it.each(samples)('round-trips %j with CRLF breaks and lines of at most 76 characters', (text) => {
    const encoded = quotedPrintable(text);
    expect(encoded.split('\r\n').every((line) => line.length <= 76)).toBe(true);
    expect(/[^\r]\n/.test(encoded)).toBe(false);
    expect(/[ \t]$/m.test(encoded.replace(/\r/g, ''))).toBe(false);
    expect(decodeQuotedPrintable(encoded)).toBe(text.replace(/\r?\n/g, '\r\n'));
  });
});

describe('headers', () => {
  it('leaves ASCII subjects readable and encodes others as RFC 2047 words of at most 75 characters', () => {
    expect(textHeader('Subject', 'You are on duty on Wednesday')).toBe(
      'Subject: You are on duty on Wednesday',
    );
    const subject = 'Zoë, rappel : vous êtes « accueil » mercredi — Łódź café ☕ '.repeat(2).trim();
    const header = textHeader('Subject', subject);
    expect(/^[\x20-\x7e\r\n]*$/.test(header)).toBe(true);
    for (const word of encodedWords(subject)) expect(word.length).toBeLessThanOrEqual(75);
    expect(decodeHeader(header.replace(/^Subject: /, '').replace(/\r\n /g, ' '))).toBe(subject);
  });

  it("writes the date in the group's time zone with its offset", () => {
    expect(rfc5322Date(Date.UTC(2026, 0, 7, 6, 0, 2), 'Europe/London')).toBe(
      'Wed, 07 Jan 2026 06:00:02 +0000',
    );
    expect(rfc5322Date(Date.UTC(2026, 5, 3, 5, 30, 0), 'Europe/London')).toBe(
      'Wed, 03 Jun 2026 06:30:00 +0100',
    );
    expect(rfc5322Date(Date.UTC(2026, 0, 7, 6, 0, 0), 'America/St_Johns')).toBe(
      'Wed, 07 Jan 2026 02:30:00 -0330',
    );
  });
});

describe('worksheet names', () => {
  it('keeps ordinary tab names and gives Excel-forbidden characters lookalikes', () => {
    const taken = new Set<string>();
    expect(excelSheetName('Instrument wording', taken)).toBe('Instrument wording');
    expect(excelSheetName('Outcomes: Participation', taken)).toBe('Outcomes\u2236 Participation');
    expect(excelSheetName('A/B [draft]?', taken)).toBe('A\u2215B (draft)\uff1f');
    expect(excelSheetName('x'.repeat(40), taken)).toHaveLength(31);
    expect(excelSheetName('Charts', new Set(['charts']))).toBe('Charts~2');
  });
});
