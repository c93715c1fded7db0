/**
 * A Sheets call that times out ("Service Spreadsheets timed out while accessing document with
 * id …") at each step in turn of a form submission, the daily run, Set up (first time and
 * repair), Plan rotation and Assign buddies; then a normal re-run: nothing lost, nothing
 * doubled, no outcome tab half-written.
 */
import { SHEETS_TIMEOUT } from '../support/faults';
import { operationNamed } from '../support/operations';
import { sweepSuite } from '../support/sweep-suite';

const RUNS_AND_SET_UP = [
  'Form submission',
  'Daily run',
  'Set up (first time)',
  'Set up or repair',
  'Plan rotation',
  'Assign buddies',
];

sweepSuite(SHEETS_TIMEOUT, 'sheets', RUNS_AND_SET_UP.map(operationNamed));
