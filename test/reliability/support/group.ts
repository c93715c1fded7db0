/**
 * A small set-up group for the bad-input tests: six members, the forms, the triggers, and the
 * clock on the Thursday after the first Wednesday session.
 */
import { Environment } from '../../../emulator/environment';
import { newProject, setSetting, setUpProject, setting } from '../../integration/harness';
import { addMembers } from '../../integration/members';
import { memberEmail } from './fixture';

export const GROUP_EMAILS = [1, 2, 3, 4, 5, 6].map(memberEmail);

export function buildGroup(): Environment {
  const env = newProject({ start: Date.UTC(2026, 0, 5, 9, 0, 0) });
  setUpProject(env);
  setSetting(env, 'Organisers', 'lead@example.org');
  setSetting(env, 'Sessions planned ahead', '3');
  addMembers(
    env,
    GROUP_EMAILS.map((email, index) => ({
      name: `Person ${index + 1}`,
      email,
      joined: '2025-10-01',
      roles: 'Facilitator, Co-facilitator, Timekeeper, Greeter, Note-taker',
      buddy: true,
    })),
  );
  env.clock.set(Date.UTC(2026, 0, 8, 9, 0, 0));
  env.openSpreadsheet();
  return env;
}

export const formId = (env: Environment, kind: 'Check-in' | 'Survey') =>
  String(setting(env, `${kind} form ID`));

/** The survey form's multiple-choice items and their choices. */
export interface SurveyItem {
  title: string;
  choices: string[];
  required: boolean;
}

export function surveyItems(env: Environment): SurveyItem[] {
  return env.meter.internal(() => {
    const form = env.forms.getById(formId(env, 'Survey'));
    if (!form) throw new Error('No survey form');
    return form
      .getItems()
      .filter((item) => String(item.getType()) === 'MULTIPLE_CHOICE')
      .map((item) => {
        const choice = item.asMultipleChoiceItem();
        return {
          title: item.getTitle(),
          choices: choice.getChoices().map((option) => option.getValue()),
          required: choice.isRequired(),
        };
      });
  });
}
