/** The register of saved reports, kept in the spreadsheet's document properties. */
import { parseSavedReports, SavedReport, withSavedReport } from '../domain/saved-reports';

const KEY = 'peerCircle.savedReports';

export function readSavedReports(): SavedReport[] {
  return parseSavedReports(PropertiesService.getDocumentProperties().getProperty(KEY));
}

export function rememberSavedReport(report: SavedReport): void {
  const store = PropertiesService.getDocumentProperties();
  store.setProperty(
    KEY,
    JSON.stringify(withSavedReport(parseSavedReports(store.getProperty(KEY)), report)),
  );
}

export function forgetSavedReports(ids: ReadonlySet<string>): void {
  const store = PropertiesService.getDocumentProperties();
  const kept = parseSavedReports(store.getProperty(KEY)).filter((report) => !ids.has(report.id));
  store.setProperty(KEY, JSON.stringify(kept));
}
