/**
 * Saving the outcome report to the organiser's Drive as a PDF they can share.
 *
 * Through the advanced Drive service (Drive API v3, enabled in appsscript.json), because its
 * files.create works with the narrow drive.file scope ("create new Drive files"), while
 * DriveApp.createFile needs https://www.googleapis.com/auth/drive, access to every file.
 * https://developers.google.com/workspace/drive/api/reference/rest/v3/files/create
 * https://developers.google.com/apps-script/reference/drive/drive-app#createFile(BlobSource)
 */
import { REPORT_SAVE_TEXTS } from './drive-texts';

/** Drive v3 answers only kind, id, name and mimeType unless `fields` asks for more. */
const SAVED_FIELDS = 'id,webViewLink';

export function saveReportPdf(html: string, name: string): { url: string; id: string } {
  // Typed `| undefined`: the global exists only when the manifest enables the service.
  if (typeof Drive === 'undefined' || !Drive) throw new Error(REPORT_SAVE_TEXTS.serviceOff);
  const pdf = Utilities.newBlob(html, 'text/html', `${name}.html`).getAs('application/pdf');
  const file = Drive.Files.create({ name: `${name}.pdf`, mimeType: 'application/pdf' }, pdf, {
    fields: SAVED_FIELDS,
  });
  if (!file.id || !file.webViewLink) throw new Error(REPORT_SAVE_TEXTS.noLink);
  return { url: file.webViewLink, id: file.id };
}

/**
 * Moves a saved report to the Drive trash. With only the drive.file scope Peer Circle may
 * change files it created, but only through the advanced Drive service (DriveApp.getFileById
 * needs the broader drive scope, per its reference); without that service the facilitator is
 * asked to delete the file. 'gone' when the file no longer exists.
 * https://developers.google.com/drive/api/reference/rest/v3/files/update
 */
export function trashSavedReport(id: string): 'trashed' | 'gone' | 'by-hand' {
  if (typeof Drive === 'undefined' || Drive === undefined) return 'by-hand';
  try {
    Drive.Files.update({ trashed: true }, id);
    return 'trashed';
  } catch (error) {
    // A report the organiser already deleted is not an error for removal.
    if (/not found|No item with the given ID|does not exist/i.test(String(error))) return 'gone';
    throw error;
  }
}
