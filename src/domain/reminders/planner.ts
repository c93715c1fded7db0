/**
 * Works out, for one run, which reminders go out and which are skipped for good. Pure: the
 * daily run reads the sheet, calls this, sends `due` within the day's budget and records every
 * key (sent, pending or skipped) in the Sent tab, whose keys come back in `sentKeys` next time.
 */
import { buddyIntroCandidates } from './buddy-intro';
import { Candidate } from './candidate';
import { buildContext } from './context';
import { deliver } from './delivery';
import { digestCandidates } from './digest';
import { keyForMode } from './keys';
import { roleDutyCandidates } from './role-duty';
import { surveyDueCandidates } from './survey-due';
import { ReminderInput, ReminderKind, ReminderPlan } from './types';

interface Ordered {
  forDate: string;
  kind: ReminderKind;
  memberId: string;
  key: string;
}

/** By date, kind, member id, then key: the same sheet always gives the same list. */
export function compareReminders(a: Ordered, b: Ordered): number {
  for (const field of ['forDate', 'kind', 'memberId', 'key'] as const) {
    if (a[field] < b[field]) return -1;
    if (a[field] > b[field]) return 1;
  }
  return 0;
}

export function planReminders(input: ReminderInput): ReminderPlan {
  const context = buildContext(input);
  const { settings } = context;
  const candidates: Candidate[] = [
    ...roleDutyCandidates(context),
    ...buddyIntroCandidates(context),
    ...surveyDueCandidates(context),
    ...digestCandidates(context),
  ];
  const plan: ReminderPlan = { due: [], skipped: [] };
  const keysThisRun = new Set<string>();
  for (const candidate of candidates) {
    const key = keyForMode(candidate.baseKey, settings.testMode);
    // A key seen twice in one run comes from duplicated rows in the sheet: one email is enough.
    if (input.sentKeys.has(key) || keysThisRun.has(key)) continue;
    if (
      candidate.doneUnderKey !== undefined &&
      input.sentKeys.has(keyForMode(candidate.doneUnderKey, settings.testMode))
    )
      continue;
    keysThisRun.add(key);
    const delivery = deliver(candidate, key, settings, input.organiserFallback);
    if (delivery.status === 'due') plan.due.push(delivery.email);
    else plan.skipped.push(delivery.skipped);
  }
  plan.due.sort(compareReminders);
  plan.skipped.sort(compareReminders);
  return plan;
}
