/**
 * A failed execution must say what went wrong in words a facilitator can act on: a named
 * problem (Settings, a missing tab or column, the lock, a Google service), never a JavaScript
 * slip such as "Cannot read properties of undefined".
 */
import { ExecutionRecord } from '../../../emulator/environment';

const SLIPS = ['TypeError', 'RangeError', 'ReferenceError', 'SyntaxError', 'EvalError', 'URIError'];
/**
 * Phrases only the JavaScript engine (or a slip of ours) writes; a member's text could hold
 * "undefined" or "NaN", so those alone prove nothing. Errors crossing from the script's context
 * arrive as "Name: message" text, so the name is looked for at the start of the message too.
 */
const SLIP_TEXT = new RegExp(
  [
    `^(${SLIPS.join('|')}):`,
    'Cannot read propert',
    'Cannot set propert',
    'is not a function',
    'is not iterable',
    'is not defined',
    'call stack',
    'Invalid time value',
    'Invalid array length',
    'is not a calendar date',
  ].join('|'),
);
const NAMED =
  /Settings need attention|tab is missing|is missing the column|busy|timed out|Exceeded maximum execution time|too many times|server error/;
/** The daily run collects its steps' failures into one message: "<step> failed: <detail>; …". */
const DAILY = /^(?:\w+: )?Peer Circle daily run: /;

function explainedMessage(message: string): boolean {
  if (SLIP_TEXT.test(message)) return false;
  const daily = DAILY.exec(message);
  if (!daily) return NAMED.test(message);
  const details = message
    .slice(daily[0].length)
    .split(/(?:^|; )[a-z -]+ failed: /)
    .slice(1);
  return details.length > 0 && details.every((detail) => NAMED.test(detail));
}

/** Why the execution's failure is not explained, or null when it ran or failed clearly. */
export function unexplained(record: ExecutionRecord): string | null {
  if (record.ok) return null;
  const name = record.error?.name ?? '';
  const message = record.error?.message ?? '';
  if (SLIPS.includes(name) || !explainedMessage(message))
    return `${record.handler} failed with ${name}: ${message.slice(0, 300)}`;
  return null;
}

export function unexplainedFailures(records: readonly ExecutionRecord[]): string[] {
  return records.map(unexplained).filter((problem): problem is string => problem !== null);
}
