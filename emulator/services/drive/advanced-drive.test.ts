/**
 * Drive.Files.create (advanced Drive service, v3): it needs one of drive, drive.appdata or
 * drive.file, saves the blob, and answers only Drive v3's default fields unless `fields` asks.
 */
import { createTestingContext } from '../testing-context';
import { FakeBlob } from '../utilities/blob';
import { createDriveService } from './drive-service';

const DRIVE_FILE = 'https://www.googleapis.com/auth/drive.file';

function setUp(declaredScopes: string[] = [DRIVE_FILE]) {
  const ctx = createTestingContext({ declaredScopes });
  const drive = createDriveService(ctx);
  const blob = new FakeBlob(
    ctx,
    Buffer.from('<h1>Report</h1>'),
    'text/html',
    'r.html',
    'Utilities',
  );
  return { ctx, drive, blob };
}

describe('Drive.Files.create', () => {
  it('answers only kind, id, name and mimeType by default: no link unless asked', () => {
    const { drive, blob } = setUp();
    const file = drive.advanced.Files.create(
      { name: 'Report.pdf', mimeType: 'application/pdf' },
      blob,
    );
    expect(file).toEqual({
      kind: 'drive#file',
      id: drive.files()[0].id,
      name: 'Report.pdf',
      mimeType: 'application/pdf',
    });
    expect(drive.textOf(drive.files()[0].id)).toBe('<h1>Report</h1>');
  });

  it('answers exactly the fields asked for, webViewLink included', () => {
    const { drive, blob } = setUp();
    const file = drive.advanced.Files.create({ name: 'R.pdf' }, blob, { fields: 'id,webViewLink' });
    expect(Object.keys(file)).toEqual(['id', 'webViewLink']);
    expect(file.webViewLink).toMatch(/^https:\/\/drive\.google\.com\/file\/d\/.+\/view/);
  });

  it('throws for a field it does not know, and saves nothing', () => {
    const { drive, blob } = setUp();
    expect(() =>
      drive.advanced.Files.create({ name: 'R.pdf' }, blob, { fields: 'id,colour' }),
    ).toThrow('API call to drive.files.create failed with error: Invalid field selection colour');
    expect(drive.files()).toHaveLength(0);
  });

  it('works under drive.file, and is refused without a Drive scope', () => {
    const { drive, blob } = setUp(['https://www.googleapis.com/auth/forms']);
    expect(() => drive.advanced.Files.create({ name: 'R.pdf' }, blob)).toThrow(
      'You do not have permission to call Drive.Files.create. Required permissions: (https://www.googleapis.com/auth/drive || https://www.googleapis.com/auth/drive.appdata || https://www.googleapis.com/auth/drive.file)',
    );
  });

  it('names a file without a name "Untitled" and takes the blob’s content type', () => {
    const { drive, blob } = setUp();
    expect(drive.advanced.Files.create({}, blob, { fields: 'name,mimeType' })).toEqual({
      name: 'Untitled',
      mimeType: 'text/html',
    });
  });
});
