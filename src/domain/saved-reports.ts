/**
 * The reports Generate report saved in Drive, with their periods. Two reports whose periods
 * differ by one member's time in the group give that member's answers back by subtraction, so
 * removing a member's data must deal with every saved report whose period included them.
 */
import { isIsoDate } from './dates';
import { t } from './i18n';
import { IsoDate } from './types';

export interface SavedReport {
  /** Drive file id. */
  readonly id: string;
  readonly name: string;
  readonly from: IsoDate;
  readonly to: IsoDate;
  /** Where it is in Drive, for a facilitator asked to delete it. */
  readonly url?: string;
}

/** At most this many are remembered (a property value holds 9 KB); the oldest go first. */
export const MAX_REMEMBERED_REPORTS = 60;

/** The register as stored; anything unreadable in it is dropped, never thrown on. */
export function parseSavedReports(stored: string | null): SavedReport[] {
  if (stored === null || stored.trim() === '') return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(stored);
  } catch {
    return [];
  }
  if (!Array.isArray(parsed)) return [];
  return parsed.flatMap((entry: unknown) => {
    if (typeof entry !== 'object' || entry === null) return [];
    const { id, name, from, to, url } = entry as Record<string, unknown>;
    return typeof id === 'string' &&
      typeof name === 'string' &&
      typeof from === 'string' &&
      typeof to === 'string' &&
      isIsoDate(from) &&
      isIsoDate(to)
      ? [{ id, name, from, to, ...(typeof url === 'string' ? { url } : {}) }]
      : [];
  });
}

export function withSavedReport(
  reports: readonly SavedReport[],
  report: SavedReport,
): SavedReport[] {
  return [...reports.filter((entry) => entry.id !== report.id), report].slice(
    -MAX_REMEMBERED_REPORTS,
  );
}

/**
 * Reports whose period reaches the member's time in the group: from their first date (joining,
 * or their first response when earlier) on. Null means no date is known, so every report counts.
 */
export function reportsIncluding(
  reports: readonly SavedReport[],
  firstDate: IsoDate | null,
): SavedReport[] {
  return reports.filter((report) => firstDate === null || report.to >= firstDate);
}

const periods = (reports: readonly SavedReport[]) =>
  reports
    .map((report) => t('ui.savedReport.period', { from: report.from, to: report.to }))
    .join('; ');

/** What removal says about saved reports: which were deleted, which to delete, what it cannot reach. */
export const SAVED_REPORT_TEXT = {
  deleted: (reports: readonly SavedReport[]) =>
    t('ui.savedReport.deleted', { count: reports.length, periods: periods(reports) }),
  deleteByHand: (reports: readonly SavedReport[]) =>
    t('ui.savedReport.deleteByHand', {
      count: reports.length,
      reports: reports
        .map((report) =>
          report.url
            ? t('ui.savedReport.withLink', { name: report.name, url: report.url })
            : report.name,
        )
        .join('; '),
    }),
  get none() {
    return t('ui.savedReport.none');
  },
  get warning() {
    return t('ui.savedReport.warning');
  },
};
