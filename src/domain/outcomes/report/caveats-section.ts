/** "Reading these figures": every definition and limit in one place. */
import { t } from '../../i18n';
import {
  attendanceNote,
  communityNote,
  descriptiveOnlyNote,
  effectSizeNote,
  heldSessionNote,
  identicalValuesNote,
  reliableChangeNote,
  responseRateNote,
  retentionNote,
  suppressionNote,
  wellbeingNote,
} from '../notes';
import type { SafeHtml } from '../safe-html';
import { bulletList, section } from './elements';
import type { ReportFigures } from './report-figures';

export function caveatsSection(figures: ReportFigures): SafeHtml {
  return section('caveats', t('report.caveats.heading'), [
    bulletList([
      suppressionNote(figures.minGroupSize),
      identicalValuesNote(),
      t('report.caveats.descriptiveOnly', { descriptiveOnly: descriptiveOnlyNote() }),
      t('report.caveats.selection'),
      effectSizeNote(),
      reliableChangeNote(),
      heldSessionNote(),
      attendanceNote(),
      retentionNote(),
      responseRateNote(),
      wellbeingNote(),
      communityNote(),
      ...(figures.withdrawnLeftOut ? [t('report.caveats.withdrawn')] : []),
    ]),
  ]);
}
