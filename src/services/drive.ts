/** Saving the outcome report to the organiser's Drive as a PDF they can share. */
export function saveReportPdf(html: string, name: string): { url: string; id: string } {
  const pdf = Utilities.newBlob(html, 'text/html', `${name}.html`)
    .getAs('application/pdf')
    .setName(`${name}.pdf`);
  const file = DriveApp.createFile(pdf);
  return { url: file.getUrl(), id: file.getId() };
}
