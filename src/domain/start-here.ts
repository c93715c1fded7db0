/**
 * The "Start here" tab: the first thing a facilitator meets after Set up. It lists the next
 * steps, each marked done once the sheet shows it is (settings filled in, members added, forms
 * answered, wording pasted), so a volunteer always knows what to do next.
 */

import { CHECK_TEXT } from './installation/texts';

/** What the sheet shows about each step; gathered by Set up from the tabs it already read. */
export interface StartHereState {
  /** The group has its own name (not the default) and at least one organiser's address. */
  settingsFilledIn: boolean;
  /** Members rows with a name and an email. */
  members: number;
  /** Responses received on either form: someone has the links. */
  responses: number;
  /** Switched-on instruments still waiting for their licensed wording. */
  instrumentsWithoutWording: readonly string[];
  /** The last Check installation: when (local text) and how many problems; null if never run. */
  lastCheck?: { when: string; problems: number } | null;
}

export interface ChecklistRow {
  step: string;
  done: boolean;
  how: string;
}

/** Person-facing wording of the tab (the message catalogue takes these over). */
export const START_HERE_TEXT = {
  title: 'Start here',
  headers: { step: 'Next step', done: 'Done?', how: 'How' },
  done: 'done',
  toDo: 'to do',
  settings: {
    step: 'Fill in Settings',
    how: 'Open the Settings tab: type your group name, meeting day and time, and the organisers’ email addresses (they get the weekly digest).',
  },
  members: {
    step: 'Add your members',
    how: 'One row per member in the Members tab: name, email, joined date, the roles they are happy to take. Peer Circle fills in the Member ID.',
  },
  forms: {
    step: 'Share the forms',
    how: 'The links are in Settings. Send the Check-in, Survey and Group feedback form links to members by email or in your group chat; this step shows done once the first answer arrives. The Community survey form link is for the audience of an outreach event: give it out with the code typed in that event’s "Event code" cell in Activities.',
  },
  wording: {
    step: 'Paste the wording of your survey instruments',
    how: 'Instruments whose wording may not ship with Peer Circle wait in the Instrument wording tab. Paste the wording once you have the owner’s permission, then run Peer Circle > Set up or repair again.',
    waiting: (names: readonly string[]) => `Still waiting: ${names.join(', ')}.`,
  },
} as const;

export function startHereChecklist(state: StartHereState): ChecklistRow[] {
  const text = START_HERE_TEXT;
  const waiting = state.instrumentsWithoutWording;
  const check = CHECK_TEXT.startHere;
  const last = state.lastCheck ?? null;
  return [
    { step: text.settings.step, done: state.settingsFilledIn, how: text.settings.how },
    { step: text.members.step, done: state.members > 0, how: text.members.how },
    { step: text.forms.step, done: state.responses > 0, how: text.forms.how },
    {
      step: text.wording.step,
      done: waiting.length === 0,
      how:
        waiting.length === 0
          ? text.wording.how
          : `${text.wording.how} ${text.wording.waiting(waiting)}`,
    },
    {
      step: check.step,
      done: last !== null && last.problems === 0,
      how: last === null ? check.how : `${check.how} ${check.lastRun(last.when, last.problems)}`,
    },
  ];
}

/** The tab's cells: a header row, then one row per step. */
export function startHereRows(checklist: readonly ChecklistRow[]): string[][] {
  const { headers } = START_HERE_TEXT;
  return [
    [headers.step, headers.done, headers.how],
    ...checklist.map((row) => [
      row.step,
      row.done ? START_HERE_TEXT.done : START_HERE_TEXT.toDo,
      row.how,
    ]),
  ];
}

/** The next step to name at the end of the Set up dialog: the first not done, if any. */
export function nextStep(checklist: readonly ChecklistRow[]): ChecklistRow | null {
  return checklist.find((row) => !row.done) ?? null;
}
