/**
 * Rows the script accepted ("ok") must hold valid answers: a quarantined value may never slip
 * into the figures. Check-ins: a participation choice and whole-number scales from 1 to 5.
 * Surveys: one of the item's choices for every required item and every answer given.
 */
import { Environment } from '../../../emulator/environment';
import { CHECKIN } from '../../integration/members';
import { SurveyItem } from './group';
import { tabRows } from './sheet-access';

const PARTICIPATION = ['In person', 'Online', 'Could not come'];
const SCALES = [CHECKIN.mood, CHECKIN.coping, CHECKIN.supported];

export function acceptedCheckinsValid(env: Environment): string[] {
  return tabRows(env, 'Check-ins')
    .filter((row) => row['Processing'] === 'ok')
    .flatMap((row) => {
      const problems: string[] = [];
      if (!PARTICIPATION.includes(String(row[CHECKIN.participation])))
        problems.push(`participation "${String(row[CHECKIN.participation]).slice(0, 40)}"`);
      for (const title of SCALES) {
        const value = row[title];
        if (!(typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 5))
          problems.push(`"${title}" = ${JSON.stringify(value).slice(0, 40)}`);
      }
      if (String(row['Member ID'] ?? '') === '') problems.push('no member id');
      return problems.map((problem) => `accepted check-in with ${problem}`);
    });
}

export function acceptedSurveysValid(env: Environment, items: readonly SurveyItem[]): string[] {
  return tabRows(env, 'Surveys')
    .filter((row) => row['Processing'] === 'ok')
    .flatMap((row) => [
      ...(String(row['Member ID'] ?? '') === '' ? ['accepted survey with no member id'] : []),
      ...items
        .filter((item) => item.required || (row[item.title] ?? '') !== '')
        .filter((item) => !item.choices.includes(String(row[item.title] ?? '')))
        .map(
          (item) =>
            `accepted survey with "${item.title}" = ${JSON.stringify(row[item.title]).slice(0, 40)}`,
        ),
    ]);
}
