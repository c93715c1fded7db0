/**
 * The mail quota running out at each send in turn ("Service invoked too many times for one
 * day: email.", from that send on) for the operations that send; the script lock held by
 * another execution for an hour, for every operation; and a Forms call failing ("We're sorry,
 * a server error occurred…") at each step of the operations that use Forms.
 */
import { FORMS_ERROR, LOCK_BUSY, MAIL_QUOTA } from '../support/faults';
import { ALL_OPERATIONS, DAILY_RUN, operationNamed } from '../support/operations';
import { sweepSuite } from '../support/sweep-suite';

sweepSuite(MAIL_QUOTA, 'mail', [DAILY_RUN, operationNamed('Send due reminders now')]);
sweepSuite(LOCK_BUSY, 'lock', ALL_OPERATIONS);
sweepSuite(
  FORMS_ERROR,
  'forms',
  ['Set up (first time)', 'Set up or repair', "Remove a member's data"].map(operationNamed),
);
