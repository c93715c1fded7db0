/**
 * The pieces of an Internet message that need care: quoted-printable bodies (RFC 2045 6.7),
 * encoded-words for non-ASCII header text (RFC 2047), folded header lines and the RFC 5322
 * date. Everything produced here uses CRLF line endings.
 */
import { zoneOffsetMs, toWallClock } from '../../emulator/services/spreadsheet/time-zone';

export const CRLF = '\r\n';
const MAX_QP_LINE = 76;
/** An encoded-word may be at most 75 characters: "=?UTF-8?B?" + payload + "?=" leaves 63, so 60. */
const MAX_WORD_BYTES = 45;

const hex = (byte: number) => `=${byte.toString(16).toUpperCase().padStart(2, '0')}`;

function encodeQpLine(line: string): string {
  const bytes = Buffer.from(line, 'utf8');
  const tokens: string[] = [];
  bytes.forEach((byte, index) => {
    const last = index === bytes.length - 1;
    const literal =
      (byte >= 33 && byte <= 126 && byte !== 61) || ((byte === 32 || byte === 9) && !last);
    tokens.push(literal ? String.fromCharCode(byte) : hex(byte));
  });
  // Soft breaks keep each line within 76 characters, never splitting an "=XX" triple.
  const lines: string[] = [];
  let current = '';
  for (const token of tokens) {
    if (current.length + token.length > MAX_QP_LINE - 1) {
      lines.push(`${current}=`);
      current = '';
    }
    current += token;
  }
  lines.push(current);
  return lines.join(CRLF);
}

/** Quoted-printable, with the text's own line breaks as hard CRLF breaks. */
export function quotedPrintable(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map(encodeQpLine)
    .join(CRLF);
}

export function isAscii(text: string): boolean {
  return /^[\x20-\x7e]*$/.test(text);
}

/** RFC 2047 B-encoded words, split between characters so no word breaks a UTF-8 sequence. */
export function encodedWords(text: string): string[] {
  const words: string[] = [];
  let chunk = '';
  for (const char of text) {
    if (Buffer.byteLength(chunk + char, 'utf8') > MAX_WORD_BYTES) {
      words.push(chunk);
      chunk = '';
    }
    chunk += char;
  }
  if (chunk !== '' || words.length === 0) words.push(chunk);
  return words.map((word) => `=?UTF-8?B?${Buffer.from(word, 'utf8').toString('base64')}?=`);
}

/** Folds a header at spaces so lines stay within 78 characters where the text allows. */
function foldAscii(name: string, value: string): string {
  const lines: string[] = [];
  let current = `${name}:`;
  for (const word of value.split(' ')) {
    if (current.length + 1 + word.length > 78 && current.trim() !== `${name}:`) {
      lines.push(current);
      current = ` ${word}`;
    } else current += ` ${word}`;
  }
  lines.push(current);
  return lines.join(CRLF);
}

/** A complete unstructured header field (e.g. Subject), encoded only if it needs to be. */
export function textHeader(name: string, value: string): string {
  const flat = value.replace(/[\r\n]+/g, ' ');
  if (isAscii(flat)) return foldAscii(name, flat);
  return `${name}: ${encodedWords(flat).join(`${CRLF} `)}`;
}

/** `"Display Name" <address>`, or the address alone when there is no name. */
export function mailbox(address: string, name: string | null): string {
  if (!name) return address;
  const phrase = isAscii(name)
    ? `"${name.replace(/["\\]/g, (c) => `\\${c}`)}"`
    : encodedWords(name).join(' ');
  return `${phrase} <${address}>`;
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "Wed, 07 Jan 2026 06:00:02 +0000", in the group's time zone with its offset that day. */
export function rfc5322Date(ms: number, timeZone: string): string {
  const wall = toWallClock(ms, timeZone);
  const offsetMinutes = Math.round(zoneOffsetMs(ms, timeZone) / 60000);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  const two = (n: number) => String(n).padStart(2, '0');
  return (
    `${DAYS[wall.weekday]}, ${two(wall.day)} ${MONTHS[wall.month - 1]} ${wall.year} ` +
    `${two(wall.hour)}:${two(wall.minute)}:${two(wall.second)} ${sign}${two(Math.floor(abs / 60))}${two(abs % 60)}`
  );
}
