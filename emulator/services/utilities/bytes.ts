/**
 * Apps Script hands bytes to scripts as Java `Byte[]`: a JS array of signed numbers -128..127.
 * These helpers convert between that form and Node Buffers.
 */

export function toSignedBytes(buffer: Uint8Array): number[] {
  return Array.from(buffer, (b) => (b > 127 ? b - 256 : b));
}

/** Accepts signed or unsigned byte values, as scripts pass both. */
export function fromByteArray(bytes: ArrayLike<number>): Buffer {
  return Buffer.from(Array.from(bytes, (b) => b & 0xff));
}

export function isByteArray(value: unknown): value is number[] {
  // Array.isArray, not instanceof: arrays from the script's vm realm fail instanceof Array.
  return Array.isArray(value) && value.every((v) => typeof v === 'number');
}

export type CharsetName = 'UTF_8' | 'US_ASCII';

/** Encodes a string as Java would for the charset: US-ASCII turns non-ASCII into '?'. */
export function encodeString(text: string, charset: CharsetName = 'UTF_8'): Buffer {
  if (charset === 'US_ASCII') return Buffer.from(text.replace(/\P{ASCII}/gu, '?'), 'latin1');
  return Buffer.from(text, 'utf8');
}

/** Java charset names as Blob.getDataAsString(charset) takes them. */
export function decodeBytes(bytes: Buffer, charsetName = 'UTF-8'): string {
  const name = charsetName.toUpperCase().replace(/_/g, '-');
  if (name === 'US-ASCII' || name === 'ASCII') {
    return Array.from(bytes, (b) => (b > 127 ? '\ufffd' : String.fromCharCode(b))).join('');
  }
  if (name === 'ISO-8859-1' || name === 'LATIN1') return bytes.toString('latin1');
  if (name === 'UTF-16LE') return bytes.toString('utf16le');
  return bytes.toString('utf8');
}
