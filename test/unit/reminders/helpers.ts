import { ReminderKind, ReminderPlan } from '../../../src/domain/reminders/types';

export function dueOfKind(plan: ReminderPlan, kind: ReminderKind) {
  return plan.due.filter((email) => email.kind === kind);
}

export function skippedOfKind(plan: ReminderPlan, kind: ReminderKind) {
  return plan.skipped.filter((reminder) => reminder.kind === kind);
}
