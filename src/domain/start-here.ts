/**
 * The "Start here" tab: the first thing a facilitator meets after Set up. It lists the next
 * steps, each marked done once the sheet shows it is (settings filled in, members added, forms
 * answered, wording pasted), so a volunteer always knows what to do next.
 */

import { t } from './i18n';
import { localName } from './i18n/local-names';
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

/**
 * Person-facing wording of the tab: its name and headers here, as the English names the code knows
 * them by (the sheet shows them in its language: tab.startHere, column.done...), every
 * other text from the catalogue (i18n/en/start-here.ts) in the run's language, read when used.
 */
export const START_HERE_TEXT = {
  title: 'Start here',
  headers: { step: 'Next step', done: 'Done?', how: 'How' },
  get done() {
    return t('startHere.done');
  },
  get toDo() {
    return t('startHere.toDo');
  },
  settings: {
    get step() {
      return t('startHere.settings.step');
    },
    get how() {
      return t('startHere.settings.how');
    },
  },
  members: {
    get step() {
      return t('startHere.members.step');
    },
    get how() {
      return t('startHere.members.how');
    },
  },
  forms: {
    get step() {
      return t('startHere.forms.step');
    },
    get how() {
      return t('startHere.forms.how');
    },
  },
  wording: {
    get step() {
      return t('startHere.wording.step');
    },
    get how() {
      return t('startHere.wording.how');
    },
    /** The How of the step while some instruments still wait for their wording. */
    howWaiting: (names: readonly string[]) =>
      t('startHere.wording.howWaiting', { names: names.join(', ') }),
  },
};

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
      how: waiting.length === 0 ? text.wording.how : text.wording.howWaiting(waiting),
    },
    {
      step: check.step,
      done: last !== null && last.problems === 0,
      how:
        last === null
          ? check.how
          : t('startHere.howAndLastRun', {
              how: check.how,
              lastRun: check.lastRun(last.when, last.problems),
            }),
    },
  ];
}

/** The tab's cells: a header row, then one row per step. */
export function startHereRows(checklist: readonly ChecklistRow[]): string[][] {
  const { headers } = START_HERE_TEXT;
  return [
    [headers.step, headers.done, headers.how].map((header) => localName('column.', header)),
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
