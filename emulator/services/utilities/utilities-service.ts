/**
 * Utilities: dates, digests, base64, blobs, UUIDs, sleep.
 * https://developers.google.com/apps-script/reference/utilities/utilities
 */
import { createHash, createHmac } from 'node:crypto';
import { EmulatorContext } from '../../core/context';
import { FakeBlob } from './blob';
import { CharsetName, encodeString, fromByteArray, isByteArray, toSignedBytes } from './bytes';
import { formatDateInZone } from './format-date';
import { formatJavaString } from './format-string';
import { parseCsv } from './parse-csv';

const SERVICE = 'Utilities';

/** Apps Script enums are objects whose values print as their names; strings do the same. */
export const Charset = { US_ASCII: 'US_ASCII', UTF_8: 'UTF_8' } as const;
export const DigestAlgorithm = {
  MD2: 'MD2',
  MD5: 'MD5',
  SHA_1: 'SHA_1',
  SHA_256: 'SHA_256',
  SHA_384: 'SHA_384',
  SHA_512: 'SHA_512',
} as const;
export const MacAlgorithm = {
  HMAC_MD5: 'HMAC_MD5',
  HMAC_SHA_1: 'HMAC_SHA_1',
  HMAC_SHA_256: 'HMAC_SHA_256',
  HMAC_SHA_384: 'HMAC_SHA_384',
  HMAC_SHA_512: 'HMAC_SHA_512',
} as const;

const NODE_HASH: Record<string, string> = {
  MD2: 'md2',
  MD5: 'md5',
  SHA_1: 'sha1',
  SHA_256: 'sha256',
  SHA_384: 'sha384',
  SHA_512: 'sha512',
};

/** Maximum Utilities.sleep: "The maximum allowed value is 300000 (or 5 minutes)." */
export const MAX_SLEEP_MS = 300_000;

type UtilitiesMethods =
  | 'base64Decode'
  | 'base64DecodeWebSafe'
  | 'base64Encode'
  | 'base64EncodeWebSafe'
  | 'computeDigest'
  | 'computeHmacSha256Signature'
  | 'computeHmacSignature'
  | 'formatDate'
  | 'formatString'
  | 'getUuid'
  | 'newBlob'
  | 'parseCsv'
  | 'sleep';

type Bytes = GoogleAppsScript.Byte[];
type CharsetArg = GoogleAppsScript.Utilities.Charset;

function charsetOf(charset: CharsetArg | undefined): CharsetName {
  return String(charset ?? 'UTF_8') === 'US_ASCII' ? 'US_ASCII' : 'UTF_8';
}

function bytesOf(value: string | Bytes, charset?: CharsetArg): Buffer {
  return isByteArray(value)
    ? fromByteArray(value)
    : encodeString(String(value), charsetOf(charset));
}

/** Java's wording when an argument has the wrong type for every overload. */
function signatureError(method: string, args: unknown[]): Error {
  const names = args.map((a) => {
    if (a === null) return 'null';
    if (typeof a === 'string') return 'String';
    if (typeof a === 'number') return 'number';
    if (typeof a === 'boolean') return 'Boolean';
    if (Array.isArray(a)) return 'number[]';
    return typeof a === 'object' ? 'Object' : typeof a;
  });
  return new Error(
    `The parameters (${names.join(',')}) don't match the method signature for Utilities.${method}.`,
  );
}

function isDate(value: unknown): value is Date {
  // Works across vm realms, unlike instanceof Date.
  return Object.prototype.toString.call(value) === '[object Date]';
}

export class FakeUtilities implements Pick<GoogleAppsScript.Utilities.Utilities, UtilitiesMethods> {
  readonly Charset = Charset as unknown as typeof GoogleAppsScript.Utilities.Charset;
  readonly DigestAlgorithm =
    DigestAlgorithm as unknown as typeof GoogleAppsScript.Utilities.DigestAlgorithm;
  readonly MacAlgorithm = MacAlgorithm as unknown as typeof GoogleAppsScript.Utilities.MacAlgorithm;

  constructor(private readonly ctx: EmulatorContext) {}

  private record(method: string, latencyMs?: number): void {
    this.ctx.meter.record(
      SERVICE,
      `Utilities.${method}`,
      latencyMs === undefined ? {} : { latencyMs },
    );
  }

