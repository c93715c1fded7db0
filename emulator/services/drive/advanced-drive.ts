/**
 * The advanced Drive service (Drive API v3, global `Drive` once the manifest enables it), just
 * files.create: the call that saves a file with the narrow drive.file scope, which DriveApp's
 * createFile does not accept (it needs auth/drive).
 * https://developers.google.com/apps-script/advanced/drive
 * https://developers.google.com/workspace/drive/api/reference/rest/v3/files/create
 *
 * Its answer is Drive v3's: without `fields` only the default set (kind, id, name, mimeType);
 * anything else, such as webViewLink, only when `fields` asks for it, and then only what it asks
 * for. https://developers.google.com/workspace/drive/api/guides/fields-parameter
 * Which fields this emulation can answer is a short list; asking for another throws, as Drive
 * does for a field it does not know (the stricter reading for fields that exist but are not
 * emulated).
 */
import { EmulatorContext } from '../../core/context';
import { FakeBlob, bytesOfBlob, isBlobSource } from '../utilities/blob';
import type { FileRecord } from './drive-service';

type DriveFile = GoogleAppsScript.Drive_v3.Drive.V3.Schema.File;

const DEFAULT_FIELDS = ['kind', 'id', 'name', 'mimeType'] as const;
const KNOWN_FIELDS = new Set([
  ...DEFAULT_FIELDS,
  'webViewLink',
  'createdTime',
  'modifiedTime',
  'size',
]);

/** "API call to drive.files.create failed with error: …" is how Apps Script words API errors. */
function apiError(message: string, method = 'create'): Error {
  return new Error(`API call to drive.files.${method} failed with error: ${message}`);
}

function fileResource(record: FileRecord): Record<string, unknown> {
  return {
    kind: 'drive#file',
    id: record.id,
    name: record.name,
    mimeType: record.mimeType,
    webViewLink: `https://drive.google.com/file/d/${record.id}/view?usp=drivesdk`,
    createdTime: new Date(record.createdAtMs).toISOString(),
    modifiedTime: new Date(record.updatedAtMs).toISOString(),
    size: String(record.bytes.length),
  };
}

function selectFields(resource: Record<string, unknown>, fields: string | undefined): DriveFile {
  const wanted =
    fields === undefined || fields.trim() === ''
      ? [...DEFAULT_FIELDS]
      : fields.split(',').map((field) => field.trim());
  const unknown = wanted.filter((field) => field !== '*' && !KNOWN_FIELDS.has(field));
  if (unknown.length > 0) throw apiError(`Invalid field selection ${unknown[0]}`);
  const names = wanted.includes('*') ? [...KNOWN_FIELDS] : wanted;
  return Object.fromEntries(names.map((name) => [name, resource[name]])) as DriveFile;
}

export class FakeDriveFiles {
  constructor(
    private readonly ctx: EmulatorContext,
    private readonly files: FileRecord[],
  ) {}

  create(
    resource: DriveFile,
    mediaData?: GoogleAppsScript.Base.Blob,
    optionalArgs?: { fields?: string },
  ): DriveFile {
    this.ctx.meter.record('Drive', 'Drive.Files.create');
    const now = this.ctx.clock.nowMs();
    const blob = isBlobSource(mediaData)
      ? this.ctx.meter.internal(() => mediaData.getBlob())
      : null;
    const blobType = blob === null ? null : this.ctx.meter.internal(() => blob.getContentType());
    const record: FileRecord = {
      id: this.ctx.nextId('drive-file'),
      // Drive names a file created without a name "Untitled".
      name: resource?.name ?? 'Untitled',
      mimeType: resource?.mimeType ?? blobType ?? 'application/octet-stream',
      bytes: blob !== null ? Buffer.from(bytesOfBlob(this.ctx, blob)) : Buffer.alloc(0),
      convertedFrom: blob instanceof FakeBlob ? blob.convertedFrom : null,
      access: 'PRIVATE',
      permission: 'EDIT',
      trashed: false,
      owner: this.ctx.accountEmail,
      createdAtMs: now,
      updatedAtMs: now,
    };
    const answer = selectFields(fileResource(record), optionalArgs?.fields);
    this.files.push(record);
    return answer;
  }

  /**
   * files.update: only `trashed` is modelled. With drive.file only files this script created
   * are reachable; any other id answers "File not found", as the API does for files out of reach
   * (the stricter reading). https://developers.google.com/workspace/drive/api/reference/rest/v3/files/update
   */
  update(resource: { trashed?: boolean }, fileId: string): DriveFile {
    this.ctx.meter.record('Drive', 'Drive.Files.update');
    const record = this.files.find((file) => file.id === String(fileId));
    if (!record) throw apiError(`File not found: ${String(fileId)}.`, 'update');
    if (resource?.trashed !== undefined) record.trashed = Boolean(resource.trashed);
    record.updatedAtMs = this.ctx.clock.nowMs();
    return selectFields(fileResource(record), undefined);
  }
}

/** The `Drive` global: only the Files collection is emulated. */
export class FakeAdvancedDrive {
  readonly Files: FakeDriveFiles;

  constructor(ctx: EmulatorContext, files: FileRecord[]) {
    this.Files = new FakeDriveFiles(ctx, files);
  }
}
