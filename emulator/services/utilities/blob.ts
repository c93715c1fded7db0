/**
 * Base.Blob: bytes with a content type and a name. Utilities.newBlob, DriveApp files,
 * HtmlOutput.getBlob and mail attachments all hand these out.
 *
 * getAs('application/pdf') does NOT render a PDF: the blob keeps the original bytes (e.g. the
 * HTML) and only its content type and name change, with `convertedFrom` recording what a real
 * conversion would have rendered. Tests can still read what the "PDF" says.
 * https://developers.google.com/apps-script/reference/base/blob#getAs(String)
 */
import { EmulatorContext } from '../../core/context';
import { decodeBytes, fromByteArray, toSignedBytes } from './bytes';

/** Content types getAs may convert to (PDF and the image types the docs list). */
const CONVERTIBLE = new Set([
  'application/pdf',
  'image/png',
  'image/jpeg',
  'image/gif',
  'image/bmp',
]);

const EXTENSION_TYPES: Record<string, string> = {
  pdf: 'application/pdf',
  html: 'text/html',
  htm: 'text/html',
  txt: 'text/plain',
  csv: 'text/csv',
  json: 'application/json',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
};

export class FakeBlob implements GoogleAppsScript.Base.Blob {
  /** Content type the bytes really are, when getAs only pretended to convert them. */
  convertedFrom: string | null = null;

  constructor(
    private readonly ctx: EmulatorContext,
    private bytes: Buffer,
    private contentType: string | null = null,
    private name: string | null = null,
    /** Service the blob is billed to in the meter. */
    private readonly service = 'Utilities',
  ) {}

  private record(method: string): void {
    this.ctx.meter.record(this.service, `Blob.${method}`);
  }

  /** Emulator-side: the raw bytes, without metering. */
  rawBytes(): Buffer {
    return this.bytes;
  }

  /** Emulator-side: the content as UTF-8 text, without metering. */
  text(): string {
    return this.bytes.toString('utf8');
  }

  copyBlob(): FakeBlob {
    this.record('copyBlob');
    const copy = new FakeBlob(
      this.ctx,
      Buffer.from(this.bytes),
      this.contentType,
      this.name,
      this.service,
    );
    copy.convertedFrom = this.convertedFrom;
    return copy;
  }

  getAs(contentType: string): FakeBlob {
    this.record('getAs');
    const from = this.contentType ?? 'application/octet-stream';
    if (contentType !== from && !CONVERTIBLE.has(contentType)) {
      throw new Error(`Converting from ${from} to ${contentType} is not supported.`);
    }
    const extension = contentType.split('/')[1] === 'jpeg' ? 'jpg' : contentType.split('/')[1];
    const name =
      this.name === null
        ? null
        : `${this.name.includes('.') ? this.name.slice(0, this.name.lastIndexOf('.')) : this.name}.${extension}`;
    const converted = new FakeBlob(
      this.ctx,
      Buffer.from(this.bytes),
      contentType,
      name,
      this.service,
    );
    converted.convertedFrom = contentType === from ? this.convertedFrom : from;
    return converted;
  }

  getBlob(): FakeBlob {
    this.record('getBlob');
    return this;
  }

  getBytes(): number[] {
    this.record('getBytes');
    return toSignedBytes(this.bytes);
  }

  getContentType(): string | null {
    this.record('getContentType');
    return this.contentType;
  }

  getDataAsString(charset?: string): string {
    this.record('getDataAsString');
    return decodeBytes(this.bytes, charset);
  }

  getName(): string | null {
    this.record('getName');
    return this.name;
  }

  isGoogleType(): boolean {
    this.record('isGoogleType');
    return false;
  }

  setBytes(data: number[]): FakeBlob {
    this.record('setBytes');
    this.bytes = fromByteArray(data);
    return this;
  }

  setContentType(contentType: string | null): FakeBlob {
    this.record('setContentType');
    this.contentType = contentType;
    return this;
  }

  setDataFromString(text: string, charset?: string): FakeBlob {
    this.record('setDataFromString');
    const name = (charset ?? 'UTF-8').toUpperCase();
    this.bytes = Buffer.from(String(text), name === 'ISO-8859-1' ? 'latin1' : 'utf8');
    return this;
  }

  setContentTypeFromExtension(): FakeBlob {
    this.record('setContentTypeFromExtension');
    const extension = this.name?.split('.').pop()?.toLowerCase() ?? '';
    const type = EXTENSION_TYPES[extension];
    if (!type) throw new Error(`Could not determine the content type of ${this.name}.`);
    this.contentType = type;
    return this;
  }

  /** Deprecated in Apps Script; kept so the fake satisfies the full Blob interface. */
  getAllBlobs(): FakeBlob[] {
    this.record('getAllBlobs');
    return [this];
  }

  setName(name: string): FakeBlob {
    this.record('setName');
    this.name = name;
    return this;
  }
}

/** True for anything that quacks like a BlobSource (a fake blob, file or HtmlOutput). */
export function isBlobSource(value: unknown): value is GoogleAppsScript.Base.BlobSource {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { getBlob?: unknown }).getBlob === 'function'
  );
}

/** Bytes of any blob: ours directly, another fake's through getBytes (unmetered). */
export function bytesOfBlob(ctx: EmulatorContext, blob: GoogleAppsScript.Base.Blob): Buffer {
  if (blob instanceof FakeBlob) return blob.rawBytes();
  return fromByteArray(ctx.meter.internal(() => blob.getBytes()));
}
