/** "Reading these figures": every definition and limit in one place. */
import {
  ATTENDANCE_NOTE,
  COMMUNITY_NOTE,
  descriptiveOnlyNote,
  EFFECT_SIZE_NOTE,
  HELD_SESSION_NOTE,
  IDENTICAL_VALUES_NOTE,
  RELIABLE_CHANGE_NOTE,
  RESPONSE_RATE_NOTE,
  retentionNote,
  suppressionNote,
  WELLBEING_NOTE,
} from '../notes';
import type { SafeHtml } from '../safe-html';
import { CONSENT_REPORT_NOTE } from '../../consent';
import { bulletList, section } from './elements';
import type { ReportFigures } from './report-figures';

export function caveatsSection(figures: ReportFigures): SafeHtml {
  return section('caveats', 'Reading these figures', [
    bulletList([
      suppressionNote(figures.minGroupSize),
      IDENTICAL_VALUES_NOTE,
      `${descriptiveOnlyNote()} With few pairs the confidence intervals are also wide.`,
      'Members choose to take part in the surveys, and those who stay long enough for a follow-up may differ from those who leave, so change among them may not hold for everyone who came.',
      EFFECT_SIZE_NOTE,
      RELIABLE_CHANGE_NOTE,
      HELD_SESSION_NOTE,
      ATTENDANCE_NOTE,
      retentionNote(),
      RESPONSE_RATE_NOTE,
      WELLBEING_NOTE,
      COMMUNITY_NOTE,
      ...(figures.withdrawnLeftOut ? [CONSENT_REPORT_NOTE] : []),
    ]),
  ]);
}
