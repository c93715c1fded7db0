/**
 * Every operation reaching Apps Script's 6-minute limit at each of its steps in turn (the
 * meter's limit set just below that step's elapsed time, so that call and every later one
 * throws "Exceeded maximum execution time"), then a normal re-run.
 */
import { TIME_LIMIT } from '../support/faults';
import { sweepSuite } from '../support/sweep-suite';

sweepSuite(TIME_LIMIT, 'time');
