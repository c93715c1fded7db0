/** Reminder emails (SPEC section 6): the pure planner and the rules it exposes. */
export { planReminders, compareReminders } from './planner';
export {
  ORGANISERS,
  type CheckinTaken,
  type PlannedEmail,
  type ReminderBuddyGroup,
  type ReminderInput,
  type ReminderKind,
  type ReminderMember,
  type ReminderPlan,
  type ReminderRotationRow,
  type ReminderSession,
  type ReminderSettings,
  type SkippedReminder,
  type SurveyTaken,
  type WithoutPrivateData,
} from './types';
export { TEST_KEY_PREFIX, buddyIntroKey, digestKey, roleDutyKey, surveyDueKey } from './keys';
export { SKIP_REASONS, testRecipients } from './delivery';
export { DIGEST_HORIZON_DAYS, digestWeekday, isDigestDue } from './digest';
export { isRoleDutyDue } from './role-duty';
export { LAPSED_AFTER_SESSIONS } from './lapsed';
export { formatDate, formatDateAndTime } from './format';
