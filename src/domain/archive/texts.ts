/**
 * Person-facing wording of "Archive old check-ins": the tab's name and columns here (names the
 * sheet is read by), the dialogs' texts from the catalogue (i18n/en/archive.ts), read when used.
 */
import { t } from '../i18n';

export const ARCHIVE_TAB = 'Check-in archive';

export const ARCHIVE_COLUMNS = {
  from: 'First session',
  to: 'Last session',
  count: 'Check-ins',
  lastRow: 'Last row moved',
  records: 'Records',
} as const;

/** Years kept in Check-ins when the facilitator presses OK without typing a number. */
export const DEFAULT_YEARS_KEPT = 3;

export const ARCHIVE_TEXT = {
  get title() {
    return t('menu.archiveCheckins');
  },
  get askYears() {
    return t('archive.askYears', { tab: ARCHIVE_TAB, years: DEFAULT_YEARS_KEPT });
  },
  badYears: (typed: string) => t('archive.badYears', { typed }),
  confirm: (boundary: string) => t('archive.confirm', { boundary, tab: ARCHIVE_TAB }),
  moved: (count: number, boundary: string) =>
    count === 0
      ? t('archive.nothingToMove', { boundary })
      : t('archive.moved', { count, boundary, tab: ARCHIVE_TAB }),
  notFinished: (count: number) => t('archive.notFinished', { count }),
  keptBack: (count: number) => t('archive.keptBack', { count }),
  onlyBefore: (boundary: string) => t('archive.onlyBefore', { boundary }),
};
