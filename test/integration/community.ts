/** Test helpers for the anonymous Community survey (issue 15 item 1): wording, events, answers. */
import { Environment } from '../../emulator/environment';
import { setting, sheetValues, typeRows } from './harness';
import { CONSENT } from './members';

export const COMMUNITY = {
  code: 'Event code',
  timing: 'Are you answering before or after the event?',
  tab: 'Outcomes: Community stigma',
} as const;
const CODE = COMMUNITY.code;
const TIMING = COMMUNITY.timing;
export const AGREEMENT = [
  'Disagree strongly',
  'Disagree slightly',
  'Neither agree nor disagree',
  'Agree slightly',
  'Agree strongly',
];
export const ribsWording = (item: number) => `[RIBS item ${item}: pasted licensed wording]`;

export function communityForm(env: Environment) {
  return env.forms.getById(String(setting(env, 'Community survey form ID')))!;
}

/** The organiser pastes RIBS wording (placeholders here) into Instrument wording. */
export function pasteRibsWording(env: Environment): void {
  env.meter.internal(() => {
    const sheet = env.spreadsheet.getSheetByName('Instrument wording')!;
    const values = sheet.getDataRange().getValues();
    const idAt = values[0].indexOf('Item ID');
    const wordingAt = values[0].indexOf('Wording');
    values.slice(1).forEach((row, index) => {
      const id = String(row[idAt]);
      if (id.startsWith('ribs_'))
        sheet.getRange(index + 2, wordingAt + 1).setValue(ribsWording(Number(id.slice(5))));
    });
  });
}

/** A facilitator types an activity with its event code (columns as Set up makes them). */
export function addActivity(env: Environment, date: string, code: string): void {
  const [headers] = sheetValues(env, 'Activities');
  const cells: Record<string, unknown> = {
    Date: date,
    Kind: 'outreach',
    Description: 'Talk at the library',
    'People reached': 40,
    [CODE]: code,
  };
  typeRows(env, 'Activities', [headers.map((header) => cells[String(header)] ?? '')]);
}

/** One audience member answers: intended items 5-8 all at `agree` (1-5), item 1 yes or no. */
export function submitCommunity(
  env: Environment,
  code: string,
  timing: 'Before the event' | 'After the event',
  agree: number,
  knowsSomeone = true,
) {
  const answers: Record<string, string> = {
    [CONSENT.title]: CONSENT.agree,
    [CODE]: code,
    [TIMING]: timing,
    [ribsWording(1)]: knowsSomeone ? 'Yes' : 'No',
  };
  for (let item = 5; item <= 8; item += 1) answers[ribsWording(item)] = AGREEMENT[agree - 1];
  return env.submitForm(communityForm(env).getId(), { email: '', answers });
}
