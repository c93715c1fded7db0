/**
 * Definitions the tabs and the report both state, worded once so they never disagree. Each is
 * a function: the words are the catalogue's in the language of the run (en/outcomes.ts).
 */
import { t } from '../i18n';
import { MIN_PAIRS_FOR_INFERENCE } from '../stats/paired-change';
import { MOVING_AVERAGE_SESSIONS } from './attendance';
import { complementaryText, suppressedText } from './format';
import type { Period } from './inputs';
import { describePeriod } from './period';
import { RETENTION_RECENT_WEEKS } from './retention-figures';

export function suppressionNote(minN: number): string {
  return t('outcomes.note.suppression', {
    minN,
    suppressed: suppressedText(minN),
    complementary: complementaryText(),
  });
}

export function coverageNote(period: Period, minN: number): string {
  return t('outcomes.note.coverage', {
    period: describePeriod(period),
    suppression: suppressionNote(minN),
  });
}

export function heldSessionNote(): string {
  return t('outcomes.note.heldSession');
}

export function attendanceNote(): string {
  return t('outcomes.note.attendance', { sessions: MOVING_AVERAGE_SESSIONS });
}

export function responseRateNote(): string {
  return t('outcomes.note.responseRate');
}

export function retentionNote(): string {
  return t('outcomes.note.retention', { weeks: RETENTION_RECENT_WEEKS });
}

export function communityNote(): string {
  return t('outcomes.note.community');
}

export function outreachReportersNote(): string {
  return t('outcomes.note.outreachReporters');
}

export function effectSizeNote(): string {
  return t('outcomes.note.effectSize');
}

export function confidenceIntervalNote(): string {
  return t('outcomes.note.confidenceInterval');
}

export function exactFiguresNote(): string {
  return t('outcomes.note.exactFigures');
}

export function pairingNote(): string {
  return t('outcomes.note.pairing');
}

export function reliableChangeNote(): string {
  return t('outcomes.note.reliableChange');
}

export function wellbeingNote(): string {
  return t('outcomes.note.wellbeing');
}

export function descriptiveOnlyNote(): string {
  return t('outcomes.note.descriptiveOnly', { pairs: MIN_PAIRS_FOR_INFERENCE });
}

export function identicalValuesNote(): string {
  return t('outcomes.note.identicalValues');
}

export function leadershipNote(): string {
  return t('outcomes.note.leadership');
}

/** Which record each attendance figure rests on: said beside the figures, never assumed. */
export function attendanceSourceNote(sources: { register: number; checkIns: number }): string {
  if (sources.register === 0) return t('outcomes.note.attendanceSource.checkInsOnly');
  if (sources.checkIns === 0) return t('outcomes.note.attendanceSource.registerOnly');
  return t('outcomes.note.attendanceSource.both', {
    register: sources.register,
    checkIns: sources.checkIns,
  });
}

export function opennessNote(): string {
  return t('outcomes.note.openness');
}
