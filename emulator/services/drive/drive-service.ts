/**
 * DriveApp, just enough to save a report and share a link: create files from text or blobs,
 * find them by id or name, set link sharing.
 * https://developers.google.com/apps-script/reference/drive/drive-app
 * https://developers.google.com/apps-script/reference/drive/file
 */
import { EmulatorContext } from '../../core/context';
import { FakeBlob, bytesOfBlob, isBlobSource } from '../utilities/blob';
import { FakeAdvancedDrive } from './advanced-drive';

export const Access = {
  ANYONE: 'ANYONE',
  ANYONE_WITH_LINK: 'ANYONE_WITH_LINK',
  DOMAIN: 'DOMAIN',
  DOMAIN_WITH_LINK: 'DOMAIN_WITH_LINK',
  PRIVATE: 'PRIVATE',
} as const;
export const Permission = {
  VIEW: 'VIEW',
  EDIT: 'EDIT',
  COMMENT: 'COMMENT',
  OWNER: 'OWNER',
  ORGANIZER: 'ORGANIZER',
  NONE: 'NONE',
} as const;

/** Wording of the live service for an unknown or inaccessible id (not quoted in the reference). */
export const NO_ITEM =
  'No item with the given ID could be found. Possibly because you have not edited this item or you do not have permission to access it.';

/** Methods of T listed in K, re-typed to return R (for chaining methods that return `this`). */
type Returning<T, K extends keyof T, R> = {
  [P in K]: T[P] extends (...args: infer A) => unknown ? (...args: A) => R : never;
};

type FilePlain =
  | 'getId'
  | 'getName'
  | 'getUrl'
  | 'getMimeType'
  | 'getSize'
  | 'getBlob'
  | 'getAs'
  | 'getDateCreated'
  | 'getLastUpdated'
  | 'getSharingAccess'
  | 'getSharingPermission'
  | 'isTrashed';
type FileChain = 'setName' | 'setSharing' | 'setTrashed' | 'setContent';

export interface FileRecord {
  id: string;
  name: string;
  mimeType: string;
  bytes: Buffer;
  /** Content type the bytes really are, when a "PDF" is emulated HTML. */
  convertedFrom: string | null;
  access: string;
  permission: string;
  trashed: boolean;
  owner: string;
  createdAtMs: number;
  updatedAtMs: number;
}

export class FakeFile
  implements
    Pick<GoogleAppsScript.Drive.File, FilePlain>,
    Returning<GoogleAppsScript.Drive.File, FileChain, FakeFile>
{
  constructor(
    private readonly ctx: EmulatorContext,
    private readonly file: FileRecord,
  ) {}

  private record(method: string): void {
    this.ctx.meter.record('DriveApp', `File.${method}`);
  }

  private touch(): void {
    this.file.updatedAtMs = this.ctx.clock.nowMs();
  }

  getId(): string {
    this.record('getId');
    return this.file.id;
  }

  getName(): string {
    this.record('getName');
    return this.file.name;
  }

  setName(name: string): FakeFile {
    this.record('setName');
    this.file.name = String(name);
    this.touch();
    return this;
  }

  getUrl(): string {
    this.record('getUrl');
    return `https://drive.google.com/file/d/${this.file.id}/view?usp=drivesdk`;
  }

  getMimeType(): string {
    this.record('getMimeType');
    return this.file.mimeType;
  }

  getSize(): number {
    this.record('getSize');
    return this.file.bytes.length;
  }

  getDateCreated(): Date {
    this.record('getDateCreated');
    return new this.ctx.ScriptDate(this.file.createdAtMs);
  }

  getLastUpdated(): Date {
    this.record('getLastUpdated');
    return new this.ctx.ScriptDate(this.file.updatedAtMs);
  }

  getBlob(): FakeBlob {
    this.record('getBlob');
    const blob = new FakeBlob(
      this.ctx,
      Buffer.from(this.file.bytes),
      this.file.mimeType,
      this.file.name,
      'DriveApp',
    );
    blob.convertedFrom = this.file.convertedFrom;
    return blob;
  }

  getAs(contentType: string): FakeBlob {
    this.record('getAs');
    const blob = this.ctx.meter.internal(() => this.getBlob());
    return this.ctx.meter.internal(() => blob.getAs(contentType));
  }

  setContent(content: string): FakeFile {
    this.record('setContent');
    this.file.bytes = Buffer.from(String(content), 'utf8');
    this.touch();
    return this;
  }

  setSharing(
    accessType: GoogleAppsScript.Drive.Access,
    permissionType: GoogleAppsScript.Drive.Permission,
  ): FakeFile {
    this.record('setSharing');
    this.file.access = String(accessType);
    this.file.permission = String(permissionType);
    return this;
  }

  getSharingAccess(): GoogleAppsScript.Drive.Access {
    this.record('getSharingAccess');
    return this.file.access as unknown as GoogleAppsScript.Drive.Access;
  }

  getSharingPermission(): GoogleAppsScript.Drive.Permission {
    this.record('getSharingPermission');
    return this.file.permission as unknown as GoogleAppsScript.Drive.Permission;
  }

  setTrashed(trashed: boolean): FakeFile {
    this.record('setTrashed');
    this.file.trashed = trashed === true;
    return this;
  }

  isTrashed(): boolean {
    this.record('isTrashed');
    return this.file.trashed;
  }
}

