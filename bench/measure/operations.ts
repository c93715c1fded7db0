/**
 * The operations the benchmark measures, each as people and Google would set it off:
 * - a member submits the Check-in form (the form-submit trigger's execution is measured);
 * - the daily trigger fires (the whole `dailyRun` execution, whatever steps this build has);
 * - an organiser chooses Generate report, when this build's menu has it.
 * `prepare` does the untimed, uncounted part (the member filling in the form); `run` is the
 * measured part and returns the executions it caused.
 */
import { CONSENT_TEXT } from '../../src/domain/forms/consent-item';
import { Environment, ExecutionRecord } from '../../emulator/environment';
import { CHECKIN_ITEMS } from '../../src/domain/forms/checkin-form';
import { SETTINGS_COLUMNS, TAB } from '../../src/domain/sheet/tabs';
import { AFTER_DAILY_RUN_MS } from '../fixtures/calendar';

export const OPERATION_IDS = ['formSubmission', 'dailyRun', 'report'] as const;
export type OperationId = (typeof OPERATION_IDS)[number];

export const NOT_AVAILABLE = 'not available in this build';
export const REPORT_MENU_CAPTION = 'Generate report';

export interface Operation {
  id: OperationId;
  title: string;
  /**
   * Measuring it again on the same project does the same work (another member's check-in,
   * another report), so it is repeated there rather than on a rebuilt project. The daily run
   * is not: a second run on the same day finds its work done.
   */
  repeatable: boolean;
  /** Why it cannot be measured in this build, or null. */
  unavailable(env: Environment): string | null;
  prepare(env: Environment): void;
  run(env: Environment): ExecutionRecord[];
}

function settingValue(env: Environment, label: string): string {
  return env.meter.internal(() => {
    const sheet = env.spreadsheet.getSheetByName(TAB.settings);
    if (!sheet) throw new Error('No Settings tab');
    const [headers, ...rows] = sheet.getDataRange().getValues();
    const labelAt = headers.indexOf(SETTINGS_COLUMNS.setting);
    const valueAt = headers.indexOf(SETTINGS_COLUMNS.value);
    const row = rows.find((cells) => cells[labelAt] === label);
    if (!row) throw new Error(`No setting "${label}"`);
    return String(row[valueAt]);
  });
}

/** The member who checks in: the first on the list (an active facilitator in every fixture). */
export const SUBMITTING_EMAIL = 'm0001@example.org';

const formSubmission: Operation = {
  id: 'formSubmission',
  title: 'Form submission (one check-in)',
  repeatable: true,
  unavailable: () => null,
  prepare(env) {
    env.deferFormTriggers = true;
    try {
      const formId = settingValue(env, 'Check-in form ID');
      // The member agrees where the build's form asks (SPEC section 9; older builds' do not).
      const asksConsent = env.meter.internal(() =>
        (env.forms.getById(formId)?.getItems() ?? []).some(
          (item) => item.getTitle() === CONSENT_TEXT.title,
        ),
      );
      env.submitForm(formId, {
        email: SUBMITTING_EMAIL,
        answers: {
          ...(asksConsent ? { [CONSENT_TEXT.title]: CONSENT_TEXT.agree } : {}),
          [CHECKIN_ITEMS.participation]: 'In person',
          [CHECKIN_ITEMS.mood]: 4,
          [CHECKIN_ITEMS.coping]: 3,
          [CHECKIN_ITEMS.supported]: 5,
          [CHECKIN_ITEMS.outreach]: 'No',
        },
      });
    } finally {
      env.deferFormTriggers = false;
    }
    if (env.queuedFormTriggerCount !== 1)
      throw new Error(`Expected one queued form trigger, got ${env.queuedFormTriggerCount}`);
  },
  run: (env) => env.runQueuedFormTriggers(),
};

const dailyRun: Operation = {
  id: 'dailyRun',
  title: 'Daily run (the measured Thursday)',
  repeatable: false,
  unavailable: (env) =>
    env.clock.nowMs() < AFTER_DAILY_RUN_MS ? null : 'the daily trigger time has passed',
  prepare: () => undefined,
  run: (env) =>
    env.advanceTo(AFTER_DAILY_RUN_MS).filter((execution) => execution.handler === 'dailyRun'),
};

const report: Operation = {
  id: 'report',
  title: `Report (menu "${REPORT_MENU_CAPTION}")`,
  repeatable: true,
  unavailable: (env) =>
    env.menuItems().some((item) => item.caption === REPORT_MENU_CAPTION) ? null : NOT_AVAILABLE,
  // The organiser is asked for a period; an empty answer means the last 12 months.
  prepare: (env) => env.sheets.ui.queuePromptResponse('', 'OK'),
  run: (env) => [env.clickMenu(REPORT_MENU_CAPTION)],
};

/** In the order they happen on the measured day: the daily run at dawn, then the rest. */
export const OPERATIONS: readonly Operation[] = [dailyRun, formSubmission, report];
