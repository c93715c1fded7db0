/** "Reading these figures": every definition and limit in one place. */
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
import { CONSENT_REPORT_NOTE } from '../../consent';
import { bulletList, section } from './elements';
import type { ReportFigures } from './report-figures';

export function caveatsSection(figures: ReportFigures): SafeHtml {
  return section('caveats', 'Reading these figures', [
    bulletList([
      suppressionNote(figures.minGroupSize),
      identicalValuesNote(),
      `${descriptiveOnlyNote()} With few pairs the confidence intervals are also wide.`,
      'Members choose to take part in the surveys, and those who stay long enough for a follow-up may differ from those who leave, so change among them may not hold for everyone who came.',
      effectSizeNote(),
      reliableChangeNote(),
      heldSessionNote(),
      attendanceNote(),
      retentionNote(),
      responseRateNote(),
      wellbeingNote(),
      communityNote(),
      ...(figures.withdrawnLeftOut ? [CONSENT_REPORT_NOTE] : []),
    ]),
  ]);
}