export class FakeFileIterator
  implements
    Returning<GoogleAppsScript.Drive.FileIterator, 'next', FakeFile>,
    Pick<GoogleAppsScript.Drive.FileIterator, 'hasNext'>
{
  private index = 0;

  constructor(
    private readonly ctx: EmulatorContext,
    private readonly files: FileRecord[],
  ) {}

  hasNext(): boolean {
    this.ctx.meter.record('DriveApp', 'FileIterator.hasNext');
    return this.index < this.files.length;
  }

  next(): FakeFile {
    this.ctx.meter.record('DriveApp', 'FileIterator.next');
    if (this.index >= this.files.length)
      throw new Error('Cannot retrieve the next object: iterator has reached the end.');
    return new FakeFile(this.ctx, this.files[this.index++]);
  }
}

export class FakeDriveApp
  implements
    Returning<GoogleAppsScript.Drive.DriveApp, 'createFile' | 'getFileById', FakeFile>,
    Returning<GoogleAppsScript.Drive.DriveApp, 'getFilesByName', FakeFileIterator>
{
  readonly Access = Access as unknown as typeof GoogleAppsScript.Drive.Access;
  readonly Permission = Permission as unknown as typeof GoogleAppsScript.Drive.Permission;

  constructor(
    private readonly ctx: EmulatorContext,
    private readonly files: FileRecord[],
  ) {}

  private record(method: string): void {
    this.ctx.meter.record('DriveApp', `DriveApp.${method}`);
  }

  createFile(
    nameOrBlob: string | GoogleAppsScript.Base.BlobSource,
    content?: string,
    mimeType?: string,
  ): FakeFile {
    this.record('createFile');
    const now = this.ctx.clock.nowMs();
    const base = {
      access: Access.PRIVATE,
      permission: Permission.EDIT,
      trashed: false,
      owner: this.ctx.accountEmail,
      createdAtMs: now,
      updatedAtMs: now,
    };
    let file: FileRecord;
    if (isBlobSource(nameOrBlob)) {
      const blob = this.ctx.meter.internal(() => nameOrBlob.getBlob());
      file = {
        ...base,
        id: this.ctx.nextId('drive-file'),
        name: this.ctx.meter.internal(() => blob.getName()) ?? 'Untitled',
        mimeType:
          this.ctx.meter.internal(() => blob.getContentType()) ?? 'application/octet-stream',
        bytes: Buffer.from(bytesOfBlob(this.ctx, blob)),
        convertedFrom: blob instanceof FakeBlob ? blob.convertedFrom : null,
      };
    } else {
      file = {
        ...base,
        id: this.ctx.nextId('drive-file'),
        name: String(nameOrBlob),
        mimeType: mimeType ?? 'text/plain',
        bytes: Buffer.from(String(content ?? ''), 'utf8'),
        convertedFrom: null,
      };
    }
    this.files.push(file);
    return new FakeFile(this.ctx, file);
  }

  getFileById(id: string): FakeFile {
    this.record('getFileById');
    const file = this.files.find((f) => f.id === String(id));
    if (!file) throw new Error(NO_ITEM);
    return new FakeFile(this.ctx, file);
  }

  /** Trashed files are included, as in Drive. */
  getFilesByName(name: string): FakeFileIterator {
    this.record('getFilesByName');
    return new FakeFileIterator(
      this.ctx,
      this.files.filter((f) => f.name === String(name)),
    );
  }
}

export interface DriveServiceHandle {
  global: FakeDriveApp;
  /** The advanced Drive service (v3), the script's `Drive` when the manifest enables it. */
  advanced: FakeAdvancedDrive;
  /** Every file created (live records: read, do not mutate). */
  files(): readonly FileRecord[];
  /** A file's content as UTF-8 text (for "PDFs", the HTML they were made from). */
  textOf(id: string): string;
}

export function createDriveService(ctx: EmulatorContext): DriveServiceHandle {
  const files: FileRecord[] = [];
  return {
    global: new FakeDriveApp(ctx, files),
    advanced: new FakeAdvancedDrive(ctx, files),
    files: () => [...files],
    textOf: (id) => {
      const file = files.find((f) => f.id === id);
      if (!file) throw new Error(`Emulator: no Drive file ${id}`);
      return file.bytes.toString('utf8');
    },
  };
}
