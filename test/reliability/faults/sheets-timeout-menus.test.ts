/**
 * A Sheets call that times out at each step in turn of the other menu actions (reminders,
 * outcomes, report, re-processing Review, removing a member's data); then a normal re-run.
 */
import { SHEETS_TIMEOUT } from '../support/faults';
import { MENU_OPERATIONS } from '../support/operations';
import { sweepSuite } from '../support/sweep-suite';

const DONE_ELSEWHERE = new Set(['Set up or repair', 'Plan rotation', 'Assign buddies']);

sweepSuite(
  SHEETS_TIMEOUT,
  'sheets',
  MENU_OPERATIONS.filter((operation) => !DONE_ELSEWHERE.has(operation.name)),
);