  formatDate(date: GoogleAppsScript.Base.Date, timeZone: string, format: string): string {
    this.record('formatDate');
    if (!isDate(date) || typeof timeZone !== 'string' || typeof format !== 'string') {
      throw signatureError('formatDate', [date, timeZone, format]);
    }
    const ms = date.getTime();
    if (Number.isNaN(ms)) throw new Error('Invalid argument: date');
    return formatDateInZone(ms, timeZone, format);
  }

  // Apps Script declares the arguments as Object...; any value may be formatted.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  formatString(template: string, ...args: any[]): string {
    this.record('formatString');
    return formatJavaString(template, args);
  }

  getUuid(): string {
    this.record('getUuid');
    // Deterministic per run, but shaped as a random (version 4, variant 10) UUID.
    const hex = createHash('sha256').update(this.ctx.nextId('uuid')).digest('hex').slice(0, 32);
    const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  }

  computeDigest(
    algorithm: GoogleAppsScript.Utilities.DigestAlgorithm,
    value: string | Bytes,
    charset?: CharsetArg,
  ): Bytes {
    this.record('computeDigest');
    const nodeName = NODE_HASH[String(algorithm)];
    if (!nodeName) throw signatureError('computeDigest', [algorithm, value]);
    return toSignedBytes(createHash(nodeName).update(bytesOf(value, charset)).digest());
  }

  computeHmacSignature(
    algorithm: GoogleAppsScript.Utilities.MacAlgorithm,
    value: string | Bytes,
    key: string | Bytes,
    charset?: CharsetArg,
  ): Bytes {
    this.record('computeHmacSignature');
    const nodeName = NODE_HASH[String(algorithm).replace(/^HMAC_/, '')];
    if (!nodeName) throw signatureError('computeHmacSignature', [algorithm, value, key]);
    return toSignedBytes(
      createHmac(nodeName, bytesOf(key, charset)).update(bytesOf(value, charset)).digest(),
    );
  }

  computeHmacSha256Signature(
    value: string | Bytes,
    key: string | Bytes,
    charset?: CharsetArg,
  ): Bytes {
    this.record('computeHmacSha256Signature');
    return toSignedBytes(
      createHmac('sha256', bytesOf(key, charset)).update(bytesOf(value, charset)).digest(),
    );
  }

  base64Encode(data: string | Bytes, charset?: CharsetArg): string {
    this.record('base64Encode');
    return bytesOf(data, charset).toString('base64');
  }

  base64EncodeWebSafe(data: string | Bytes, charset?: CharsetArg): string {
    this.record('base64EncodeWebSafe');
    // Apps Script keeps the '=' padding in the web-safe alphabet.
    return bytesOf(data, charset).toString('base64').replace(/\+/g, '-').replace(/\//g, '_');
  }

  base64Decode(encoded: string, _charset?: CharsetArg): Bytes {
    this.record('base64Decode');
    return toSignedBytes(Buffer.from(String(encoded), 'base64'));
  }

  base64DecodeWebSafe(encoded: string, _charset?: CharsetArg): Bytes {
    this.record('base64DecodeWebSafe');
    return toSignedBytes(Buffer.from(String(encoded), 'base64url'));
  }

  /**
   * A blob made from a string is text/plain unless a content type is given; one made from bytes
   * has none (null) until set (gas-fakes' live-verified suite; shared/APPS-SCRIPT-NOTES.md).
   * https://developers.google.com/apps-script/reference/utilities/utilities#newBlob(String)
   */
  newBlob(data: string | Bytes, contentType?: string, name?: string): FakeBlob {
    this.record('newBlob');
    const type = contentType ?? (typeof data === 'string' ? 'text/plain' : null);
    return new FakeBlob(this.ctx, bytesOf(data), type, name ?? null);
  }

  parseCsv(csv: string, delimiter?: string): string[][] {
    this.record('parseCsv');
    return parseCsv(String(csv), delimiter ?? ',');
  }

  /** Advances the virtual clock: a sleeping script still spends its 6-minute budget. */
  sleep(milliseconds: number): void {
    const ms = Math.max(0, Math.min(Number(milliseconds) || 0, MAX_SLEEP_MS));
    this.record('sleep', ms);
  }
}

export interface UtilitiesServiceHandle {
  global: FakeUtilities;
}

export function createUtilitiesService(ctx: EmulatorContext): UtilitiesServiceHandle {
  return { global: new FakeUtilities(ctx) };
}
